package org.sahelsim.model;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.sahelsim.levers.Lever;
import org.sahelsim.levers.Levers;
import org.sahelsim.record.RunSink;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The model: a MASON {@link SimState}; one step of its schedule is one month, made of one
 * repeating {@link Steppable} per phase of {@link MonthlyCycle}, ordered as listed there. No drawing code and no files: the GUI and
 * the runners observe it through a {@link RunSink}. All randomness derives from the run's
 * seed, one stream per mechanism ({@link Streams}).
 */
public class SahelModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final long seed;
    private transient RunSink sink;
    private transient World world;
    private transient Streams streams;
    private transient Shocks shocks;
    private transient List<Lever> levers;
    private transient Recorder recorder;
    private int month;
    private boolean finished;

    public SahelModel(Scenario scenario, long seed, RunSink sink) {
        super(0L);
        this.scenario = scenario;
        this.seed = seed;
        this.sink = sink == null ? RunSink.NONE : sink;
    }

    /** Builds the world, applies month-0 shocks, records step 0 and schedules the months. */
    @Override
    public void start() {
        super.start();
        streams = new Streams(seed);
        MersenneTwisterFast own = streams.get(Stream.SIMSTATE);
        random = own; // MASON's own generator, seeded with all bits; no mechanism draws from it
        world = WorldBuilder.build(scenario);
        recorder = new Recorder(sink);
        world.journal = recorder;
        shocks = new Shocks(scenario.shocks(), scenario.start());
        levers = Levers.of(scenario.levers(), scenario.start(), WorldBuilder.regionNames(world));
        month = 0;
        world.month = 0;
        MonthlyCycle.setInputs(world, shocks, levers, 0);
        for (Phase.Step st : MonthlyCycle.SETUP) {
            world.version++;
            st.mechanism().apply(world, null);
        }
        recorder.record(world, 0);
        // one MASON Steppable per phase, in the order of MonthlyCycle.PHASES (the orderings)
        List<Phase> phases = MonthlyCycle.PHASES;
        for (int i = 0; i < phases.size(); i++) {
            final Phase phase = phases.get(i);
            final boolean first = i == 0;
            final boolean last = i == phases.size() - 1;
            schedule.scheduleRepeating(1.0, i, (Steppable) state -> runPhase(phase, first, last), 1.0);
        }
    }

    private void runPhase(Phase phase, boolean first, boolean last) {
        if (first) {
            if (month >= scenario.months()) {
                finished = true;
                return;
            }
            finished = false;
            month++;
            world.month = month;
            MonthlyCycle.setInputs(world, shocks, levers, month);
        }
        if (finished) {
            return;
        }
        for (Phase.Step st : phase.steps()) {
            world.version++;
            st.mechanism().apply(world, st.stream() == null ? null : streams.get(st.stream()));
        }
        if (last) {
            recorder.record(world, month);
        }
    }

    /** Runs one month: one step of MASON's schedule, which runs every phase in order. */
    public void stepMonth() {
        if (month >= scenario.months()) {
            return;
        }
        schedule.step(this);
    }

    /** Runs the whole scenario without MASON's doLoop (which calls System.exit). */
    public void runToEnd() {
        start();
        while (month < scenario.months()) {
            if (!schedule.step(this)) {
                throw new IllegalStateException("MASON's schedule ended at month " + month);
            }
        }
        finish();
    }

    public World world() {
        return world;
    }

    public Scenario scenario() {
        return scenario;
    }

    public int month() {
        return month;
    }

    public long seed() {
        return seed;
    }

    public void setSink(RunSink sink) {
        this.sink = sink == null ? RunSink.NONE : sink;
    }
}
