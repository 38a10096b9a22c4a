package org.sahelsim.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.record.Event;

/**
 * {@code signatory_coalitions: {min: a, max: b}}. Counts the distinct coalitions that are
 * signatories at some moment from the accord's first signature to the end of the run
 * (coalitions become signatories only at signing shocks, so this is every coalition signing
 * then, plus any earlier party to a preliminary agreement still alive then). Reproduced when
 * the count lies between a and b (both included). Fails when the scenario schedules no
 * accord signature.
 */
record SignatoryCoalitions(int min, int max) implements Measure {
    static final String NAME = "signatory_coalitions";

    SignatoryCoalitions {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome evaluate(RunLog run) {
        int first = run.firstAccordStep();
        if (first < 0) {
            return Outcome.no("the scenario schedules no accord signature (accord_signed shock)");
        }
        CoalitionReplay r = new CoalitionReplay(run);
        Map<String, String> signed = new LinkedHashMap<>();
        int next = 0;
        List<Event> events = run.events();
        for (int step = 0; step <= run.last(); step++) {
            r.advanceTo(step);
            if (step >= first && run.inWindow(step)) {
                for (String c : r.coalitions()) {
                    if (r.signatory(c) && !signed.containsKey(c)) {
                        signed.put(c, r.describe(c) + " " + run.date(step));
                    }
                }
            }
            while (next < events.size() && events.get(next).step() <= step) {
                r.apply(events.get(next++));
            }
        }
        List<String> list = new ArrayList<>(signed.values());
        String text = list.size() + " signatory coalition" + (list.size() == 1 ? "" : "s") + " (range " + min + " to "
                + max + ")" + (list.isEmpty() ? "" : ": " + Text.some(list, 3));
        return list.size() >= min && list.size() <= max ? Outcome.yes(text) : Outcome.no(text);
    }
}
