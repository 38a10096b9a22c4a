package org.sahelsim.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.sahelsim.scenario.Scenario;

/**
 * Measures how many runs a second the model does, for {@code bench}: each thread runs
 * replications back to back (each into a {@link RunBuffer}, as {@code run} does, then drops
 * it) until the time is up; the rate counts finished runs over the time until the last one
 * finished.
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
}
