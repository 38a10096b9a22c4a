package org.sahelsim.analysis;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;

/**
 * Elementary effects from the outputs of a {@link MorrisDesign} (one output per point, in
 * point order; for replicated runs, the mean over a point's replications).
 *
 * <p>At step {@code s} of trajectory {@code t}, parameter {@code i} moves by {@code +-Delta}
 * in unit coordinates and the elementary effect is {@code EE = (y_s - y_(s-1)) / (+-Delta)}
 * (Morris 1991, Technometrics 33:161-174). With the {@code r} effects of each parameter:
 * {@code mu} is their mean, {@code mu*} the mean of their absolute values (Campolongo,
 * Cariboni and Saltelli 2007, Environ. Model. Softw. 22:1509-1518) and {@code sigma} their
 * standard deviation (divisor {@code r - 1}, as in SALib's {@code morris.analyze}). Because
 * coordinates are in units of the range, a linear output {@code c x} over {@code [min, max]}
 * has {@code mu = c (max - min)} and {@code sigma = 0}.
 *
 * <p>The interval of {@code mu*} is a percentile bootstrap over trajectories (Efron and
 * Tibshirani 1993), drawn from a MASON generator seeded from {@link Options#seed()}.
 */
public final class MorrisEffects {

    /**
     * @param resamples  bootstrap resamples for the mu* interval (0: no interval, {@code NaN}s)
     * @param confidence level of the interval, e.g. 0.95
     * @param seed       seeds the bootstrap
     */
    public record Options(int resamples, double confidence, long seed) {
        public Options {
            Resampling.checkOptions("morris", resamples, confidence);
        }

        /** 500 resamples, 95% intervals. */
        public static Options defaults(long seed) {
            return new Options(500, 0.95, seed);
        }
    }

    private MorrisEffects() {
    }

    /** The measures of every parameter of {@code design} (in its order) for outputs {@code y}. */
    public static List<MorrisEffect> compute(MorrisDesign design, double[] y, Options options) {
        if (y == null || y.length != design.size()) {
            throw new IllegalArgumentException("morris: " + design.size() + " outputs expected (one per design point), got "
                    + (y == null ? "none" : Integer.toString(y.length)));
        }
        Resampling.checkFinite(y, design);
        int k = design.parameters().size();
        int r = design.trajectories();
        double[][] ee = elementaryEffects(design, y);
        MersenneTwisterFast g = DesignRandom.generator(options.seed(), DesignRandom.MORRIS_BOOTSTRAP, 0);
        double[][] reps = new double[k][options.resamples()];
        int[] pick = new int[r];
        for (int b = 0; b < options.resamples(); b++) {
            for (int t = 0; t < r; t++) {
                pick[t] = g.nextInt(r);
            }
            for (int i = 0; i < k; i++) {
                double s = 0;
                for (int t : pick) {
                    s += Math.abs(ee[i][t]);
                }
                reps[i][b] = s / r;
            }
        }
        List<MorrisEffect> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double mu = 0;
            double muStar = 0;
            for (double e : ee[i]) {
                mu += e;
                muStar += Math.abs(e);
            }
            mu /= r;
            muStar /= r;
            double ss = 0;
            for (double e : ee[i]) {
                ss += (e - mu) * (e - mu);
            }
            double sigma = Math.sqrt(ss / (r - 1));
            // without resamples the replicates are empty: NaN interval
            double[] ci = Resampling.percentileInterval(reps[i], options.confidence());
            out.add(new MorrisEffect(design.parameters().get(i).path(), r, mu, muStar, sigma, ci[0], ci[1]));
        }
        return out;
    }

    /** {@code ee[i][t]}: the elementary effect of parameter i in trajectory t. */
    public static double[][] elementaryEffects(MorrisDesign design, double[] y) {
        if (y == null || y.length != design.size()) {
            throw new IllegalArgumentException("morris: " + design.size() + " outputs expected, got "
                    + (y == null ? "none" : Integer.toString(y.length)));
        }
        int k = design.parameters().size();
        int r = design.trajectories();
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            long first = (long) t * (k + 1);
            double[] prev = design.unit(first);
            for (int s = 1; s <= k; s++) {
                long idx = first + s;
                int i = design.changed(idx);
                double[] cur = design.unit(idx);
                double step = cur[i] - prev[i];
                ee[i][t] = (y[(int) idx] - y[(int) idx - 1]) / step;
                prev = cur;
            }
        }
        return ee;
    }
}
