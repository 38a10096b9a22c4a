package org.sahelsim.record;

import org.sahelsim.domain.Kind;

/**
 * One row of {@code events.csv} without the run's identifiers. {@code step} is the step
 * after which the event is recorded (an event of month k has step k). Kinds may be null
 * (written empty), as may {@code other} and {@code region}.
 */
public record Event(int step, EventType type, String actor, Kind actorKind, String other, Kind otherKind,
                    String region, String detail) {
    public Event {
        if (type == null || actor == null || actor.isEmpty()) {
            throw new IllegalArgumentException("event needs a type and an actor: " + type + " " + actor);
        }
        if (detail == null) {
            detail = "";
        }
    }
}
