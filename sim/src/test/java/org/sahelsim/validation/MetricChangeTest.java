package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.Metrics;

class MetricChangeTest {
    /** Rows of steps 0..41 with the centre's influence going linearly from {@code first} to {@code last}. */
    private static RunLog centre(double first, double last) {
        int i = Metrics.indexOf("jihadist_influence_centre");
        List<double[]> rows = new ArrayList<>();
        for (int s = 0; s <= 41; s++) {
            double[] r = new double[Metrics.count()];
            r[i] = first + (last - first) * s / 41.0;
            rows.add(r);
        }
        return Logs.history().rows(rows).build();
    }

    private final Measure spread = new MetricChange("jihadist_influence_centre", 0.05);

    @Test
    void riseFromFirstToLastStepOfAtLeastTheMinimumIsReproduced() {
        Outcome o = spread.evaluate(centre(0.1, 0.2));
        assertTrue(o.reproduced(), o.explanation());
        assertEquals("jihadist_influence_centre from 0.1 to 0.2 (rise 0.1, need at least 0.05)", o.explanation());
        assertTrue(new MetricChange("jihadist_influence_centre", 0.25).evaluate(centre(0.25, 0.5)).reproduced(),
                "the bound is included");
    }

    @Test
    void smallerRiseOrFallIsNot() {
        assertFalse(spread.evaluate(centre(0.1, 0.14)).reproduced());
        assertFalse(spread.evaluate(centre(0.3, 0.1)).reproduced());
    }

    @Test
    void onlyLevelMetricsHaveAChange() {
        assertThrows(IllegalArgumentException.class, () -> new MetricChange("splits", 1));
        assertThrows(IllegalArgumentException.class, () -> new MetricChange("no_such_metric", 1));
    }
}
