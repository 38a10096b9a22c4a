package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * A coalition's members accept a newcomer only if their own expected payoff rises (brief,
 * phase 6): each member compares rent (pooled strength on shared routes), dividends
 * (diluted unless integration adds places), security (Christia: a larger side wins more
 * but shares more) and affinity with the newcomer, with and without it. The newcomer is
 * accepted when members holding at least half the coalition's fighters gain.
 */
public final class Acceptance {
    private Acceptance() {
    }

    /** Whether coalition c's members accept f. */
    public static boolean accepts(World w, Coalition c, Faction f, double quota) {
        double yes = 0;
        double total = 0;
        for (Faction m : c.members) {
            double gain = gain(w, m, c, f, quota);
            total += m.fighters;
            if (gain > 0) {
                yes += m.fighters;
            }
        }
        return total <= 0 || yes >= w.p.acceptanceMajority() * total;
    }

    /** A member's change in utility (USD per fighter a month) if f joins its coalition. */
    static double gain(World w, Faction m, Coalition c, Faction f, double quota) {
        List<Faction> without = new ArrayList<>(c.members.size());
        without.add(m);
        for (Faction o : c.members) {
            if (o != m) {
                without.add(o);
            }
        }
        List<Faction> with = new ArrayList<>(without);
        with.add(f);
        double rent = (Contest.expectedRent(w, m, with) - rentWithout(w, m, without)) / Math.max(1, m.fighters);
        double div = 0;
        if (c.signatory && Dividends.receives(m) && !f.isJihadist() && !Dividends.receives(f)) {
            double pool = Dividends.pool(w);
            double weights = DividendTerm.captureWeightWithout(w, null);
            double mine = Math.pow(m.fighters, w.capture);
            double newcomer = Math.pow(f.fighters, w.capture);
            double before = weights > 0 ? pool * mine / weights : 0;
            double after = pool + quota * f.fighters > 0 ? (pool + quota * f.fighters) * mine / (weights + newcomer) : 0;
            div = (after - before) / Math.max(1, m.fighters);
        }
        double secWith = securityOf(w, m, with);
        double secWithout = securityOf(w, m, without);
        double aff = w.p.affinityValue() * w.affinity(m, f) * f.fighters / Math.max(1, c.fighters() + f.fighters);
        return w.p.betaRent() * rent + w.p.betaDividend() * div + (secWith - secWithout)
                + w.p.betaAffinity() * aff;
    }

    private static double rentWithout(World w, Faction m, List<Faction> side) {
        return Contest.expectedRent(w, m, side);
    }

    private static double securityOf(World w, Faction m, List<Faction> side) {
        double s = 0;
        for (Faction x : side) {
            s += x.fighters;
        }
        return SecurityTerm.value(w, s, SecurityTerm.strongestRival(w, m, side));
    }
}
