package org.sahelsim.run;

import java.util.SplittableRandom;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Metrics;
import org.sahelsim.record.RunSink;
import org.sahelsim.scenario.Scenario;

/**
 * A stand-in model for tests: its rows depend only on the seed (random metric values,
 * including awkward ones such as NaN, and events with commas and quotes in their detail), and
 * it sleeps a random moment so runs finish out of order on several threads.
 */
public final class FakeModel implements ModelEntry {
    private final int maxSleepMillis;

    public FakeModel(int maxSleepMillis) {
        this.maxSleepMillis = maxSleepMillis;
    }

    @Override
    public void run(Scenario scenario, long seed, RunSink sink) {
        SplittableRandom r = new SplittableRandom(seed);
        if (maxSleepMillis > 0) {
            try {
                Thread.sleep(r.nextInt(maxSleepMillis + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        double[] v = new double[Metrics.count()];
        for (int step = 0; step <= scenario.months(); step++) {
            for (int i = 0; i < v.length; i++) {
                v[i] = i % 3 == 0 ? r.nextInt(5) : r.nextDouble() * 1000;
            }
            v[v.length - 1] = step == 1 ? Double.NaN : v[v.length - 1];
            if (step > 0 && r.nextInt(3) == 0) {
                sink.event(new Event(step, EventType.SPLIT, "MAA", Kind.SEPARATIST, "MAA-" + step, null, "Timbuktu",
                        "rent=" + r.nextInt(100) + ";note=\"a, b\""));
            }
            sink.metrics(step, v);
        }
    }
}
