package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.Metrics;

class MetricTotalTest {
    /** Rows of steps 0..41 with {@code splits} in the given months (step 0's value is not counted). */
    private static RunLog withSplits(int... months) {
        List<double[]> rows = new ArrayList<>();
        for (int s = 0; s <= 41; s++) {
            rows.add(new double[Metrics.count()]);
        }
        rows.get(0)[Metrics.SPLITS] = 9; // step 0 is the initial state: never a count
        for (int m : months) {
            rows.get(m)[Metrics.SPLITS] += 1;
        }
        return Logs.history().rows(rows).build();
    }

    private final Measure splits = new MetricTotal("splits", 3, 7);

    @Test
    void totalInsideTheRangeIsReproduced() {
        Outcome o = splits.evaluate(withSplits(12, 26, 31, 40, 40));
        assertTrue(o.reproduced(), o.explanation());
        assertEquals("splits total 5 (range 3 to 7)", o.explanation());
    }

    @Test
    void totalsOutsideTheRangeAreNotAndTheBoundsAreIncluded() {
        assertFalse(splits.evaluate(withSplits(12, 26)).reproduced());
        assertFalse(splits.evaluate(withSplits(1, 2, 3, 4, 5, 6, 7, 8)).reproduced());
        assertTrue(splits.evaluate(withSplits(1, 2, 3)).reproduced());
        assertTrue(splits.evaluate(withSplits(1, 2, 3, 4, 5, 6, 7)).reproduced());
    }

    @Test
    void onlyCountMetricsCanBeTotalled() {
        assertThrows(IllegalArgumentException.class, () -> new MetricTotal("armed_groups", 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new MetricTotal("no_such_metric", 1, 2));
    }
}
