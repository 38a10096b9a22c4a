package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.domain.Kind;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Shadows: factions that would exist under a choice, built as the choice would build them but
 * never added to the world, so a decision can value them with the same utility terms as any
 * faction. A bloc that leaves becomes exactly the splinter {@link Splits} makes; the group of
 * a merger exactly the one {@link Mergers#absorb} makes.
 */
final class Shadows {
    private Shadows() {
    }

    private static Faction blank(World w, String id, String name, Kind kind, Faction of) {
        Faction s = new Faction(-1, id, name, kind, w.regions.length, w.routes.length);
        s.shadowOf = of;
        s.born = w.month;
        return s;
    }

    /** What a faction's shadow keeps of it: home regions, reach, money rules, exposure, sanctions. */
    private static void inherit(Faction s, Faction f) {
        System.arraycopy(f.regionWeight, 0, s.regionWeight, 0, f.regionWeight.length);
        s.homeFrom = f;
        s.reachable = f.reachable;
        s.rentFactor = f.rentFactor;
        s.sanctioned = f.sanctioned;
        s.exposure = f.exposure;
        s.jihadistReach = f.jihadistReach;
        s.cohesion = f.cohesion;
        s.lastSpoiling = f.lastSpoiling;
        s.sponsorIncome = 0;
        s.leaders = f.leaders;
        s.recognised = f.recognised;
    }

    /** Positions from {@code f} (autonomy, Islamism, allegiance), standing in the accord from {@code side}. */
    private static void positions(Faction s, Faction f, Faction side) {
        s.autonomy = f.autonomy;
        s.islamism = f.islamism;
        s.allegiance = f.allegiance;
        s.signatory = side.signatory;
        s.coalition = side.coalition;
    }

    /**
     * One bloc of a faction as a group of its own: its share of the fighters and detachments,
     * its community, the kind it leans to and the positions that kind holds
     * ({@link Splits#positions}). A leaving bloc holds no town and is not in the accord; a
     * staying one keeps its faction's towns.
     */
    static Faction bloc(World w, Faction parent, Bloc b, boolean leaving) {
        Kind kind = b.leaning != null ? b.leaning : parent.kind;
        Faction s = blank(w, parent.id + "-" + b.community.replace(' ', '_'), b.community + " of " + parent.id, kind, parent);
        inherit(s, parent);
        s.leaving = leaving;
        s.holdsFor = leaving ? List.of() : List.of(parent);
        s.fighters = parent.fighters * b.share;
        s.treasury = parent.treasury * b.share;
        for (int e = 0; e < s.detached.length; e++) {
            s.detached[e] = parent.detached[e] * b.share;
        }
        Bloc own = new Bloc(b.community, 1.0, 1.0, kind, b.grievance, b.allegiance);
        own.leadership = b.leadership;
        own.hardship = b.hardship;
        own.cid = b.cid;
        s.blocs.add(own);
        Splits.positions(w, s, parent, b);
        s.parent = parent.id;
        s.signatory = !leaving && parent.signatory;
        s.coalition = leaving ? null : parent.coalition;
        if (leaving) {
            s.leaders = b.leadership;
            s.recognised = false;
        }
        return s;
    }

    /** The rest of a faction without one of its blocs: its other blocs, its kind and positions. */
    static Faction rest(World w, Faction parent, Bloc without) {
        Faction s = blank(w, parent.id, parent.name, parent.kind, parent);
        inherit(s, parent);
        s.holdsFor = List.of(parent);
        s.fighters = parent.fighters * (1 - without.share);
        for (Bloc x : parent.blocs) {
            if (x != without) {
                Bloc nb = new Bloc(x.community, Math.min(1, x.share / Math.max(1e-9, 1 - without.share)), x.weight,
                        x.leaning, x.grievance, x.allegiance);
                nb.hardship = x.hardship;
                nb.leadership = x.leadership;
                nb.cid = x.cid;
                s.blocs.add(nb);
            }
        }
        positions(s, parent, parent);
        return s;
    }

    /** The group {@code big} would make by absorbing {@code small} (see {@link Mergers#absorb}). */
    static Faction merged(World w, Faction big, Faction small) {
        Faction s = blank(w, big.id, big.name, big.kind, big);
        inherit(s, big);
        s.holdsFor = List.of(big, small);
        double total = big.fighters + small.fighters;
        s.fighters = total;
        s.treasury = big.treasury + small.treasury;
        for (Bloc b : Mergers.mergedBlocs(w, big, small)) {
            s.blocs.add(b);
        }
        s.homeFrom = null; // home weights of its own, not big's
        for (int i = 0; i < s.regionWeight.length; i++) {
            s.regionWeight[i] = total > 0 ? (big.regionWeight[i] * big.fighters + small.regionWeight[i] * small.fighters)
                    / total : big.regionWeight[i];
        }
        for (int e = 0; e < s.detached.length; e++) {
            s.detached[e] = big.detached[e] + small.detached[e];
        }
        s.reachable = Mergers.union(big.reachable, small.reachable);
        if (total > 0) {
            s.exposure = (big.exposure * big.fighters + small.exposure * small.fighters) / total;
            s.jihadistReach = (big.jihadistReach * big.fighters + small.jihadistReach * small.fighters) / total;
        }
        positions(s, big, big);
        s.parent = big.parent;
        s.born = big.born;
        return s;
    }

    /**
     * One of the two groups of a merger as a part of the merged group {@code merged}: its own
     * fighters, blocs (the smaller's with their weight in the merged group) and positions, its
     * holdings, the merged group's coalition; ties read from the group it was.
     */
    static Faction part(World w, Faction f, Faction merged) {
        Faction s = blank(w, f.id, f.name, f.kind, f);
        inherit(s, f);
        s.holdsFor = List.of(f);
        s.fighters = f.fighters;
        for (Bloc b : f.blocs) {
            s.blocs.add(b.copy());
        }
        positions(s, f, merged);
        return s;
    }

    /**
     * The income per fighter the blocs of {@code viewer} (one of the two) would get in the merged
     * group, relative to its mean: their share-weighted political weight over the group's,
     * divided by their share of its fighters.
     */
    static double mergedCut(World w, Faction big, Faction small, Faction viewer) {
        List<Bloc> merged = Mergers.mergedBlocs(w, big, small);
        double total = big.fighters + small.fighters;
        if (total <= 0 || viewer.fighters <= 0) {
            return 1;
        }
        double all = 0;
        double mine = 0;
        for (Bloc m : merged) {
            all += m.share * m.weight;
            // the viewer's fighters in this community, as a share of the merged group
            Bloc own = viewer.bloc(m.community);
            if (own != null) {
                mine += own.share * viewer.fighters / total * m.weight;
            }
        }
        if (all <= 0) {
            return 0;
        }
        return (mine / all) / (viewer.fighters / total);
    }
}
