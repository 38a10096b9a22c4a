package org.sahelsim.cli;

import org.sahelsim.report.Report;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.ReportHook;

/**
 * What tests may replace: the model entry point, so a test can run the whole command line with
 * a model that fails or emits known rows. Package-private on purpose; nothing else sets it.
 */
final class Hooks {
    static volatile ModelEntry model = ModelEntry.DEFAULT;
    /** What {@code compare} calls to build the charts and report.html. */
    static volatile ReportHook report = Report::build;
    /**
     * Seconds of runs {@code --dry-run} times at least; it goes on until a run's CPU cost
     * settles, up to half as long again. In a fresh JVM the JIT keeps making the model's code
     * quicker for tens of seconds (a baseline-2015 run's CPU time at 5 s was about 30% above
     * its value at 25 s): samples of 3 s estimated a 2,300-run job 24% high, samples of 5 to
     * 7.5 s every measured job of up to 2,300 runs within 10% (README, "How good are the time
     * estimates"). Tests shorten it.
     */
    static volatile double sampleSeconds = 5.0;

    private Hooks() {
    }
}
