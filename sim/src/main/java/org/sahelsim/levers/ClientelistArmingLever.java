package org.sahelsim.levers;

import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * Clientelist arming (seed 002: short-term stability at the cost of new splinter groups):
 * the state hands a monthly budget to pro-government and community militias and to latent
 * communities of those kinds, which raises their means and their readiness to mobilise.
 */
public final class ClientelistArmingLever extends ScheduledLever {
    private final LeversSpec.ClientelistArming spec;

    public ClientelistArmingLever(LeversSpec.ClientelistArming spec, Schedule schedule) {
        super(schedule);
        this.spec = spec;
    }

    @Override
    void act(Inputs in) {
        in.armingBudget += spec.budget() * spec.strength();
    }
}
