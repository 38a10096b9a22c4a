package org.sahelsim.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.sahelsim.record.Event;
import org.sahelsim.record.RunSink;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.RunFailedException;
import org.sahelsim.run.RunKey;
import org.sahelsim.run.Seeds;
import org.sahelsim.scenario.Scenario;

/**
 * Runs N replications of a scenario and checks each pattern on each: replication r has seed
 * {@link Seeds#forRun}(S, r) and run id {@code baseline/r<r>}, as for {@code run}. Runs go in
 * parallel, but outcomes are handed on and counted in replication order, so the result is the
 * same for any number of threads. Memory is bounded: a run's events and metric rows are kept
 * only while its patterns are measured, on its own thread, and at most twice the threads runs
 * are in flight or waiting; what is kept of a run is one yes/no and one explanation per pattern.
 */
public final class Validation {
    /** Run ids use the variant of plain runs. */
    public static final String VARIANT = "baseline";

    private Validation() {
    }

    /** What one replication reproduced: per pattern (in file order) yes/no and why. */
    public record RunOutcome(RunKey key, List<Outcome> outcomes) {
        public RunOutcome {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** One pattern over the replications: how many reproduced it, of how many. */
    public record PatternResult(Pattern pattern, int reproduced, int n) {
        /** Share of replications reproducing the pattern. */
        public double share() {
            return n == 0 ? 0 : (double) reproduced / n;
        }

        /** Whether the share meets the pattern's threshold. */
        public boolean pass() {
            return pattern.passes(reproduced, n);
        }
    }

    /** Measures every pattern on one run's log, in order. */
    public static List<Outcome> measure(List<Pattern> patterns, RunLog log) {
        return patterns.stream().map(p -> p.measure().evaluate(log)).toList();
    }

    /**
     * Runs {@code reps} replications of {@code scenario} on {@code threads} threads.
     *
     * @param perRun   receives each replication's outcomes in replication order, on the calling thread
     * @param progress told the number of replications done after each one
     * @throws RunFailedException when a replication throws (no further run is started)
     */
    public static List<PatternResult> run(List<Pattern> patterns, Scenario scenario, long masterSeed, int reps,
                                          int threads, ModelEntry model, Consumer<RunOutcome> perRun,
                                          IntConsumer progress) throws RunFailedException, InterruptedException {
        return run(patterns, r -> scenario, masterSeed, reps, threads, model, perRun, progress);
    }

    /**
     * Runs {@code reps} replications, replication r of the scenario {@code scenarioOf} gives it
     * (a scenario with the parameter set of an ensemble drawn for r), on {@code threads} threads.
     * {@code scenarioOf} is called from the worker threads.
     */
    public static List<PatternResult> run(List<Pattern> patterns, java.util.function.IntFunction<Scenario> scenarioOf,
                                          long masterSeed, int reps, int threads, ModelEntry model,
                                          Consumer<RunOutcome> perRun, IntConsumer progress)
            throws RunFailedException, InterruptedException {
        if (reps < 1 || threads < 1) {
            throw new IllegalArgumentException("reps and threads must be >= 1, were " + reps + " and " + threads);
        }
        int[] reproduced = new int[patterns.size()];
        int capacity = Math.max(2, 2 * threads);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, reps), daemonThreads());
        Deque<Future<RunOutcome>> inFlight = new ArrayDeque<>();
        int submitted = 0;
        try {
            for (int rep = 0; rep < reps; rep++) {
                while (submitted < reps && submitted < rep + capacity) {
                    RunKey key = new RunKey(VARIANT, submitted, Seeds.forRun(masterSeed, submitted));
                    inFlight.addLast(pool.submit(() -> one(patterns, scenarioOf.apply(key.rep()), key, model)));
                    submitted++;
                }
                RunOutcome o;
                try {
                    o = inFlight.removeFirst().get();
                } catch (ExecutionException e) {
                    throw new RunFailedException(new RunKey(VARIANT, rep, Seeds.forRun(masterSeed, rep)), e.getCause());
                }
                for (int i = 0; i < reproduced.length; i++) {
                    if (o.outcomes().get(i).reproduced()) {
                        reproduced[i]++;
                    }
                }
                perRun.accept(o);
                progress.accept(rep + 1);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
        return IntStream.range(0, patterns.size())
                .mapToObj(i -> new PatternResult(patterns.get(i), reproduced[i], reps)).toList();
    }

    /** One replication: run the model into memory, measure, and let the log go. */
    static RunOutcome one(List<Pattern> patterns, Scenario scenario, RunKey key, ModelEntry model) {
        Collect sink = new Collect();
        model.run(scenario, key.seed(), sink);
        if (sink.rows.size() != scenario.months() + 1) {
            throw new IllegalStateException("run " + key.runId() + " recorded " + sink.rows.size() + " steps, expected "
                    + (scenario.months() + 1));
        }
        return new RunOutcome(key, measure(patterns, RunLog.of(scenario, sink.events, sink.rows)));
    }

    /** Keeps one run's events and metric rows (index = step). */
    private static final class Collect implements RunSink {
        final List<Event> events = new ArrayList<>();
        final List<double[]> rows = new ArrayList<>();

        @Override
        public void metrics(int step, double[] values) {
            if (step != rows.size()) {
                throw new IllegalStateException("metrics of step " + step + " came after step " + (rows.size() - 1));
            }
            rows.add(values.clone());
        }

        @Override
        public void event(Event event) {
            events.add(event);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sahelsim-validate-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
