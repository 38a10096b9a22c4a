package org.sahelsim.run;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Runs a plan on a pool of threads and hands the finished runs to one writer in plan order.
 *
 * <p>How order and memory are kept: the calling thread submits run i only once run
 * i - capacity has been written (capacity = twice the threads), each run fills its own
 * {@link RunBuffer}, and a {@link ReorderBuffer} releases buffers to the writer strictly in
 * order, so a run that finishes early waits. At most {@code capacity} runs are in flight or
 * waiting at any time, whatever the number of runs, and the writer sees the same sequence for
 * any number of threads: the files are identical byte for byte.
 *
 * <p>When a run throws, no further run is started, the runs still going are interrupted and
 * {@link RunFailedException} names the run; the runs written before it stay written.
 */
public final class Batch {
    private Batch() {
    }

    /** What a finished batch reports. */
    public record Result(int runs, int threads, int capacity, int maxBuffered, Duration wall) {
    }

    /** Buffer bound for a number of threads: twice the threads, at least 2. */
    public static int capacityFor(int threads) {
        return Math.max(2, 2 * threads);
    }

    /**
     * Runs every run of {@code plan} on {@code threads} threads.
     *
     * @param writer   receives each finished run, in plan order, on the calling thread
     * @param progress told the number of runs written so far after each one
     */
    public static Result run(RunPlan plan, int threads, Series series, ModelEntry model, Consumer<RunBuffer> writer,
                             IntConsumer progress) throws RunFailedException, InterruptedException {
        return run(plan, threads, series, model, writer, progress, () -> false);
    }

    /**
     * As {@link #run(RunPlan, int, Series, ModelEntry, Consumer, IntConsumer)}, but once
     * {@code stop} says true (asked before each run is written) no further run is started: the
     * runs already going finish and are written, in order, and the result counts the runs
     * written. The time estimate of {@code --dry-run} runs a plan this way until its time
     * budget is spent, through the very pool, buffer and writer a real command uses.
     */
    public static Result run(RunPlan plan, int threads, Series series, ModelEntry model, Consumer<RunBuffer> writer,
                             IntConsumer progress, BooleanSupplier stop)
            throws RunFailedException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        int capacity = capacityFor(threads);
        long t0 = System.nanoTime();
        int n = plan.size();
        ReorderBuffer<RunBuffer> buffer = new ReorderBuffer<>(capacity);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, n)), daemonThreads());
        int submitted = 0;
        int end = n;
        try {
            for (int next = 0; next < end; next++) {
                if (end == n && next > 0 && stop.getAsBoolean()) {
                    // at least run next is already submitted (capacity >= 2), so the loop goes on to write it
                    end = submitted;
                }
                while (submitted < end && submitted < next + capacity) {
                    submit(pool, buffer, plan, submitted++, series, model);
                }
                RunBuffer done;
                try {
                    done = buffer.take();
                } catch (ReorderBuffer.ItemFailedException e) {
                    int index = (int) e.index();
                    throw new RunFailedException(plan.key(index), e.getCause());
                }
                writer.accept(done);
                progress.accept(next + 1);
            }
        } finally {
            pool.shutdownNow();
            // Runs ignore interrupts inside the model; do not wait long for them, they are daemons.
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
        return new Result(end, threads, capacity, buffer.maxHeld(), Duration.ofNanos(System.nanoTime() - t0));
    }

    private static void submit(ExecutorService pool, ReorderBuffer<RunBuffer> buffer, RunPlan plan, int index,
                               Series series, ModelEntry model) {
        pool.execute(() -> {
            try {
                long cpu = CpuTime.thread();
                RunKey key = plan.key(index);
                var scenario = plan.scenario(index);
                RunBuffer rb = new RunBuffer(key, scenario, series, plan.measures());
                model.run(scenario, key.seed(), rb);
                rb.finish();
                rb.cpuNanos = CpuTime.thread() - cpu;
                buffer.put(index, rb);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                // StackOverflowError, OutOfMemoryError and the like must also stop the batch.
                buffer.fail(index, t);
            }
        });
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sahelsim-run-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
