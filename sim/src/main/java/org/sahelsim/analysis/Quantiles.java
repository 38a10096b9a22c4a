package org.sahelsim.analysis;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman and Fan's
 * type 7, the default of R's {@code quantile} and of numpy), so the report's charts and tables
 * and the bootstrap intervals match what a reader computes from the CSV files with either tool:
 * the p-quantile of n sorted values v[0..n-1] is v[lo] + (h - lo) * (v[lo + 1] - v[lo]), with
 * h = (n - 1) * p and lo = floor(h) (v[n - 1] itself when p is 1).
 */
public final class Quantiles {
    private Quantiles() {
    }

    /** The {@code p}-quantiles of the first {@code n} values (sorted in place), NaN for none. */
    public static double[] of(double[] values, int n, double... p) {
        double[] out = new double[p.length];
        if (n == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        Arrays.sort(values, 0, n);
        for (int i = 0; i < p.length; i++) {
            out[i] = sorted(values, n, p[i]);
        }
        return out;
    }

    /** The {@code p}-quantile of {@code n} sorted values. */
    public static double sorted(double[] v, int n, double p) {
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("quantile level must be in [0, 1], was " + p);
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }

    /** The median of a copy of the values. */
    public static double median(double[] values) {
        double[] c = values.clone();
        return of(c, c.length, 0.5)[0];
    }
}
