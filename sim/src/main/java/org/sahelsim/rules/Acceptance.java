package org.sahelsim.rules;

import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * A coalition's members accept a newcomer only if their own expected payoff rises (brief,
 * phase 6): each member values its place in the coalition with and without the newcomer
 * ({@link Prospect#memberWith}) by the utility terms every decision uses: rent (the newcomer's
 * strength pooled on shared routes), dividends (diluted unless integration adds places),
 * pressure, security (Christia: a larger side wins more but shares more) and affinity with the
 * newcomer. The newcomer is accepted when members holding at least
 * {@code params.acceptance_majority} of the coalition's fighters gain. Deterministic.
 */
public final class Acceptance {
    private Acceptance() {
    }

    /** Whether coalition c's members accept f, whose entry brings {@code quota} per fighter of integration places. */
    public static boolean accepts(World w, Coalition c, Faction f, double quota) {
        double yes = 0;
        double total = 0;
        for (Faction m : c.members) {
            total += m.fighters;
            if (gain(w, m, c, f, quota) > 0) {
                yes += m.fighters;
            }
        }
        return total <= 0 || yes >= w.p.acceptanceMajority() * total;
    }

    /** A member's change in utility (USD per fighter a month) if f joins its coalition. */
    static double gain(World w, Faction m, Coalition c, Faction f, double quota) {
        return Utility.sum(Utility.terms(Prospect.memberWith(w, m, c, f, quota))) - Memo.baseline(w, m, c);
    }
}
