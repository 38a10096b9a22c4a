package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.domain.Kind;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Money and fighters (brief, mechanics sketch). A faction's income (rent, dividends,
 * sponsors, local levies, clientelist money) goes into its treasury, which pays its fighters. When the
 * treasury runs dry, a share of the unpaid fighters desert; some of them, more where
 * jihadist influence is high, join the strongest jihadist group around (seeds 001, 004).
 * A group with reserves recruits from its communities' finite pools in its home regions; deserters return to
 * their pool. Income is shared among blocs by share times political weight, which is what
 * each bloc's grievance is measured against.
 */
public final class Treasury implements Mechanism {
    @Override
    public void apply(World w, MersenneTwisterFast random) {
        double armingTotal = 0;
        if (w.inputs.armingBudget > 0) {
            for (Faction f : w.factions) {
                if (f.kind == Kind.PROGOVERNMENT || f.kind == Kind.COMMUNITY_MILITIA) {
                    armingTotal += f.fighters;
                }
            }
        }
        java.util.List<Faction> snapshot = new java.util.ArrayList<>(w.factions);
        for (Faction f : snapshot) {
            double other = f.sponsorIncome + f.levyIncome;
            if (armingTotal > 0 && (f.kind == Kind.PROGOVERNMENT || f.kind == Kind.COMMUNITY_MILITIA)) {
                other += w.inputs.armingBudget * f.fighters / armingTotal;
            }
            f.otherIncome = other;
            double income = f.income();
            shareAmongBlocs(f, income);
            double pay = w.p.wage() * f.fighters;
            f.treasury += income - pay;
            if (f.treasury < 0) {
                double unpaid = Math.min(1, -f.treasury / Math.max(1e-9, pay));
                f.treasury = 0;
                double deserters = w.p.desertionRate() * unpaid * f.fighters;
                desert(w, f, deserters);
            } else if (f.treasury > w.p.reserveMonths() * pay) {
                recruit(w, f);
            }
        }
    }

    /** Splits income among blocs by share x weight; records what each received per fighter. */
    static void shareAmongBlocs(Faction f, double income) {
        double denom = 0;
        for (Bloc b : f.blocs) {
            denom += b.share * b.weight;
        }
        for (Bloc b : f.blocs) {
            double part = denom > 0 ? income * b.share * b.weight / denom : 0;
            double fighters = Math.max(1e-9, b.share * f.fighters);
            b.received = part / fighters;
            if (f.dividendIncome > 0 && b.weight > 0) {
                b.monthsWithoutDividend = 0;
            } else {
                b.monthsWithoutDividend++;
            }
        }
    }

    private static void desert(World w, Faction f, double deserters) {
        if (deserters <= 0 || f.fighters <= 0) {
            return;
        }
        deserters = Math.min(deserters, f.fighters);
        f.scaleFighters(1 - deserters / f.fighters);
        w.journal.desertions(deserters);
        double toJihad = 0;
        if (!f.isJihadist()) {
            Region home = w.regions[f.mainRegion()];
            toJihad = deserters * w.p.jihadistDefection() * home.influence;
            Faction best = w.strongestJihadistIn(home);
            if (best != null && toJihad > 0) {
                best.fighters += toJihad;
            } else {
                toJihad = 0;
            }
        }
        w.returnToPools(f, deserters - toJihad);
    }

    /**
     * Recruits from the pools of the faction's communities in its home regions: from each
     * pool a share (the recruitment rate, times the bloc's share and the region's weight).
     */
    private static void recruit(World w, Faction f) {
        recruitFrom(w, f, (b, r, wt) -> w.pool(b, r) * w.p.recruitmentRate() * b.share * wt);
    }

    /** How many a faction recruits from its bloc's community's pool in one of its home regions. */
    @FunctionalInterface
    interface Draw {
        double recruits(Bloc b, Region r, double weight);
    }

    /**
     * Takes recruits from the pools of a faction's communities in its home regions, as
     * {@code draw} says, into their blocs (shares updated); returns the fighters added.
     */
    static double recruitFrom(World w, Faction f, Draw draw) {
        int n = f.blocs.size();
        double[] blocFighters = new double[n];
        double added = 0;
        for (int i = 0; i < n; i++) {
            Bloc b = f.blocs.get(i);
            blocFighters[i] = b.share * f.fighters;
            for (Region r : w.regions) {
                double wt = f.regionWeight[r.index];
                if (wt <= 0) {
                    continue;
                }
                double recruits = draw.recruits(b, r, wt);
                if (recruits <= 0) {
                    continue;
                }
                w.addToPool(b, r, -recruits);
                blocFighters[i] += recruits;
                added += recruits;
            }
        }
        if (added <= 0) {
            return 0;
        }
        f.fighters += added;
        for (int i = 0; i < n; i++) {
            f.blocs.get(i).share = blocFighters[i] / f.fighters;
        }
        return added;
    }
}
