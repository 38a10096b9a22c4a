package org.sahelsim.validation;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;

/**
 * {@code events: {type: t, regions: [names], actor_kinds: [kinds], other_kinds: [kinds], min: a, max: b}}.
 * Reproduced when the number of events of type t (in the regions listed, with an actor and an
 * other side of the kinds listed; any when absent) is between a and b (b unbounded when
 * absent). For events no other measure reads: communal violence in the centre, clashes between
 * jihadist groups of rival allegiances.
 */
final class EventsOfType implements Measure {
    static final String NAME = "events";

    private final EventType type;
    private final List<String> regions;
    private final List<Kind> actorKinds;
    private final List<Kind> otherKinds;
    private final int min;
    private final int max;

    EventsOfType(EventType type, List<String> regions, List<Kind> actorKinds, List<Kind> otherKinds, int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("need 0 <= min <= max, were " + min + " and " + max);
        }
        this.type = type;
        this.regions = List.copyOf(regions);
        this.actorKinds = List.copyOf(actorKinds);
        this.otherKinds = List.copyOf(otherKinds);
        this.min = min;
        this.max = max;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome evaluate(RunLog run) {
        List<String> found = new ArrayList<>();
        for (Event e : run.events()) {
            if (e.type() == type && run.inWindow(e.step()) && (regions.isEmpty() || regions.contains(e.region()))
                    && (actorKinds.isEmpty() || actorKinds.contains(e.actorKind()))
                    && (otherKinds.isEmpty() || otherKinds.contains(e.otherKind()))) {
                found.add(e.actor() + (e.other() == null ? "" : "-" + e.other()) + " " + run.date(e.step()));
            }
        }
        return Text.counted(found, min, max, type.label() + " event");
    }
}
