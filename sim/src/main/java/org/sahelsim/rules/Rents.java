package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.domain.Fixed;
import org.sahelsim.domain.Kind;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Inputs;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * Rents (brief, phase 3; seeds 000, 001). Each route yields its rent cut by interdiction:
 * MINUSMA coverage along it and mixed patrols at its ends. Factions with fighters on it
 * share it by the Tullock contest, allies pooled. Sanctions then take a share of a target's
 * rent: enforcement times (1 - evasion), where evasion grows with fragmentation, since
 * fragmented, fluid groups re-route and hide behind new names (seed 001).
 */
public final class Rents implements Mechanism {
    /** Sanctions criterion "trafficking_ties": rents above this share of income. */
    @Fixed(doc = "Share of its income from rents above which a group meets the sanctions criterion trafficking_ties", unit = "share")
    static final double TRAFFICKING_SHARE = 0.5;
    /** Sanctions criterion "spoiling": a spoiling act within this many months. */
    @Fixed(doc = "Months since its last spoiling act (a clash with a signatory, an attack on peacekeepers) within which a group meets the sanctions criterion spoiling", unit = "months")
    static final int SPOILING_MONTHS = 12;

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        double scale = w.p.rentScale();
        for (Route r : w.routes) {
            double patrol = Math.min(1, 0.5 * (r.from.region.patrols + r.to.region.patrols));
            r.netRent = r.baseRent * scale * (1 - w.p.coverageInterdiction() * r.coverage)
                    * (1 - w.p.patrolInterdiction() * patrol);
        }
        markSanctions(w);
        for (Faction f : w.factions) {
            java.util.Arrays.fill(f.routeRent, 0);
        }
        // one contest per route under the present sides: each side takes strength^alpha over
        // the total, and each member its fighters' share of its side's take
        w.version++;
        double bonus = w.p.hubBonus();
        for (Route r : w.routes) {
            Contest.refresh(w, r);
            double total = r.cacheTotal;
            if (r.netRent <= 0) {
                continue;
            }
            int e = r.index;
            for (Faction f : w.factions) {
                double d = f.detached[e];
                if (d <= 0) {
                    continue;
                }
                double sidePow;
                double sideRaw;
                if (f.coalition == null) {
                    sidePow = Math.pow(f.holdsHubOf(r) ? d * bonus : d, w.p.tullockAlpha());
                    sideRaw = d;
                } else {
                    sidePow = r.coalPow[f.coalition.index];
                    sideRaw = r.coalRaw[f.coalition.index];
                }
                f.routeRent[e] = r.netRent * (sidePow / total) * (d / sideRaw);
            }
        }
        for (Faction f : w.factions) {
            double total = 0;
            for (int e : f.reachable) {
                total += f.routeRent[e];
            }
            f.sanctionLoss = total * (1 - f.rentFactor);
            f.rentIncome = total * f.rentFactor;
        }
    }

    /** Marks sanctioned factions and sets each faction's rent factor. */
    static void markSanctions(World w) {
        Inputs in = w.inputs;
        double evasion = evasion(w);
        for (Faction f : w.factions) {
            boolean target = false;
            if (in.sanctionsOn && !f.isJihadist()) {
                target = f.namedIn(in.sanctionTargets);
                if (in.sanctionCriteria.contains("trafficking_ties") && f.income() > 0
                        && f.rentIncome / Math.max(1e-9, f.rentIncome + f.dividendIncome + f.otherIncome) > TRAFFICKING_SHARE) {
                    target = true;
                }
                if (in.sanctionCriteria.contains("spoiling") && f.lastSpoiling >= 0 && w.month - f.lastSpoiling <= SPOILING_MONTHS) {
                    target = true;
                }
                if (in.spareProgovernment && f.kind == Kind.PROGOVERNMENT) {
                    target = false;
                }
            }
            f.sanctioned = target;
            f.rentFactor = target ? 1 - in.sanctionEnforcement * (1 - evasion) : 1;
        }
    }

    /**
     * Evasion of sanctions in [0, 0.8]: grows with the effective number of groups beyond
     * four (seed 001: fragmentation and fluidity complicate targeting).
     */
    public static double evasion(World w) {
        double total = w.totalFighters();
        if (total <= 0) {
            return 0;
        }
        double h = 0;
        for (Faction f : w.factions) {
            double s = f.fighters / total;
            h += s * s;
        }
        double effective = 1 / h;
        return Math.max(0, Math.min(w.p.evasionCap(), (effective - w.p.evasionFreeGroups()) / w.p.evasionGroupSpan()));
    }
}
