package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * One arrangement a decision weighs: who the chooser would be (a faction, a bloc that stays in
 * or leaves its faction, a group made by a merger), whom it would be allied with, in which
 * coalition, and what else the arrangement changes in the world (the group a bloc leaves keeps
 * the rest of its fighters; the two groups of a merger are replaced by the merged one). Every
 * decision of the model (alignment, a coalition's acceptance of a newcomer, integration, splits,
 * mergers) values its options as prospects with the same utility terms ({@link Utility#TERMS}),
 * so one function values a side's rent, dividends, pressure, security and affinity whatever the
 * choice.
 *
 * <p>Rent is valued at the deployment the chooser would make on the prospect's side (the one
 * rule of {@link Deployment}: detachments toward the best marginal rent on its reachable
 * routes), not at today's deployment, which was made for today's side: a faction weighs "the
 * rent it can expect to capture on routes its side can hold" (design brief), so a move toward
 * the side that holds its routes is valued at what it would earn there.
 */
public final class Prospect {
    private final World w;
    /** The chooser: a faction of the world, or a shadow (see {@link Shadows}). */
    public final Faction actor;
    /** The chooser first, then its allies under this arrangement (real factions or shadows). */
    public final List<Faction> side;
    /** The coalition the chooser would be in, or null when it would stand alone or found a new one. */
    public final Coalition coalition;
    /** Whether the arrangement is a change (it costs {@link #cost}). */
    public final boolean change;
    /** Cost of the change, USD per fighter a month (switch cost, split cost, merge cost). */
    public final double cost;
    /**
     * Share of its own earnings the chooser keeps, per fighter, relative to its group's mean: 1
     * for a faction; for a bloc or a merged group's part, its political weight's cut (brief:
     * income is "split inside them by political weight").
     */
    public final double keep;
    /** Whose place in the coalition earns dividends: the chooser, or the group it is part of. */
    final Faction payee;
    /** Side members that are parts of {@link #payee} (a bloc and the rest of its faction; the two groups of a merger). */
    final List<Faction> parts;
    /** Real factions this arrangement replaces (they count neither as allies nor as rivals). */
    final List<Faction> removed;
    /** A real faction that keeps only part of its fighters and detachments (the group a bloc leaves), or null. */
    final Faction scaled;
    /** Share of its fighters {@link #scaled} keeps. */
    final double scaleKeep;
    /** The detachments {@link #scaled} keeps: its share of the deployment it is heading for, or null. */
    final double[] scaledDetached;
    /** The chooser's detachments when they are not its own choice (a staying bloc's share of its faction's), or null. */
    final double[] fixedDeployment;
    /** Integration quota per fighter added to the coalition's dividends by a faction entering it on the lever's terms. */
    final double quota;
    /** Short label for event details. */
    public final String label;
    private double[] deployment;
    /** {@link #side} as an array, for the loops over routes. */
    private final Faction[] sideArray;
    /**
     * The factions of the world on the side or replaced by the arrangement (side first, then
     * the replaced, in order): those the contests of its routes leave out.
     */
    private final Faction[] leftOut;
    /** Whether {@link #scaled} counts among the other sides (it is neither on the side nor replaced). */
    private final boolean scaledIsRival;

    private Prospect(World w, Faction actor, List<Faction> side, Coalition coalition, boolean change, double cost,
                     double keep, Faction payee, List<Faction> parts, List<Faction> removed, Faction scaled,
                     double scaleKeep, double[] scaledDetached, double[] fixedDeployment, double quota, String label) {
        if (side.isEmpty() || side.get(0) != actor) {
            throw new IllegalArgumentException("a prospect's side starts with its chooser");
        }
        this.w = w;
        this.actor = actor;
        this.side = side;
        this.coalition = coalition;
        this.change = change;
        this.cost = cost;
        this.keep = keep;
        this.payee = payee;
        this.parts = parts;
        this.removed = removed;
        this.scaled = scaled;
        this.scaleKeep = scaleKeep;
        this.scaledDetached = scaledDetached;
        this.fixedDeployment = fixedDeployment;
        this.quota = quota;
        this.label = label;
        this.sideArray = side.toArray(new Faction[0]);
        List<Faction> out = new ArrayList<>();
        for (Faction f : side) {
            if (f.alive && !f.isShadow()) {
                out.add(f);
            }
        }
        for (Faction f : removed) {
            if (f.alive && !f.isShadow()) {
                out.add(f);
            }
        }
        this.leftOut = out.toArray(new Faction[0]);
        this.scaledIsRival = scaled != null && !side.contains(scaled) && !removed.contains(scaled);
    }

    /** A faction's alignment option: stay, leave, join or switch to a coalition, found one with a partner. */
    public static Prospect of(World w, Faction f, Option o) {
        Coalition c = o.resultingCoalition(f);
        double quota = Integration.offers(w, f, c) ? w.inputs.integrationQuota : 0;
        return new Prospect(w, f, o.side(f), c, o.isChange(), w.p.switchCost(), 1, f, List.of(), List.of(), null, 0, null,
                null, quota, o.label());
    }

    /**
     * A member's position in its coalition if {@code newcomer} joined it (for the members'
     * acceptance), with the newcomer's integration quota per fighter, or without it when null.
     */
    static Prospect memberWith(World w, Faction m, Coalition c, Faction newcomer, double quota) {
        List<Faction> side = new ArrayList<>();
        side.add(m);
        for (Faction o : c.members) {
            if (o != m) {
                side.add(o);
            }
        }
        if (newcomer != null) {
            side.add(newcomer);
        }
        return new Prospect(w, m, side, c, false, 0, 1, m, List.of(), List.of(), null, 0, null, null,
                newcomer == null ? 0 : quota, "stay");
    }

    /**
     * A bloc staying in its faction, were the faction to take alignment option {@code o}: its
     * share of the faction's fighters and of the deployment the faction would make there, on the
     * faction's side, paid its cut of the faction's income (its political weight), tied to the
     * rest of its faction by the faction's cohesion; the faction's cost of the change is its too.
     */
    static Prospect blocStays(World w, Faction parent, Bloc b, Option o) {
        return blocStays(w, parent, b, o == Option.STAY ? Memo.stay(w, parent) : of(w, parent, o));
    }

    /** {@link #blocStays(World, Faction, Bloc, Option)} with the faction's prospect under the option already made. */
    static Prospect blocStays(World w, Faction parent, Bloc b, Prospect whole) {
        if (whole.actor != parent) {
            throw new IllegalArgumentException("the whole faction's prospect is " + whole.actor.id + "'s, not "
                    + parent.id + "'s");
        }
        Faction bloc = Shadows.bloc(w, parent, b, false);
        Faction rest = Shadows.rest(w, parent, b);
        double[] goal = whole.deployment();
        double[] mine = new double[goal.length];
        for (int e = 0; e < goal.length; e++) {
            mine[e] = goal[e] * b.share;
            rest.detached[e] = goal[e] - mine[e];
        }
        bloc.coalition = whole.coalition;
        rest.coalition = whole.coalition;
        List<Faction> side = new ArrayList<>();
        side.add(bloc);
        side.add(rest);
        for (Faction m : whole.side) {
            if (m != parent) {
                side.add(m);
            }
        }
        return new Prospect(w, bloc, side, whole.coalition, whole.change, whole.cost, cut(parent, b), parent,
                List.of(bloc, rest), List.of(parent), null, 0, null, mine, whole.quota, "stay");
    }

    /**
     * A bloc breaking away as a new group that would stand alone ({@code target} null) or ally
     * with a coalition; the group it leaves keeps the rest of its fighters, on its own side.
     */
    static Prospect blocLeaves(World w, Faction parent, Bloc b, Coalition target) {
        Faction s = Shadows.bloc(w, parent, b, true);
        // both the bloc and what remains of its faction start from the deployment the faction is
        // heading for, as when the bloc weighs staying: leaving does not find routes empty that
        // the faction is about to hold
        double[] goal = Memo.stay(w, parent).deployment();
        double[] remnant = new double[goal.length];
        for (int e = 0; e < goal.length; e++) {
            s.detached[e] = goal[e] * b.share;
            remnant[e] = goal[e] - s.detached[e];
        }
        List<Faction> side = new ArrayList<>();
        side.add(s);
        if (target != null) {
            for (Faction m : target.members) {
                if (m != parent) {
                    side.add(m);
                }
            }
        }
        double quota = target != null && Integration.offers(w, s, target) ? w.inputs.integrationQuota : 0;
        return new Prospect(w, s, side, target, true, w.p.splitCost(), 1, s, List.of(), List.of(), parent, 1 - b.share,
                remnant, null, quota, target == null ? "leave" : "leave;prospect=join:" + target.name);
    }

    /**
     * The group two factions would make by merging, as {@code viewer} (one of them) sees it: the
     * larger absorbs the smaller and keeps its coalition; the viewer becomes a part of it, as a
     * bloc is of its faction: its share of the merged group's fighters and of the deployment the
     * merged group would make, its blocs' cut of the merged group's income, tied to the other
     * part by their present tie. The smaller gives up its autonomy (the merge cost); the larger
     * pays nothing.
     */
    static Prospect merged(World w, Faction small, Faction big, Faction viewer) {
        Faction m = Shadows.merged(w, big, small);
        Faction other = viewer == small ? big : small;
        Faction mine = Shadows.part(w, viewer, m);
        Faction theirs = Shadows.part(w, other, m);
        double[] goal = new Prospect(w, m, alliesOf(m, big, small), big.coalition, true, 0, 1, m, List.of(),
                List.of(big, small), null, 0, null, null, 0, "merge").deployment();
        double share = m.fighters > 0 ? viewer.fighters / m.fighters : 0;
        double[] own = new double[goal.length];
        for (int e = 0; e < goal.length; e++) {
            own[e] = goal[e] * share;
            theirs.detached[e] = goal[e] - own[e];
        }
        List<Faction> side = new ArrayList<>();
        side.add(mine);
        side.add(theirs);
        side.addAll(alliesOf(m, big, small).subList(1, alliesOf(m, big, small).size()));
        return new Prospect(w, mine, side, big.coalition, viewer == small, w.p.mergeCost(),
                Shadows.mergedCut(w, big, small, viewer), m, List.of(mine, theirs), List.of(big, small), null, 0, null,
                own, 0, "merge");
    }

    /** The merged group first, then the larger's coalition partners. */
    private static List<Faction> alliesOf(Faction m, Faction big, Faction small) {
        List<Faction> side = new ArrayList<>();
        side.add(m);
        if (big.coalition != null) {
            for (Faction o : big.coalition.members) {
                if (o != big && o != small) {
                    side.add(o);
                }
            }
        }
        return side;
    }

    /** A bloc's income per fighter relative to its faction's mean: its weight over the faction's share-weighted mean. */
    static double cut(Faction f, Bloc b) {
        double denom = 0;
        for (Bloc x : f.blocs) {
            denom += x.share * x.weight;
        }
        return denom > 0 ? b.weight / denom : 0;
    }

    /** Fighters on the chooser's side. */
    public double sideFighters() {
        double s = 0;
        for (Faction m : side) {
            s += m.fighters;
        }
        return s;
    }

    /** Marks the side and the replaced factions with a fresh stamp; returns it. */
    private int mark() {
        int m = w.freshStamp();
        for (Faction f : side) {
            f.mark = m;
        }
        for (Faction f : removed) {
            f.mark = m;
        }
        return m;
    }

    /** Detachments of the chooser's allies on a route (the chooser left out). */
    private double alliesOn(int e) {
        double s = 0;
        for (int i = 1; i < sideArray.length; i++) {
            s += sideArray[i].detached[e];
        }
        return s;
    }

    private boolean sideHolds(Route r) {
        for (Faction m : sideArray) {
            if (m.holdsHubOf(r)) {
                return true;
            }
        }
        return false;
    }

    /** A rival's detachment on a route under this arrangement. */
    private double rivalOn(Faction m, int e) {
        if (m == scaled) {
            return scaledDetached != null ? scaledDetached[e] : m.detached[e] * scaleKeep;
        }
        return m.detached[e];
    }

    /**
     * Every other side's strength on a route under this arrangement, as the sum of
     * strength^alpha with hub bonuses (Tullock): other coalitions pooled, factions standing alone
     * alone, and the traffic's escorts ({@link #deployment} takes the raw fighters the same way).
     *
     * <p>Computed from the contest of every side on the route ({@link Contest#refresh}, once
     * per version of the world) by taking out what this arrangement changes: the chooser's side
     * and the factions it replaces leave it (a faction standing alone takes its strength with
     * it; a coalition counts again over its members that remain, with the hub bonus if one of
     * them holds an end), and a faction kept in part counts at the deployment it is heading for
     * (which may reach a route it is not on yet). The same sums as adding up the other sides one
     * by one, but in another order, so they may differ from those in the last bits; work grows
     * with the arrangement's side, not with every faction on the route.
     */
    private double othersOn(Route r) {
        Contest.refresh(w, r);
        int e = r.index;
        // strengths^alpha: a faction standing alone takes its own out; a coalition with members
        // taken out (or kept in part) counts again over what remains of it
        double total = r.cacheTotal;
        adjusted = 0;
        int nc = w.coalitions.size();
        if (adjustedIn.length < nc) {
            // at most every coalition is changed
            adjustedIn = new Coalition[nc];
            adjustedRaw = new double[nc];
            adjustedCount = new int[nc];
            adjustedHubs = new int[nc];
        }
        for (Faction f : leftOut) {
            total = leaveOut(f, r, total);
        }
        if (scaledIsRival) {
            double before = presentOn(scaled, e);
            double after = Math.max(0, rivalOn(scaled, e));
            if (before != after) {
                boolean hub = scaled.holdsHubOf(r);
                if (scaled.coalition == null) {
                    total += strength(after, hub) - strength(before, hub);
                } else {
                    int n = (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
                    adjust(scaled.coalition, after - before, n, hub ? n : 0);
                }
            }
        }
        for (int k = 0; k < adjusted; k++) {
            int c = adjustedIn[k].index;
            if (r.coalCount[c] > 0) {
                total -= r.coalPow[c];
            }
            if (r.coalCount[c] + adjustedCount[k] > 0) {
                total += strength(Math.max(0, r.coalRaw[c] + adjustedRaw[k]), r.coalHubs[c] + adjustedHubs[k] > 0);
            }
        }
        return Math.max(Contest.escortPower(w), total);
    }

    /** Coalitions whose contest on the route this arrangement changes, with the changes (scratch of {@link #othersOn}). */
    private Coalition[] adjustedIn = new Coalition[0];
    private double[] adjustedRaw = new double[0];
    private int[] adjustedCount = new int[0];
    private int[] adjustedHubs = new int[0];
    private int adjusted;

    /** A detachment's strength^alpha in a contest, with the hub bonus where it holds an end. */
    private double strength(double d, boolean hub) {
        return d <= 0 ? 0 : Math.pow(hub ? d * w.p.hubBonus() : d, w.p.tullockAlpha());
    }

    /** A faction's detachment in the contest of every side on a route: its own if it is a faction of the world on it. */
    private static double presentOn(Faction f, int e) {
        return f.alive && !f.isShadow() && f.detached[e] > 0 ? f.detached[e] : 0;
    }

    /** Takes a faction of the world on the route out of the others' strength^alpha; returns the new total. */
    private double leaveOut(Faction f, Route r, double total) {
        double d = f.detached[r.index];
        if (d <= 0) {
            return total;
        }
        boolean hub = f.holdsHubOf(r);
        if (f.coalition == null) {
            return total - strength(d, hub);
        }
        adjust(f.coalition, -d, -1, hub ? -1 : 0);
        return total;
    }

    private void adjust(Coalition c, double raw, int count, int hubs) {
        int k = 0;
        while (k < adjusted && adjustedIn[k] != c) {
            k++;
        }
        if (k == adjusted) {
            adjustedIn[k] = c;
            adjustedRaw[k] = 0;
            adjustedCount[k] = 0;
            adjustedHubs[k] = 0;
            adjusted++;
        }
        adjustedRaw[k] += raw;
        adjustedCount[k] += count;
        adjustedHubs[k] += hubs;
    }

    /**
     * The chooser's detachments under this arrangement: where {@link Deployment} would send a
     * share {@code params.detachment_share} of its fighters given the sides on each reachable
     * route (a staying bloc: its share of its faction's). Computed once.
     */
    public double[] deployment() {
        if (fixedDeployment != null) {
            return fixedDeployment;
        }
        if (deployment != null) {
            return deployment;
        }
        double[] out = new double[w.routes.length];
        int[] reach = actor.reachable;
        if (reach.length > 0) {
            // the sides' raw detachments on each reachable route, a faction at a time: the
            // chooser's allies, and every side's (Contest.refresh) less this arrangement's side
            // and the factions it replaces, and a faction kept in part at where it is heading
            double[] allies = new double[reach.length];
            for (int k = 1; k < sideArray.length; k++) {
                double[] d = sideArray[k].detached;
                for (int i = 0; i < reach.length; i++) {
                    allies[i] += d[reach[i]];
                }
            }
            double[] others = new double[reach.length];
            for (int i = 0; i < reach.length; i++) {
                Route r = w.routes[reach[i]];
                Contest.refresh(w, r);
                others[i] = r.rawTotal;
            }
            for (Faction f : leftOut) {
                double[] d = f.detached;
                for (int i = 0; i < reach.length; i++) {
                    double x = d[reach[i]];
                    if (x > 0) {
                        others[i] -= x;
                    }
                }
            }
            double[] mv = new double[reach.length];
            boolean[] held = new boolean[reach.length];
            for (int i = 0; i < reach.length; i++) {
                int e = reach[i];
                double rest = others[i];
                if (scaledIsRival) {
                    rest += Math.max(0, rivalOn(scaled, e)) - presentOn(scaled, e);
                }
                double own = allies[i] + actor.detached[e];
                mv[i] = Deployment.marginal(w, w.routes[e].netRent, own, Math.max(0, rest));
                held[i] = actor.detached[e] > 0;
            }
            double[] goal = Deployment.allocate(w, actor.fighters * w.p.detachmentShare(), mv, held);
            if (goal != null) {
                for (int i = 0; i < reach.length; i++) {
                    out[reach[i]] = goal[i];
                }
            }
        }
        deployment = out;
        return out;
    }

    /**
     * The trafficking rent the chooser can expect a month (USD, after its sanctions), from its
     * deployment under this arrangement: on each route, its side's Tullock share (allies
     * pooled, hub bonus where the side holds an end) against every other side, and within the
     * side its detachment's share.
     */
    public double expectedRent() {
        double[] d = deployment();
        double alpha = w.p.tullockAlpha();
        double bonus = w.p.hubBonus();
        double total = 0;
        for (int e : actor.reachable) {
            Route r = w.routes[e];
            if (d[e] <= 0 || r.netRent <= 0) {
                continue;
            }
            double raw = alliesOn(e) + d[e];
            double mine = Math.pow(sideHolds(r) ? raw * bonus : raw, alpha);
            double den = mine + othersOn(r);
            total += r.netRent * (mine / den) * (d[e] / raw);
        }
        return total * actor.rentFactor;
    }

    /**
     * Fighters of the strongest side the chooser would face: every other side (coalitions
     * pooled, factions standing alone alone), each member counted by its home regions' overlap
     * with the chooser's; for a jihadist chooser, the state's and France's troops too. One
     * definition for staying, leaving, joining and merging.
     */
    public double rival() {
        int mark = mark();
        int touched = w.freshStamp();
        double best = 0;
        for (Faction m : w.factions) {
            if (m.mark == mark) {
                continue;
            }
            double s = m.fighters * (m == scaled ? scaleKeep : 1) * w.overlapOf(actor, m);
            Coalition c = m.coalition;
            if (c == null) {
                best = Math.max(best, s);
            } else {
                if (c.accStamp != touched) {
                    c.accStamp = touched;
                    c.acc = 0;
                }
                c.acc += s;
            }
        }
        for (Coalition c : w.coalitions) {
            if (c.accStamp == touched) {
                best = Math.max(best, c.acc);
                c.accStamp = 0;
            }
        }
        if (actor.isJihadist()) {
            double state = w.inputs.ctTroops * w.inputs.ctTempo;
            for (int i = 0; i < w.regions.length; i++) {
                state += w.regions[i].armyTroops * actor.regionWeight[i];
            }
            best = Math.max(best, state);
        }
        return best;
    }

    /**
     * Peace dividends per fighter of the chooser's group a month under this arrangement
     * ({@link Dividends#perFighter}), before its cut.
     */
    public double dividendPerFighter() {
        return Dividends.perFighter(w, this);
    }

    /** The faction a side member stands for as a payee of dividends (its group, for a part of one). */
    Faction payeeOf(Faction m) {
        return parts.contains(m) ? payee : m;
    }

    /** The world this prospect is about. */
    World world() {
        return w;
    }
}
