package org.sahelsim.analysis;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * Morris's elementary-effects design (Morris 1991, Technometrics 33:161-174; construction as
 * in Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, section 3.3): {@code r}
 * trajectories of {@code k + 1} points each on a grid of {@code p} levels
 * {@code 0, 1/(p-1), ..., 1} per parameter, {@code r * (k + 1)} points in all.
 *
 * <p>A trajectory starts at a random grid point whose coordinates lie in
 * {@code [0, 1 - Delta]} (or in {@code [Delta, 1]} for a parameter that moves down), with
 * {@code Delta = p / (2 (p - 1))}, then changes one parameter at a time, in a random order,
 * by {@code +Delta} or {@code -Delta} (random direction per parameter): point {@code s}
 * ({@code s = 1..k}) of a trajectory differs from point {@code s - 1} in exactly the
 * parameter {@link #changed(long)}. {@code p} must be even (so that Delta lies on the grid);
 * 4 to 8 levels are usual.
 *
 * <p>Point {@code t*(k+1) + s} is point {@code s} of trajectory {@code t}. Trajectory
 * {@code t} is drawn from its own MASON generator seeded with all bits of a mix of (seed,
 * t), so any point is computed from its index. Grid coordinates map to values by
 * {@link ParameterRange#gridValue(double)} (both ends of each range are reached; a discrete
 * parameter takes its nearest level, so its actual step can differ from Delta).
 */
public final class MorrisDesign extends DesignBase {
    private final int k;
    private final int trajectories;
    private final int levels;
    private final long seed;
    private int cachedTrajectory = -1;
    private Trajectory cached;

    /** Grid level indices of a trajectory's k+1 points, and the parameter changed at each step. */
    private record Trajectory(int[][] grid, int[] order) {
    }

    /**
     * @param trajectories r, at least 2 (for sigma); 10 to 50 are usual
     * @param levels       p, even, at least 2
     */
    public MorrisDesign(List<ParameterRange> parameters, int trajectories, int levels, long seed) {
        super("morris", "morris", parameters);
        this.k = this.parameters.size();
        if (trajectories < 2) {
            throw new IllegalArgumentException("a morris design needs at least 2 trajectories, was " + trajectories);
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("a morris design needs an even number of levels (4 is usual), was " + levels);
        }
        if ((long) trajectories * (k + 1) > Long.MAX_VALUE / 2) {
            throw new IllegalArgumentException("a morris design of " + trajectories + " trajectories is too large");
        }
        this.trajectories = trajectories;
        this.levels = levels;
        this.seed = seed;
    }

    @Override
    public long size() {
        return (long) trajectories * (k + 1);
    }

    public int trajectories() {
        return trajectories;
    }

    public int levels() {
        return levels;
    }

    public long seed() {
        return seed;
    }

    /** The step in unit coordinates: {@code p / (2 (p - 1))}. */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /** The trajectory of point {@code index}. */
    public int trajectory(long index) {
        Design.checkIndex(index, size());
        return (int) (index / (k + 1));
    }

    /** The parameter (0-based) changed from the previous point of the trajectory, {@code -1} at a trajectory's start. */
    public int changed(long index) {
        Design.checkIndex(index, size());
        int s = (int) (index % (k + 1));
        return s == 0 ? -1 : trajectoryOf(trajectory(index)).order()[s - 1];
    }

    /** Unit coordinates of point {@code index}, on the grid {@code 0, 1/(p-1), ..., 1}. */
    public double[] unit(long index) {
        Design.checkIndex(index, size());
        int s = (int) (index % (k + 1));
        int[] g = trajectoryOf(trajectory(index)).grid()[s];
        double[] u = new double[k];
        for (int i = 0; i < k; i++) {
            u[i] = g[i] / (double) (levels - 1);
        }
        return u;
    }

    @Override
    public DesignPoint point(long index) {
        double[] u = unit(index);
        return point(index, (p, i) -> p.gridValue(u[i]));
    }

    /** Trajectory {@code t} (the last one is cached: points are mostly read in order). Read only. */
    private synchronized Trajectory trajectoryOf(int t) {
        if (t == cachedTrajectory) {
            return cached;
        }
        MersenneTwisterFast g = DesignRandom.generator(seed, DesignRandom.MORRIS_TRAJECTORY, t);
        int half = levels / 2; // Delta in grid steps, and the number of admissible base levels
        int[] start = new int[k];
        int[] dir = new int[k];
        for (int i = 0; i < k; i++) {
            int base = g.nextInt(half); // base level in 0 .. p/2 - 1, so base + p/2 <= p - 1
            boolean up = g.nextBoolean();
            dir[i] = up ? 1 : -1;
            start[i] = up ? base : base + half;
        }
        int[] order = DesignRandom.permutation(g, k);
        int[][] grid = new int[k + 1][];
        grid[0] = start;
        for (int s = 1; s <= k; s++) {
            int[] next = grid[s - 1].clone();
            int i = order[s - 1];
            next[i] += dir[i] * half;
            grid[s] = next;
        }
        cached = new Trajectory(grid, order);
        cachedTrajectory = t;
        return cached;
    }
}
