package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelsim.validation.Logs.JIH;
import static org.sahelsim.validation.Logs.MIL;
import static org.sahelsim.validation.Logs.SEP;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.Metrics;
import org.sahelsim.run.RunKey;

/** Timing windows on the measures, the identity measure of splits, and the joint count of a history. */
class WindowsAndJointTest {

    private static YearMonth ym(String s) {
        return YearMonth.parse(s);
    }

    @Test
    void aWindowCountsOnlyWhatHappensInItsMonths() {
        // 2012-01 is step 0: the MIA-like split is step 12 (2013-01), the CPA-like one step 26 (2014-03)
        RunLog log = Logs.history().event(Logs.split(12, "AD", JIH, "AD-Ifoghas", SEP))
                .event(Logs.split(26, "MNLA", SEP, "MNLA-Idnane", SEP)).build();
        Measure jihadistWing = new Windowed(new Splits(List.of(JIH), List.of(), List.of(SEP), 1, Integer.MAX_VALUE),
                ym("2013-01"), ym("2013-06"));
        assertTrue(jihadistWing.evaluate(log).reproduced(), jihadistWing.evaluate(log).explanation());
        assertTrue(jihadistWing.evaluate(log).explanation().startsWith("2013-01 to 2013-06: 1 split"));
        Measure tooEarly = new Windowed(new Splits(List.of(JIH), List.of(), List.of(SEP), 1, Integer.MAX_VALUE),
                ym("2012-01"), ym("2012-12"));
        assertFalse(tooEarly.evaluate(log).reproduced(), "the split of 2013 is not in 2012");
        Measure separatist2014 = new Windowed(new Splits(List.of(SEP), List.of("MNLA"), List.of(SEP, MIL), 1, 1),
                ym("2014-01"), ym("2014-12"));
        assertTrue(separatist2014.evaluate(log).reproduced());
        Measure ofAnotherParent = new Windowed(new Splits(List.of(SEP), List.of("HCUA"), List.of(SEP), 1, 1),
                ym("2014-01"), ym("2014-12"));
        assertFalse(ofAnotherParent.evaluate(log).reproduced(), "the parent is named: the MNLA is not the HCUA");
    }

    @Test
    void aPactMustFormInsideTheWindowAndBreakBeforeItEnds() {
        List<org.sahelsim.record.Event> ev = new ArrayList<>(Logs.found(4, "MNLA", SEP, "AD", JIH, "MNLA+AD"));
        ev.add(Logs.leave(5, "AD", JIH, "MNLA+AD"));
        ev.add(Logs.dissolved(5, "MNLA", SEP, "MNLA+AD"));
        RunLog log = Logs.history().events(ev).build();
        Measure pact = new PactFormsAndBreaks(SEP, JIH, 12);
        assertTrue(new Windowed(pact, ym("2012-01"), ym("2012-12")).evaluate(log).reproduced());
        assertFalse(new Windowed(pact, ym("2013-01"), ym("2013-12")).evaluate(log).reproduced(), "formed in 2012");
        assertFalse(new Windowed(pact, ym("2012-01"), ym("2012-05")).evaluate(log).reproduced(),
                "broken in 2012-06, after a window that ends in 2012-05");
    }

    @Test
    void aWindowTotalsCountsOverItsMonthsOnly() {
        List<double[]> rows = new ArrayList<>();
        for (int step = 0; step <= 41; step++) {
            double[] r = new double[Metrics.count()];
            r[Metrics.SPLITS] = step == 0 ? 9 : step <= 12 ? 1 : 0; // one split a month in 2012, none after
            rows.add(r);
        }
        RunLog log = Logs.history().rows(rows).build();
        assertTrue(new Windowed(new MetricTotal("splits", 11, 11), ym("2012-01"), ym("2012-12")).evaluate(log).reproduced(),
                "steps 1 to 11 (2012-02 to 2012-12): step 0, January, is the start, before any month was simulated");
        assertTrue(new Windowed(new MetricTotal("splits", 0, 0), ym("2014-01"), ym("2014-12")).evaluate(log).reproduced());
        assertTrue(new Windowed(new MetricTotal("splits", 0, 0), ym("2020-01"), ym("2020-12")).evaluate(log).reproduced(),
                "a window after the run counts nothing");
    }

    @Test
    void jointCountsTheRunsThatReproduceEveryPatternOfAPeriod() {
        Measure never = new MetricTotal("splits", 99, 99);
        List<Pattern> ps = List.of(
                new Pattern("a", "a", "s", "m", never, 0.5, "2012-2015"),
                new Pattern("b", "b", "s", "m", never, 0.5, "2012-2015"),
                new Pattern("c", "c", "s", "m", never, 0.5, "2015-2020"));
        Joint j = new Joint(ps);
        boolean[][] runs = {{true, true, true}, {true, false, true}, {false, false, true}, {true, true, false}};
        for (int r = 0; r < runs.length; r++) {
            List<Outcome> outs = new ArrayList<>();
            for (boolean b : runs[r]) {
                outs.add(b ? Outcome.yes("y") : Outcome.no("n"));
            }
            j.accept(new Validation.RunOutcome(new RunKey("baseline", r, r), outs));
        }
        List<Joint.Result> res = j.results();
        assertEquals(List.of("2012-2015", "2015-2020", "all"), res.stream().map(Joint.Result::period).toList());
        assertEquals(2, res.get(0).all(), "runs 0 and 3 reproduce both patterns of 2012-2015");
        assertEquals(1, res.get(0).allButOne());
        assertEquals(3, res.get(1).all());
        assertEquals(1, res.get(2).all(), "only run 0 reproduces all three");
        assertEquals(2, res.get(2).allButOne(), "runs 1 and 3 miss one");
        assertEquals(0.25, res.get(2).shareAll(), 1e-12);
        assertTrue(Joint.table(res).contains("jointly, all 3 patterns: 1 of 4 runs reproduce every one (0.25), 2 all but one"),
                Joint.table(res));
    }
}
