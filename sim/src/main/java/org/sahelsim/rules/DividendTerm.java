package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Peace dividends (brief, term 2; seeds 001, 003, 004): only members of a signatory
 * coalition receive them; the pool is the accord's fund times how far implementation has
 * gone, plus integration quotas; inside it each faction takes in proportion to
 * fighters^capture, so the strongest capture more. A group outside the accord gets nothing.
 */
public final class DividendTerm implements UtilityTerm {
    @Override
    public double contribution(World w, Faction f, Option option) {
        Coalition c = option.resultingCoalition(f);
        if (c == null || !c.signatory || f.isJihadist()) {
            return 0;
        }
        return w.p.betaDividend() * Dividends.expectedPerFighter(w, f, c);
    }

    /** Sum of fighters^capture over members of signatory coalitions, leaving out one faction. */
    static double captureWeightWithout(World w, Faction skip) {
        double s = 0;
        List<Faction> all = w.factions;
        for (Faction m : all) {
            if (m != skip && m.coalition != null && m.coalition.signatory && m.signatory) {
                s += Math.pow(m.fighters, w.capture);
            }
        }
        return s;
    }
}
