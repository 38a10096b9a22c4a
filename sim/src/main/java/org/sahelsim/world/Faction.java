package org.sahelsim.world;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.domain.Kind;

/**
 * An armed group: an agent made of community blocs, with fighters placed at home and on
 * routes, a treasury, a cohesion and an alignment. Holds no drawing code.
 */
public final class Faction {
    /** Position in the world's list of every faction ever (used for tie lookups). */
    public final int index;
    public final String id;
    public final String name;
    public Kind kind;
    public final List<Bloc> blocs = new ArrayList<>();
    public double fighters;
    public double treasury;
    public double cohesion;
    public double autonomy;
    public double islamism;
    /** "none", "aq" or "is". */
    public String allegiance;
    /** Share of the home garrison in each region (sums to 1). */
    public final double[] regionWeight;
    /** Fighters detached on each route. */
    public final double[] detached;
    /** Routes this group can reach (touching its home regions or their neighbours). */
    public int[] reachable = new int[0];
    public Coalition coalition;
    public boolean signatory;
    /** Whether it entered the accord through the integration lever (its places are added quotas). */
    public boolean integrated;
    /**
     * Whether it has leaders who can claim a seat at the accord's table as a party of its own:
     * every group at the start; a splinter whose bloc had leaders of its own; not a community
     * that takes up arms (its militia has no claim on the northern accord).
     */
    public boolean leaders;
    /** Whether the accord's committee recognised it as a party standing alone (paid its share, see Dividends). */
    public boolean recognised;
    public boolean alive = true;
    public double sponsorIncome;
    /** Id of the faction it split from, or null. */
    public String parent;
    /** Id of the latent community it mobilised from, or null. */
    public String origin;
    /** Month it was created (0 for groups present at the start). */
    public int born;

    /** Scratch mark for fast side membership tests (see {@code World#markSide}). */
    public int mark;

    // ---- a shadow: a faction that would exist under a choice (a bloc that leaves or stays, a merged group) ----
    /**
     * For a shadow, the real faction it is made from (the parent of a bloc, the absorbing
     * group of a merger), which its ties with others are read from; null for a real faction.
     */
    public Faction shadowOf;
    /** For a shadow, the faction of the world whose home weights it has unchanged (for cached overlaps), or null. */
    public Faction homeFrom;
    /** For a shadow, the real factions whose holdings of towns and hubs it would keep (none for a leaving bloc). */
    public java.util.List<Faction> holdsFor = java.util.List.of();
    /** For a shadow, whether it is a bloc breaking away from {@link #shadowOf} (its tie with it is a splinter's). */
    public boolean leaving;

    // ---- per-month accounts ----
    public double rentIncome;
    public double dividendIncome;
    public double otherIncome;
    /** Local levies collected this month where it holds jihadist influence (part of {@link #otherIncome}). */
    public double levyIncome;
    /** Rent lost to sanctions this month. */
    public double sanctionLoss;
    public boolean sanctioned;
    /** Share of its rent a faction keeps after sanctions (1 when not sanctioned). */
    public double rentFactor = 1;
    /** Jihadist pressure exposure this month: sum over regions of weight x J x (1-U) x (1-S). */
    public double exposure;
    /** Jihadist strength around it this month: sum over regions of weight x J. */
    public double jihadistReach;
    public double lossesThisMonth;
    /** Last month it clashed with a signatory or attacked peacekeepers (spoiling), or -1. */
    public int lastSpoiling = -1;
    /** Rent captured per route last month (for narration). */
    public final double[] routeRent;

    public Faction(int index, String id, String name, Kind kind, int nRegions, int nRoutes) {
        if (!kind.isFaction()) {
            throw new IllegalArgumentException("faction " + id + " has non-faction kind " + kind);
        }
        this.index = index;
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.regionWeight = new double[nRegions];
        this.detached = new double[nRoutes];
        this.routeRent = new double[nRoutes];
    }

    public boolean isJihadist() {
        return kind == Kind.JIHADIST;
    }

    /** Fighters in the home garrison. */
    public double garrison() {
        double d = 0;
        for (double x : detached) {
            d += x;
        }
        return Math.max(0, fighters - d);
    }

    /** Scales fighters, detachments and nothing else by a factor in [0, 1] (losses, desertion). */
    public void scaleFighters(double factor) {
        if (factor < 0 || factor > 1 || Double.isNaN(factor)) {
            throw new IllegalArgumentException("scale factor " + factor);
        }
        fighters *= factor;
        for (int i = 0; i < detached.length; i++) {
            detached[i] *= factor;
        }
    }

    /** Whether a lever's target list names this faction: by id, the faction it split from, or its latent origin. */
    public boolean namedIn(java.util.List<String> targets) {
        return targets.contains(id) || (parent != null && targets.contains(parent)) || (origin != null && targets.contains(origin));
    }

    /** Whether it holds a hub at either end of a route (a shadow: whether the factions it stands for do). */
    public boolean holdsHubOf(Route r) {
        if (shadowOf != null) {
            for (Faction f : holdsFor) {
                if (f.holdsHubOf(r)) {
                    return true;
                }
            }
            return false;
        }
        return (r.from.hub && r.from.holder == this) || (r.to.hub && r.to.holder == this);
    }

    /** Whether it is a shadow (a faction that would exist under a choice), not a faction of the world. */
    public boolean isShadow() {
        return shadowOf != null;
    }

    /** Total income last month. */
    public double income() {
        return rentIncome + dividendIncome + otherIncome;
    }

    /** Whether the faction is standing alone. */
    public boolean alone() {
        return coalition == null;
    }

    /** Fighter-weighted mean hardship of its blocs. */
    public double hardship() {
        double h = 0;
        for (Bloc b : blocs) {
            h += b.share * b.hardship;
        }
        return h;
    }

    /** Fighter-weighted mean grievance of its blocs (their exclusion inside it). */
    public double grievance() {
        double g = 0;
        for (Bloc b : blocs) {
            g += b.share * b.grievance;
        }
        return g;
    }

    /** The bloc of a community, or null. */
    public Bloc bloc(String community) {
        for (Bloc b : blocs) {
            if (b.community.equals(community)) {
                return b;
            }
        }
        return null;
    }

    /** Makes bloc shares sum to one again after a change. */
    public void normalizeBlocs() {
        double s = 0;
        for (Bloc b : blocs) {
            s += b.share;
        }
        if (s <= 0) {
            throw new IllegalStateException("faction " + id + " has no bloc weight left");
        }
        for (Bloc b : blocs) {
            b.share /= s;
        }
    }

    /** The region with the largest home weight. */
    public int mainRegion() {
        int best = 0;
        for (int i = 1; i < regionWeight.length; i++) {
            if (regionWeight[i] > regionWeight[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return id;
    }
}
