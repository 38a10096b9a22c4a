package org.sahelsim.analysis;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Descriptive statistics of one sample and of paired differences, as {@code summary.csv}
 * reports them. Rules, in plain words:
 * <ul>
 * <li>Missing values (NaN) are left out: of one sample, the NaN values; of pairs, every pair
 * with a NaN on either side. {@code n} counts what is left.</li>
 * <li>mean = sum / n; sd = sqrt(sum of squared deviations / (n - 1)) (the sample standard
 * deviation, as R's {@code sd}).</li>
 * <li>95% confidence interval of the mean: mean -/+ t * sd / sqrt(n), with t the 0.975
 * quantile of Student's t distribution with n - 1 degrees of freedom (commons-math3
 * {@link TDistribution}); as R's {@code t.test(x)$conf.int}.</li>
 * <li>Paired difference (variant minus baseline, pair by pair): the same mean, sd and
 * interval of the differences; the p-value of the two-sided paired t-test (commons-math3
 * {@link TTest#pairedTTest(double[], double[])}, as R's {@code t.test(x, y, paired = TRUE)}).
 * The paired test because with common random numbers replication r of a variant and of the
 * baseline start from the same seed, so their difference removes the noise they share.</li>
 * <li>When every difference is the same value (sd 0, the t statistic undefined): the p-value
 * is 1 when that value is 0 (no difference at all) and 0 otherwise (a difference without any
 * noise); the interval is that value on both sides.</li>
 * <li>Effect size: Cohen's d_z = mean difference / sd of the differences; NaN when the sd
 * is 0 or undefined.</li>
 * <li>With n below 2, sd, intervals, p-value and effect size are NaN (written empty).</li>
 * </ul>
 */
public final class PairedStats {
    /** Two-sided confidence level of every interval. */
    public static final double LEVEL = 0.95;
    /** Absolute accuracy of the t quantile's root finder. */
    private static final double QUANTILE_ACCURACY = 1e-15;

    private PairedStats() {
    }

    /** Mean, sd and 95% t interval of one sample. */
    public record Describe(int n, double mean, double sd, double ciLow, double ciHigh) {
    }

    /** Paired difference (variant minus baseline): mean, sd, 95% t interval, p-value, Cohen's d_z. */
    public record Paired(int n, double mean, double sd, double ciLow, double ciHigh, double pValue,
                         double effectSize) {
        /** Width of the confidence interval (NaN when it is undefined). */
        public double ciWidth() {
            return ciHigh - ciLow;
        }
    }

    /** Statistics of {@code x}, NaN values left out. */
    public static Describe describe(double[] x) {
        double[] v = withoutNaN(x);
        int n = v.length;
        if (n == 0) {
            return new Describe(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        if (allEqual(v)) {
            // exactly the value, not sum / n with its rounding, and an interval of width 0
            double m = v[0];
            return n < 2 ? new Describe(n, m, Double.NaN, Double.NaN, Double.NaN) : new Describe(n, m, 0, m, m);
        }
        double m = mean(v);
        if (n < 2) {
            return new Describe(n, m, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = sd(v, m);
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        return new Describe(n, m, sd, m - half, m + half);
    }

    /**
     * Paired statistics of {@code variant - baseline}, pair i being replication i of both;
     * pairs with a NaN on either side are left out.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static Paired paired(double[] variant, double[] baseline) {
        if (variant.length != baseline.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + variant.length + " and "
                    + baseline.length);
        }
        int[] pairs = IntStream.range(0, variant.length)
                .filter(i -> !Double.isNaN(variant[i]) && !Double.isNaN(baseline[i])).toArray();
        int n = pairs.length;
        double[] x = Arrays.stream(pairs).mapToDouble(i -> variant[i]).toArray();
        double[] y = Arrays.stream(pairs).mapToDouble(i -> baseline[i]).toArray();
        double[] d = Arrays.stream(pairs).mapToDouble(i -> variant[i] - baseline[i]).toArray();
        if (n == 0) {
            return new Paired(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        if (allEqual(d)) {
            double m = d[0];
            if (n < 2) {
                return new Paired(n, m, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Paired(n, m, 0, m, m, m == 0 ? 1.0 : 0.0, Double.NaN);
        }
        double m = mean(d);
        if (n < 2) {
            return new Paired(n, m, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = sd(d, m);
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        double p = new TTest().pairedTTest(x, y);
        return new Paired(n, m, sd, m - half, m + half, p, m / sd);
    }

    /** The 0.975 quantile of Student's t with {@code df} degrees of freedom (2.776445105 for df 4). */
    public static double tQuantile(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, was " + df);
        }
        // Without a random generator (only the quantile is used) and with a tighter solver
        // accuracy than the default 1e-9, so intervals agree with R's qt() to about 1e-14.
        return new TDistribution(null, df, QUANTILE_ACCURACY).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
    }

    private static double[] withoutNaN(double[] x) {
        return Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static boolean allEqual(double[] v) {
        return Arrays.stream(v).allMatch(x -> x == v[0]);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double sd(double[] v, double mean) {
        double ss = 0;
        for (double x : v) {
            double dev = x - mean;
            ss += dev * dev;
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
