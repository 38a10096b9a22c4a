package org.sahelsim.validation;

import java.util.List;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.EventType;

/**
 * {@code splits: {parent_kinds: [kinds], parents: [ids], child_kinds: [kinds], min: a, max: b}}.
 * Reproduced when the number of {@code split} events whose parent ({@code actor}) is of one of
 * the parent kinds (every kind when absent) and, when given, one of the named groups, and whose
 * splinter ({@code other}) is of one of the child kinds (every kind when absent) and, with
 * {@code child_allegiance: aq} or {@code is}, takes that jihadist allegiance, is between a
 * and b (b unbounded when absent). With {@code within}, the splits of a window: "a wing leaves a
 * jihadist group after Serval and takes the separatist side" (the MIA, timeline 2013-01-24), "a
 * separatist group splits in 2014" (the CPA, 2014-03-18).
 */
record Splits(List<Kind> parentKinds, List<String> parents, List<Kind> childKinds, int min, int max,
              String childAllegiance) implements Measure {
    static final String NAME = "splits";

    Splits(List<Kind> parentKinds, List<String> parents, List<Kind> childKinds, int min, int max) {
        this(parentKinds, parents, childKinds, min, max, "");
    }

    Splits {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("need 0 <= min <= max, were " + min + " and " + max);
        }
        parentKinds = List.copyOf(parentKinds);
        parents = List.copyOf(parents);
        childKinds = List.copyOf(childKinds);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome evaluate(RunLog run) {
        List<String> found = run.found(EventType.SPLIT, e -> parentKinds.contains(e.actorKind())
                        && (parents.isEmpty() || parents.contains(e.actor()))
                        && childKinds.contains(e.otherKind()) && (childAllegiance.isEmpty()
                            || childAllegiance.equals(Text.detail(e.detail(), "allegiance"))),
                e -> e.other() + " from " + e.actor() + " " + run.date(e.step()));
        return Text.counted(found, min, max, "split");
    }
}
