package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Security (brief, term 4; Christia 2012, minimum winning coalition): the side's chance to
 * prevail against the strongest rival side in the faction's regions (a Tullock ratio of
 * fighters) times what prevailing is worth to each fighter: survival, plus the faction's
 * share of the spoils (its fighters over the side's). A larger side wins more often but
 * shares more, so oversized coalitions lose appeal. For jihadist groups the state's and France's troops count as a rival.
 */
public final class SecurityTerm implements UtilityTerm {
    @Override
    public double contribution(World w, Faction f, Option option) {
        List<Faction> side = option.side(f);
        double s = 0;
        for (Faction m : side) {
            s += m.fighters;
        }
        return value(w, s, strongestRival(w, f, side));
    }

    /**
     * Security per fighter of a side of {@code sideFighters} against a rival of
     * {@code rival}: the chance to prevail (Tullock ratio) times the value of prevailing to
     * each fighter, plus the chance to prevail times the side's spoils over its fighters.
     */
    public static double value(World w, double sideFighters, double rival) {
        double s = Math.max(1, sideFighters);
        double a = w.p.tullockAlpha();
        double win = Math.pow(s, a) / (Math.pow(s, a) + Math.pow(Math.max(1, rival), a));
        return w.p.betaSecurity() * win * (w.p.survivalValue() + w.p.securityStake() / s);
    }

    /** Fighters of the strongest other side, each member weighted by its regional overlap with f. */
    static double strongestRival(World w, Faction f, List<Faction> side) {
        int mark = w.markSide(side);
        int acc = w.freshStamp();
        double best = 0;
        for (Faction m : w.factions) {
            if (m.mark == mark) {
                continue;
            }
            double s = m.fighters * w.overlapOf(f, m);
            Coalition c = m.coalition;
            if (c == null) {
                best = Math.max(best, s);
            } else {
                if (c.accStamp != acc) {
                    c.accStamp = acc;
                    c.acc = 0;
                }
                c.acc += s;
            }
        }
        for (Coalition c : w.coalitions) {
            if (c.accStamp == acc) {
                best = Math.max(best, c.acc);
                c.accStamp = 0;
            }
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
}
