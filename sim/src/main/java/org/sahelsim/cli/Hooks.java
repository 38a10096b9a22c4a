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
    /**
     * Seconds of runs {@code --dry-run} times at least; it goes on until the pace settles, up
     * to three times as long. Long enough for most of the JIT's warm-up (2 to 4 s here) to
     * be behind the last third, whose pace is used; short enough for a dry run to take a few
     * seconds. Tests shorten it.
     */
    static volatile double sampleSeconds = 3.0;

    private Hooks() {
    }
}
