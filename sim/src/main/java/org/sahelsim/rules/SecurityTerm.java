package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Security (brief, term 4; Christia 2012, minimum winning coalition): the side's chance to
 * prevail against the strongest rival side in the faction's regions (a Tullock ratio of
 * fighters) times the faction's share of the spoils (its fighters over the side's), per
 * fighter. A larger side wins more often but shares more, so oversized coalitions lose
 * appeal. For jihadist groups the state's and France's troops count as a rival.
 */
public final class SecurityTerm implements UtilityTerm {
    @Override
    public double contribution(World w, Faction f, Option option) {
        List<Faction> side = option.side(f);
        double s = 0;
        for (Faction m : side) {
            s += m.fighters;
        }
        double rival = strongestRival(w, f, side);
        double a = w.p.tullockAlpha();
        double win = Math.pow(s, a) / (Math.pow(s, a) + Math.pow(Math.max(1, rival), a));
        return w.p.betaSecurity() * w.p.securityStake() * win / Math.max(1, s);
    }

    /** Fighters of the strongest other side, each member weighted by its regional overlap with f. */
    static double strongestRival(World w, Faction f, List<Faction> side) {
        double best = 0;
        for (Faction m : w.factions) {
            if (side.contains(m)) {
                continue;
            }
            double s;
            Coalition c = m.coalition;
            if (c == null) {
                s = m.fighters * World.overlap(f, m);
            } else {
                if (firstOutside(c, side) != m) {
                    continue;
                }
                s = 0;
                for (Faction o : c.members) {
                    if (!side.contains(o)) {
                        s += o.fighters * World.overlap(f, o);
                    }
                }
            }
            best = Math.max(best, s);
        }
        if (f.isJihadist()) {
            double state = w.inputs.ctTroops * w.inputs.ctTempo;
            for (int i = 0; i < w.regions.length; i++) {
                state += w.regions[i].armyTroops * f.regionWeight[i];
            }
            best = Math.max(best, state);
        }
        return best;
    }

    private static Faction firstOutside(Coalition c, List<Faction> side) {
        for (Faction o : c.members) {
            if (!side.contains(o)) {
                return o;
            }
        }
        return null;
    }
}
