package org.sahelsim.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code summary.csv}: one per variant (the baseline first) and metric of
 * interest, in the order given, with the columns of {@link #COLUMNS}. For each variant and
 * metric: the mean, sd and 95% interval of the per-run values ({@link PairedStats#describe});
 * for a variant other than the baseline also the paired difference against the baseline,
 * replication by replication ({@link PairedStats#paired}): its mean and 95% interval, the
 * p-value of the paired t-test, Cohen's d_z as the effect size, and the p-value adjusted by
 * {@link Holm} over all variant x metric tests of the comparison at once. The baseline's
 * difference columns are NaN (written empty).
 */
public final class Summary {
    /** The columns of {@code summary.csv}, exactly as {@code interface.md} gives them. */
    public static final List<String> COLUMNS = List.of("variant", "metric", "n", "mean", "sd", "ci_low", "ci_high",
            "diff_mean", "diff_ci_low", "diff_ci_high", "p_value", "p_adjusted", "effect_size");

    private Summary() {
    }

    /** One row of {@code summary.csv}. */
    public record Row(String variant, String metric, int n, double mean, double sd, double ciLow, double ciHigh,
                      double diffMean, double diffCiLow, double diffCiHigh, double pValue, double pAdjusted,
                      double effectSize) {
        /** The values after the two names, in {@link #COLUMNS} order (n as a double). */
        public double[] numbers() {
            return new double[] {n, mean, sd, ciLow, ciHigh, diffMean, diffCiLow, diffCiHigh, pValue, pAdjusted,
                effectSize};
        }
    }

    /**
     * Computes the rows.
     *
     * @param variants names in output order, the baseline first
     * @param metrics  metrics of interest in output order
     * @param values   per variant, {@code values.get(variant)[m][r]}: metric m (index into
     *                 {@code metrics}) of replication r; every variant has the same replications
     */
    public static List<Row> compute(List<String> variants, List<String> metrics, Map<String, double[][]> values) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a summary needs at least the baseline");
        }
        String baseline = variants.get(0);
        double[][] base = check(values, baseline, metrics.size(), -1);
        int reps = metrics.isEmpty() ? 0 : base[0].length;
        List<PairedStats.Describe> desc = new ArrayList<>();
        List<PairedStats.Paired> diff = new ArrayList<>();
        for (String v : variants) {
            double[][] x = check(values, v, metrics.size(), reps);
            for (int m = 0; m < metrics.size(); m++) {
                desc.add(PairedStats.describe(x[m]));
                diff.add(v.equals(baseline) ? null : PairedStats.paired(x[m], base[m]));
            }
        }
        double[] p = diff.stream().mapToDouble(q -> q == null ? Double.NaN : q.pValue()).toArray();
        double[] adjusted = Holm.adjust(p);
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (String v : variants) {
            for (String metric : metrics) {
                PairedStats.Describe d = desc.get(i);
                PairedStats.Paired q = diff.get(i);
                double nan = Double.NaN;
                rows.add(new Row(v, metric, d.n(), d.mean(), d.sd(), d.ciLow(), d.ciHigh(),
                        q == null ? nan : q.mean(), q == null ? nan : q.ciLow(), q == null ? nan : q.ciHigh(),
                        q == null ? nan : q.pValue(), adjusted[i], q == null ? nan : q.effectSize()));
                i++;
            }
        }
        return Collections.unmodifiableList(rows);
    }

    private static double[][] check(Map<String, double[][]> values, String variant, int metrics, int reps) {
        double[][] x = values.get(variant);
        if (x == null || x.length != metrics) {
            throw new IllegalArgumentException("variant '" + variant + "' needs values of " + metrics + " metrics");
        }
        for (double[] row : x) {
            if (reps >= 0 && row.length != reps) {
                throw new IllegalArgumentException("variant '" + variant + "' has " + row.length
                        + " replications, the baseline " + reps + "; paired statistics need the same replications");
            }
        }
        return x;
    }
}
