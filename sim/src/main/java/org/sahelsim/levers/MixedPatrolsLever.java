package org.sahelsim.levers;

import java.util.List;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * Mixed patrols (seed 001: army, pro-government groups and former rebels; the first, in Gao,
 * took 18 months): patrol units in the named regions interdict rent on routes there and are
 * exposed to attacks.
 */
public final class MixedPatrolsLever extends RegionalLever {
    public MixedPatrolsLever(LeversSpec.MixedPatrols spec, Schedule schedule, List<String> regionOrder) {
        super(schedule, spec.strength(), spec.regions(), regionOrder);
    }

    @Override
    void act(Inputs in) {
        for (int r : regions) {
            in.patrols[r] += strength;
        }
    }
}
