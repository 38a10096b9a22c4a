package org.sahelsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code metrics:} list of an experiment or sweep file: metric names the run
 * records, each once, with a clear error (file, line, column, "did you mean") otherwise. The
 * names are passed in because this package does not know the recording code.
 */
final class MetricLists {
    private MetricLists() {
    }

    /** The {@code metrics} entry of a map, or the defaults when it is absent. */
    static List<String> read(YNode.Map m, List<String> known, List<String> defaults) throws ScenarioException {
        YNode n = m.entries.get("metrics");
        if (YNode.isNull(n)) {
            return List.copyOf(defaults);
        }
        if (!(n instanceof YNode.Seq) || ((YNode.Seq) n).items.isEmpty()) {
            throw Binder.error(n.pos, "metrics", "expected a list of at least one metric name such as"
                    + " [clashes, fatalities], found " + n.describe());
        }
        List<String> out = new ArrayList<>();
        List<YNode> items = ((YNode.Seq) n).items;
        for (int i = 0; i < items.size(); i++) {
            String name = name(items.get(i), "metrics[" + i + "]", known);
            if (out.contains(name)) {
                throw Binder.error(items.get(i).pos, "metrics[" + i + "]", "'" + name + "' is listed twice");
            }
            out.add(name);
        }
        return out;
    }

    /** One metric name, checked against the known names. */
    static String name(YNode n, String field, List<String> known) throws ScenarioException {
        if (!(n instanceof YNode.Scalar) || ((YNode.Scalar) n).type != YNode.ScalarType.STR) {
            throw Binder.error(n.pos, field, "expected a metric name such as clashes, found " + n.describe());
        }
        String name = ((YNode.Scalar) n).text;
        if (!known.contains(name)) {
            throw Binder.error(n.pos, field, "'" + name + "' is not a metric." + Names.didYouMean(name, known)
                    + " Metrics (see codebook.csv of any output folder): " + String.join(", ", known) + ".");
        }
        return name;
    }
}
