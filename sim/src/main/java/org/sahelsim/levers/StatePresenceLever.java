package org.sahelsim.levers;

import java.util.List;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * State presence and "nomadic public services" (seed 001): adds the strength to state
 * presence in the named regions, which checks jihadist influence and pressure.
 */
public final class StatePresenceLever implements Lever {
    private final Schedule schedule;
    private final double strength;
    private final int[] regions;

    public StatePresenceLever(LeversSpec.StatePresence spec, Schedule schedule, List<String> regionOrder) {
        this.schedule = schedule;
        this.strength = spec.strength();
        this.regions = RegionalLever.indexes(spec.regions(), regionOrder);
    }

    @Override
    public void apply(Inputs in, int month) {
        if (!schedule.active(month)) {
            return;
        }
        for (int r : regions) {
            in.stateBoost[r] += strength;
        }
    }
}
