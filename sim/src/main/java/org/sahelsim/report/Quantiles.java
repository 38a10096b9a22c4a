package org.sahelsim.report;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman and Fan's
 * type 7, the default of R's {@code quantile} and of numpy), so the charts match what a
 * reader computes from {@code timeseries.csv} with either tool.
 */
final class Quantiles {
    private Quantiles() {
    }

    /** The {@code p}-quantiles of the first {@code n} values (sorted in place), NaN for none. */
    static double[] of(double[] values, int n, double... p) {
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
    static double sorted(double[] v, int n, double p) {
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("quantile level must be in [0, 1], was " + p);
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }

    /** The median of a copy of the values. */
    static double median(double[] values) {
        double[] c = values.clone();
        return of(c, c.length, 0.5)[0];
    }
}
