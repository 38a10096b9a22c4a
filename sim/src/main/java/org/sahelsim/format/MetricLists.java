package org.sahelsim.format;

import java.util.List;
import org.sahelsim.scenario.ScenarioException;

/**
 * The metrics of interest of an experiment or sweep file: those written, each once (the binder
 * has checked the names against the metrics a run records), or the caller's list when the file
 * names none.
 */
final class MetricLists {
    private MetricLists() {
    }

    /** The metrics written (null: none written, the defaults); a name listed twice is an error at its place. */
    static List<String> of(List<String> written, List<String> defaults, Binder binder) throws ScenarioException {
        if (written == null) {
            return List.copyOf(defaults);
        }
        for (int i = 0; i < written.size(); i++) {
            if (written.subList(0, i).contains(written.get(i))) {
                throw Binder.error(binder.positions.get("metrics[" + i + "]"), "metrics[" + i + "]", "'"
                        + written.get(i) + "' is listed twice");
            }
        }
        return List.copyOf(written);
    }
}
