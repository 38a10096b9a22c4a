package org.sahelsim.bench;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sahelsim.model.MonthlyCycle;
import org.sahelsim.model.Phase;
import org.sahelsim.model.SahelModel;
import org.sahelsim.record.RunSink;
import org.sahelsim.run.Seeds;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.world.World;

/**
 * One mechanism of the month applied once to a world in mid-run (by default baseline-2015 after
 * 24 months), in microseconds per application: a JMH benchmark per hot mechanism, so that a
 * regression in one shows by name. Each invocation starts from a fresh world (built and run to
 * the month outside the measurement, cycling over eight replications' seeds, so the score is a
 * mean over several worlds, not one), because a mechanism changes the world it is applied to.
 * {@code -p mechanism=Splits} times one; the default list holds the mechanisms that take most of a
 * run's time in {@code bench}'s table, decisions first.
 *
 * <pre>java -cp sim/target/sahelsim.jar org.openjdk.jmh.Main MechanismBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MechanismBenchmark {
    /** Worlds the invocations cycle over (replications 0 to 7 of seed 1). */
    private static final int WORLDS = 8;

    @Param({"Splits", "Alignment", "Mergers", "Rents", "Deployment", "Control", "Grievances", "CommunalViolence",
        "Clashes", "Treasury"})
    public String mechanism;

    @Param("scenarios/baseline-2015.yaml")
    public String scenario;

    @Param("24")
    public int month;

    private Scenario loaded;
    private Phase.Step step;
    private World world;
    private MersenneTwisterFast random;
    private int rep;

    @Setup(Level.Trial)
    public void load() throws Exception {
        loaded = ScenarioLoader.load(Path.of(scenario));
        if (month < 0 || month >= loaded.months()) {
            throw new IllegalArgumentException("month must be 0 to " + (loaded.months() - 1) + ", was " + month);
        }
        step = find(mechanism);
    }

    /** The step of the month whose mechanism has this class name. */
    static Phase.Step find(String name) {
        StringBuilder known = new StringBuilder();
        for (Phase p : MonthlyCycle.PHASES) {
            for (Phase.Step s : p.steps()) {
                String n = s.mechanism().getClass().getSimpleName();
                if (n.equals(name)) {
                    return s;
                }
                known.append(known.length() == 0 ? "" : ", ").append(n);
            }
        }
        throw new IllegalArgumentException("no mechanism " + name + " in the month; known: " + known);
    }

    @Setup(Level.Invocation)
    public void freshWorld() {
        long seed = Seeds.forRun(1, rep++ % WORLDS);
        SahelModel m = new SahelModel(loaded, seed, RunSink.NONE);
        m.start();
        while (m.month() < month) {
            m.stepMonth();
        }
        world = m.world();
        random = new MersenneTwisterFast(seed);
    }

    @Benchmark
    public World apply() {
        world.version++; // as the model does before every mechanism
        step.mechanism().apply(world, random);
        return world;
    }
}
