package org.sahelsim.levers;

import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * Counter-terrorism tempo (seeds 002, 004): sets the strike tempo, partly by strength.
 * Strikes kill jihadist fighters and leaders and push jihadist groups to consolidate.
 */
public final class CounterTerrorismLever extends ScheduledLever {
    private final LeversSpec.CounterTerrorism spec;

    public CounterTerrorismLever(LeversSpec.CounterTerrorism spec, Schedule schedule) {
        super(schedule);
        this.spec = spec;
    }

    @Override
    void act(Inputs in) {
        in.ctTempo += spec.strength() * (spec.tempo() - in.ctTempo);
    }
}
