package org.sahelsim.gui;

import org.sahelsim.model.SahelModel;
import org.sahelsim.record.RunSink;
import org.sahelsim.scenario.Scenario;

/**
 * The model as the window runs it: the same {@link SahelModel} (same seed, same run), but what
 * MASON's Console sees as its seed is the session's master seed (the S of
 * {@code sahelsim run --seed S}), and a seed typed in the Console's seed field is noted so that
 * the next run uses it. The model itself keeps drawing from the run seed it was built with.
 */
final class GuiModel extends SahelModel {
    private static final long serialVersionUID = 1L;

    private final long master;
    private long requested;

    GuiModel(Scenario scenario, long runSeed, long master, RunSink sink) {
        super(scenario, runSeed, sink);
        this.master = master;
        this.requested = master;
    }

    /** The master seed, shown in MASON's Console. */
    @Override
    public long seed() {
        return master;
    }

    /** MASON's Console sets its seed field's value here before each run. */
    @Override
    public void setSeed(long seed) {
        requested = seed;
        super.setSeed(seed); // MASON's own generator; the model's streams do not use it
    }

    /** The seed the Console last asked for. */
    long requested() {
        return requested;
    }
}
