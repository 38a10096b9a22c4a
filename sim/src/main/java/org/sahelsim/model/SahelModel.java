package org.sahelsim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.levers.Lever;
import org.sahelsim.levers.Levers;
import org.sahelsim.record.RunSink;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.TimedInput;
import org.sahelsim.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The model: a MASON {@link SimState}; one step of its schedule is one month, made of one
 * repeating {@link Steppable} per phase of {@link MonthlyCycle}, ordered as listed there. No drawing code and no files: the GUI and
 * the runners observe it through a {@link RunSink}. All randomness derives from the run's
 * seed, one stream per mechanism ({@link Streams}).
 *
 * <p>Timed inputs ({@link Scenario#timedInputs()}, as the classroom window records them): at the
 * start of month m, before the levers set the month's inputs, each timed input of step m is
 * applied in turn (month order, then file order) to the levers in force, and the levers are
 * rebuilt from the result. Months before the first timed input are therefore identical to the
 * run without it (levers change inputs only; every mechanism draws from its own stream).
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
    /** The levers in force: the scenario's with the timed inputs applied so far. */
    private transient LeversSpec inForce;
    /** Timed inputs in the order they apply. */
    private transient List<TimedInput> timed;
    /** How many of {@link #timed} have been applied. */
    private transient int applied;
    private transient List<String> regionOrder;
    private int month;
    private boolean finished;
    /** Where the run's time goes, or null (no clock read). */
    private transient StepTimes times;

    public SahelModel(Scenario scenario, long seed, RunSink sink) {
        super(0L);
        this.scenario = scenario;
        this.seed = seed;
        this.sink = sink == null ? RunSink.NONE : sink;
    }

    /** Builds the world, applies month-0 shocks, records step 0 and schedules the months. */
    @Override
    public void start() {
        long t0 = clock();
        super.start();
        streams = new Streams(seed);
        MersenneTwisterFast own = streams.get(Stream.SIMSTATE);
        random = own; // MASON's own generator, seeded with all bits; no mechanism draws from it
        world = WorldBuilder.build(scenario);
        recorder = new Recorder(sink);
        world.journal = recorder;
        shocks = new Shocks(scenario.shocks(), scenario.start());
        regionOrder = WorldBuilder.regionNames(world);
        inForce = scenario.levers();
        timed = TimedInput.inApplyOrder(scenario.timedInputs(), scenario.start());
        applied = 0;
        levers = Levers.of(scenario.levers(), scenario.start(), regionOrder);
        month = 0;
        world.month = 0;
        applyTimedInputs(0);
        MonthlyCycle.setInputs(world, shocks, levers, 0);
        for (Phase.Step st : MonthlyCycle.SETUP) {
            world.version++;
            st.mechanism().apply(world, null);
        }
        lap(StepTimes.SETUP, t0);
        t0 = clock();
        recorder.record(world, 0);
        lap(StepTimes.RECORD, t0);
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
            long t0 = clock();
            applyTimedInputs(month);
            MonthlyCycle.setInputs(world, shocks, levers, month);
            lap(StepTimes.INPUTS, t0);
        }
        if (finished) {
            return;
        }
        for (Phase.Step st : phase.steps()) {
            world.version++;
            long t0 = clock();
            st.mechanism().apply(world, st.stream() == null ? null : streams.get(st.stream()));
            lap(StepTimes.name(st), t0);
        }
        if (last) {
            long t0 = clock();
            recorder.record(world, month);
            lap(StepTimes.RECORD, t0);
        }
    }

    /** Applies the timed inputs due at the start of a month and rebuilds the levers if any applied. */
    private void applyTimedInputs(int m) {
        boolean changed = false;
        while (applied < timed.size() && timed.get(applied).at().step(scenario.start()) <= m) {
            TimedInput t = timed.get(applied);
            try {
                inForce = t.applyTo(inForce); // a typed edit of the levers: no file format mid-run
            } catch (IllegalArgumentException e) {
                // the loader checked every timed input of the file; one added later was checked by its caller
                throw new IllegalStateException("the timed input at " + t.at() + " cannot be applied: " + e.getMessage(), e);
            }
            applied++;
            changed = true;
        }
        if (changed) {
            levers = Levers.of(inForce, scenario.start(), regionOrder);
        }
    }

    /**
     * Replaces the timed inputs still to come (for the classroom window, which records changes
     * during a run). Those already applied must stay as they were: the new list, in apply order,
     * must begin with them, and may add or drop only inputs of months after the current one.
     * Each new input must be valid on top of the levers in force (the caller checks it with
     * {@code ScenarioLoader.withTimedInput}); an invalid one fails when its month comes.
     */
    public void setTimedInputs(List<TimedInput> inputs) {
        if (world == null) {
            throw new IllegalStateException("the model has not started; give timed inputs in its scenario");
        }
        List<TimedInput> sorted = TimedInput.inApplyOrder(inputs, scenario.start());
        int due = 0;
        while (due < sorted.size() && sorted.get(due).at().step(scenario.start()) <= month) {
            due++;
        }
        if (!sorted.subList(0, due).equals(timed.subList(0, applied))) {
            throw new IllegalArgumentException("timed inputs of months already simulated (up to month " + month
                    + ") cannot change");
        }
        timed = sorted;
        applied = due;
    }

    /** The timed inputs of this run in the order they apply (those of the scenario, or as last set). */
    public List<TimedInput> timedInputs() {
        return timed == null ? TimedInput.inApplyOrder(scenario.timedInputs(), scenario.start()) : new ArrayList<>(timed);
    }

    /** The levers in force: the scenario's with the timed inputs applied so far. */
    public LeversSpec leversInForce() {
        return inForce == null ? scenario.levers() : inForce;
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
        if (times != null) {
            times.runDone();
        }
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

    /** The clock, read only when the run is timed. */
    private long clock() {
        return times == null ? 0 : System.nanoTime();
    }

    /** Adds the time since {@code t0} to a part of the run, when it is timed. */
    private void lap(String part, long t0) {
        if (times != null) {
            times.add(part, System.nanoTime() - t0);
        }
    }

    /** Adds this run's time per mechanism to {@code t} (null: read no clock). Set before {@link #start}. */
    public void setStepTimes(StepTimes t) {
        this.times = t;
    }

    public void setSink(RunSink sink) {
        this.sink = sink == null ? RunSink.NONE : sink;
    }
}
