package org.sahelsim.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sahelsim.analysis.ParameterRange;
import org.sahelsim.analysis.Prim;
import org.sahelsim.analysis.PrimBox;
import org.sahelsim.run.Numbers;

/**
 * Where the order of two variants differs from their order at the nominal values. Rules, in
 * plain words:
 * <ul>
 * <li>Pairs (A, B) are every two variants in the experiment's file order (A before B).</li>
 * <li>At a design point the pair flips when the variant ranked better of the two at the
 * nominal values is ranked worse there ({@link Ranking}: ranks are a strict order, so a tie of
 * effects counts by file order on both sides).</li>
 * <li>A flip is also counted as clear when the 95% interval of the paired difference between
 * A and B at that point (same seeds, replication by replication) excludes 0: the reversal is
 * then more than the noise of the point's replications.</li>
 * <li>Where a pair flips at some points but not all, PRIM ({@link Prim}, default settings)
 * finds the box of parameter space where the flips concentrate: the box where the nominal
 * loser beats the nominal winner.</li>
 * </ul>
 */
public final class Flips {
    private Flips() {
    }

    /**
     * One design point's ranking.
     *
     * @param id          the point's id ({@code p0041})
     * @param ranks       each variant's rank (1 = best), variants in file order
     * @param pairClear   for each pair in {@link #pairs} order, whether the paired A - B interval excludes 0
     * @param values      the point's parameter values, in the design's parameter order
     */
    public record Point(String id, int[] ranks, boolean[] pairClear, double[] values) {
    }

    /**
     * The flips of one pair.
     *
     * @param a             the first variant in file order
     * @param b             the second
     * @param nominalBetter the one ranked better at the nominal values
     * @param nominalClear  whether the nominal paired interval of A - B excludes 0
     * @param points        the design points
     * @param flipPoints    the ids of the points where the order flips, in design order
     * @param clearFlips    how many of them are clear (interval excluding 0)
     * @param box           PRIM's box of the flips, or null (no flip, or every point flips)
     */
    public record Pair(String a, String b, String nominalBetter, boolean nominalClear, int points,
                       List<String> flipPoints, int clearFlips, PrimBox box) {
        /** How many points flip. */
        public int flipped() {
            return flipPoints.size();
        }

        /** The share of points where the order differs from the nominal one. */
        public double share() {
            return points == 0 ? Double.NaN : flipPoints.size() / (double) points;
        }

        /** The box as text: each restricted parameter with its range, joined by {@code ; }; empty when none. */
        public String boxText() {
            if (box == null) {
                return "";
            }
            return box.restrictedBounds().stream().map(x -> x.parameter() + " in [" + Numbers.format(x.low())
                    + ", " + Numbers.format(x.high()) + "]").collect(Collectors.joining("; "));
        }
    }

    /** The pairs {i, j}, i before j in file order, in the order of {@link Point#pairClear()}. */
    public static List<int[]> pairs(int variants) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < variants; i++) {
            for (int j = i + 1; j < variants; j++) {
                out.add(new int[] {i, j});
            }
        }
        return out;
    }

    /**
     * The flips of every pair.
     *
     * @param names   the variants (not the baseline), in file order
     * @param nominal the ranking at the nominal values
     * @param points  the design points' rankings, in design order
     * @param ranges  the design's parameters, for PRIM (null: no box)
     */
    public static List<Pair> compute(List<String> names, Point nominal, List<Point> points, List<ParameterRange> ranges) {
        List<Pair> out = new ArrayList<>();
        List<int[]> pairs = pairs(names.size());
        for (int q = 0; q < pairs.size(); q++) {
            int a = pairs.get(q)[0];
            int b = pairs.get(q)[1];
            boolean aFirst = nominal.ranks()[a] < nominal.ranks()[b];
            List<String> flips = new ArrayList<>();
            boolean[] flipped = new boolean[points.size()];
            int clear = 0;
            for (int p = 0; p < points.size(); p++) {
                Point x = points.get(p);
                if ((x.ranks()[a] < x.ranks()[b]) != aFirst) {
                    flipped[p] = true;
                    flips.add(x.id());
                    clear += x.pairClear()[q] ? 1 : 0;
                }
            }
            PrimBox box = null;
            if (ranges != null && !flips.isEmpty() && flips.size() < points.size()) {
                double[][] xs = points.stream().map(Point::values).toArray(double[][]::new);
                box = Prim.find(ranges, xs, flipped, Prim.Options.defaults()).box();
            }
            out.add(new Pair(names.get(a), names.get(b), names.get(aFirst ? a : b), nominal.pairClear()[q],
                    points.size(), List.copyOf(flips), clear, box));
        }
        return out;
    }
}
