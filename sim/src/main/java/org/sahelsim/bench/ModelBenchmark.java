package org.sahelsim.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sahelsim.model.ModelRunner;
import org.sahelsim.record.Event;
import org.sahelsim.record.RunSink;
import org.sahelsim.run.Seeds;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;

/**
 * One whole baseline run per operation (throughput in runs per second), each with the next
 * replication's seed. The scenario file is a JMH parameter:
 * {@code -p scenario=scenarios/history-2012.yaml} times another one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ModelBenchmark {
    @org.openjdk.jmh.annotations.Param("scenarios/baseline-2015.yaml")
    public String scenario;

    private Scenario loaded;
    private int rep;

    @Setup
    public void load() throws Exception {
        loaded = ScenarioLoader.load(Path.of(scenario));
    }

    @Benchmark
    public void baselineRun(Blackhole bh) {
        int r = rep++ & Integer.MAX_VALUE;
        ModelRunner.run(loaded, Seeds.forRun(1, r), new RunSink() {
            @Override
            public void metrics(int step, double[] values) {
                bh.consume(values);
            }

            @Override
            public void event(Event event) {
                bh.consume(event);
            }
        });
    }
}
