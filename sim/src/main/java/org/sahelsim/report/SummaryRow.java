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
                double n = Csv.number(r, "n", file);
                rows.add(new SummaryRow(r.get("variant"), r.get("metric"), Double.isNaN(n) ? 0 : (int) n,
                        Csv.number(r, "mean", file), Csv.number(r, "sd", file), Csv.number(r, "ci_low", file),
                        Csv.number(r, "ci_high", file), Csv.number(r, "diff_mean", file),
                        Csv.number(r, "diff_ci_low", file), Csv.number(r, "diff_ci_high", file),
                        Csv.number(r, "p_value", file), Csv.number(r, "p_adjusted", file),
                        Csv.number(r, "effect_size", file)));
            }
        }
        return rows;
    }
}
