package org.sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.sahelsim.run.Estimator;
import org.sahelsim.run.FileTrees;
import org.sahelsim.run.RunPlan;
import org.sahelsim.run.Series;

/**
 * {@code --dry-run} of {@code run}, {@code compare}, {@code sweep}, {@code robustness} and
 * {@code calibrate}: one estimator ({@link Estimator}) and one way of printing it, so the five
 * commands' estimates are made and read alike; and the closing times of the real commands,
 * which separate the runs from the work after them in the same words. Nothing of the user's
 * is written: the measurements go to a temporary folder, deleted before the estimate prints.
 */
final class DryRun {
    /** The end of the estimate's lines, which tests and scripts look for. */
    static final String NOTHING = "nothing was written";

    private DryRun() {
    }

    /** Opens the command's row writer in a folder. */
    @FunctionalInterface
    interface TablesIn {
        Estimator.Tables open(Path dir) throws IOException;
    }

    /**
     * The command's work after its runs, rehearsed: seconds it will take for the whole plan,
     * given the timed sample (whose rows are in {@code sample}, written by the command's
     * writer) and a folder of its own to create and write in ({@code scratch}, not yet there).
     */
    @FunctionalInterface
    interface Rehearsal {
        double seconds(Estimator.Sample timed, Path sample, Path scratch) throws Exception;
    }

    /**
     * Times {@code plan} and rehearses what follows its runs, in a temporary folder deleted at
     * the end. {@code group}: how many consecutive runs share their scenarios (1 when they are
     * all built before the runs), see {@link Estimator#spread}.
     */
    static Estimator.Estimate estimate(RunPlan plan, int group, int threads, Series series, TablesIn tables,
                                       Rehearsal after) throws Exception {
        // seconds this JVM has been up: starting it, loading the classes and reading and checking
        // the input, which the real command spends too before its first run
        double start = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        if (plan.size() == 0) {
            // a shard with no runs: nothing to time
            return new Estimator.Estimate(0, 0, 0, Double.NaN, start, 0, 0);
        }
        Path tmp = Estimator.scratch();
        try {
            Path sample = Files.createDirectory(tmp.resolve("sample"));
            Estimator.Sample s;
            try (Estimator.Tables t = tables.open(sample)) {
                // at least 8 runs a thread before the time budget may stop the sample: the pace of the
                // last third needs a few runs on every thread
                s = Estimator.sample(plan, group, threads, series, Hooks.model, t, new Estimator.Budget(Hooks.sampleSeconds,
                        1.5 * Hooks.sampleSeconds, 8 * threads));
            }
            double report = after.seconds(s, sample, tmp.resolve("rehearsal"));
            return new Estimator.Estimate(plan.size(), s.timed(), s.secondsPerRun(), s.cores(), start,
                    s.runsSeconds(), report);
        } finally {
            FileTrees.delete(tmp);
        }
    }

    /**
     * The two lines of an estimate: the parts and the total, then how they were measured.
     *
     * @param report what the work after the runs is called ({@code report}, or {@code drivers.csv} for run)
     * @param how    how that work was measured
     */
    static void print(PrintWriter o, Estimator.Estimate e, int threads, String report, String how) {
        o.printf(Locale.ROOT, "estimated time: runs %s, %s %s, total %s (with %s to start the program) on %d"
                        + " thread%s%n", seconds(e.runsSeconds()), report, seconds(e.reportSeconds()),
                seconds(e.totalSeconds()), seconds(e.startSeconds()), threads, threads == 1 ? "" : "s");
        String timed = e.timed() >= e.runs() ? "all " + e.runs() + " runs timed"
                : e.timed() + " of the " + e.runs() + " runs timed, spread over the plan";
        String cores = Double.isNaN(e.cores()) ? ""
                : String.format(Locale.ROOT, ", with %.1f of the machine's %d cores", e.cores(),
                Runtime.getRuntime().availableProcessors());
        o.printf(Locale.ROOT, "  from %s (%.3f s a run once warm%s) and %s, in a temporary folder since deleted; %s%n",
                timed, e.secondsPerRun(), cores, how, NOTHING);
    }

    /** What a finished command took: {@code runs 12.3 s, report 2.1 s}. */
    static String phases(Duration wall, Duration report, String reportLabel) {
        double r = report.toNanos() / 1e9;
        return "runs " + seconds(wall.toNanos() / 1e9 - r) + ", " + reportLabel + " " + seconds(r);
    }

    /** A duration for people, with a decimal below 10 s: 0.4 s, 8.5 s, 45 s, 3 min 20 s, 2 h 05 min. */
    static String seconds(double s) {
        long r = Math.round(s);
        if (s < 9.95) {
            return String.format(Locale.ROOT, "%.1f s", Math.max(s, 0));
        }
        if (r < 60) {
            return String.format(Locale.ROOT, "%.0f s", s);
        }
        if (r < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", r / 60, r % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", r / 3600, (r % 3600) / 60);
    }
}
