package org.sahelsim.levers;

import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * Mediation between allies (brief: "stability comes only when an outside arbiter enforces
 * cooperation"; Christia 2012): adds to the disputes between allies the arbiter settles a
 * month, partly by strength.
 */
public final class MediationLever extends ScheduledLever {
    private final LeversSpec.Mediation spec;

    public MediationLever(LeversSpec.Mediation spec, Schedule schedule) {
        super(schedule);
        this.spec = spec;
    }

    @Override
    void act(Inputs in) {
        in.arbiterCapacity += spec.strength() * spec.capacity();
    }
}
