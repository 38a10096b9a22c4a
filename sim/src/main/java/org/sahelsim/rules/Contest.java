package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * Tullock contest over a route's rent (brief, phase 3): a side's share is its strength^alpha
 * over the sum over sides, allies pooled; within a side, each member takes in proportion to
 * its fighters on the route. A side holding a hub at either end fights there with the hub
 * bonus.
 */
public final class Contest {
    private Contest() {
    }

    /** Raw fighters of a set of factions on a route. */
    public static double raw(Route r, List<Faction> side) {
        double s = 0;
        for (Faction m : side) {
            s += m.detached[r.index];
        }
        return s;
    }

    /** Strength of a set of factions on a route, with the hub bonus where one of them holds an end. */
    public static double strength(World w, Route r, List<Faction> side) {
        double s = 0;
        boolean holds = false;
        for (Faction m : side) {
            s += m.detached[r.index];
            holds |= m.holdsHubOf(r);
        }
        return holds ? s * w.p.hubBonus() : s;
    }

    /**
     * Share of the route's rent the given faction would take if its side were {@code side}
     * (which includes it) and every other faction stayed on its present side.
     */
    public static double share(World w, Route r, Faction f, List<Faction> side) {
        double own = f.detached[r.index];
        if (own <= 0) {
            return 0;
        }
        double num = Math.pow(strength(w, r, side), w.p.tullockAlpha());
        double den = num + othersPower(w, r, side);
        if (den <= 0) {
            return 0;
        }
        return (num / den) * (own / raw(r, side));
    }

    /** Expected rent of a faction over all routes it is on, if its side were {@code side}, in USD/month. */
    public static double expectedRent(World w, Faction f, List<Faction> side) {
        double total = 0;
        for (int e : f.reachable) {
            if (f.detached[e] > 0) {
                Route r = w.routes[e];
                total += r.netRent * share(w, r, f, side);
            }
        }
        return total * f.rentFactor;
    }

    /**
     * Sum over the sides other than {@code side} of strength^alpha on a route (each other
     * coalition pooled, standing-alone factions alone), with hub bonuses.
     */
    public static double othersPower(World w, Route r, List<Faction> side) {
        double alpha = w.p.tullockAlpha();
        double sum = 0;
        List<Faction> all = w.factions;
        for (int i = 0; i < all.size(); i++) {
            Faction m = all.get(i);
            if (m.detached[r.index] <= 0 || side.contains(m)) {
                continue;
            }
            if (m.coalition == null) {
                sum += Math.pow(m.detached[r.index] * (m.holdsHubOf(r) ? w.p.hubBonus() : 1), alpha);
                continue;
            }
            boolean first = true;
            for (int j = 0; j < i; j++) {
                Faction o = all.get(j);
                if (o.coalition == m.coalition && o.detached[r.index] > 0 && !side.contains(o)) {
                    first = false;
                    break;
                }
            }
            if (!first) {
                continue;
            }
            double s = 0;
            boolean holds = false;
            for (Faction o : m.coalition.members) {
                if (!side.contains(o)) {
                    s += o.detached[r.index];
                    holds |= o.holdsHubOf(r);
                }
            }
            sum += Math.pow(holds ? s * w.p.hubBonus() : s, alpha);
        }
        return sum;
    }
}
