package org.sahelsim.levers;

import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * Integration of non-signatory groups (seed 001): from its start month, offers the named
 * groups (or every group outside the accord, or every group that emerged) a place in a
 * signatory coalition, with quotas added to the dividend fund (times strength). The groups
 * and the coalition's members decide (the integration mechanism).
 */
public final class IntegrationLever extends ScheduledLever {
    private final LeversSpec.Integration spec;

    public IntegrationLever(LeversSpec.Integration spec, Schedule schedule) {
        super(schedule);
        this.spec = spec;
    }

    @Override
    void act(Inputs in) {
        in.integrationOn = true;
        in.integrationGroups.addAll(spec.groups());
        in.integrationCoalition = spec.coalition();
        in.integrationQuota = spec.quota() * spec.strength();
    }
}
