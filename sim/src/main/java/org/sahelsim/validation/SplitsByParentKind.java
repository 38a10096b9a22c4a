package org.sahelsim.validation;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;

/**
 * {@code splits_by_parent_kind: {kinds: [kinds], min_each: N}}. Reproduced when, for every
 * kind listed, at least N {@code split} events have a parent ({@code actor}) of that kind:
 * splinter groups appear on each of those sides (timeline: the MIA leaves Ansar Dine
 * 2013-01-24; the CPA leaves the MNLA 2014-03-18).
 */
record SplitsByParentKind(List<Kind> kinds, int minEach) implements Measure {
    static final String NAME = "splits_by_parent_kind";

    SplitsByParentKind {
        kinds = List.copyOf(kinds);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome evaluate(RunLog run) {
        int[] n = new int[kinds.size()];
        String[] first = new String[kinds.size()];
        for (Event e : run.events()) {
            if (e.type() != EventType.SPLIT || !run.inWindow(e.step())) {
                continue;
            }
            int i = kinds.indexOf(e.actorKind());
            if (i >= 0) {
                n[i]++;
                if (first[i] == null) {
                    first[i] = e.other() + " from " + e.actor() + " " + run.date(e.step());
                }
            }
        }
        boolean all = true;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n.length; i++) {
            all &= n[i] >= minEach;
            parts.add(kinds.get(i).label() + " " + n[i] + (first[i] == null ? "" : " (first " + first[i] + ")"));
        }
        String text = "splits by parent kind: " + String.join(", ", parts) + " (need " + minEach + " each)";
        return all ? Outcome.yes(text) : Outcome.no(text);
    }
}
