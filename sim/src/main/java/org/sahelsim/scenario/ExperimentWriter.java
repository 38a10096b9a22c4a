package org.sahelsim.scenario;

import java.util.Map;

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
        StringBuilder b = new StringBuilder();
        b.append("# The experiment as run by sahelsim compare. Under 'variants', each variant's full scenario\n");
        b.append("# (the baseline with the variant's settings applied); replication r of every variant ran\n");
        b.append("# with the seed of rep r under experiment.seed (common random numbers).\n");
        b.append("experiment:\n");
        entry(b, 1, "name", ScenarioWriter.text(e.name()));
        entry(b, 1, "description", ScenarioWriter.text(e.description()));
        entry(b, 1, "baseline_file", ScenarioWriter.text(e.baselineFile() == null ? ""
                : e.baselineFile().toString().replace('\\', '/')));
        entry(b, 1, "replications", Integer.toString(e.replications()));
        entry(b, 1, "seed", Long.toString(e.seed()));
        StringBuilder ms = new StringBuilder("[");
        for (int i = 0; i < e.metrics().size(); i++) {
            ms.append(i > 0 ? ", " : "").append(ScenarioWriter.text(e.metrics().get(i)));
        }
        entry(b, 1, "metrics", ms.append(']').toString());
        entry(b, 1, "primary_metric", ScenarioWriter.text(e.primaryMetric()));
        entry(b, 1, "max_replications", Integer.toString(e.maxReplications()));
        entry(b, 1, "ci_width", ciWidth == null ? "null" : ScenarioWriter.number(ciWidth));
        settings(b, 1, e.set());
        b.append("  variants:\n");
        for (Experiment.Variant v : e.variants()) {
            b.append("    ").append(ScenarioWriter.text(v.name())).append(":\n");
            entry(b, 3, "description", ScenarioWriter.text(v.description()));
            settings(b, 3, v.set());
        }
        b.append("variants:\n");
        for (Experiment.Variant v : e.variants()) {
            b.append("  ").append(ScenarioWriter.text(v.name())).append(":\n");
            for (String line : ScenarioWriter.toYaml(v.scenario()).split("\n", -1)) {
                if (!line.isEmpty()) {
                    b.append("    ").append(line).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static void entry(StringBuilder b, int depth, String key, String value) {
        b.append("  ".repeat(depth)).append(key).append(": ").append(value).append('\n');
    }

    private static void settings(StringBuilder b, int depth, Map<String, String> set) {
        if (set.isEmpty()) {
            entry(b, depth, "set", "{}");
            return;
        }
        b.append("  ".repeat(depth)).append("set:\n");
        for (Map.Entry<String, String> s : set.entrySet()) {
            entry(b, depth + 1, ScenarioWriter.text(s.getKey()), s.getValue());
        }
    }
}
