package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Fmt;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Mergers (brief, phase 8; seed 004: jihadist groups consolidate under counter-terrorism
 * pressure; al-Mourabitoun 2013 from MUJAO and al-Mulathamun; JNIM 2017). Candidate pairs are
 * two jihadist groups of one allegiance (al-Qaeda and Islamic State groups never merge), a
 * splinter and the faction it left when neither is jihadist (a splinter's blocs can return),
 * and two groups of one coalition sharing a community when neither is jihadist; a jihadist and
 * a non-jihadist group never merge. A candidate pair weighs a merger at a rate; the larger
 * absorbs the smaller. Both value the merged group ({@link Prospect#merged}) with the utility
 * terms of every decision and, as a bloc weighing a split does, the grievance of being shut out
 * ({@link #mergeTerms}): the smaller against staying apart, giving up its autonomy (the merge
 * cost), with the binary logit; the larger agrees only if its own utility rises (as members
 * accept a newcomer). Strike pressure enters through the pressure term: small jihadist groups
 * under strikes gain most by pooling.
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
                double[] stay = withGrievance(Utility.terms(w, small, Option.STAY), 0);
                double[] merge = mergeTerms(w, small, big, small);
                double um = Utility.sum(merge);
                double us = Utility.sum(stay);
                double diff = um - us;
                double p = 1.0 / (1.0 + Math.exp(-w.p.rationality() * diff));
                if (u2 < p && bigAgrees(w, small, big)) {
                    String detail = Utility.detail(Splits.NAMES, merge, stay, p,
                            "option=merge;stay_utility=" + Fmt.num(us, 4) + ";absorbed=" + small.id);
                    absorb(w, big, small);
                    Moves.log(w, EventType.MERGE, big, small.id, small.kind, Moves.regionOf(w, big),
                            new Decision(detail, um, us));
                }
            }
        }
    }

    /** Whether the larger gains by absorbing the smaller: its utility as the merged group against staying. */
    static boolean bigAgrees(World w, Faction small, Faction big) {
        return Utility.sum(mergeTerms(w, small, big, big)) > Utility.sum(Utility.terms(w, big, Option.STAY));
    }

    /**
     * One of the two groups' terms for the merged group ({@link Prospect#merged}), and the
     * grievance its blocs would come to hold there: a part paid less per fighter than the merged
     * group's mean is shut out as a bloc is in its faction, and its grievance (the relative
     * deprivation it would remember, 1 minus its cut) counts against merging, valued as in a
     * split ({@code params.grievance_value}): a wing that left its leaders does not return to be
     * shut out again.
     */
    static double[] mergeTerms(World w, Faction small, Faction big, Faction viewer) {
        Prospect p = Prospect.merged(w, small, big, viewer);
        return withGrievance(Utility.terms(p), -w.p.grievanceValue() * Math.max(0, 1 - p.keep));
    }

    private static double[] withGrievance(double[] terms, double grievance) {
        double[] t = java.util.Arrays.copyOf(terms, terms.length + 1);
        t[terms.length] = grievance;
        return t;
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

    /**
     * The blocs of the group {@code big} makes by absorbing {@code small}: blocs of one community
     * pooled (the larger's weight kept), the smaller's others entering with
     * {@code params.merged_bloc_weight} of their political weight; shares by fighters. New
     * objects: the two factions are not changed.
     */
    static List<Bloc> mergedBlocs(World w, Faction big, Faction small) {
        double total = big.fighters + small.fighters;
        List<Bloc> out = new ArrayList<>();
        for (Bloc b : big.blocs) {
            double share = total > 0 ? b.share * big.fighters / total : b.share;
            Bloc nb = new Bloc(b.community, 0, b.weight, b.leaning, b.grievance, b.allegiance);
            nb.share = share;
            nb.hardship = b.hardship;
            nb.received = b.received;
            nb.monthsWithoutDividend = b.monthsWithoutDividend;
            nb.leadership = b.leadership;
            out.add(nb);
        }
        if (total > 0) {
            for (Bloc b : small.blocs) {
                double share = b.share * small.fighters / total;
                Bloc same = null;
                for (Bloc x : out) {
                    if (x.community.equals(b.community)) {
                        same = x;
                    }
                }
                if (same != null) {
                    same.share += share;
                } else {
                    Bloc nb = new Bloc(b.community, share, b.weight * w.p.mergedBlocWeight(), b.leaning, b.grievance,
                            b.allegiance);
                    nb.hardship = b.hardship;
                    nb.leadership = b.leadership;
                    out.add(nb);
                }
            }
        }
        return out;
    }

    /** The larger faction absorbs the smaller: fighters, money, detachments and blocs. */
    public static void absorb(World w, Faction big, Faction small) {
        w.version++;
        w.homeVersion++;
        double total = big.fighters + small.fighters;
        List<Bloc> blocs = mergedBlocs(w, big, small);
        big.blocs.clear();
        big.blocs.addAll(blocs);
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
        Coalition c = small.coalition;
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
