package org.sahelsim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scenario discovery with PRIM, the Patient Rule Induction Method (Friedman and Fisher 1999,
 * Stat. Comput. 9:123-143; used for scenario discovery by Bryant and Lempert 2010, Technol.
 * Forecast. Soc. Change 77:34-49): finds ranges of the swept parameters where a yes/no
 * outcome holds much more often than overall.
 *
 * <p>Input: one case per run (outcome true or false) or per design point (outcome the share
 * of its replications where it holds), with the case's parameter values in the sweep's
 * order. The algorithm, in plain words:
 * <ol>
 *   <li><b>Peeling.</b> Start from the box holding every case. At each step, for each
 *       parameter, try cutting off the {@code alpha} share of the box's cases with the lowest
 *       values, and the {@code alpha} share with the highest (at least one case; cases tied
 *       with the last one cut go too, so a discrete parameter loses whole levels). Keep the cut
 *       that leaves the highest density (ties: more cases left, then the earlier parameter,
 *       then the low side). Stop when every cut would leave fewer than {@code minMass} of all
 *       cases. The boxes so obtained are the peeling trajectory.</li>
 *   <li><b>Choice.</b> Among the trajectory's boxes whose coverage is at least
 *       {@code coverageFloor}, find the highest density {@code d*} (box of {@code n*} cases);
 *       choose the first (largest) box whose density is at least {@code d* - se} with
 *       {@code se = sqrt(d* (1 - d*) / n*)} (the one-standard-error rule of Breiman et al.
 *       1984, so sampling noise does not buy a needlessly small box).</li>
 *   <li><b>Pasting</b> (optional, Friedman and Fisher section 6): widen the chosen box on
 *       one side of one parameter by the {@code alpha} share of its cases nearest outside,
 *       when that raises the density; repeat while a paste raises it.</li>
 * </ol>
 * Everything is deterministic: no randomness, ties broken by the fixed rules above.
 */
public final class Prim {

    /**
     * @param alpha         share of the box peeled (or pasted) per step, in (0, 0.5]; 0.05 is usual
     * @param minMass       smallest box, as a share of all cases, in (0, 1]
     * @param coverageFloor smallest coverage of the chosen box, in [0, 1]
     * @param paste         whether to paste after choosing
     */
    public record Options(double alpha, double minMass, double coverageFloor, boolean paste) {
        public Options {
            if (!(alpha > 0 && alpha <= 0.5)) {
                throw new IllegalArgumentException("prim: alpha must be in (0, 0.5], was " + alpha);
            }
            if (!(minMass > 0 && minMass <= 1)) {
                throw new IllegalArgumentException("prim: minimum mass must be in (0, 1], was " + minMass);
            }
            if (!(coverageFloor >= 0 && coverageFloor <= 1)) {
                throw new IllegalArgumentException("prim: coverage floor must be in [0, 1], was " + coverageFloor);
            }
        }

        /** alpha 0.05, smallest box 5% of the cases, coverage at least 0.5, with pasting. */
        public static Options defaults() {
            return new Options(0.05, 0.05, 0.5, true);
        }
    }

    /**
     * What PRIM found.
     *
     * @param trajectory   the peeled boxes, from the full box on
     * @param chosen       the index of the chosen box in the trajectory
     * @param box          the chosen box, after pasting when asked
     * @param cases        all cases
     * @param ofInterest   all cases of interest (a sum of shares)
     */
    public record Result(List<PrimBox> trajectory, int chosen, PrimBox box, int cases, double ofInterest) {
        public Result {
            trajectory = List.copyOf(trajectory);
            if (chosen < 0 || chosen >= trajectory.size()) {
                throw new IllegalArgumentException("prim: chosen box " + chosen + " outside a trajectory of " + trajectory.size());
            }
        }

        /** The share of all cases that are of interest (the density of the full box). */
        public double baseDensity() {
            return cases == 0 ? Double.NaN : ofInterest / cases;
        }
    }

    private Prim() {
    }

    /** PRIM on cases {@code x[case][parameter]} with yes/no outcomes. */
    public static Result find(List<ParameterRange> parameters, double[][] x, boolean[] outcome, Options options) {
        if (outcome == null) {
            throw new IllegalArgumentException("prim: no outcomes");
        }
        double[] y = IntStream.range(0, outcome.length).mapToDouble(i -> outcome[i] ? 1 : 0).toArray();
        return find(parameters, x, y, options);
    }

    /** PRIM on design points with the share of replications where the outcome holds. */
    public static Result find(List<ParameterRange> parameters, List<DesignPoint> points, double[] share, Options options) {
        double[][] x = new double[points.size()][parameters.size()];
        for (int c = 0; c < x.length; c++) {
            for (int d = 0; d < parameters.size(); d++) {
                x[c][d] = points.get(c).number(parameters.get(d).path());
            }
        }
        return find(parameters, x, share, options);
    }

    /**
     * PRIM on cases {@code x[case][parameter]} (parameters in the order of {@code parameters},
     * values inside their ranges) with outcomes {@code y} in [0, 1] (1 or 0 for a yes/no run,
     * a share for a design point).
     */
    public static Result find(List<ParameterRange> parameters, double[][] x, double[] y, Options options) {
        Search s = new Search(parameters, x, y, options);
        return s.run();
    }

    /** The state of one search: cases sorted per parameter and a count of violated bounds per case. */
    private static final class Search {
        private final List<ParameterRange> parameters;
        private final double[][] x;
        private final double[] y;
        private final Options o;
        private final int n;
        private final int k;
        private final int[][] order;
        private final double[] lo;
        private final double[] hi;
        private final int[] violated;
        private int count;
        private double sum;
        private final double total;
        private final int minCount;

        Search(List<ParameterRange> parameters, double[][] x, double[] y, Options o) {
            if (o == null) {
                throw new IllegalArgumentException("prim: options are missing");
            }
            this.parameters = Design.checkParameters("prim", parameters);
            this.o = o;
            this.k = this.parameters.size();
            if (x == null || y == null || x.length != y.length) {
                throw new IllegalArgumentException("prim: " + (x == null ? 0 : x.length) + " cases but "
                        + (y == null ? 0 : y.length) + " outcomes");
            }
            if (x.length == 0) {
                throw new IllegalArgumentException("prim: no cases");
            }
            this.n = x.length;
            double t = 0;
            for (int c = 0; c < n; c++) {
                if (x[c] == null || x[c].length != k) {
                    throw new IllegalArgumentException("prim: case " + c + " has " + (x[c] == null ? 0 : x[c].length)
                            + " values for " + k + " parameters");
                }
                for (int d = 0; d < k; d++) {
                    ParameterRange p = this.parameters.get(d);
                    double v = x[c][d];
                    if (!Double.isFinite(v) || v < p.lower() || v > p.upper()) {
                        throw new IllegalArgumentException("prim: case " + c + " has " + p.path() + " = " + v
                                + ", outside its range " + ParameterRange.format(p.lower()) + " to "
                                + ParameterRange.format(p.upper()));
                    }
                }
                if (!(y[c] >= 0 && y[c] <= 1)) {
                    throw new IllegalArgumentException("prim: outcome of case " + c + " is " + y[c] + ", not in [0, 1]");
                }
                t += y[c];
            }
            this.x = x;
            this.y = y;
            this.total = t;
            this.order = new int[k][];
            for (int d = 0; d < k; d++) {
                final int dim = d;
                // Ties by case number, so the order (and every tie-break) is fixed.
                order[d] = IntStream.range(0, n).boxed()
                        .sorted(Comparator.<Integer>comparingDouble(c -> x[c][dim]).thenComparingInt(c -> c))
                        .mapToInt(Integer::intValue).toArray();
            }
            lo = new double[k];
            hi = new double[k];
            Arrays.fill(lo, Double.NEGATIVE_INFINITY);
            Arrays.fill(hi, Double.POSITIVE_INFINITY);
            violated = new int[n];
            count = n;
            sum = total;
            minCount = (int) Math.max(1, Math.ceil(o.minMass() * n - 1e-9));
        }

        Result run() {
            List<PrimBox> trajectory = new ArrayList<>();
            trajectory.add(snapshot());
            List<double[]> bounds = new ArrayList<>();
            bounds.add(concat(lo, hi));
            for (Cut best = total > 0 ? bestCut(false) : null; best != null; best = bestCut(false)) {
                apply(best);
                trajectory.add(snapshot());
                bounds.add(concat(lo, hi));
            }
            int chosen = choose(trajectory);
            double[] b = bounds.get(chosen);
            restore(Arrays.copyOfRange(b, 0, k), Arrays.copyOfRange(b, k, 2 * k));
            PrimBox box = trajectory.get(chosen);
            if (o.paste() && total > 0) {
                for (Cut best = bestCut(true); best != null; best = bestCut(true)) {
                    apply(best);
                }
                box = snapshot();
            }
            return new Result(trajectory, chosen, box, n, total);
        }

        /**
         * The best peel (or, with {@code paste}, the best paste that raises the density) over
         * every parameter's low and high side, in that order; null when there is none.
         */
        private Cut bestCut(boolean paste) {
            Cut best = null;
            for (int d = 0; d < k; d++) {
                for (boolean low : new boolean[] {true, false}) {
                    Cut c = paste ? paste(d, low) : peel(d, low);
                    if (!paste || c != null && c.density() > sum / count) {
                        best = better(best, c);
                    }
                }
            }
            return best;
        }

        /** A candidate change of one bound: the new bound and the cases and interest it removes (or adds). */
        private record Cut(int dim, boolean low, double bound, int cases, double interest, double density) {
        }

        /** Peels parameter d's low (or high) side: null when not allowed. */
        private Cut peel(int d, boolean low) {
            int m = (int) Math.max(1, Math.ceil(o.alpha() * count - 1e-9));
            int[] ord = order[d];
            int removed = 0;
            double interest = 0;
            double last = Double.NaN;
            int i = low ? 0 : n - 1;
            int stepDir = low ? 1 : -1;
            for (; i >= 0 && i < n; i += stepDir) {
                int c = ord[i];
                if (violated[c] != 0) {
                    continue;
                }
                double v = x[c][d];
                if (removed >= m && v != last) {
                    break;
                }
                removed++;
                interest += y[c];
                last = v;
            }
            if (count - removed < minCount) {
                return null;
            }
            // i stops at the first kept case: its value is the new bound (the box is closed).
            double bound = x[ord[i]][d];
            double density = (sum - interest) / (count - removed);
            return new Cut(d, low, bound, removed, interest, density);
        }

        /** Widens parameter d's low (or high) side by the alpha share of the box; null when nothing to add. */
        private Cut paste(int d, boolean low) {
            double current = low ? lo[d] : hi[d];
            if (Double.isInfinite(current)) {
                return null;
            }
            int m = (int) Math.max(1, Math.ceil(o.alpha() * count - 1e-9));
            int[] ord = order[d];
            int added = 0;
            double interest = 0;
            double last = Double.NaN;
            // Walk outward from the bound: the nearest outside cases first.
            int i = low ? n - 1 : 0;
            int stepDir = low ? -1 : 1;
            for (; i >= 0 && i < n; i += stepDir) {
                int c = ord[i];
                double v = x[c][d];
                boolean outside = low ? v < current : v > current;
                if (!outside || violated[c] != 1) {
                    continue;
                }
                if (added >= m && v != last) {
                    break;
                }
                added++;
                interest += y[c];
                last = v;
            }
            if (added == 0) {
                return null;
            }
            double density = (sum + interest) / (count + added);
            return new Cut(d, low, last, -added, -interest, density);
        }

        private Cut better(Cut a, Cut b) {
            if (b == null) {
                return a;
            }
            if (a == null) {
                return b;
            }
            if (b.density() != a.density()) {
                return b.density() > a.density() ? b : a;
            }
            // Same density: keep more cases; then the earlier parameter and the low side (a came first).
            return b.cases() < a.cases() ? b : a;
        }

        /** Moves one bound, updating the violation counts, the box's count and sum. */
        private void apply(Cut cut) {
            int d = cut.dim();
            double oldLo = lo[d];
            double oldHi = hi[d];
            if (cut.low()) {
                lo[d] = cut.bound();
            } else {
                hi[d] = cut.bound();
            }
            for (int c = 0; c < n; c++) {
                boolean was = x[c][d] < oldLo || x[c][d] > oldHi;
                boolean is = x[c][d] < lo[d] || x[c][d] > hi[d];
                if (was != is) {
                    violated[c] += is ? 1 : -1;
                }
            }
            count -= cut.cases();
            sum -= cut.interest();
        }

        /** Sets all bounds (back to a box of the trajectory) and recounts. */
        private void restore(double[] newLo, double[] newHi) {
            System.arraycopy(newLo, 0, lo, 0, k);
            System.arraycopy(newHi, 0, hi, 0, k);
            count = 0;
            sum = 0;
            for (int c = 0; c < n; c++) {
                int v = 0;
                for (int d = 0; d < k; d++) {
                    if (x[c][d] < lo[d] || x[c][d] > hi[d]) {
                        v++;
                    }
                }
                violated[c] = v;
                if (v == 0) {
                    count++;
                    sum += y[c];
                }
            }
        }

        private int choose(List<PrimBox> trajectory) {
            int best = -1;
            for (int b = 0; b < trajectory.size(); b++) {
                PrimBox box = trajectory.get(b);
                if (box.coverage() >= o.coverageFloor() && (best < 0 || box.density() > trajectory.get(best).density())) {
                    best = b;
                }
            }
            if (best < 0) {
                return 0;
            }
            PrimBox top = trajectory.get(best);
            double d = top.density();
            double se = Math.sqrt(d * (1 - d) / top.cases());
            for (int b = 0; b <= best; b++) {
                PrimBox box = trajectory.get(b);
                if (box.coverage() >= o.coverageFloor() && box.density() >= d - se) {
                    return b;
                }
            }
            return best;
        }

        private PrimBox snapshot() {
            List<PrimBox.Bound> bounds = new ArrayList<>(k);
            for (int d = 0; d < k; d++) {
                ParameterRange p = parameters.get(d);
                // A bound that excludes no case shows the parameter's whole range.
                boolean lowCut = Double.isFinite(lo[d]) && x[order[d][0]][d] < lo[d];
                boolean highCut = Double.isFinite(hi[d]) && x[order[d][n - 1]][d] > hi[d];
                bounds.add(new PrimBox.Bound(p.path(), lowCut ? lo[d] : p.lower(), highCut ? hi[d] : p.upper(),
                        lowCut, highCut));
            }
            double coverage = total > 0 ? sum / total : Double.NaN;
            double density = count > 0 ? sum / count : Double.NaN;
            return new PrimBox(bounds, count, sum, (double) count / n, coverage, density);
        }

        private static double[] concat(double[] a, double[] b) {
            double[] out = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }
}
