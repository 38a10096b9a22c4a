package org.sahelsim.format;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sahelsim.scenario.Experiment;

/**
 * Writes an experiment as run, for {@code scenario.resolved.yaml} of a {@code compare}
 * folder: a top-level {@code experiment:} map (name, description, baseline file, the
 * replications actually run, seed, metrics, primary metric, cap, {@code --ci-width}, the
 * settings of the file) and {@code variants:}, a map of variant name to its full resolved
 * scenario as {@link ScenarioWriter} writes it, so each variant can be re-run from this file
 * alone ({@link ExperimentLoader#readResolved} reads it back).
 */
public final class ExperimentWriter {
    private ExperimentWriter() {
    }

    /**
     * The text of the resolved experiment.
     *
     * @param ciWidth the {@code --ci-width} target, or null when none was given
     */
    public static String toYaml(Experiment e, Double ciWidth) {
        Map<String, Object> experiment = new LinkedHashMap<>();
        experiment.put("name", e.name());
        experiment.put("description", e.description());
        experiment.put("baseline_file", e.baselineFile() == null ? "" : e.baselineFile().toString().replace('\\', '/'));
        experiment.put("replications", e.replications());
        experiment.put("seed", e.seed());
        experiment.put("metrics", e.metrics());
        experiment.put("primary_metric", e.primaryMetric());
        // written only when given, so that a resolved experiment is what it was before this key
        if (!e.primaryMetricBetter().isEmpty()) {
            experiment.put("primary_metric_better", e.primaryMetricBetter());
        }
        experiment.put("max_replications", e.maxReplications());
        experiment.put("ci_width", ciWidth);
        experiment.put("set", settings(e.set()));
        Map<String, Object> described = new LinkedHashMap<>();
        Map<String, Object> scenarios = new LinkedHashMap<>();
        for (Experiment.Variant v : e.variants()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("description", v.description());
            d.put("set", settings(v.set()));
            described.put(v.name(), d);
            scenarios.put(v.name(), v.scenario());
        }
        experiment.put("variants", described);
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("experiment", experiment);
        top.put("variants", scenarios);
        return YamlWriter.toYaml("# The experiment as run by sahelsim compare. Under 'variants', each variant's full scenario\n"
                + "# (the baseline with the variant's settings applied); replication r of every variant ran\n"
                + "# with the seed of rep r under experiment.seed (common random numbers).\n", top);
    }

    /** A set's values, each the YAML text it was given as, written in flow style. */
    private static Map<String, Object> settings(Map<String, String> set) {
        Map<String, Object> out = new LinkedHashMap<>();
        set.forEach((path, text) -> out.put(path, new YamlWriter.Flow(new YamlWriter.Text(text))));
        return out;
    }
}
