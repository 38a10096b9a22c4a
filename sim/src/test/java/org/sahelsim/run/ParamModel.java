package org.sahelsim.run;

import java.util.SplittableRandom;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;
import org.sahelsim.record.RunSink;
import org.sahelsim.scenario.Scenario;

/**
 * A stand-in model whose outputs are known functions of the scenario's swept values, so the
 * sweep's analysis can be checked against the truth: {@code jihadist_fighter_share} (a level)
 * is MINUSMA's mobile share at every step, plus a little noise from the seed;
 * {@code clashes} (a count) is 2 a month times the rationality parameter times 100; every
 * other metric is 0.
 */
public final class ParamModel implements ModelEntry {
    static final int SHARE = index("jihadist_fighter_share");
    static final int CLASHES = index("clashes");

    private final double noise;

    public ParamModel(double noise) {
        this.noise = noise;
    }

    static int index(String name) {
        int i = Metrics.ALL.stream().map(MetricDef::name).toList().indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("no metric " + name);
        }
        return i;
    }

    @Override
    public void run(Scenario scenario, long seed, RunSink sink) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[Metrics.count()];
        for (int step = 0; step <= scenario.months(); step++) {
            v[SHARE] = scenario.levers().minusma().mobileShare() + noise * (r.nextDouble() - 0.5);
            v[CLASHES] = step == 0 ? 0 : 200 * scenario.params().rationality();
            sink.metrics(step, v);
        }
    }
}
