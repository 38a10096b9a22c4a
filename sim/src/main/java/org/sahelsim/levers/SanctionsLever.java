package org.sahelsim.levers;

import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * Targeted sanctions (seeds 000, 001): named targets or targets by criteria (trafficking
 * ties, spoiling), an enforcement share of their rent seized, optionally sparing
 * pro-government groups (a partial regime). The rent mechanism applies evasion, which grows
 * with fragmentation; the pressure term makes jihadist offers weigh more for sanctioned groups.
 */
public final class SanctionsLever extends ScheduledLever {
    private final LeversSpec.Sanctions spec;

    public SanctionsLever(LeversSpec.Sanctions spec, Schedule schedule) {
        super(schedule);
        this.spec = spec;
    }

    @Override
    void act(Inputs in) {
        in.sanctionsOn = true;
        in.sanctionTargets.addAll(spec.targets());
        in.sanctionCriteria.addAll(spec.criteria());
        in.sanctionEnforcement = Math.min(1, spec.enforcement() * spec.strength());
        in.spareProgovernment = spec.spareProgovernment();
    }
}
