package org.sahelsim.analysis;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * First-order and total Sobol indices from the outputs of a {@link SobolDesign} (Saltelli's
 * scheme, {@code N * (k + 2)} points in the design's order).
 *
 * <p>With {@code f(A)}, {@code f(B)}, {@code f(AB_i)} the outputs at row {@code j} of each
 * matrix, and {@code V} the variance (divisor {@code 2N}) of the {@code 2N} outputs of A and
 * B together:
 * <ul>
 *   <li>first order, default {@link FirstOrder#SALTELLI_2010}: {@code V_i = 1/N sum_j f(B)_j
 *       (f(AB_i)_j - f(A)_j)} (Saltelli et al. 2010, Comput. Phys. Commun. 181:259-270,
 *       Table 2 (b); the estimator of SALib's {@code sobol.analyze});</li>
 *   <li>first order, {@link FirstOrder#JANSEN_1999}: {@code V_i = V - 1/(2N) sum_j
 *       (f(B)_j - f(AB_i)_j)^2} (Jansen 1999, Comput. Phys. Commun. 117:35-43);</li>
 *   <li>total: {@code VT_i = 1/(2N) sum_j (f(A)_j - f(AB_i)_j)^2} (Jansen 1999, recommended
 *       by Saltelli et al. 2010, Table 2 (f));</li>
 * </ul>
 * and {@code S_i = V_i / V}, {@code ST_i = VT_i / V}.
 *
 * <p>Confidence intervals: the bootstrap over rows (Efron and Tibshirani 1993): the N rows are
 * resampled with replacement (each resampled row keeps its A, B and AB values together),
 * every index is recomputed, and the percentile interval of the replicates is reported. The
 * resampling draws from a MASON generator seeded from {@link Options#seed()}, so intervals are
 * reproducible. The bootstrap treats rows as independent, which quasi-random rows are not;
 * the intervals are then on the wide side.
 *
 * <p>Replications: pass one output per point, for example the mean over a point's
 * replications (the noise of the replications then adds to the variance as if it were an
 * effect of no parameter; see the sweep documentation).
 */
public final class Saltelli {

    /** Which first-order estimator to use. */
    public enum FirstOrder {
        /** Saltelli et al. 2010, Table 2 (b): {@code 1/N sum f(B)(f(AB_i) - f(A))}. */
        SALTELLI_2010,
        /** Jansen 1999: {@code V - 1/(2N) sum (f(B) - f(AB_i))^2}. */
        JANSEN_1999
    }

    /**
     * Estimation settings.
     *
     * @param firstOrder the first-order estimator
     * @param resamples  bootstrap resamples (0: no intervals, {@code NaN}s)
     * @param confidence level of the percentile intervals, e.g. 0.95
     * @param seed       seeds the bootstrap
     */
    public record Options(FirstOrder firstOrder, int resamples, double confidence, long seed) {
        public Options {
            if (firstOrder == null) {
                throw new IllegalArgumentException("saltelli: the first-order estimator is missing");
            }
            Resampling.checkOptions("saltelli", resamples, confidence);
        }

        /** Saltelli 2010 first order, 500 resamples, 95% intervals. */
        public static Options defaults(long seed) {
            return new Options(FirstOrder.SALTELLI_2010, 500, 0.95, seed);
        }
    }

    private Saltelli() {
    }

    /** Indices of every parameter of {@code design} for the outputs {@code y} (one per point, in point order). */
    public static List<SobolIndex> indices(SobolDesign design, double[] y, Options options) {
        List<String> names = design.parameters().stream().map(ParameterRange::path).toList();
        if (y == null || y.length != design.size()) {
            throw new IllegalArgumentException("saltelli: " + design.size() + " outputs expected (one per design point), got "
                    + (y == null ? "none" : Integer.toString(y.length)));
        }
        Resampling.checkFinite(y, design);
        return compute(names, design.baseSamples(), y, options);
    }

    /**
     * Indices for outputs laid out as {@link SobolDesign} lays out its points (row by row:
     * A, AB_1 ... AB_k, B), without the design object.
     */
    public static List<SobolIndex> indices(List<String> parameters, int baseSamples, double[] y, Options options) {
        if (parameters == null || parameters.isEmpty()) {
            throw new IllegalArgumentException("saltelli: no parameters");
        }
        long expected = (long) baseSamples * (parameters.size() + 2);
        if (baseSamples < 2 || y == null || y.length != expected) {
            throw new IllegalArgumentException("saltelli: " + expected + " outputs expected (N=" + baseSamples + " rows of "
                    + (parameters.size() + 2) + "), got " + (y == null ? "none" : Integer.toString(y.length)));
        }
        Resampling.checkFinite(y, null);
        return compute(List.copyOf(parameters), baseSamples, y, options);
    }

    private static List<SobolIndex> compute(List<String> names, int n, double[] y, Options o) {
        int k = names.size();
        int w = k + 2;
        double[] fa = new double[n];
        double[] fb = new double[n];
        double[][] fab = new double[k][n];
        for (int j = 0; j < n; j++) {
            fa[j] = y[j * w];
            fb[j] = y[j * w + k + 1];
            for (int i = 0; i < k; i++) {
                fab[i][j] = y[j * w + 1 + i];
            }
        }
        double[][] est = estimate(fa, fb, fab, IntStream.range(0, n).toArray(), o.firstOrder());

        double[][] s1Reps = new double[k][o.resamples()];
        double[][] stReps = new double[k][o.resamples()];
        MersenneTwisterFast g = DesignRandom.generator(o.seed(), DesignRandom.SALTELLI_BOOTSTRAP, 0);
        int[] rows = new int[n];
        for (int b = 0; b < o.resamples(); b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = g.nextInt(n);
            }
            double[][] e = estimate(fa, fb, fab, rows, o.firstOrder());
            for (int i = 0; i < k; i++) {
                s1Reps[i][b] = e[0][i];
                stReps[i][b] = e[1][i];
            }
        }
        List<SobolIndex> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            // without resamples the replicates are empty: NaN intervals
            double[] c1 = Resampling.percentileInterval(s1Reps[i], o.confidence());
            double[] ct = Resampling.percentileInterval(stReps[i], o.confidence());
            out.add(new SobolIndex(names.get(i), est[0][i], c1[0], c1[1], est[1][i], ct[0], ct[1]));
        }
        return out;
    }

    /** {first-order[k], total[k]} over the given rows; NaN when the output does not vary. */
    private static double[][] estimate(double[] fa, double[] fb, double[][] fab, int[] rows, FirstOrder fo) {
        int n = rows.length;
        int k = fab.length;
        double mean = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r : rows) {
            mean += fa[r] + fb[r];
            lo = Math.min(lo, Math.min(fa[r], fb[r]));
            hi = Math.max(hi, Math.max(fa[r], fb[r]));
        }
        mean /= 2.0 * n;
        double var = 0;
        for (int r : rows) {
            double da = fa[r] - mean;
            double db = fb[r] - mean;
            var += da * da + db * db;
        }
        // Exactly constant outputs: rounding in the mean would leave a tiny positive variance.
        var = lo == hi ? 0 : var / (2.0 * n);
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            double[] ab = fab[i];
            double first = 0;
            double total = 0;
            for (int r : rows) {
                double dt = fa[r] - ab[r];
                total += dt * dt;
                if (fo == FirstOrder.SALTELLI_2010) {
                    first += fb[r] * (ab[r] - fa[r]);
                } else {
                    double d1 = fb[r] - ab[r];
                    first += d1 * d1;
                }
            }
            double vi = fo == FirstOrder.SALTELLI_2010 ? first / n : var - first / (2.0 * n);
            double vti = total / (2.0 * n);
            s1[i] = var > 0 ? vi / var : Double.NaN;
            st[i] = var > 0 ? vti / var : Double.NaN;
        }
        return new double[][] {s1, st};
    }
}
