package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahelsim.domain.Fixed;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Fmt;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * Clashes over routes and hubs (brief, phase 9; seeds 000, 001; Fjelde and Nilsson 2012:
 * rebel-on-rebel fighting is likelier with drug economies and weak states). On each route,
 * the two strongest factions present have a dispute that would come to blows with a monthly
 * probability that rises with the rent at stake, falls with MINUSMA coverage along the route,
 * and is higher between groups with a hostile tie or rival communities, and between jihadist
 * groups of rival allegiances ({@code params.allegiance_rivalry}; seed 001: al-Qaeda's groups
 * "competing" with the Islamic State's). A reconciliation
 * forum in the route's regions removes its share of that hostility (seed 001: regional forums
 * "could help calm local tensions, like the rivalry between the Tuareg Iforas and Imrad tribes
 * in Kidal, which fuel violence", and lower armed violence "including when it pertains to the
 * smuggling economy"). Disputes between allies go to the arbiter (brief: "stability comes only
 * when an outside arbiter enforces cooperation"; Christia 2012: without one, alliances break
 * down into fighting among partners): while it has capacity this month
 * ({@code arbiter.capacity} plus the mediation lever), it settles them, the largest rent at
 * stake first; the others are fought like any dispute. Casualties follow the opponent's
 * strength; the loser pulls back part of its detachment, and the tie between the two sours.
 */
public final class Clashes implements Mechanism {
    /** Lowest clash intensity: casualties are multiplied by U(0.5, 1.5), on average 1. */
    @Fixed(doc = "Lowest draw of a clash's intensity: casualties are multiplied by U(0.5, 1.5), on average 1", unit = "ratio")
    static final double INTENSITY_LOW = 0.5;
    /** Luck in a clash: one side's strength is weighed by U(0.5, 1.5), the other's by the mirror draw. */
    @Fixed(doc = "Lowest luck of the first side in a clash: the loser is decided on strength x U(0.5, 1.5) against the other's strength x the mirror draw", unit = "ratio")
    static final double LUCK_LOW = 0.5;
    /** Highest luck (the mirror of {@link #LUCK_LOW}). */
    @Fixed(doc = "Highest luck of the second side in a clash (the mirror of LUCK_LOW)", unit = "ratio")
    static final double LUCK_HIGH = 1.5;
    /** Rent per unit of clash_rent. */
    @Fixed(doc = "Rent at stake per unit in the clash chance (params.clash_rent is per 100,000 USD a month)", unit = "USD/month", source = "scale of the parameter's unit")
    static final double RENT_UNIT = 100000.0;

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        for (var r : w.regions) {
            r.clashes = 0;
        }
        double minDetachment = w.p.clashMinDetachment();
        // First the month's disputes: on each route the two strongest present, and whether their
        // dispute would come to blows (every draw is made whatever happens, in route order).
        List<Dispute> disputes = new ArrayList<>();
        for (Route r : w.routes) {
            double u = random.nextDouble();
            double x = random.nextDouble();
            double y = random.nextDouble();
            Faction a = null;
            Faction b = null;
            for (Faction f : w.factions) {
                double d = f.detached[r.index];
                if (d < minDetachment) {
                    continue;
                }
                if (a == null || d > a.detached[r.index]) {
                    b = a;
                    a = f;
                } else if (b == null || d > b.detached[r.index]) {
                    b = f;
                }
            }
            if (a == null || b == null) {
                continue;
            }
            double p = probability(w, r, a, b);
            if (u < p) {
                disputes.add(new Dispute(r, a, b, p, x, y));
            }
        }
        // The arbiter settles disputes between allies, the largest rent at stake first, while it
        // has capacity this month; the others are fought.
        double capacity = w.inputs.arbiterCapacity;
        int settle = (int) Math.floor(capacity) + (random.nextDouble() < capacity - Math.floor(capacity) ? 1 : 0);
        List<Dispute> allies = new ArrayList<>();
        for (Dispute d : disputes) {
            if (World.sameSide(d.a, d.b)) {
                allies.add(d);
            }
        }
        allies.sort(Comparator.comparingDouble((Dispute d) -> -d.route.netRent).thenComparingInt(d -> d.route.index));
        for (int i = 0; i < allies.size() && i < settle; i++) {
            Dispute d = allies.get(i);
            d.settled = true;
            Moves.log(w, EventType.DISPUTE_SETTLED, d.a, d.b.id, d.b.kind, d.route.region().name,
                    "route=" + d.route.id + ";rent=" + Fmt.num(d.route.netRent, 0) + ";p=" + Fmt.num(d.p, 4) + sides(d.a, d.b));
        }
        for (Dispute d : disputes) {
            if (!d.settled) {
                fight(w, d);
            }
        }
    }

    /** A dispute of the month on a route: the two strongest there, the chance it comes to blows, its draws. */
    private static final class Dispute {
        final Route route;
        final Faction a;
        final Faction b;
        final double p;
        final double x;
        final double y;
        boolean settled;

        Dispute(Route route, Faction a, Faction b, double p, double x, double y) {
            this.route = route;
            this.a = a;
            this.b = b;
            this.p = p;
            this.x = x;
            this.y = y;
        }
    }

    /** The clash of a dispute no one settled: casualties, the loser pulls back, the tie sours. */
    private static void fight(World w, Dispute dsp) {
        Route r = dsp.route;
        Faction a = dsp.a;
        Faction b = dsp.b;
        if (!a.alive || !b.alive) {
            return;
        }
        double da = a.detached[r.index];
        double db = b.detached[r.index];
        double intensity = INTENSITY_LOW + dsp.x;
        double lossA = Math.min(da, w.p.casualtyRate() * db * intensity);
        double lossB = Math.min(db, w.p.casualtyRate() * da * intensity);
        Faction loser = (da * (LUCK_LOW + dsp.y)) >= (db * (LUCK_HIGH - dsp.y)) ? b : a;
        inflict(a, r, lossA);
        inflict(b, r, lossB);
        loser.detached[r.index] *= w.p.clashRetreatKeep();
        w.ties.add(a, b, w.p.clashTieChange());
        double fatalities = lossA + lossB;
        if (a.signatory && !b.signatory) {
            b.lastSpoiling = w.month;
        }
        if (b.signatory && !a.signatory) {
            a.lastSpoiling = w.month;
        }
        r.region().clashes++;
        w.journal.fatalities(org.sahelsim.record.Metrics.Cause.CLASHES, fatalities);
        Moves.log(w, EventType.CLASH, a, b.id, b.kind, r.region().name,
                "route=" + r.id + ";fatalities=" + Fmt.num(fatalities, 1) + ";rent=" + Fmt.num(r.netRent, 0)
                        + ";loser=" + loser.id + ";p=" + Fmt.num(dsp.p, 4) + sides(a, b));
    }

    /**
     * The detail keys that say who fought whom: whether the two are on one side, and each
     * one's coalition (empty when it stands alone).
     */
    static String sides(Faction a, Faction b) {
        return ";same_side=" + (World.sameSide(a, b) ? 1 : 0) + ";coalition=" + (a.coalition == null ? "" : a.coalition.name)
                + ";other_coalition=" + (b.coalition == null ? "" : b.coalition.name);
    }

    /** Monthly clash probability between the two strongest factions on a route. */
    public static double probability(World w, Route r, Faction a, Faction b) {
        double p = (w.p.clashBase() + w.p.clashRent() * r.netRent / RENT_UNIT) * (1 - w.p.clashDeterrence() * r.coverage);
        if (World.sameSide(a, b)) {
            // an unsettled dispute between allies (the arbiter settles what it can: see apply)
            p *= w.p.allyClashFactor();
        }
        // Forums calm the hostility between the two groups where they fight, whatever its
        // source (community rivalry or the soured tie of earlier clashes): on the real
        // baseline most clashes are between groups without a community rivalry (MNLA against
        // the two MAA wings), so softening only the community term, as choices do, left
        // violence untouched. The route's forum strength is the mean of its ends' regions.
        double rec = 0.5 * (r.from.region.reconciliation + r.to.region.reconciliation);
        double hostility = Math.max(0, -w.affinity(a, b)) * (1 - rec);
        if (rivalAllegiances(a, b)) {
            // al-Qaeda's and the Islamic State's groups compete (seed 001); forums do not calm it
            hostility += w.p.allegianceRivalry();
        }
        p *= 1 + hostility;
        return Math.max(0, Math.min(1, p));
    }

    /** Whether two jihadist groups hold rival allegiances (one al-Qaeda's, the other the Islamic State's). */
    static boolean rivalAllegiances(Faction a, Faction b) {
        return a.isJihadist() && b.isJihadist() && isAllegiance(a.allegiance) && isAllegiance(b.allegiance)
                && !a.allegiance.equals(b.allegiance);
    }

    private static boolean isAllegiance(String s) {
        return "aq".equals(s) || "is".equals(s);
    }

    private static void inflict(Faction f, Route r, double loss) {
        if (loss <= 0 || f.fighters <= 0) {
            return;
        }
        loss = Math.min(loss, f.fighters);
        f.detached[r.index] = Math.max(0, f.detached[r.index] - loss);
        lose(f, loss);
    }

    /**
     * A faction loses fighters (at most all it has), its detachments scaled down if they now
     * exceed its fighters; returns the deaths.
     */
    static double lose(Faction f, double loss) {
        if (loss <= 0 || f.fighters <= 0) {
            return 0;
        }
        loss = Math.min(loss, f.fighters);
        f.fighters -= loss;
        f.lossesThisMonth += loss;
        double d = 0;
        for (double v : f.detached) {
            d += v;
        }
        if (d > f.fighters) {
            double k = f.fighters / d;
            for (int i = 0; i < f.detached.length; i++) {
                f.detached[i] *= k;
            }
        }
        return loss;
    }
}
