package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.Metrics;

class RunBufferTest {
    private static final RunKey KEY = new RunKey("baseline", 0, 5);

    private static double[] filled(double v) {
        double[] a = new double[Metrics.count()];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void finalsTotalCountsOverMonthsOneToMAndKeepTheLastLevel() {
        RunBuffer b = new RunBuffer(KEY, YearMonth.of(2015, 6), 3, Series.NONE);
        b.metrics(0, filled(100)); // step 0 is the initial state: not counted
        b.metrics(1, filled(1));
        b.metrics(2, filled(2));
        b.metrics(3, filled(4));
        b.finish();
        double[] f = b.finals();
        assertEquals(7, f[Metrics.SWITCHES], "switches is a count: 1+2+4");
        assertEquals(7, f[Metrics.FATALITIES]);
        assertEquals(4, f[Metrics.ARMED_GROUPS], "armed_groups is a level: the last step's value");
        assertEquals(4, f[Metrics.LARGEST_BLOC_SHARE]);
    }

    @Test
    void yearlySeriesKeepsStepZeroEveryTwelfthAndTheLast() {
        RunBuffer b = new RunBuffer(KEY, YearMonth.of(2015, 6), 30, Series.YEARLY);
        for (int s = 0; s <= 30; s++) {
            b.metrics(s, filled(s));
        }
        assertEquals(List.of(0, 12, 24, 30), b.steps());
        assertEquals(24, b.row(2)[0]);
    }

    @Test
    void monthlySeriesKeepsEveryStepAndNoneKeepsNothing() {
        RunBuffer m = new RunBuffer(KEY, YearMonth.of(2015, 6), 5, Series.MONTHLY);
        RunBuffer n = new RunBuffer(KEY, YearMonth.of(2015, 6), 5, Series.NONE);
        for (int s = 0; s <= 5; s++) {
            m.metrics(s, filled(s));
            n.metrics(s, filled(s));
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5), m.steps());
        assertTrue(n.steps().isEmpty());
    }

    @Test
    void rejectsStepsOutOfOrderOrAWrongNumberOfValuesOrAShortRun() {
        RunBuffer b = new RunBuffer(KEY, YearMonth.of(2015, 6), 3, Series.MONTHLY);
        assertThrows(IllegalStateException.class, () -> b.metrics(1, filled(0)), "step 1 before step 0");
        b.metrics(0, filled(0));
        assertThrows(IllegalStateException.class, () -> b.metrics(1, new double[3]));
        b.metrics(1, filled(0));
        assertThrows(IllegalStateException.class, b::finish, "run stopped at step 1 of 3");
    }

    @Test
    void keptRowsAreCopiesSoTheModelMayReuseItsArray() {
        RunBuffer b = new RunBuffer(KEY, YearMonth.of(2015, 6), 1, Series.MONTHLY);
        double[] v = filled(1);
        b.metrics(0, v);
        v[0] = 99;
        b.metrics(1, v);
        assertEquals(1, b.row(0)[0]);
        assertEquals(99, b.row(1)[0]);
    }
}
