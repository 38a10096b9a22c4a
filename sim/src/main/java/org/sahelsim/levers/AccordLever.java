package org.sahelsim.levers;

import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * Accord implementation (seeds 003, 004: lack of funds and slow implementation): multiplies
 * the pace at which implementation advances and the dividend fund, partly by strength.
 */
public final class AccordLever implements Lever {
    private final LeversSpec.Accord spec;
    private final Schedule schedule;

    public AccordLever(LeversSpec.Accord spec, Schedule schedule) {
        this.spec = spec;
        this.schedule = schedule;
    }

    @Override
    public void apply(Inputs in, int month) {
        if (!schedule.active(month)) {
            return;
        }
        double s = spec.strength();
        in.paceMultiplier *= 1 + s * (spec.pace() - 1);
        in.fundingMultiplier *= 1 + s * (spec.funding() - 1);
    }
}
