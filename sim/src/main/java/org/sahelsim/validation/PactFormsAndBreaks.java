package org.sahelsim.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;

/**
 * {@code pact_forms_and_breaks: {kinds: [A, B], max_months: M}}. A pact between kinds A and B
 * holds in a coalition while it has at least one member of kind A and one of kind B (two of
 * kind A when A and B are the same). The pattern is reproduced when some coalition comes to
 * hold such a pact and loses it (it dissolves, or the members of one kind leave, switch, merge
 * or disband) no more than M months later, within the run. Checked after every event, so a
 * pact made and broken within one month counts (the 2012 MNLA-Ansar Dine protocol was
 * repudiated within days: timeline 2012-05-26).
 */
record PactFormsAndBreaks(Kind a, Kind b, int maxMonths) implements Measure {
    static final String NAME = "pact_forms_and_breaks";

    PactFormsAndBreaks {
        if (maxMonths < 0) {
            throw new IllegalArgumentException("max_months must be >= 0, was " + maxMonths);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    private boolean holds(CoalitionReplay r, String c) {
        int na = r.count(c, a);
        return a == b ? na >= 2 : na >= 1 && r.count(c, b) >= 1;
    }

    /** The events that change who is in which coalition. */
    private static final Set<EventType> MEMBERSHIP = EnumSet.of(EventType.COALITION_FORMED, EventType.JOIN,
            EventType.SWITCH, EventType.LEAVE, EventType.COALITION_DISSOLVED, EventType.MERGE,
            EventType.DISBAND);

    @Override
    public Outcome evaluate(RunLog run) {
        CoalitionReplay r = new CoalitionReplay(run);
        // coalition -> month its pact began, and its members then (for the explanation)
        Map<String, Integer> since = new LinkedHashMap<>();
        Map<String, String> who = new LinkedHashMap<>();
        for (String c : r.coalitions()) {
            if (run.inWindow(0) && holds(r, c)) {
                since.put(c, 0);
                who.put(c, r.describe(c));
            }
        }
        List<String> tooLong = new ArrayList<>();
        for (Event e : run.events()) {
            r.apply(e);
            if (!MEMBERSHIP.contains(e.type())) {
                continue;
            }
            for (String c : r.coalitions()) {
                if (!since.containsKey(c) && run.inWindow(e.step()) && holds(r, c)) {
                    since.put(c, e.step());
                    who.put(c, r.describe(c));
                }
            }
            for (String c : new ArrayList<>(since.keySet())) {
                if (!holds(r, c)) { // also when the coalition has dissolved (no members left)
                    int began = since.remove(c);
                    String members = who.remove(c);
                    int lasted = e.step() - began;
                    String episode = a.label() + "-" + b.label() + " pact " + members + " formed " + run.date(began)
                            + ", broke " + run.date(e.step()) + " (" + lasted + " month" + (lasted == 1 ? "" : "s") + ")";
                    if (lasted <= maxMonths) {
                        return Outcome.yes(episode);
                    }
                    tooLong.add(episode);
                }
            }
        }
        for (Map.Entry<String, Integer> e : since.entrySet()) {
            tooLong.add(a.label() + "-" + b.label() + " pact " + who.get(e.getKey()) + " formed " + run.date(e.getValue())
                    + ", held to " + (run.last() == run.months() ? "the end" : run.date(run.last())));
        }
        if (tooLong.isEmpty()) {
            return Outcome.no("no coalition ever held a " + a.label() + " and a " + b.label() + " group");
        }
        return Outcome.no("no pact broke within " + maxMonths + " months: " + Text.some(tooLong, 2));
    }
}
