package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Jihadist pressure field (brief, phase 5; seeds 001, 004). For each faction, its exposure
 * is the sum over its home regions of weight x J_r x (1 - U_r) x (1 - S_r): jihadist threats
 * are strongest where the state and MINUSMA are absent. Its jihadist reach, the sum of
 * weight x J_r, scales the offers jihadists can make to it. The decision terms read both.
 */
public final class Exposure implements Mechanism {
    @Override
    public void apply(World w, MersenneTwisterFast random) {
        for (Region r : w.regions) {
            r.jihadistFighters = 0;
        }
        for (Faction f : w.factions) {
            double exposure = 0;
            double reach = 0;
            for (Region r : w.regions) {
                double wt = f.regionWeight[r.index];
                if (wt > 0) {
                    exposure += wt * r.influence * (1 - r.coverage) * (1 - r.statePresence);
                    reach += wt * r.influence;
                    if (f.isJihadist()) {
                        r.jihadistFighters += f.fighters * wt;
                    }
                }
            }
            f.exposure = exposure;
            f.jihadistReach = reach;
        }
    }
}
