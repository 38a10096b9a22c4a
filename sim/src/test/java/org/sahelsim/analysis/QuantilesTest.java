package org.sahelsim.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Type-7 quantiles against R's quantile(x, p) and numpy's np.quantile(x, p), worked out by hand. */
class QuantilesTest {
    private static final double EPS = 1e-12;

    /**
     * x = 4, 10, 1, 3, 2 (sorted 1, 2, 3, 4, 10; n = 5, h = 4p). p = 0.1: h = 0.4, 1 + 0.4 * 1
     * = 1.4; p = 0.25: h = 1, 2; p = 0.5: 3; p = 0.9: h = 3.6, 4 + 0.6 * 6 = 7.6; the ends are
     * the minimum and the maximum.
     */
    @Test
    void interpolatesBetweenOrderStatisticsAsRAndNumpy() {
        double[] x = {4, 10, 1, 3, 2};
        double[] q = Quantiles.of(x, x.length, 0, 0.1, 0.25, 0.5, 0.9, 1);
        assertArrayEquals(new double[] {1, 1.4, 2, 3, 7.6, 10}, q, EPS);
        assertArrayEquals(new double[] {1, 2, 3, 4, 10}, x, 0, "the values are sorted in place");
        assertEquals(7.6, Quantiles.sorted(x, 5, 0.9), EPS);
    }

    @Test
    void onlyTheFirstNValuesCount() {
        double[] x = {5, 1, 3, 100, -100};
        assertArrayEquals(new double[] {2, 3, 4}, Quantiles.of(x, 3, 0.25, 0.5, 0.75), EPS);
        assertEquals(100, x[3], "values past n are left alone");
    }

    @Test
    void theMedianOfACopyAveragesTheTwoMiddleValuesAndLeavesTheInput() {
        double[] x = {4, 1, 3, 2};
        assertEquals(2.5, Quantiles.median(x), EPS);
        assertArrayEquals(new double[] {4, 1, 3, 2}, x, 0);
    }

    @Test
    void noValuesGiveNaNAndALevelOutsideZeroToOneFails() {
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, Quantiles.of(new double[0], 0, 0.05, 0.95));
        double[] x = {1, 2};
        assertThrows(IllegalArgumentException.class, () -> Quantiles.sorted(x, 2, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.sorted(x, 2, -0.1));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.sorted(x, 2, Double.NaN));
    }

    @Test
    void theBootstrapIntervalIsTheQuantilesOfTheFiniteReplicates() {
        double[] reps = {Double.NaN, 3, 1, Double.POSITIVE_INFINITY, 2, 4, 10};
        assertArrayEquals(new double[] {1.4, 7.6}, Resampling.percentileInterval(reps, 0.8), EPS);
    }
}
