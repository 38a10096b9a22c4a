package org.sahelsim.levers;

import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * Clientelist arming (seed 002: short-term stability at the cost of new splinter groups):
 * the state hands a monthly budget to pro-government and community militias and to latent
 * communities of those kinds, which raises their means and their readiness to mobilise.
 */
public final class ClientelistArmingLever implements Lever {
    private final LeversSpec.ClientelistArming spec;
    private final Schedule schedule;

    public ClientelistArmingLever(LeversSpec.ClientelistArming spec, Schedule schedule) {
        this.spec = spec;
        this.schedule = schedule;
    }

    @Override
    public void apply(Inputs in, int month) {
        if (!schedule.active(month)) {
            return;
        }
        in.armingBudget += spec.budget() * spec.strength();
    }
}
