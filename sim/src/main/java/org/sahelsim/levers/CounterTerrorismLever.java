package org.sahelsim.levers;

import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * Counter-terrorism tempo (seeds 002, 004): sets the strike tempo, partly by strength.
 * Strikes kill jihadist fighters and leaders and push jihadist groups to consolidate.
 */
public final class CounterTerrorismLever implements Lever {
    private final LeversSpec.CounterTerrorism spec;
    private final Schedule schedule;

    public CounterTerrorismLever(LeversSpec.CounterTerrorism spec, Schedule schedule) {
        this.spec = spec;
        this.schedule = schedule;
    }

    @Override
    public void apply(Inputs in, int month) {
        if (!schedule.active(month)) {
            return;
        }
        in.ctTempo += spec.strength() * (spec.tempo() - in.ctTempo);
    }
}
