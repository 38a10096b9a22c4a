package org.sahelsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of {@code summary.csv} ({@code interface.md}): a variant's final values of one metric
 * over its replications, and the paired difference against the baseline (NaN on the baseline's
 * own rows).
 */
record SummaryRow(String variant, String metric, int n, double mean, double sd, double ciLow, double ciHigh,
                  double diffMean, double diffCiLow, double diffCiHigh, double pValue, double pAdjusted,
                  double effectSize) {

    static final List<String> COLUMNS = List.of("variant", "metric", "n", "mean", "sd", "ci_low", "ci_high",
            "diff_mean", "diff_ci_low", "diff_ci_high", "p_value", "p_adjusted", "effect_size");

    /** Whether the row carries a paired comparison (false for the baseline's rows). */
    boolean compared() {
        return !Double.isNaN(diffMean);
    }

    /** Reads every row in file order; fails naming the file, line and column on a bad cell. */
    static List<SummaryRow> read(Path file) throws IOException {
        List<SummaryRow> rows = new ArrayList<>();
        try (CSVParser p = Csv.open(file)) {
            Csv.require(p, file, COLUMNS);
            for (CSVRecord r : p) {
                // the number columns, n to effect_size, in the order of COLUMNS
                double[] x = COLUMNS.subList(2, COLUMNS.size()).stream()
                        .mapToDouble(c -> Csv.number(r, c, file)).toArray();
                int n = Double.isNaN(x[0]) ? 0 : (int) x[0];
                rows.add(new SummaryRow(r.get("variant"), r.get("metric"), n, x[1], x[2], x[3], x[4], x[5],
                        x[6], x[7], x[8], x[9], x[10]));
            }
        }
        return rows;
    }
}
