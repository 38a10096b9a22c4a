package org.sahelsim.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of p-values for multiple tests (Holm 1979, "A simple
 * sequentially rejective multiple test procedure", Scand. J. Statist. 6:65-70), as R's
 * {@code p.adjust(p, "holm")}. With the m defined p-values sorted from smallest,
 * p(1) &lt;= ... &lt;= p(m), the adjusted value of the i-th is
 * {@code min(1, max over j <= i of (m - j + 1) * p(j))}: multiplied by the number of tests
 * not yet rejected, kept monotone (never below the adjusted value of a smaller p-value) and
 * capped at 1. Rejecting where the adjusted value is below alpha keeps the chance of any
 * false rejection below alpha whatever the dependence between the tests. NaN p-values (tests
 * that could not be made) are not counted in m and stay NaN. Ties keep their input order.
 */
public final class Holm {
    private Holm() {
    }

    /** The Holm-adjusted p-values, in the order of {@code p}. */
    public static double[] adjust(double[] p) {
        for (double v : p) {
            if (!Double.isNaN(v) && (v < 0 || v > 1)) {
                throw new IllegalArgumentException("a p-value must lie in [0, 1], was " + v);
            }
        }
        // a stable sort: equal p-values keep their input order
        int[] defined = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).mapToInt(Integer::intValue).toArray();
        int m = defined.length;
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = defined[rank];
            double scaled = Math.min(1.0, (m - rank) * p[i]);
            running = Math.max(running, scaled);
            out[i] = running;
        }
        return out;
    }
}
