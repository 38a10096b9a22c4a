package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Peace dividends (brief, phase 4; seeds 001, 003, 004). While the accord is in force,
 * implementation advances by its pace (times the accord lever). The month's pool is the
 * fund (times funding) times implementation, plus the quotas integration has added. It is
 * paid only to signatory factions inside signatory coalitions, in proportion to
 * fighters^capture: the strongest members capture more.
 */
public final class Dividends implements Mechanism {
    private final boolean advance;

    /** @param advance whether implementation advances this month (false at set-up) */
    public Dividends(boolean advance) {
        this.advance = advance;
    }

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        if (advance && w.accordInForce) {
            w.implementation = Math.min(1, w.implementation + w.pace * w.inputs.paceMultiplier);
        }
        double pool = pool(w);
        double weights = DividendTerm.captureWeightWithout(w, null);
        for (Faction f : w.factions) {
            f.dividendIncome = 0;
        }
        if (pool <= 0 || weights <= 0) {
            return;
        }
        for (Faction f : w.factions) {
            if (receives(f)) {
                f.dividendIncome = pool * Math.pow(f.fighters, w.capture) / weights;
            }
        }
    }

    /** Whether a faction is paid dividends: a signatory in a signatory coalition. */
    public static boolean receives(Faction f) {
        return f.signatory && f.coalition != null && f.coalition.signatory && !f.isJihadist();
    }

    /** The month's dividend pool in USD. */
    public static double pool(World w) {
        if (!w.accordInForce) {
            return 0;
        }
        return w.fund * w.inputs.fundingMultiplier * w.implementation + w.quotaFund;
    }

    /**
     * Dividends per fighter a faction could expect as a member of coalition c: its capture
     * share of the pool (with its own fighters added to the pool's weights if it is not yet
     * paid, and its quota added if integration offers one).
     */
    public static double expectedPerFighter(World w, Faction f, Coalition c) {
        if (!c.signatory) {
            return 0;
        }
        double pool = pool(w);
        if (!receives(f) && Integration.offers(w, f, c)) {
            pool += w.inputs.integrationQuota * f.fighters;
        }
        double mine = Math.pow(f.fighters, w.capture);
        double others = DividendTerm.captureWeightWithout(w, f);
        if (pool <= 0) {
            return 0;
        }
        return pool * mine / (others + mine) / Math.max(1, f.fighters);
    }
}
