package org.sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.sahelsim.model.StepTimes;
import org.sahelsim.run.Batch;
import org.sahelsim.run.FileTrees;
import org.sahelsim.run.RunJob;
import org.sahelsim.run.RunPlan;
import org.sahelsim.run.Series;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.format.ScenarioWriter;
import org.sahelsim.sweep.Throughput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: throughput of the baseline scenario. After a warm-up, measures runs per
 * second of the model alone on one thread and on all cores (runs are built into buffers as
 * {@code run} builds them, then dropped), the scaling between the two, the rate of a whole
 * {@code run} writing monthly CSV files to a temporary folder that is deleted afterwards, and
 * the rate of a whole {@code sweep} on one thread and on all cores with its scaling
 * ({@link Throughput#sweep}).
 */
@Command(name = "bench", header = "Print throughput: runs per second per thread, scaling.",
        description = {"Prints throughput: runs per second on 1 thread and on all cores, per thread, the scaling",
            "ratio, the rate with CSV output, and the rate of a whole sweep on 1 thread and on all",
            "cores with its scaling ratio. For finer numbers use JMH:",
            "  java -cp sim/target/sahelsim.jar org.openjdk.jmh.Main ModelBenchmark"})
final class BenchCommand extends BaseCommand {
    static final Path DEFAULT_SCENARIO = Path.of("scenarios", "baseline-2015.yaml");

    @Option(names = "--seconds", paramLabel = "S", description = "Seconds per measurement, and of the warm-up (default: 5).")
    double seconds = 5;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario to time (default: scenarios/baseline-2015.yaml).")
    Path scenarioFile;

    @Option(names = "--threads", paramLabel = "T", description = "Threads of the many-thread measurement (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = stdout();
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new BadInputException("--seconds must be more than 0 and at most 3600, was " + seconds + ".");
        }
        int cores = OptionChecks.threads(threads);
        Path file = scenarioFile == null ? DEFAULT_SCENARIO : scenarioFile;
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("bench needs the scenario " + file + ", which does not exist"
                    + (scenarioFile == null ? "; run it from the project folder or give --scenario FILE." : "."));
        }
        Scenario scenario = ScenarioLoader.load(file);
        Duration d = Duration.ofMillis(Math.round(seconds * 1000));
        // each line shows as soon as it is measured: the command line's writer flushes at every printf (Main)
        out.printf(Locale.ROOT, "sahelsim bench: %s (%d months), %d cores available, Java %s, %.1f s per measurement%n",
                scenario.name(), scenario.months(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), seconds);
        Throughput.measure(scenario, Hooks.model, Series.NONE, cores, d);
        double one = Throughput.measure(scenario, Hooks.model, Series.NONE, 1, d);
        out.printf(Locale.ROOT, "model, 1 thread:   %12.1f runs/s%n", one);
        printBreakdown(out, Throughput.breakdown(scenario, d));
        double many = Throughput.measure(scenario, Hooks.model, Series.NONE, cores, d);
        printScaling(out, "model", "scaling", cores, one, many);
        double withCsv = withCsv(scenario, cores, many, seconds);
        out.printf(Locale.ROOT, "with CSV files (series monthly, %d threads): %.1f runs/s%n", cores, withCsv);
        // a whole sweep: a scenario per design point, rows written, summary over all runs
        double sweepOne = Throughput.sweep(scenario, Hooks.model, 1, d);
        out.printf(Locale.ROOT, "sweep, 1 thread:   %12.1f runs/s (lhs over 2 constants, 2 replications a point,"
                + " series none, rows and summary written)%n", sweepOne);
        double sweepMany = Throughput.sweep(scenario, Hooks.model, cores, d);
        printScaling(out, "sweep", "sweep scaling", cores, sweepOne, sweepMany);
        return Main.OK;
    }

    /** The rate of {@code what} on {@code cores} threads, per thread, and its scaling over the rate on 1. */
    private static void printScaling(PrintWriter out, String what, String scalingLabel, int cores, double one,
                                     double many) {
        out.printf(Locale.ROOT, "%s, %d thread%s: %12.1f runs/s (%.1f runs/s per thread)%n", what, cores,
                cores == 1 ? " " : "s", many, many / cores);
        double scaling = many / one;
        out.printf(Locale.ROOT, "%s: %.2fx on %d threads (%.0f%% of linear)%n", scalingLabel, scaling, cores,
                100 * scaling / cores);
    }

    /**
     * The table of where a run's time goes (mechanisms in the order of a month), largest parts
     * marked, so that a slower mechanism shows against the figures of docs/PERFORMANCE.md.
     */
    static void printBreakdown(PrintWriter out, StepTimes t) {
        out.printf(Locale.ROOT, "where a run's time goes (1 thread, %d runs, series none):%n", t.runs());
        out.printf(Locale.ROOT, "  %-20s %-14s %10s %7s%n", "part", "phase", "ms/run", "share");
        double total = 0;
        for (StepTimes.Part p : t.parts()) {
            double ms = p.nanosPerRun() / 1e6;
            total += ms;
            out.printf(Locale.ROOT, "  %-20s %-14s %10.4f %6.1f%%%n", p.name(), p.phase(), ms, 100 * p.share());
        }
        out.printf(Locale.ROOT, "  %-20s %-14s %10.4f %6.1f%%%n", "total", "", total, 100.0);
    }

    /**
     * Rate of a whole run with monthly CSV files in a temporary folder: a pilot of a few runs sizes
     * the timed batch to about the measurement time, capped so the files stay under ~200 MB.
     */
    private static double withCsv(Scenario scenario, int threads, double modelRate, double seconds) throws Exception {
        Path tmp = Files.createTempDirectory("sahelsim-bench");
        try {
            String yaml = ScenarioWriter.toYaml(scenario);
            int pilotReps = Math.max(4 * threads, 8);
            Path pilot = tmp.resolve("pilot");
            Batch.Result p = job(scenario, yaml, pilotReps, threads, pilot);
            long bytes = size(pilot);
            double pilotRate = pilotReps / Math.max(1e-9, p.wall().toNanos() / 1e9);
            double rate = Math.min(pilotRate, modelRate);
            long byDisk = Math.max(1, 200L * 1024 * 1024 / Math.max(1, bytes / pilotReps));
            int reps = (int) Math.max(pilotReps, Math.min(Math.min(rate * seconds, byDisk), 1_000_000));
            Batch.Result r = job(scenario, yaml, reps, threads, tmp.resolve("timed"));
            return reps / (r.wall().toNanos() / 1e9);
        } finally {
            FileTrees.delete(tmp);
        }
    }

    private static Batch.Result job(Scenario scenario, String yaml, int reps, int threads, Path out) throws Exception {
        RunJob.Spec spec = new RunJob.Spec("bench", List.of("bench"), Map.of("reps", reps), List.of(), scenario, yaml,
                RunPlan.replications(scenario, "baseline", 1, reps), 1, threads, Series.MONTHLY, Hooks.model, out,
                Map.of());
        return RunJob.execute(spec, n -> { }).batch();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
