package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Mergers (brief, phase 8; seed 004: jihadist groups consolidate under counter-terrorism
 * pressure; al-Mourabitoun 2013 from MUJAO and al-Mulathamun). Candidate pairs are two
 * jihadist groups of one allegiance, two groups of one coalition sharing a community, or a
 * splinter and the faction it left (a splinter's blocs can return). The smaller weighs
 * being absorbed: it keeps its rent and dividends by share, faces the pressure and enjoys
 * the security of the merged group, and gives up its autonomy (the merge cost). Binary logit.
 */
public final class Mergers implements Mechanism {
    @Override
    public void apply(World w, MersenneTwisterFast random) {
        List<Faction> order = new ArrayList<>(w.factions);
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                Faction a = order.get(i);
                Faction b = order.get(j);
                double u1 = random.nextDouble();
                if (!a.alive || !b.alive || !candidates(a, b) || u1 >= w.p.mergeReviewRate()) {
                    continue;
                }
                double u2 = random.nextDouble();
                Faction big = a.fighters >= b.fighters ? a : b;
                Faction small = big == a ? b : a;
                double[] stay = Utility.terms(w, small, Option.STAY);
                stay[stay.length - 1] = 0; // the switching cost (the last term) does not count here
                double[] merge = mergeTerms(w, small, big);
                double diff = Utility.sum(merge) - Utility.sum(stay);
                double p = 1.0 / (1.0 + Math.exp(-w.p.rationality() * diff));
                if (u2 < p) {
                    String detail = Utility.detail(Utility.NAMES, merge, stay, p,
                            "stay_utility=" + org.sahelsim.record.Fmt.num(Utility.sum(stay), 4) + ";absorbed=" + small.id);
                    absorb(w, big, small);
                    Moves.log(w, EventType.MERGE, big, small.id, small.kind, Moves.regionOf(w, big), detail);
                }
            }
        }
    }

    /** Pairs that can merge. */
    static boolean candidates(Faction a, Faction b) {
        if (a.isJihadist() && b.isJihadist()) {
            return a.allegiance.equals(b.allegiance) && !a.allegiance.equals("none");
        }
        if (a.isJihadist() != b.isJihadist()) {
            return false;
        }
        if (a.id.equals(b.parent) || b.id.equals(a.parent)) {
            return true;
        }
        if (a.coalition != null && a.coalition == b.coalition) {
            for (Bloc x : a.blocs) {
                if (b.bloc(x.community) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The smaller group's utility terms as part of the merged group. */
    static double[] mergeTerms(World w, Faction small, Faction big) {
        double total = Math.max(1, small.fighters + big.fighters);
        double rent = w.p.betaRent() * (small.rentIncome + big.rentIncome) / total;
        double div = w.p.betaDividend() * (small.dividendIncome + big.dividendIncome) / total;
        List<Faction> side = new ArrayList<>(Option.STAY.side(big));
        side.add(0, small);
        double pressure = -w.p.betaPressure() * PressureTerm.pressure(w, small, side, big.coalition);
        double s = 0;
        for (Faction m : side) {
            s += m.fighters;
        }
        double security = SecurityTerm.value(w, s, SecurityTerm.strongestRival(w, small, side));
        double affinity = w.p.betaAffinity() * w.p.affinityValue() * w.affinity(small, big);
        return new double[] {rent, div, pressure, security, affinity, -w.p.mergeCost()};
    }

    /** The larger faction absorbs the smaller: fighters, money, detachments and blocs. */
    public static void absorb(World w, Faction big, Faction small) {
        w.version++;
        w.homeVersion++;
        double total = big.fighters + small.fighters;
        if (total > 0) {
            for (Bloc b : big.blocs) {
                b.share = b.share * big.fighters / total;
            }
            for (Bloc b : small.blocs) {
                Bloc same = big.bloc(b.community);
                double share = b.share * small.fighters / total;
                if (same != null) {
                    same.share += share;
                } else {
                    big.blocs.add(new Bloc(b.community, share, b.weight * w.p.mergedBlocWeight(), b.leaning, b.grievance));
                }
            }
        }
        for (int i = 0; i < big.regionWeight.length; i++) {
            big.regionWeight[i] = total > 0 ? (big.regionWeight[i] * big.fighters + small.regionWeight[i] * small.fighters) / total
                    : big.regionWeight[i];
        }
        for (int e = 0; e < big.detached.length; e++) {
            big.detached[e] += small.detached[e];
        }
        big.reachable = union(big.reachable, small.reachable);
        big.fighters = total;
        big.treasury += small.treasury;
        big.normalizeBlocs();
        org.sahelsim.world.Coalition c = small.coalition;
        w.removeFaction(small);
        if (c != null) {
            Moves.dissolveIfEmpty(w, c);
        }
    }

    static int[] union(int[] a, int[] b) {
        java.util.TreeSet<Integer> s = new java.util.TreeSet<>();
        for (int x : a) {
            s.add(x);
        }
        for (int x : b) {
            s.add(x);
        }
        int[] r = new int[s.size()];
        int i = 0;
        for (int x : s) {
            r[i++] = x;
        }
        return r;
    }
}
