package org.sahelsim.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.StepTimes;
import org.sahelsim.run.FileTrees;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.RunBuffer;
import org.sahelsim.run.RunKey;
import org.sahelsim.run.Seeds;
import org.sahelsim.run.Series;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.Sweep;

/**
 * Measures how many runs a second the model does, for {@code bench}: each thread runs
 * replications back to back (each into a {@link RunBuffer}, as {@code run} does, then drops
 * it) until the time is up; the rate counts finished runs over the time until the last one
 * finished. {@link #sweep} measures a whole sweep instead: design points built, rows written,
 * summary computed.
 */
public final class Throughput {
    private Throughput() {
    }

    /** Runs per second on {@code threads} threads during about {@code duration}. */
    public static double measure(Scenario scenario, ModelEntry model, Series series, int threads, Duration duration)
            throws Exception {
        AtomicInteger rep = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    do {
                        int r = rep.getAndIncrement() & Integer.MAX_VALUE;
                        RunKey key = new RunKey("bench", r, Seeds.forRun(1, r));
                        RunBuffer b = new RunBuffer(key, scenario.start(), scenario.months(), series);
                        model.run(scenario, key.seed(), b);
                        b.finish();
                        done.incrementAndGet();
                    } while (System.nanoTime() < deadline);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        return done.get() / secs;
    }

    /**
     * Where a run's time goes, on one thread during about {@code duration}: each mechanism's
     * mean milliseconds per run and share ({@link StepTimes}), the runs recorded into a
     * {@link RunBuffer} with no series, as {@code run --series none} records them; the time the
     * buffer takes to build its output rows at the end of each run is added as a part
     * {@value #ROWS}. Always the real model (the parts are its mechanisms).
     */
    public static StepTimes breakdown(Scenario scenario, Duration duration) {
        StepTimes t = new StepTimes();
        long deadline = System.nanoTime() + duration.toNanos();
        int r = 0;
        long rows = 0;
        do {
            RunKey key = new RunKey("bench", r, Seeds.forRun(1, r));
            r++;
            RunBuffer b = new RunBuffer(key, scenario.start(), scenario.months(), Series.NONE);
            SahelModel m = new SahelModel(scenario, key.seed(), b);
            m.setStepTimes(t);
            m.runToEnd();
            long t0 = System.nanoTime();
            b.finish();
            rows += System.nanoTime() - t0;
        } while (System.nanoTime() < deadline);
        t.addOther(ROWS, "output", rows);
        return t;
    }

    /** The part of a run's time spent building its output rows. */
    public static final String ROWS = "rows";

    /** Replications per design point of the timed sweep. */
    static final int SWEEP_REPS = 2;

    /**
     * Runs per second of a whole {@code sweep} on {@code threads} threads: a Latin hypercube over
     * two model constants of {@code scenario} ({@code params.rationality}, {@code params.switch_cost}),
     * {@value #SWEEP_REPS} replications a point, series none, written to a temporary folder
     * (deleted afterwards) with its summary. A pilot of a few points sizes the timed sweep to
     * about {@code duration}; the rate is runs over the job's wall time (building each point's
     * scenario, running, writing and the second pass over runs.csv included).
     */
    public static double sweep(Scenario scenario, ModelEntry model, int threads, Duration duration) throws Exception {
        Path tmp = Files.createTempDirectory("sahelsim-bench-sweep");
        try {
            int pilotPoints = Math.max(4, 2 * threads);
            double pilot = sweepOnce(scenario, model, threads, pilotPoints, tmp.resolve("pilot"));
            int points = (int) Math.max(pilotPoints, Math.min(5_000_000, pilot * duration.toMillis() / 1000.0
                    / SWEEP_REPS));
            return sweepOnce(scenario, model, threads, points, tmp.resolve("timed"));
        } finally {
            FileTrees.delete(tmp);
        }
    }

    private static double sweepOnce(Scenario scenario, ModelEntry model, int threads, int points, Path out)
            throws Exception {
        List<String> metrics = SweepJob.metricNames().subList(0, 18);
        List<Sweep.Parameter> params = List.of(
                new Sweep.Parameter("params.rationality", Sweep.NumberType.DOUBLE, List.of(), 0.01, 0.05, Double.NaN),
                new Sweep.Parameter("params.switch_cost", Sweep.NumberType.DOUBLE, List.of(), 10, 80, Double.NaN));
        Sweep s = new Sweep(null, "bench", "", null, scenario, Map.of(), Sweep.DesignKind.LHS, points, 0, 0, 0,
                SWEEP_REPS, 1, false, "none", metrics, params, null, null, null);
        SweepJob.Spec spec = new SweepJob.Spec(List.of("bench"), Map.of(), List.of(), s, null, threads, model, out,
                false);
        SweepJob.Outcome o = SweepJob.execute(spec, SweepJob.Listener.NONE);
        return o.ranNow() / (o.wall().toNanos() / 1e9);
    }
}
