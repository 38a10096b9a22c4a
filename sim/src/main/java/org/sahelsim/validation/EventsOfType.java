package org.sahelsim.validation;

import java.util.List;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.EventType;

/**
 * {@code events: {type: t, regions: [names], actor_kinds: [kinds], other_kinds: [kinds], min: a, max: b}}.
 * Reproduced when the number of events of type t (in the regions listed, with an actor and an
 * other side of the kinds listed; any when absent) is between a and b (b unbounded when
 * absent). For events no other measure reads: communal violence in the centre, clashes between
 * jihadist groups of rival allegiances.
 */
record EventsOfType(EventType type, List<String> regions, List<Kind> actorKinds, List<Kind> otherKinds,
                    int min, int max) implements Measure {
    static final String NAME = "events";

    EventsOfType {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("need 0 <= min <= max, were " + min + " and " + max);
        }
        regions = List.copyOf(regions);
        actorKinds = List.copyOf(actorKinds);
        otherKinds = List.copyOf(otherKinds);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome evaluate(RunLog run) {
        List<String> found = run.found(type, e -> (regions.isEmpty() || regions.contains(e.region()))
                        && (actorKinds.isEmpty() || actorKinds.contains(e.actorKind()))
                        && (otherKinds.isEmpty() || otherKinds.contains(e.otherKind())),
                e -> e.actor() + (e.other() == null ? "" : "-" + e.other()) + " " + run.date(e.step()));
        return Text.counted(found, min, max, type.label() + " event");
    }
}
