package org.sahelsim.run;

import java.util.SplittableRandom;
import org.sahelsim.record.Event;
import org.sahelsim.record.Metrics;
import org.sahelsim.record.RunSink;
import org.sahelsim.scenario.Scenario;

/**
 * A stand-in model for comparisons: {@link FakeModel}'s rows (which depend only on the seed),
 * with, for a scenario whose description is {@code shift=X}, the monthly clashes raised by X
 * plus noise of its own (drawn from the seed and the description), so that variants differ
 * from the baseline by a known amount with some spread. Optionally throws in one rep of one
 * variant.
 */
final class ShiftModel implements ModelEntry {
    private final FakeModel base;
    private final String failDescription;
    private final int failRep;

    ShiftModel(int maxSleepMillis) {
        this(maxSleepMillis, null, -1);
    }

    /** Fails with "model broke" in replication {@code failRep} of the scenario described {@code failDescription}. */
    ShiftModel(int maxSleepMillis, String failDescription, int failRep) {
        this.base = new FakeModel(maxSleepMillis);
        this.failDescription = failDescription;
        this.failRep = failRep;
    }

    @Override
    public void run(Scenario scenario, long seed, RunSink sink) {
        String d = scenario.description();
        if (d.equals(failDescription) && seed == Seeds.forRun(1, failRep)) {
            throw new IllegalStateException("model broke");
        }
        double shift = d.startsWith("shift=") ? Double.parseDouble(d.substring(6)) : 0;
        SplittableRandom noise = new SplittableRandom(seed * 31 + d.hashCode());
        base.run(scenario, seed, new RunSink() {
            @Override
            public void metrics(int step, double[] values) {
                double[] v = values.clone();
                if (shift != 0 && step > 0) {
                    v[Metrics.CLASHES] += shift + 4 * (noise.nextDouble() - 0.5);
                }
                sink.metrics(step, v);
            }

            @Override
            public void event(Event event) {
                sink.event(event);
            }
        });
    }
}
