package org.sahelsim.levers;

import java.util.List;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * Mixed patrols (seed 001: army, pro-government groups and former rebels; the first, in Gao,
 * took 18 months): patrol units in the named regions interdict rent on routes there and are
 * exposed to attacks.
 */
public final class MixedPatrolsLever implements Lever {
    private final Schedule schedule;
    private final double strength;
    private final int[] regions;

    public MixedPatrolsLever(LeversSpec.MixedPatrols spec, Schedule schedule, List<String> regionOrder) {
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
            in.patrols[r] += strength;
        }
    }
}
