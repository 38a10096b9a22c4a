package org.sahelsim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.sahelsim.scenario.ModelParams;
import sim.field.network.Network;

/**
 * The state of one run: regions, the corridor network, factions, coalitions, ties, the
 * accord and the month's inputs. Mechanisms (in {@code rules}) read and change it; the
 * model's phases decide the order.
 */
public final class World {
    public final Region[] regions;
    public final Place[] places;
    public final Route[] routes;
    /** The corridor network: places as nodes, routes as edges (MASON), for displays and graph queries. */
    public final Network corridors = new Network(false);
    public final ModelParams p;
    /** Every faction ever created, in creation order (dead ones stay, flagged). */
    public final List<Faction> allFactions = new ArrayList<>();
    /** Alive factions in creation order. */
    public final List<Faction> factions = new ArrayList<>();
    public final List<Coalition> coalitions = new ArrayList<>();
    public final List<Latent> latent = new ArrayList<>();
    public final Ties ties = new Ties();
    /**
     * Recruitment pools: fighters a community can still field in a region, indexed by the
     * community's id in the affinity table and the region. Pools are finite: recruits leave
     * them, deserters and the fighters of disbanded groups return to them.
     */
    private double[][] pools = new double[0][0];

    /** Fighters left in the pool of a bloc's community in a region. */
    public double pool(Bloc b, Region r) {
        int c = cid(b);
        return c < pools.length ? pools[c][r.index] : 0;
    }

    /** Adds (or, negative, removes) fighters to the pool of a bloc's community in a region. */
    public void addToPool(Bloc b, Region r, double fighters) {
        int c = cid(b);
        if (c >= pools.length) {
            double[][] np = new double[c + 8][regions.length];
            for (int i = 0; i < pools.length; i++) {
                np[i] = pools[i];
            }
            pools = np;
        }
        pools[c][r.index] = Math.max(0, pools[c][r.index] + fighters);
    }

    /**
     * Grievance of each community in each region, in [0, 1] (model v2, the centre): what state
     * absence, abuses in counter-insurgency and attacks on its civilians leave behind, and what
     * jihadist groups recruit on (seed 001: militants "capitalizing on local disputes and the
     * state's absence"). Indexed as the pools.
     */
    private double[][] communityGrievance = new double[0][0];
    /** Civilians of each community killed in each region this month (scratch, reset by {@code Grievances}). */
    private double[][] civilianDeaths = new double[0][0];

    /**
     * The id of a community by name, registered on first use (ids in order of first use); a
     * new community extends the affinity table.
     */
    public int community(String name) {
        Integer id = communityIds.get(name);
        if (id != null) {
            return id;
        }
        id = communityNames.size();
        communityIds.put(name, id);
        communityNames.add(name);
        int n = id + 1;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = i == j ? 1.0 : communityAffinity.applyAsDouble(communityNames.get(i), communityNames.get(j));
            }
        }
        commAff = m;
        return id;
    }

    /** The number of communities registered so far; ids are 0 to this minus one. */
    public int communityCount() {
        return communityIds.size();
    }

    /** A community's name by id. */
    public String communityName(int id) {
        return communityNames.get(id);
    }

    /** Affinity between two communities by id (1 for the same). */
    public double communityAffinity(int a, int b) {
        return commAff[a][b];
    }

    /** The id of a bloc's community. */
    public int communityOf(Bloc b) {
        return cid(b);
    }

    /** Fighters left in a community's pool in a region, by id. */
    public double pool(int community, Region r) {
        return community < pools.length ? pools[community][r.index] : 0;
    }

    /** A community's grievance in a region. */
    public double grievance(int community, Region r) {
        return community < communityGrievance.length ? communityGrievance[community][r.index] : 0;
    }

    /** Sets a community's grievance in a region (kept in [0, 1]). */
    public void setGrievance(int community, Region r, double g) {
        communityGrievance = grow(communityGrievance, community);
        communityGrievance[community][r.index] = Math.max(0, Math.min(1, g));
    }

    /** Civilians of a community killed in a region this month. */
    public double civilianDeaths(int community, Region r) {
        return community < civilianDeaths.length ? civilianDeaths[community][r.index] : 0;
    }

    /** Records civilians of a community killed in a region this month. */
    public void addCivilianDeaths(int community, Region r, double deaths) {
        civilianDeaths = grow(civilianDeaths, community);
        civilianDeaths[community][r.index] += deaths;
    }

    /** Forgets the month's civilian deaths. */
    public void clearCivilianDeaths() {
        for (double[] row : civilianDeaths) {
            java.util.Arrays.fill(row, 0);
        }
    }

    private double[][] grow(double[][] m, int id) {
        if (id < m.length) {
            return m;
        }
        double[][] n = new double[id + 8][regions.length];
        for (int i = 0; i < m.length; i++) {
            n[i] = m[i];
        }
        return n;
    }

    /** Adds fighters to a faction's communities' pools, spread over its home regions by weight. */
    public void returnToPools(Faction f, double fighters) {
        if (fighters <= 0) {
            return;
        }
        for (Bloc b : f.blocs) {
            for (Region r : regions) {
                double wt = f.regionWeight[r.index];
                if (wt > 0) {
                    addToPool(b, r, fighters * b.share * wt);
                }
            }
        }
    }

    public final ToDoubleBiFunction<String, String> communityAffinity;
    /** The inputs in force this month (standing values plus levers). */
    public final Inputs inputs;
    /** Standing inputs: the scenario's, as changed by shocks. */
    public final Inputs standing;

    /** State presence per region as set by the scenario and shocks, before levers. */
    public final double[] standingState;

    // accord
    public double fund;
    public double implementation;
    public double pace;
    public double capture;
    /** Monthly chance a group standing alone with leaders is recognised as a party (accord.recognition_rate). */
    public double recognitionRate;
    /** A recognised party's part of the fund relative to a coalition's (accord.recognition_share). */
    public double recognitionShare;
    public boolean accordInForce;
    /** Whether the Islamic State accepts pledges (its caliphate declared, or a group of it present). */
    public boolean pledgesOpen;

    private int stamp;
    /**
     * Scratch space of the decision rules: valuations made in the present {@link #version},
     * reused while the world has not changed (opaque here; see {@code rules.Memo}).
     */
    public Object decisionMemo;
    /**
     * Bumped whenever sides, detachments or hub holders may have changed, so that cached
     * contests on routes are recomputed.
     */
    public int version;
    private final Map<String, Integer> communityIds = new java.util.HashMap<>();
    /** Community names by id (a list, in order of first use). */
    private final List<String> communityNames = new ArrayList<>();
    private double[][] commAff = new double[0][0];

    /** Marks the factions of a side for O(1) membership tests; returns the mark. */
    public int markSide(List<Faction> side) {
        int s = ++stamp;
        for (int i = 0; i < side.size(); i++) {
            side.get(i).mark = s;
        }
        return s;
    }

    /** A fresh mark that no faction carries. */
    public int freshStamp() {
        return ++stamp;
    }

    private int cid(Bloc b) {
        if (b.cid < 0) {
            b.cid = community(b.community);
        }
        return b.cid;
    }


    /** Affinity between two blocs' communities: 1 for the same, the bundled table otherwise. */
    public double blocAffinity(Bloc x, Bloc y) {
        int i = cid(x);
        int j = cid(y);
        return commAff[i][j];
    }

    /** Current month number (1 for the first simulated month; 0 during set-up). */
    public int month;
    public Journal journal;

    public World(Region[] regions, Place[] places, Route[] routes, ModelParams p,
                 ToDoubleBiFunction<String, String> communityAffinity) {
        this.regions = regions;
        this.places = places;
        this.routes = routes;
        this.p = p;
        this.communityAffinity = communityAffinity;
        this.inputs = new Inputs(regions.length);
        this.standing = new Inputs(regions.length);
        this.standingState = new double[regions.length];
        for (Region r : regions) {
            standingState[r.index] = r.statePresence;
        }
        for (Place pl : places) {
            corridors.addNode(pl);
        }
        for (Route r : routes) {
            corridors.addEdge(r.from, r.to, r);
        }
    }

    public Region region(String name) {
        for (Region r : regions) {
            if (r.name.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown region " + name);
    }

    public Place place(String name) {
        for (Place pl : places) {
            if (pl.name.equals(name)) {
                return pl;
            }
        }
        throw new IllegalArgumentException("unknown place " + name);
    }

    public Faction faction(String id) {
        for (Faction f : allFactions) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        return null;
    }

    public Coalition coalition(String name) {
        for (Coalition c : coalitions) {
            if (c.name.equals(name) && c.alive) {
                return c;
            }
        }
        return null;
    }

    /** Whether an id is already used by a faction, coalition or latent community. */
    public boolean idTaken(String id) {
        if (faction(id) != null) {
            return true;
        }
        for (Coalition c : coalitions) {
            if (c.name.equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** A fresh id from a base: the base itself, or base-2, base-3, ... */
    public String freshId(String base) {
        if (!idTaken(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String id = base + "-" + i;
            if (!idTaken(id)) {
                return id;
            }
        }
    }

    /** Adds a new faction (alive) and returns it. */
    public Faction addFaction(String id, String name, org.sahelsim.domain.Kind kind) {
        version++;
        homeVersion++;
        Faction f = new Faction(allFactions.size(), id, name, kind, regions.length, routes.length);
        allFactions.add(f);
        factions.add(f);
        return f;
    }

    /** Marks a faction dead, removes it from its coalition and the alive list. */
    public void removeFaction(Faction f) {
        version++;
        f.alive = false;
        if (f.coalition != null) {
            f.coalition.members.remove(f);
            f.coalition = null;
        }
        factions.remove(f);
        for (Place pl : places) {
            if (pl.holder == f) {
                pl.holder = null;
            }
        }
    }

    /** The jihadist faction with the most home fighters in a region, or null. */
    public Faction strongestJihadistIn(Region r) {
        return strongestJihadistIn(r, null);
    }

    /** The jihadist faction with the most home fighters in a region, leaving one out, or null. */
    public Faction strongestJihadistIn(Region r, Faction except) {
        Faction best = null;
        double most = 0;
        for (Faction f : factions) {
            if (f.isJihadist() && f != except) {
                double here = f.fighters * f.regionWeight[r.index];
                if (here > most) {
                    most = here;
                    best = f;
                }
            }
        }
        return best;
    }

    /** Non-state fighters in total. */
    public double totalFighters() {
        double s = 0;
        for (Faction f : factions) {
            s += f.fighters;
        }
        return s;
    }

    /** Whether two factions are on the same side (same coalition, or the same faction). */
    public static boolean sameSide(Faction a, Faction b) {
        return a == b || (a.coalition != null && a.coalition == b.coalition);
    }

    /**
     * Affinity between two factions in about [-1, 1]: their blocs' community ties
     * (weighted by shares, rivalry softened by reconciliation in the regions they share),
     * their ideological closeness and their direct tie.
     */
    public double affinity(Faction a, Faction b) {
        double comm = 0;
        for (Bloc x : a.blocs) {
            for (Bloc y : b.blocs) {
                comm += x.share * y.share * blocAffinity(x, y);
            }
        }
        if (comm < 0) {
            double rec = 0;
            double overlap = 0;
            for (Region r : regions) {
                double o = Math.min(a.regionWeight[r.index], b.regionWeight[r.index]);
                rec += o * r.reconciliation;
                overlap += o;
            }
            if (overlap > 0) {
                comm *= 1 - rec / overlap;
            }
        }
        double ideology = 1 - Math.abs(a.autonomy - b.autonomy) - Math.abs(a.islamism - b.islamism);
        return p.affinityCommunityWeight() * comm + p.affinityIdeologyWeight() * ideology + p.affinityTieWeight() * tie(a, b);
    }

    /**
     * The tie between two factions, shadows read through the faction they are made from: two
     * parts of one faction (a bloc and the rest of its group) are tied by the faction's
     * cohesion; a bloc breaking away and the group it leaves by the splinter's tie
     * ({@code params.splinter_parent_tie}); otherwise the tie of the real factions.
     */
    public double tie(Faction a, Faction b) {
        Faction ra = a.shadowOf != null ? a.shadowOf : a;
        Faction rb = b.shadowOf != null ? b.shadowOf : b;
        if (ra == rb) {
            return a.leaving || b.leaving ? p.splinterParentTie() : ra.cohesion;
        }
        return ties.get(ra, rb);
    }

    private double[][] overlaps = new double[0][0];
    private int overlapVersion = -1;
    /** Bumped when a faction is created or its home weights change (mergers). */
    public int homeVersion;

    /** Regional overlap of two factions' home weights, cached until home weights change. */
    public double overlapOf(Faction a, Faction b) {
        if (a.index < 0 && a.homeFrom != null) {
            a = a.homeFrom; // the same weights, so the same overlap
        }
        if (b.index < 0 && b.homeFrom != null) {
            b = b.homeFrom;
        }
        if (a.index < 0 || b.index < 0) {
            return overlap(a, b); // a shadow with weights of its own is not in the cache
        }
        if (overlapVersion != homeVersion || overlaps.length < allFactions.size()) {
            int n = allFactions.size();
            if (overlaps.length < n) {
                overlaps = new double[n + 8][n + 8];
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    overlaps[i][j] = Double.NaN;
                }
            }
            overlapVersion = homeVersion;
        }
        double v = overlaps[a.index][b.index];
        if (Double.isNaN(v)) {
            v = overlap(a, b);
            overlaps[a.index][b.index] = v;
            overlaps[b.index][a.index] = v;
        }
        return v;
    }

    /** Regional overlap of two factions' home weights, in [0, 1]. */
    public static double overlap(Faction a, Faction b) {
        double o = 0;
        for (int i = 0; i < a.regionWeight.length; i++) {
            o += Math.min(a.regionWeight[i], b.regionWeight[i]);
        }
        return o;
    }
}
