package org.sahelsim.report;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.sahelsim.analysis.Quantiles;
import org.sahelsim.model.SahelModel;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;
import org.sahelsim.run.RunBuffer;
import org.sahelsim.run.RunKey;
import org.sahelsim.run.Series;
import org.sahelsim.scenario.Scenario;

/**
 * The representative run of the network charts and its exact re-run. The run is the baseline
 * replication whose final value of the primary metric (the first metric of
 * {@code summary.csv}, else {@code clashes}) is closest to the baseline median of that metric;
 * among equally close runs, the lowest rep. It is re-run from its recorded seed with the
 * scenario of its variant, and its final metrics are checked against its row of
 * {@code runs.csv}, so the picture shows the run the tables count.
 */
final class Representative {
    private Representative() {
    }

    /** The chosen run and why. */
    record Choice(String metric, double median, FolderData.RunRow run) {
    }

    /** The end of a re-run: its network and whether it reproduced its recorded row. */
    record Rerun(FolderData.RunRow run, Network network, String endDate, boolean reproduced, String difference) {
    }

    /** The primary metric: the first main metric found in runs.csv, else clashes, else the first column. */
    static String primaryMetric(FolderData data) {
        String fallback = data.column("clashes") >= 0 ? "clashes"
                : data.metricColumns().isEmpty() ? null : data.metricColumns().get(0);
        return data.mainMetrics().stream().filter(m -> data.column(m) >= 0).findFirst().orElse(fallback);
    }

    /** Chooses the representative baseline run, or null when there is no baseline run. */
    static Choice choose(FolderData data) {
        String metric = primaryMetric(data);
        List<FolderData.RunRow> runs = data.runsOf(data.baseline()).stream()
                .filter(r -> metric != null && !Double.isNaN(r.finals()[data.column(metric)])).toList();
        if (runs.isEmpty()) {
            return null;
        }
        int col = data.column(metric);
        double median = Quantiles.median(runs.stream().mapToDouble(r -> r.finals()[col]).toArray());
        ToDoubleFunction<FolderData.RunRow> gap = r -> Math.abs(r.finals()[col] - median);
        FolderData.RunRow best = runs.stream().min(Comparator.comparingDouble(gap)
                .thenComparingInt(FolderData.RunRow::rep)).orElseThrow();
        return new Choice(metric, median, best);
    }

    /** The run of {@code variant} with the given rep, or null. */
    static FolderData.RunRow sameRep(FolderData data, String variant, int rep) {
        return data.runsOf(variant).stream().filter(r -> r.rep() == rep).findFirst().orElse(null);
    }

    /** Re-runs a run to its end with the model itself and compares its finals with runs.csv. */
    static Rerun rerun(FolderData data, FolderData.RunRow run, Scenario scenario) {
        RunBuffer buffer = new RunBuffer(new RunKey(run.variant(), run.rep(), run.seed()), scenario.start(),
                scenario.months(), Series.NONE);
        SahelModel model = new SahelModel(scenario, run.seed(), buffer);
        model.runToEnd();
        double[] finals = buffer.finals();
        String difference = "";
        for (int i = 0; i < Metrics.ALL.size() && difference.isEmpty(); i++) {
            MetricDef d = Metrics.ALL.get(i);
            int col = data.column(d.name());
            if (col < 0) {
                continue;
            }
            double recorded = run.finals()[col];
            double again = finals[i];
            // runs.csv holds about ten significant digits
            double tol = 1e-7 * Math.max(1, Math.max(Math.abs(recorded), Math.abs(again)));
            boolean same = Double.isNaN(recorded) ? Double.isNaN(again) : Math.abs(recorded - again) <= tol;
            if (!same) {
                difference = d.name() + ": runs.csv has " + recorded + ", the re-run gives " + again;
            }
        }
        return new Rerun(run, Network.of(model.world()), scenario.dateOf(scenario.months()).toString(),
                difference.isEmpty(), difference);
    }
}
