package org.sahelsim.analysis;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * Latin hypercube sample of {@code n} points (McKay, Beckman and Conover 1979, Technometrics
 * 21:239-245): each parameter's unit interval is cut into {@code n} equal strata, and each
 * stratum of each parameter holds exactly one point. For parameter {@code j} a random
 * permutation {@code pi_j} of the strata is drawn, and point {@code i} has the unit coordinate
 * {@code u = (pi_j(i) + v) / n} with {@code v} uniform on {@code [0, 1)}; the value is
 * {@link ParameterRange#valueAt(double) valueAt(u)} (a continuous range's {@code min + u (max -
 * min)}, so the strata are equal cuts of {@code [min, max]}; a discrete parameter takes the
 * level whose share of the interval holds {@code u}).
 *
 * <p>All from the seed: the permutations come from a MASON generator seeded with all bits of
 * a mix of the seed (Fisher-Yates shuffles, one parameter after the other), the offsets
 * {@code v} from a counter-based hash of (seed, parameter, point), so any point is computed
 * from its index. Memory: the permutations are kept, {@code k * n} ints; the design refuses
 * more than {@value #MAX_CELLS} (about 64 MB, for example a million points of 16 parameters).
 */
public final class LatinHypercube extends DesignBase {
    /** Most permutation entries kept (parameters times points). */
    public static final long MAX_CELLS = 16_000_000L;

    private final int n;
    private final long seed;
    private final int[][] strata;

    public LatinHypercube(List<ParameterRange> parameters, int n, long seed) {
        super("lhs", "latin hypercube", parameters);
        if (n < 1) {
            throw new IllegalArgumentException("a latin hypercube needs at least 1 point, was " + n);
        }
        long cells = (long) n * this.parameters.size();
        if (cells > MAX_CELLS) {
            throw new IllegalArgumentException("a latin hypercube of " + n + " points over " + this.parameters.size()
                    + " parameters keeps " + cells + " strata, more than the limit " + MAX_CELLS
                    + ": use fewer points or a sobol design");
        }
        this.n = n;
        this.seed = seed;
        MersenneTwisterFast g = DesignRandom.generator(seed, DesignRandom.LHS_PERMUTATION, 0);
        strata = new int[this.parameters.size()][];
        for (int j = 0; j < strata.length; j++) {
            strata[j] = DesignRandom.permutation(g, n);
        }
    }

    @Override
    public long size() {
        return n;
    }

    /** The seed the design was drawn from. */
    public long seed() {
        return seed;
    }

    /** The stratum (0 to n-1) of parameter {@code j} at point {@code index}. */
    public int stratum(int j, long index) {
        Design.checkIndex(index, n);
        return strata[j][(int) index];
    }

    /** Unit coordinates of point {@code index}, one per parameter, each in its stratum. */
    public double[] unit(long index) {
        Design.checkIndex(index, n);
        double[] u = new double[parameters.size()];
        for (int j = 0; j < u.length; j++) {
            double v = DesignRandom.uniform(seed, DesignRandom.LHS_OFFSET, j, index);
            // (s + v) / n can round up to the next stratum's edge only when v is within 1 ulp of 1.
            u[j] = Math.min((strata[j][(int) index] + v) / n, Math.nextDown((strata[j][(int) index] + 1.0) / n));
        }
        return u;
    }

    @Override
    public DesignPoint point(long index) {
        double[] u = unit(index);
        return point(index, (p, j) -> p.valueAt(u[j]));
    }
}
