package org.sahelsim.analysis;

import java.util.Arrays;

/** Shared helpers of the bootstrap confidence intervals (Efron and Tibshirani 1993, ch. 13). */
final class Resampling {
    private Resampling() {
    }

    /**
     * The percentile interval: the {@code (1-c)/2} and {@code (1+c)/2} quantiles of the
     * bootstrap replicates (linear interpolation between order statistics, Hyndman and Fan's
     * type 7, the default of R and numpy). Non-finite replicates are dropped; none left gives
     * {@code NaN}s.
     */
    static double[] percentileInterval(double[] replicates, double confidence) {
        double[] v = Arrays.stream(replicates).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {Quantiles.sorted(v, v.length, (1 - confidence) / 2),
            Quantiles.sorted(v, v.length, (1 + confidence) / 2)};
    }

    static void checkOptions(String what, int resamples, double confidence) {
        if (resamples < 0) {
            throw new IllegalArgumentException(what + ": bootstrap resamples must be >= 0, was " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException(what + ": confidence must be strictly between 0 and 1, was " + confidence);
        }
    }

    static void checkFinite(double[] y, Design design) {
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("output of point " + (design == null ? Integer.toString(i) : design.id(i))
                        + " (index " + i + ") is " + y[i] + ", not a finite number");
            }
        }
    }
}
