package org.sahelsim.run;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.sahelsim.record.Event;
import org.sahelsim.record.MetricKind;
import org.sahelsim.record.Metrics;
import org.sahelsim.record.RunSink;

/**
 * How long a command will take, for {@code --dry-run}: measured on this machine, never taken
 * from constants, because the model's speed changes from one version to the next and the
 * machine's from one day to the next.
 *
 * <p>The command is modelled as three parts, each measured in the process that estimates:
 * <ul>
 * <li>start: the time the program took to start and read its input (the JVM's uptime when
 * the estimate begins; the real command spends it too);</li>
 * <li>runs: the plan's runs are started cold, as the real command starts them, through the
 * real {@link Batch} on the real number of threads with the real row writer (into a
 * temporary folder, so the series written cost what they cost), in an order whose every
 * prefix is spread over the plan ({@link #spread}), until a time budget is spent. The time at
 * which each run was written is kept: when the sample covers the whole plan, that is the
 * answer; otherwise the JIT's warm-up is in the sample's own time and the rest of the plan
 * goes at the pace of the sample's last third, reckoned in CPU time over the cores the
 * process got ({@link #steadySecondsPerRun}, {@link Budget}, {@link #runsSeconds}). Timing one
 * warm-up run and then a handful, as the first version did, counted the warm-up in the pace
 * and overestimated big jobs;</li>
 * <li>report: what the command does once the last run is written (drivers.csv, summary and
 * analysis, charts, report.html), rehearsed by the command on runs replayed from the sample
 * ({@link #replay}) in a temporary folder; the passes over data files that grow with the
 * runs are timed on their own and scaled ({@link #reportSeconds}).</li>
 * </ul>
 */
public final class Estimator {
    /** Runs a sample may have at the most (the spread order is computed for this many). */
    static final int MAX_SAMPLE = 1 << 16;
    /** Finished runs kept from the sample to replay in the rehearsal of the report. */
    static final int KEEP = 16;
    /** Runs of a group ({@link #spread}) taken at each visit. */
    static final int CHUNK = 8;

    private Estimator() {
    }

    /**
     * A timed sample of a plan: for each run written, in the order written, the wall time and
     * two CPU times, all in seconds from the sample's start.
     *
     * @param planned   the runs of the whole plan
     * @param threads   the threads the runs had
     * @param writtenAt wall time when run k + 1 was written, k = 0 .. timed - 1
     * @param cpuAt     CPU time of the first k + 1 runs written (each on its own thread, from
     *                  taking the run to rendering its rows) and of the writer's thread so far;
     *                  zeros where the JVM cannot measure CPU time
     * @param processAt CPU time of the whole process so far (the JIT's compiler threads and the
     *                  garbage collector included); zeros where it cannot be measured
     * @param usable    runs written before the budget ran out (the others were already going
     *                  then, and finish while fewer threads are busy, so they do not give the pace)
     * @param kept      the first runs written, to replay
     */
    public record Sample(int planned, int threads, double[] writtenAt, double[] cpuAt, double[] processAt,
                         int usable, List<RunBuffer> kept) {
        public Sample {
            if (cpuAt.length != writtenAt.length || processAt.length != writtenAt.length) {
                throw new IllegalArgumentException("one wall time and two CPU times a run written");
            }
        }

        /** Runs timed. */
        public int timed() {
            return writtenAt.length;
        }

        /** Seconds the plan's runs take, by {@link Estimator#runsSeconds}. */
        public double runsSeconds() {
            return Estimator.runsSeconds(this);
        }

        /** Wall seconds a run once warm, on all the threads, by {@link Estimator#steadySecondsPerRun}. */
        public double secondsPerRun() {
            return Estimator.steadySecondsPerRun(this);
        }

        /**
         * The cores the process had in the last third of the sample (CPU time over wall time;
         * NaN without CPU times): fewer than the threads when other programs take some.
         */
        public double cores() {
            int k = Math.min(usable, writtenAt.length);
            if (k < 2 || processAt[k - 1] <= 0) {
                return Double.NaN;
            }
            int j = firstAfter(writtenAt, k, writtenAt[k - 1] * 2 / 3);
            double wall = writtenAt[k - 1] - writtenAt[j];
            return wall > 0 ? (processAt[k - 1] - processAt[j]) / wall : Double.NaN;
        }
    }

    /**
     * What {@code --dry-run} prints.
     *
     * @param runs          the runs of the plan
     * @param timed         the runs timed
     * @param secondsPerRun wall seconds a run once warm, on all the threads
     * @param cores         the cores the process had while timing, NaN if unknown
     */
    public record Estimate(int runs, int timed, double secondsPerRun, double cores, double startSeconds,
                           double runsSeconds, double reportSeconds) {
        /** The whole command, start to end. */
        public double totalSeconds() {
            return startSeconds + runsSeconds + reportSeconds;
        }
    }

    /**
     * Where the sampled runs' rows go: the command's own table writer, or nothing.
     *
     * @param rows  writes each run's rows
     * @param files closes the files written
     */
    public record Tables(Consumer<RunBuffer> rows, Closeable files)
            implements Consumer<RunBuffer>, Closeable {
        /** Writes nothing: for a command that writes no rows per run ({@code robustness}). */
        public static Tables none() {
            return new Tables(rb -> { }, () -> { });
        }

        /** The tables of {@code run} and {@code compare}, in {@code dir}. */
        public static Tables results(Path dir) throws IOException {
            ResultTables t = new ResultTables(dir);
            return new Tables(t::write, t);
        }

        @Override
        public void accept(RunBuffer rb) {
            rows.accept(rb);
        }

        @Override
        public void close() throws IOException {
            files.close();
        }
    }

    // ---- the arithmetic ----

    /**
     * Seconds the whole plan's runs take: the time measured when the sample has every run of
     * it; otherwise the time of its usable runs (the JIT's warm-up of the real command is in
     * them) plus the remaining runs at the steady pace.
     */
    public static double runsSeconds(Sample s) {
        double[] at = s.writtenAt();
        if (s.planned() <= 0 || at.length == 0) {
            return 0;
        }
        if (s.planned() <= at.length) {
            return at[s.planned() - 1];
        }
        int k = Math.max(1, Math.min(s.usable(), at.length));
        return at[k - 1] + (long) (s.planned() - k) * steadySecondsPerRun(s);
    }

    /**
     * Wall seconds a run once warm, on all the threads: the CPU time a run costs (its own
     * thread and the writer's) in the last third of the sample, over the cores the process got
     * in that third (at most one per thread). CPU time rather than wall time, because while the
     * JIT still compiles the model its compiler threads take cores from the runs; it goes on
     * compiling long after a short sample ends, slower and slower, and a wall pace taken during
     * it counted that in every remaining run, which overestimated a 2,000-run job by half. The
     * per-run CPU time of the last third still holds some of the JIT's early code (it keeps
     * falling, by about a fifth, over the next 20 s of a big job), which about makes up for the
     * compiling the remaining runs still pay for. Where the JVM cannot measure CPU time, the
     * wall pace of the last third.
     */
    public static double steadySecondsPerRun(Sample s) {
        double[] at = s.writtenAt();
        int k = Math.min(s.usable(), at.length);
        if (k <= 0) {
            return 0;
        }
        if (k == 1) {
            return at[0];
        }
        int j = firstAfter(at, k, at[k - 1] * 2 / 3);
        double wall = at[k - 1] - at[j];
        double cpu = s.cpuAt()[k - 1] - s.cpuAt()[j];
        double cores = s.cores();
        if (!(wall > 0 && cpu > 0 && cores > 0)) {
            return wall / (k - 1 - j);
        }
        return cpu / (k - 1 - j) / Math.min(cores, s.threads());
    }

    /**
     * Whether a run's cost has settled: the CPU time a run (or, without CPU times, the wall
     * time) of the last third of the sampling time is within {@code tolerance} (relative) of
     * the middle third's, each third holding at least {@code minRuns} runs. While the JIT still
     * compiles the model, later runs cost clearly less.
     */
    public static boolean settled(double[] writtenAt, double[] cpuAt, int k, int minRuns, double tolerance) {
        if (k < 3 || k > writtenAt.length) {
            return false;
        }
        double t = writtenAt[k - 1];
        int a = firstAfter(writtenAt, k, t / 3);
        int b = firstAfter(writtenAt, k, t * 2 / 3);
        if (b - a < minRuns || k - 1 - b < minRuns) {
            return false;
        }
        double[] cost = cpuAt[k - 1] > 0 ? cpuAt : writtenAt;
        double middle = (cost[b] - cost[a]) / (b - a);
        double last = (cost[k - 1] - cost[b]) / (k - 1 - b);
        return middle > 0 && Math.abs(last / middle - 1) <= tolerance;
    }

    /** The first of the first {@code k} runs written at {@code t} or later, at most {@code k - 2}. */
    private static int firstAfter(double[] writtenAt, int k, double t) {
        int j = 0;
        while (j < k - 2 && writtenAt[j] < t) {
            j++;
        }
        return j;
    }

    /**
     * Seconds of the work after the runs for {@code n} runs: a rehearsal on {@code rehearsed}
     * runs took {@code seconds}; each further run adds {@code perRun} seconds of passes over
     * the data files (measured warm). Drawing the charts and the page does not grow with the
     * runs; reading the rows does.
     */
    public static double reportSeconds(double seconds, long rehearsed, double perRun, long n) {
        return seconds + Math.max(0, n - rehearsed) * perRun;
    }

    // ---- the measurements ----

    /** How long a sample goes on: at least {@code minSeconds}, then until a run's cost settles, at most {@code maxSeconds}. */
    public record Budget(double minSeconds, double maxSeconds, int minRuns) {
        /** Relative difference of the last third's cost a run from the middle third's that counts as settled. */
        static final double SETTLED = 0.05;

        public Budget {
            if (!(minSeconds >= 0 && maxSeconds >= minSeconds && minRuns >= 1)) {
                throw new IllegalArgumentException("a budget needs 0 <= min <= max seconds and at least one run, was "
                        + minSeconds + ", " + maxSeconds + ", " + minRuns);
            }
        }

        /** Whether a sample whose first {@code k} runs were written as given may stop now, at {@code now}. */
        boolean spent(double[] writtenAt, double[] cpuAt, int k, double now) {
            return k >= minRuns && now >= minSeconds
                    && (now >= maxSeconds || settled(writtenAt, cpuAt, k, Math.max(2, minRuns / 4), SETTLED));
        }
    }

    /**
     * Runs {@code plan} in {@link #spread} order (in groups of {@code group} runs sharing their
     * scenarios) on {@code threads} threads, each finished run handed to {@code tables}, until
     * the budget is spent (or the plan is done), and keeps the times.
     */
    public static Sample sample(RunPlan plan, int group, int threads, Series series, ModelEntry model, Tables tables,
                                Budget budget) throws RunFailedException, InterruptedException {
        RunPlan order = spread(plan, group);
        int m = order.size();
        double[] at = new double[m];
        double[] cpu = new double[m];
        double[] process = new double[m];
        long[] runsCpu = {0};
        int[] written = {0};
        int[] usable = {-1};
        List<RunBuffer> kept = new ArrayList<>();
        long t0 = System.nanoTime();
        long writer0 = CpuTime.thread();
        long process0 = CpuTime.process();
        Batch.run(order, threads, series, model, rb -> {
            tables.accept(rb);
            runsCpu[0] += rb.cpuNanos;
            if (kept.size() < KEEP) {
                kept.add(rb);
            }
        }, k -> {
            at[k - 1] = (System.nanoTime() - t0) / 1e9;
            cpu[k - 1] = (runsCpu[0] + CpuTime.thread() - writer0) / 1e9;
            process[k - 1] = (CpuTime.process() - process0) / 1e9;
            written[0] = k;
        }, () -> {
            if (budget.spent(at, cpu, written[0], (System.nanoTime() - t0) / 1e9)) {
                usable[0] = written[0];
                return true;
            }
            return false;
        });
        int n = written[0];
        return new Sample(plan.size(), threads, Arrays.copyOf(at, n), Arrays.copyOf(cpu, n), Arrays.copyOf(process, n),
                usable[0] < 0 ? n : usable[0], List.copyOf(kept));
    }

    /** The shortest of {@code times} timings of {@code work}: a pass once warm, with the machine's hiccups left out. */
    public static double fastest(int times, Work work) throws Exception {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < times; i++) {
            best = Math.min(best, seconds(work));
        }
        return best;
    }

    /**
     * The runs of a plan in an order whose every prefix is spread evenly over it, so that a
     * sample stopped at any moment holds the plan's variants, design points and replications
     * in their proportions; at most {@link #MAX_SAMPLE} runs. The plan is cut into groups of
     * {@code group} consecutive runs that share their scenarios (a design point's
     * replications; the variants and replications of a robustness block), which are built
     * once per group: groups are visited in van der Corput's order (0, 1/2, 1/4, 3/4, ... of
     * the way through), taking up to {@link #CHUNK} runs of a group at each visit, so a sample
     * builds scenarios about as often per run as the real command does, instead of once a run.
     * Every run comes once: once each group has given its first chunk, the next visits give
     * the next chunks.
     */
    public static RunPlan spread(RunPlan plan, int group) {
        if (group < 1) {
            throw new IllegalArgumentException("a group has at least one run, was " + group);
        }
        int n = plan.size();
        int m = Math.min(n, MAX_SAMPLE);
        int[] order = new int[m];
        long groups = (n + (long) group - 1) / group;
        int chunk = Math.min(group, CHUNK);
        int bits = groups <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(groups - 1);
        int c = 0;
        for (long pass = 0; c < m; pass++) {
            for (long i = 0; c < m && i < 1L << bits; i++) {
                long g = groups == 1 ? 0 : Long.reverse(i) >>> (64 - bits);
                long first = g * group + pass * chunk;
                long end = Math.min(Math.min(first + chunk, g * group + group), n);
                for (long r = first; g < groups && r < end && c < m; r++) {
                    order[c++] = (int) r;
                }
            }
        }
        return RunPlan.of(m, i -> plan.key(order[i]), i -> plan.scenario(order[i]), plan.measures());
    }

    /**
     * A stand-in for the model that replays finished runs (the one for a seed chosen by the
     * seed), for the rehearsal of a command's report: its files get the rows, and so the
     * sizes, that real runs give, at a small fraction of their cost. A run that kept every
     * step in its series replays its rows; another gives its final values at every step (event
     * counts only at the last), so runs.csv holds the run's own totals either way. With
     * {@code events}, the run's events are replayed too (those within the scenario's months).
     */
    public static ModelEntry replay(List<RunBuffer> runs, boolean events) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("nothing to replay");
        }
        List<double[][]> rows = new ArrayList<>();
        for (RunBuffer rb : runs) {
            // a run that kept every step replays them; another replays its final values only
            boolean every = rb.steps().size() == rb.months() + 1;
            double[][] byStep = new double[every ? rb.months() + 1 : 0][];
            for (int i = 0; every && i < byStep.length; i++) {
                byStep[i] = rb.row(i);
            }
            rows.add(byStep);
        }
        return (scenario, seed, sink) -> {
            int which = (int) Long.remainderUnsigned(seed, runs.size());
            RunBuffer rb = runs.get(which);
            double[][] byStep = rows.get(which);
            double[] finals = rb.finals();
            List<Event> ev = events ? rb.events() : List.of();
            int months = scenario.months();
            int e = 0;
            for (int s = 0; s <= months; s++) {
                while (s > 0 && e < ev.size() && ev.get(e).step() <= s) {
                    emit(sink, ev.get(e++), months);
                }
                double[] row = s < byStep.length && byStep[s] != null ? byStep[s] : finalsRow(finals, s == months);
                sink.metrics(s, row);
                while (s == 0 && e < ev.size() && ev.get(e).step() == 0) {
                    emit(sink, ev.get(e++), months);
                }
            }
        };
    }

    private static void emit(RunSink sink, Event e, int months) {
        if (e.step() <= months) {
            sink.event(e);
        }
    }

    private static double[] finalsRow(double[] finals, boolean last) {
        double[] row = finals.clone();
        if (!last) {
            for (int i = 0; i < row.length; i++) {
                if (Metrics.ALL.get(i).kind() == MetricKind.COUNT) {
                    row[i] = 0;
                }
            }
        }
        return row;
    }

    /** Seconds {@code work} takes. */
    public static double seconds(Work work) throws Exception {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Something to time. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** A new temporary folder for the measurements; delete it when done ({@link FileTrees#delete}). */
    public static Path scratch() throws IOException {
        return Files.createTempDirectory("sahelsim-dry-run-");
    }

}
