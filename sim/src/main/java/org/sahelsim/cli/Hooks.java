package org.sahelsim.cli;

import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.ReportHook;

/**
 * What tests may replace: the model entry point, so a test can run the whole command line with
 * a model that fails or emits known rows. Package-private on purpose; nothing else sets it.
 */
final class Hooks {
    static volatile ModelEntry model = ModelEntry.DEFAULT;
    /** What {@code compare} calls to build the charts and report.html. */
    static volatile ReportHook report = ReportHook.INSTALLED;

    private Hooks() {
    }
}
