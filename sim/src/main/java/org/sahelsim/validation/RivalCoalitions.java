package org.sahelsim.validation;

import java.util.List;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;

/**
 * {@code rival_coalitions: {camp_a: [kinds], camp_b: [kinds], signatory: true|false}}.
 * Reproduced when, at some moment, two coalitions are alive at once, one led by camp A and
 * one by camp B (led: more than half of its members are of the camp's kinds), both
 * signatories when {@code signatory} is true. With {@code signatory}, only moments from the
 * accord's first signature on count (the start of each month, after its signing shocks, and
 * the end of each month); without it, the end of every month. The CMA (separatist) and the
 * Platform (pro-government groups and militias) both signed in 2015 (timeline 2015-05-15 /
 * 06-20).
 */
record RivalCoalitions(List<Kind> campA, List<Kind> campB, boolean signatory) implements Measure {
    static final String NAME = "rival_coalitions";

    RivalCoalitions {
        campA = List.copyOf(campA);
        campB = List.copyOf(campB);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The first coalition led by the camp (and signatory if required), or null. */
    private String led(CoalitionReplay r, List<Kind> camp) {
        for (String c : r.coalitions()) {
            if (r.ledBy(c, camp) && (!signatory || r.signatory(c))) {
                return c;
            }
        }
        return null;
    }

    private String found(CoalitionReplay r, RunLog run, int step) {
        String a = led(r, campA);
        String b = led(r, campB);
        if (a == null || b == null || a.equals(b)) {
            return null;
        }
        return "at " + run.date(step) + ": " + Text.kinds(campA) + "-led " + r.describe(a) + " and " + Text.kinds(campB)
                + "-led " + r.describe(b) + (signatory ? ", both signatories" : "");
    }

    @Override
    public Outcome evaluate(RunLog run) {
        int from = 0;
        if (signatory) {
            from = run.firstAccordStep();
            if (from < 0) {
                return Outcome.no("the scenario schedules no accord signature (accord_signed shock)");
            }
        }
        from = Math.max(from, run.first());
        if (run.empty()) {
            return Outcome.no("the window holds no month of the run");
        }
        CoalitionReplay r = new CoalitionReplay(run);
        List<Event> events = run.events();
        int next = 0;
        for (int step = 0; step <= run.last(); step++) {
            r.advanceTo(step);
            if (step >= from && signatory) {
                String f = found(r, run, step);
                if (f != null) {
                    return Outcome.yes(f);
                }
            }
            while (next < events.size() && events.get(next).step() <= step) {
                r.apply(events.get(next++));
            }
            if (step >= from) {
                String f = found(r, run, step);
                if (f != null) {
                    return Outcome.yes(f);
                }
            }
        }
        List<String> alive = r.coalitions().stream()
                .map(c -> r.describe(c) + (r.signatory(c) ? " signatory" : "")).toList();
        return Outcome.no("no moment with both a " + Text.kinds(campA) + "-led and a " + Text.kinds(campB) + "-led"
                + (signatory ? " signatory" : "") + " coalition; at the end: "
                + (alive.isEmpty() ? "no coalition" : Text.some(alive, 3)));
    }
}
