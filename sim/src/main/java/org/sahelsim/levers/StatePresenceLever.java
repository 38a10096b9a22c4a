package org.sahelsim.levers;

import java.util.List;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * State presence and "nomadic public services" (seed 001): adds the strength to state
 * presence in the named regions, which checks jihadist influence and pressure.
 */
public final class StatePresenceLever extends RegionalLever {
    public StatePresenceLever(LeversSpec.StatePresence spec, Schedule schedule, List<String> regionOrder) {
        super(schedule, spec.strength(), spec.regions(), regionOrder);
    }

    @Override
    void act(Inputs in) {
        for (int r : regions) {
            in.stateBoost[r] += strength;
        }
    }
}
