package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Community affinity and rivalry, ideology and direct ties (brief, term 5; Axelrod and
 * Bennett 1993): the fighter-weighted mean affinity between the faction and the other
 * members of the option's side (Ifoghas and Imghad repel, kin attract, jihadist and secular
 * programmes repel), valued per fighter. Standing alone counts zero.
 */
public final class AffinityTerm implements UtilityTerm {
    @Override
    public double contribution(World w, Faction f, Option option) {
        List<Faction> side = option.side(f);
        double num = 0;
        double den = 0;
        for (int i = 1; i < side.size(); i++) {
            Faction m = side.get(i);
            num += m.fighters * w.affinity(f, m);
            den += m.fighters;
        }
        if (den <= 0) {
            return 0;
        }
        return w.p.betaAffinity() * w.p.affinityValue() * num / den;
    }
}
