package org.sahelsim.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.sahelsim.analysis.PairedStats;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.scenario.Experiment;

/**
 * Which ranking of the variants holds across an ensemble of parameter sets, and where it flips
 * ({@value #FILE}, written by {@code compare} over an ensemble).
 *
 * <p>The rules, in plain words. On each metric of interest the variants are ranked by their
 * mean paired difference from the baseline over all replications (each replication on its own
 * set of the ensemble, every variant on the same set and seed), lowest first. For each variant
 * and the next in that order, the difference between them (next minus this, replication by
 * replication) is given with its 95% t interval; then, for every parameter of the ensemble, the
 * replications are split at the parameter's median and the difference is averaged on each side.
 * The parameter whose two sides differ most (by Welch's t) is reported with both sides' means:
 * the order <b>flips</b> where one side's mean is below zero and the other's above, each side's
 * mean at least {@value #SIDE_SE} of its standard errors away from zero (each side clear of zero
 * at about the 95% level; a cut at the median of one parameter at a time, the largest of many
 * looked at, so a screen and not a test: a flip is a lead to follow with a robustness analysis,
 * not a finding).
 */
public final class EnsembleRanking {
    public static final String FILE = "ensemble-ranking.csv";
    /** Standard errors from zero each side's mean needs for a flip. */
    public static final double SIDE_SE = 2;

    private EnsembleRanking() {
    }

    /**
     * One variant's place on one metric, and how it stands against the next.
     *
     * @param metric       the metric
     * @param rank         1 for the lowest mean difference from the baseline
     * @param variant      the variant
     * @param vsBaseline   its mean paired difference from the baseline
     * @param next         the next variant in the order, or empty for the last
     * @param pair         next minus this, replication by replication (null for the last)
     * @param parameter    the parameter whose median split moves that difference most (empty for the last)
     * @param median       that parameter's median over the replications
     * @param below        the mean difference where the parameter is at most its median
     * @param above        the mean difference where it is above
     * @param flips        whether the order reverses between the two sides
     */
    public record Row(String metric, int rank, String variant, double vsBaseline, String next,
                      PairedStats.Paired pair, String parameter, double median, double below, double above,
                      boolean flips) {
    }

    /**
     * The ranking on every metric of interest.
     *
     * @param values per variant (in the experiment's order), per metric of interest, per replication
     */
    public static List<Row> compute(Experiment exp, Map<String, double[][]> values, int reps) {
        Ensemble e = exp.ensemble();
        double[][] param = new double[e.paths().size()][reps];
        for (int r = 0; r < reps; r++) {
            int k = EnsembleRuns.set(e, exp.seed(), r);
            for (int i = 0; i < param.length; i++) {
                param[i][r] = e.values()[k][i];
            }
        }
        List<String> names = exp.variantNames();
        List<Row> out = new ArrayList<>();
        for (int m = 0; m < exp.metrics().size(); m++) {
            double[] base = values.get(names.get(0))[m];
            List<String> order = new ArrayList<>(names.subList(1, names.size()));
            double[] mean = new double[names.size()];
            for (int v = 1; v < names.size(); v++) {
                mean[v] = PairedStats.paired(values.get(names.get(v))[m], base).mean();
            }
            order.sort(Comparator.comparingDouble((String n) -> mean[names.indexOf(n)]).thenComparing(names::indexOf));
            for (int i = 0; i < order.size(); i++) {
                String v = order.get(i);
                double[] x = values.get(v)[m];
                if (i == order.size() - 1) {
                    out.add(new Row(exp.metrics().get(m), i + 1, v, mean[names.indexOf(v)], "", null, "", Double.NaN,
                            Double.NaN, Double.NaN, false));
                    continue;
                }
                String w = order.get(i + 1);
                double[] y = values.get(w)[m];
                double[] d = IntStream.range(0, reps).mapToDouble(r -> y[r] - x[r]).toArray();
                Split best = null;
                for (int p = 0; p < param.length; p++) {
                    Split s = split(d, param[p], e.paths().get(p));
                    if (s != null && (best == null || s.t > best.t)) {
                        best = s;
                    }
                }
                out.add(new Row(exp.metrics().get(m), i + 1, v, mean[names.indexOf(v)], w, PairedStats.paired(y, x),
                        best == null ? "" : best.path, best == null ? Double.NaN : best.median,
                        best == null ? Double.NaN : best.below, best == null ? Double.NaN : best.above,
                        best != null && best.flips));
            }
        }
        return out;
    }

    private record Split(String path, double median, double below, double above, double t, boolean flips) {
    }

    /** The split of differences d at the median of parameter p; null when a side is too small to compare. */
    private static Split split(double[] d, double[] p, String path) {
        double[] sorted = p.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[(sorted.length - 1) / 2];
        double[] a = IntStream.range(0, d.length).filter(r -> p[r] <= median).mapToDouble(r -> d[r])
                .toArray();
        double[] b = IntStream.range(0, d.length).filter(r -> !(p[r] <= median)).mapToDouble(r -> d[r])
                .toArray();
        if (a.length < 2 || b.length < 2) {
            return null;
        }
        PairedStats.Describe da = PairedStats.describe(a);
        PairedStats.Describe db = PairedStats.describe(b);
        double sea = da.sd() / Math.sqrt(a.length);
        double seb = db.sd() / Math.sqrt(b.length);
        double se = Math.sqrt(sea * sea + seb * seb);
        double t = se > 0 ? Math.abs(da.mean() - db.mean()) / se : 0;
        boolean flips = Math.signum(da.mean()) * Math.signum(db.mean()) < 0 && Math.abs(da.mean()) >= SIDE_SE * sea
                && Math.abs(db.mean()) >= SIDE_SE * seb;
        return new Split(path, median, da.mean(), db.mean(), t, flips);
    }

    /** Writes the rows: one per metric and variant, in rank order. */
    public static void write(Path file, List<Row> rows) throws IOException {
        StringBuilder b = new StringBuilder("metric,rank,variant,mean_difference_vs_baseline,next,next_minus_this,"
                + "ci_low,ci_high,split_parameter,split_median,next_minus_this_below,next_minus_this_above,flips\n");
        for (Row r : rows) {
            b.append(r.metric()).append(',').append(r.rank()).append(',').append(r.variant()).append(',')
                    .append(Numbers.format(r.vsBaseline())).append(',').append(r.next()).append(',');
            if (r.pair() == null) {
                b.append(",,,,,,,\n");
                continue;
            }
            b.append(Numbers.format(r.pair().mean())).append(',').append(Numbers.format(r.pair().ciLow())).append(',')
                    .append(Numbers.format(r.pair().ciHigh())).append(',').append(r.parameter()).append(',')
                    .append(Numbers.format(r.median())).append(',').append(Numbers.format(r.below())).append(',')
                    .append(Numbers.format(r.above())).append(',').append(r.flips() ? "yes" : "no").append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /** The ranking in words, a line per metric, with the flips. */
    public static String text(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        List<String> flips = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (i == 0 || !r.metric().equals(rows.get(i - 1).metric())) {
                flips.clear();
                b.append("  ").append(r.metric()).append(": ");
            } else {
                b.append(r.rank() > 1 ? " < " : "");
            }
            b.append(r.variant());
            if (r.flips()) {
                flips.add(String.format(Locale.ROOT, "%s - %s is %.4g where %s <= %.4g, %.4g above", r.next(),
                        r.variant(), r.below(), r.parameter(), r.median(), r.above()));
            }
            // the metric's last row ends its line
            if (i == rows.size() - 1 || !r.metric().equals(rows.get(i + 1).metric())) {
                b.append(flips.isEmpty() ? "; holds on both sides of every parameter's median\n"
                        : "\n    flips: " + String.join("; ", flips) + "\n");
            }
        }
        return b.toString();
    }

    /** Reads the rows back from a folder's {@value #FILE} (the pair's n, sd, p and effect size are not kept there). */
    public static List<Row> read(Path file) throws IOException {
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            boolean last = f[4].isEmpty();
            PairedStats.Paired pair = last ? null : new PairedStats.Paired(0, Numbers.parse(f[5]), Double.NaN,
                    Numbers.parse(f[6]), Numbers.parse(f[7]), Double.NaN, Double.NaN);
            out.add(new Row(f[0], Integer.parseInt(f[1]), f[2], Numbers.parse(f[3]), f[4], pair, f[8],
                    last ? Double.NaN : Numbers.parse(f[9]), last ? Double.NaN : Numbers.parse(f[10]),
                    last ? Double.NaN : Numbers.parse(f[11]), "yes".equals(f[12])));
        }
        return out;
    }
}
