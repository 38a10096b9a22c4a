package org.sahelsim.levers;

import org.sahelsim.world.Inputs;

/**
 * A lever that acts only in the months of its schedule: from its start month up to, not
 * including, its end month, when enabled. Subclasses say what it does to the inputs.
 */
abstract class ScheduledLever implements Lever {
    private final Schedule schedule;

    ScheduledLever(Schedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public final void apply(Inputs inputs, int month) {
        if (schedule.active(month)) {
            act(inputs);
        }
    }

    /** Changes the month's inputs; called only in active months. */
    abstract void act(Inputs inputs);
}
