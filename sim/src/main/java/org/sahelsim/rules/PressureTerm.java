package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.domain.Kind;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Jihadist pressure (brief, term 3; seeds 001, 004), counted against the utility. For a
 * non-jihadist group: threats grow with jihadist influence where the state and MINUSMA are
 * absent and with the group's cooperation with the state (pro-government groups most,
 * signatories next, outsiders least, jihadists' allies not at all); jihadist offers of
 * money and protection reward allying with them, more for aggrieved and sanctioned groups,
 * but an ally of jihadists shares their exposure to counter-terrorism strikes, in proportion
 * to the jihadist share of its side's fighters (timeline 2013-01-24: the MIA broke from Ansar
 * Dine two weeks after Serval began; seeds 002, 004: strikes on jihadists and those with them).
 * For a jihadist group: counter-terrorism strikes threaten small groups most, so pooling
 * with others of its allegiance lowers the pressure (seed 004: consolidation under pressure).
 */
public final class PressureTerm implements UtilityTerm {
    @Override
    public double contribution(World w, Prospect p) {
        return -w.p.betaPressure() * pressure(w, p.actor, p.side, p.coalition);
    }

    /** Pressure on f (USD per fighter a month, threats minus offers) with the given side. */
    public static double pressure(World w, Faction f, List<Faction> side, Coalition coalition) {
        if (f.isJihadist()) {
            double sideFighters = 0;
            for (Faction m : side) {
                if (m.isJihadist()) {
                    sideFighters += m.fighters;
                }
            }
            return strikesOnJihadists(w, sideFighters);
        }
        double jihadists = 0;
        double all = 0;
        for (Faction m : side) {
            all += m.fighters;
            if (m.isJihadist()) {
                jihadists += m.fighters;
            }
        }
        if (jihadists > 0) {
            double offer = w.p.jihadistOffer() * f.jihadistReach * (1 + f.hardship() + (f.sanctioned ? 1 : 0));
            double strikes = w.p.pressureValue() * ctThreat(w) * jihadists / all;
            return strikes - offer;
        }
        double coop;
        if (f.kind == Kind.PROGOVERNMENT) {
            coop = 1;
        } else if (coalition != null && coalition.signatory) {
            coop = w.p.signatoryCooperation();
        } else {
            coop = w.p.outsiderCooperation();
        }
        return threats(w, f, coop);
    }

    /**
     * Strike pressure on jihadists with {@code jihadistFighters} on their side: small sides are
     * the most exposed (falls with the square root of the side's size above ct_small_side).
     */
    static double strikesOnJihadists(World w, double jihadistFighters) {
        return w.p.pressureValue() * ctThreat(w) * Math.sqrt(w.p.ctSmallSide() / Math.max(w.p.ctSmallSide(), jihadistFighters));
    }

    /** Jihadist threats on a non-jihadist group of faction f's exposure cooperating with the state at {@code coop}. */
    static double threats(World w, Faction f, double coop) {
        return w.p.pressureValue() * f.exposure * coop;
    }

    /** Counter-terrorism threat in [0, about 2]: tempo times French troops relative to Barkhane's 1,600 in Mali. */
    public static double ctThreat(World w) {
        return w.inputs.ctTempo * Math.min(w.p.ctThreatCap(), w.inputs.ctTroops / w.p.ctReferenceTroops());
    }
}
