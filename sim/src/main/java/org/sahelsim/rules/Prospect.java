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
    }

    /** A faction's alignment option: stay, leave, join or switch to a coalition, found one with a partner. */
    public static Prospect of(World w, Faction f, Option o) {
        Coalition c = o.resultingCoalition(f);
        double quota = c != null && !Dividends.receives(f) && Integration.offers(w, f, c) ? w.inputs.integrationQuota : 0;
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
        for (int i = 1; i < side.size(); i++) {
            s += side.get(i).detached[e];
        }
        return s;
    }

    private boolean sideHolds(Route r) {
        for (Faction m : side) {
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
     * Every other side's strength on a route under this arrangement, raw ({@code pow} false)
     * or as the sum of strength^alpha with hub bonuses (Tullock): other coalitions pooled,
     * factions standing alone alone.
     */
    private double othersOn(Route r, int mark, boolean pow) {
        return scaled == null && !touches(r.index) ? allOn(r, pow) : othersOnNow(r, mark, pow);
    }

    /**
     * {@link #othersOn} summed over the route's sides in the order of the factions' creation:
     * the factions on it now ({@link World#presentOn}, their strengths^alpha computed once per
     * version of the world, {@link #powersOn}), the chooser's side and the factions the
     * arrangement replaces left out, and a faction kept in part ({@link #scaled}) at the
     * deployment it is heading for, in its place in that order (it may be heading for a route it
     * is not on yet). A coalition none of whose members on the route is left out or kept in part
     * counts at its strength over all of them.
     */
    private double othersOnNow(Route r, int mark, boolean pow) {
        Faction[] present = w.presentOn(r);
        int n = r.presentCount;
        double[] ds = r.presentD;
        Coalition[] cs = r.presentCoal;
        if (pow) {
            powersOn(w, r);
        }
        double alpha = w.p.tullockAlpha();
        double bonus = w.p.hubBonus();
        int touched = w.freshStamp();
        double total = pow ? Contest.escortPower(w) : 0;
        // the faction kept in part, until it has been counted in its place
        Faction part = scaled != null && scaled.mark != mark ? scaled : null;
        Coalition partIn = null;
        for (int i = 0; i < n; i++) {
            Faction m = present[i];
            if (part != null && m.index >= part.index) {
                total += partOn(r, pow, touched);
                partIn = part.coalition;
                part = null;
                if (m == scaled) {
                    continue;
                }
            }
            if (m.mark == mark) {
                continue;
            }
            Coalition c = cs[i];
            if (c == null) {
                total += pow ? r.presentPow[i] : ds[i];
            } else {
                c.pool(touched, ds[i], pow && r.presentHub[i]);
            }
        }
        if (part != null) {
            total += partOn(r, pow, touched);
            partIn = part.coalition;
        }
        for (Coalition c : w.coalitions) {
            if (c.accStamp == touched) {
                if (!pow) {
                    total += c.acc;
                } else if (c != partIn && c.accCount == r.coalPresent[c.index]) {
                    total += r.coalFullPow[c.index];
                } else {
                    total += Math.pow(c.accHub ? c.acc * bonus : c.acc, alpha);
                }
                c.accStamp = 0;
            }
        }
        return total;
    }

    /**
     * The faction kept in part on a route, at the deployment it is heading for: its own
     * strength (raw, or ^alpha with its hub bonus) when it stands alone, else nothing, its
     * detachment pooled into its coalition's scratch sum for contest {@code touched}.
     */
    private double partOn(Route r, boolean pow, int touched) {
        double d = rivalOn(scaled, r.index);
        if (d <= 0) {
            return 0;
        }
        boolean hub = pow && scaled.holdsHubOf(r);
        if (scaled.coalition == null) {
            return pow ? Math.pow(hub ? d * w.p.hubBonus() : d, w.p.tullockAlpha()) : d;
        }
        scaled.coalition.pool(touched, d, hub);
        return 0;
    }

    /**
     * Whether a faction of the world on the chooser's side or replaced by the arrangement has a
     * detachment on a route: only then do the other sides there differ from all the sides there.
     */
    private boolean touches(int e) {
        for (int i = 0; i < side.size(); i++) {
            Faction f = side.get(i);
            if (!f.isShadow() && f.detached[e] > 0) {
                return true;
            }
        }
        for (int i = 0; i < removed.size(); i++) {
            Faction f = removed.get(i);
            if (!f.isShadow() && f.detached[e] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every side's strength on a route, raw or as strength^alpha (with the escorts), once per
     * version of the world: {@link #othersOnNow} with no faction left out, so the same sums in
     * the same order as for a chooser none of whose side is on the route.
     */
    private double allOn(Route r, boolean pow) {
        if (pow) {
            if (r.allPowVersion != w.version) {
                r.allPow = othersOnNow(r, w.freshStamp(), true);
                r.allPowVersion = w.version;
            }
            return r.allPow;
        }
        if (r.allRawVersion != w.version) {
            r.allRaw = othersOnNow(r, w.freshStamp(), false);
            r.allRawVersion = w.version;
        }
        return r.allRaw;
    }

    /**
     * Fills a route's strengths^alpha under the present sides for this version of the world:
     * each present faction standing alone (hub bonus where it holds an end), each coalition's
     * pooled over its present members in the order of presence, and how many they are.
     */
    private static void powersOn(World w, Route r) {
        if (r.powerVersion == w.version && r.presentVersion == w.version) {
            return;
        }
        Faction[] present = w.presentOn(r);
        int n = r.presentCount;
        double alpha = w.p.tullockAlpha();
        double bonus = w.p.hubBonus();
        if (r.presentPow.length < present.length) {
            r.presentPow = new double[present.length];
            r.presentHub = new boolean[present.length];
        }
        int nc = w.coalitions.size();
        if (r.coalFullPow.length < nc) {
            r.coalFullPow = new double[nc];
            r.coalPresent = new int[nc];
        }
        int touched = w.freshStamp();
        for (int i = 0; i < n; i++) {
            Faction m = present[i];
            double d = r.presentD[i];
            boolean hub = m.holdsHubOf(r);
            r.presentHub[i] = hub;
            Coalition c = r.presentCoal[i];
            if (c == null) {
                r.presentPow[i] = Math.pow(hub ? d * bonus : d, alpha);
            } else {
                c.pool(touched, d, hub);
            }
        }
        for (Coalition c : w.coalitions) {
            if (c.accStamp == touched) {
                r.coalFullPow[c.index] = Math.pow(c.accHub ? c.acc * bonus : c.acc, alpha);
                r.coalPresent[c.index] = c.accCount;
                c.accStamp = 0;
            } else {
                r.coalPresent[c.index] = 0;
            }
        }
        r.powerVersion = w.version;
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
            int mark = mark();
            double[] mv = new double[reach.length];
            boolean[] held = new boolean[reach.length];
            for (int i = 0; i < reach.length; i++) {
                int e = reach[i];
                Route r = w.routes[e];
                double own = alliesOn(e) + actor.detached[e];
                mv[i] = Deployment.marginal(w, r.netRent, own, othersOn(r, mark, false));
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
        int mark = mark();
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
            double den = mine + othersOn(r, mark, true);
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
