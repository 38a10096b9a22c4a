package org.sahelsim.levers;

import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * Accord implementation (seeds 003, 004: lack of funds and slow implementation): multiplies
 * the pace at which implementation advances and the dividend fund, partly by strength.
 */
public final class AccordLever extends ScheduledLever {
    private final LeversSpec.Accord spec;

    public AccordLever(LeversSpec.Accord spec, Schedule schedule) {
        super(schedule);
        this.spec = spec;
    }

    @Override
    void act(Inputs in) {
        double s = spec.strength();
        in.paceMultiplier *= 1 + s * (spec.pace() - 1);
        in.fundingMultiplier *= 1 + s * (spec.funding() - 1);
    }
}
