package org.sahelsim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahelsim.analysis.Holm;
import org.sahelsim.analysis.PairedStats;

/**
 * The answer a comparison gives, first on its page: the variants ranked on the primary metric
 * with their effects against the baseline (from {@code summary.csv}), whether the first is
 * clearly ahead of the others (paired differences between every two variants, replication by
 * replication from {@code runs.csv}, Holm-adjusted over those pairs), and the other metrics
 * each variant changes clearly.
 *
 * <p>The direction comes from the experiment's {@code primary_metric_better} ({@code lower} or
 * {@code higher}). Without it the variants are ranked by their effect on the primary metric,
 * lowest first, and no variant is called best: the experiment did not say what better means.
 *
 * @param metric    the primary metric
 * @param better    {@code lower}, {@code higher} or empty
 * @param ranking   the variants, the baseline among them, best first (or lowest first)
 * @param pairs     every two variants' paired difference on the primary metric, first minus second
 *                  in ranking order, with its Holm-adjusted p over all the pairs
 */
record Answer(String metric, String better, List<Ranked> ranking, List<Pair> pairs) {

    /** One variant's place: its mean, and its change against the baseline (null for the baseline). */
    record Ranked(String variant, SummaryRow row, SummaryRow base) {
        boolean clear() {
            return row != null && row.compared() && row.pAdjusted() < DifferenceChart.ALPHA;
        }
    }

    /** The paired difference of two variants on the primary metric ({@code a} minus {@code b}). */
    record Pair(String a, String b, PairedStats.Paired diff, double pAdjusted) {
        boolean clear() {
            return pAdjusted < DifferenceChart.ALPHA;
        }
    }

    /** The answer of a comparison folder, or null when it has no summary of the primary metric. */
    static Answer of(FolderData data) {
        String metric = data.resolved().experimentFields().getOrDefault("primary_metric", "");
        if (metric.isEmpty() || data.summary(data.baseline(), metric) == null) {
            metric = Representative.primaryMetric(data);
        }
        if (metric == null || data.summary(data.baseline(), metric) == null) {
            return null;
        }
        String better = data.resolved().experimentFields().getOrDefault("primary_metric_better", "");
        SummaryRow base = data.summary(data.baseline(), metric);
        List<Ranked> ranking = new ArrayList<>();
        for (String v : data.variants()) {
            SummaryRow row = data.summary(v, metric);
            if (row != null) {
                ranking.add(new Ranked(v, row, base));
            }
        }
        // lower first unless higher is better; the baseline's effect is 0
        Comparator<Ranked> byMean = Comparator.comparingDouble(r -> r.row().mean());
        ranking.sort(better.equals("higher") ? byMean.reversed() : byMean);
        return new Answer(metric, better, List.copyOf(ranking), pairs(data, metric, ranking));
    }

    private static List<Pair> pairs(FolderData data, String metric, List<Ranked> ranking) {
        int col = data.column(metric);
        if (col < 0) {
            return List.of();
        }
        List<String[]> which = new ArrayList<>();
        List<PairedStats.Paired> diffs = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            for (int j = i + 1; j < ranking.size(); j++) {
                double[][] xy = paired(data, ranking.get(i).variant(), ranking.get(j).variant(), col);
                if (xy[0].length < 2) {
                    continue;
                }
                which.add(new String[] {ranking.get(i).variant(), ranking.get(j).variant()});
                diffs.add(PairedStats.paired(xy[0], xy[1]));
            }
        }
        double[] adjusted = Holm.adjust(diffs.stream().mapToDouble(PairedStats.Paired::pValue).toArray());
        List<Pair> out = new ArrayList<>();
        for (int k = 0; k < diffs.size(); k++) {
            out.add(new Pair(which.get(k)[0], which.get(k)[1], diffs.get(k), adjusted[k]));
        }
        return List.copyOf(out);
    }

    /** The two variants' final values of one metric, paired by replication (reps both have). */
    private static double[][] paired(FolderData data, String a, String b, int col) {
        java.util.Map<Integer, Double> byRep = new java.util.TreeMap<>();
        for (FolderData.RunRow r : data.runsOf(b)) {
            byRep.put(r.rep(), r.finals()[col]);
        }
        List<double[]> xy = new ArrayList<>();
        for (FolderData.RunRow r : data.runsOf(a)) {
            Double y = byRep.get(r.rep());
            if (y != null && !Double.isNaN(y) && !Double.isNaN(r.finals()[col])) {
                xy.add(new double[] {r.finals()[col], y});
            }
        }
        return new double[][] {xy.stream().mapToDouble(p -> p[0]).toArray(), xy.stream().mapToDouble(p -> p[1]).toArray()};
    }

    /** Whether the experiment said which direction is better. */
    boolean directed() {
        return !better.isEmpty();
    }

    /** The pair of {@code a} and {@code b} in either order, as a minus b, or null. */
    Pair pair(String a, String b) {
        for (Pair p : pairs) {
            if (p.a().equals(a) && p.b().equals(b)) {
                return p;
            }
            if (p.a().equals(b) && p.b().equals(a)) {
                PairedStats.Paired d = p.diff();
                return new Pair(a, b, new PairedStats.Paired(d.n(), -d.mean(), d.sd(), -d.ciHigh(), -d.ciLow(),
                        d.pValue(), -d.effectSize()), p.pAdjusted());
            }
        }
        return null;
    }
}
