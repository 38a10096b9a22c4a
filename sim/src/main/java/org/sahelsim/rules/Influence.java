package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Jihadist influence (brief, phase 10; seed 001: jihadists consolidate in the vacuum and
 * spread to central Mali; Epstein 2002: grievance times lack of legitimacy). Influence
 * grows with jihadist presence (fighters per {@code params.jihadist_full_presence}, 500,
 * capped at 1) and local grievance where the
 * state and MINUSMA are absent, toward saturation; it falls with state presence and the
 * civilian component where MINUSMA covers; it spreads to neighbouring regions in proportion
 * to the gap. Deterministic.
 */
public final class Influence implements Mechanism {
    @Override
    public void apply(World w, MersenneTwisterFast random) {
        Region[] rs = w.regions;
        double[] next = new double[rs.length];
        double fullPresence = w.p.jihadistFullPresence();
        for (Region r : rs) {
            double g = 0;
            double n = 0;
            for (Faction f : w.factions) {
                double here = f.fighters * f.regionWeight[r.index];
                g += here * f.hardship();
                n += here;
            }
            r.grievance = n > 0 ? g / n : 0;
            double presence = Math.min(1, r.jihadistFighters / fullPresence);
            double vacuum = (1 - r.coverage) * (1 - r.statePresence);
            double grow = w.p.influenceGrowth() * presence * vacuum * (1 + r.grievance) * (1 - r.influence);
            double civ = r.coverage * w.p.civilianEffect() * w.inputs.civilian;
            double fall = w.p.influenceDecay() * (r.statePresence + civ) * r.influence;
            double spread = 0;
            for (int nb : r.neighbours) {
                spread += Math.max(0, rs[nb].influence - r.influence);
            }
            spread *= w.p.influenceDiffusion() * vacuum;
            next[r.index] = Math.max(0, Math.min(1, r.influence + grow - fall + spread));
        }
        for (Region r : rs) {
            r.influence = next[r.index];
        }
    }
}
