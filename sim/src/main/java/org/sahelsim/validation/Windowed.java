package org.sahelsim.validation;

import java.time.YearMonth;

/**
 * A measure seen through a window of months ({@code within: [first, last]} in the patterns
 * file, both months included): the run's events up to the last month stay (memberships are
 * rebuilt from them), but only what happens from the first month to the last counts, and
 * counts of metrics are totalled over the window. For patterns with timing: "the pact forms
 * and breaks within 2012", "a separatist wing splits in 2014".
 */
record Windowed(Measure inner, YearMonth from, YearMonth to) implements Measure {
    Windowed {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window " + from + ".." + to + " ends before it begins");
        }
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public Outcome evaluate(RunLog run) {
        RunLog w = run.window(from, to);
        Outcome o = inner.evaluate(w);
        return new Outcome(o.reproduced(), from + " to " + to + ": " + o.explanation());
    }
}
