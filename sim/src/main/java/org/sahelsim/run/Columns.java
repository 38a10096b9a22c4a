package org.sahelsim.run;

import java.util.List;
import java.util.stream.Stream;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;

/** File names and column names of an output folder, exactly as {@code interface.md} gives them. */
public final class Columns {
    private Columns() {
    }

    public static final String MANIFEST = "manifest.json";
    public static final String RESOLVED = "scenario.resolved.yaml";
    public static final String CODEBOOK = "codebook.csv";
    public static final String RUNS = "runs.csv";
    public static final String TIMESERIES = "timeseries.csv";
    public static final String EVENTS = "events.csv";
    /** Per run of a comparison over an ensemble: the parameter set it ran on. */
    public static final String ENSEMBLE = "ensemble.csv";

    public static final List<String> CODEBOOK_COLUMNS = List.of("name", "kind", "unit", "definition");
    /** The identifying columns of {@code runs.csv}; one column per metric follows. */
    public static final List<String> RUNS_ID_COLUMNS = List.of("run_id", "variant", "rep", "seed");
    public static final List<String> TIMESERIES_COLUMNS = List.of("run_id", "variant", "rep", "seed", "step", "date",
            "metric", "value");
    public static final List<String> EVENTS_COLUMNS = List.of("run_id", "variant", "rep", "step", "date", "type",
            "actor", "actor_kind", "other", "other_kind", "region", "detail");

    /** All columns of {@code runs.csv}: the identifiers, then every metric in {@link Metrics#ALL} order. */
    public static List<String> runsColumns() {
        return Stream.concat(RUNS_ID_COLUMNS.stream(), Metrics.ALL.stream().map(MetricDef::name)).toList();
    }
}
