package org.sahelsim.levers;

import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * MINUSMA posture (seed 001): close bases with little impact (Tessalit, Ansongo) so their
 * guards become mobile units, raise the mobile share, open bases, change troop numbers and
 * the civilian component. Strength s carries the change out partly: the mobile share moves
 * s of the way to the target. Mobility covers rural areas (the presence mechanism) but also
 * raises exposure to attacks (the attack mechanism).
 */
public final class MinusmaPostureLever extends ScheduledLever {
    private final LeversSpec.Minusma spec;

    public MinusmaPostureLever(LeversSpec.Minusma spec, Schedule schedule) {
        super(schedule);
        this.spec = spec;
    }

    @Override
    void act(Inputs in) {
        double s = spec.strength();
        if (spec.troops() > 0) {
            in.minusmaTroops += s * (spec.troops() - in.minusmaTroops);
        }
        double closedGuards = 0;
        int open = in.bases.size();
        for (String b : spec.closeBases()) {
            if (in.bases.remove(b) && open > 0) {
                closedGuards += in.minusmaTroops * (1 - in.mobileShare) / open;
            }
        }
        in.bases.addAll(spec.openBases());
        double mobile = in.mobileShare + s * (spec.mobileShare() - in.mobileShare);
        // guards of closed bases join the mobile units
        if (in.minusmaTroops > 0) {
            mobile = Math.max(mobile, in.mobileShare + closedGuards / in.minusmaTroops);
        }
        in.mobileShare = Math.min(1, Math.max(0, mobile));
        in.civilian += s * (spec.civilian() - in.civilian);
    }
}
