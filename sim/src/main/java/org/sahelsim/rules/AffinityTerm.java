package org.sahelsim.rules;

import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Community affinity and rivalry, ideology and direct ties (brief, term 5; Axelrod and
 * Bennett 1993): the fighter-weighted mean affinity between the chooser and the others on the
 * prospect's side ({@link World#affinity}: Ifoghas and Imghad repel, kin attract, jihadist and
 * secular programmes repel; a bloc and the rest of its own faction are tied by the faction's
 * cohesion), valued per fighter. Standing alone counts zero.
 */
public final class AffinityTerm implements UtilityTerm {
    @Override
    public double contribution(World w, Prospect p) {
        double num = 0;
        double den = 0;
        for (int i = 1; i < p.side.size(); i++) {
            Faction m = p.side.get(i);
            num += m.fighters * w.affinity(p.actor, m);
            den += m.fighters;
        }
        if (den <= 0) {
            return 0;
        }
        return w.p.betaAffinity() * w.p.affinityValue() * num / den;
    }
}
