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
        for (int i = 0; i < side.size(); i++) {
            s += side.get(i).detached[r.index];
        }
        return s;
    }

    /** Strength of a set of factions on a route, with the hub bonus where one of them holds an end. */
    public static double strength(World w, Route r, List<Faction> side) {
        double s = 0;
        boolean holds = false;
        for (int i = 0; i < side.size(); i++) {
            Faction m = side.get(i);
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
        return shareMarked(w, r, f, side, w.markSide(side));
    }

    private static double shareMarked(World w, Route r, Faction f, List<Faction> side, int mark) {
        double own = f.detached[r.index];
        if (own <= 0) {
            return 0;
        }
        double num = Math.pow(strength(w, r, side), w.p.tullockAlpha());
        double den = num + othersPowerMarked(w, r, mark);
        if (den <= 0) {
            return 0;
        }
        return (num / den) * (own / raw(r, side));
    }

    /** Expected rent of a faction over all routes it is on, if its side were {@code side}, in USD/month. */
    public static double expectedRent(World w, Faction f, List<Faction> side) {
        int mark = w.markSide(side);
        double total = 0;
        for (int e : f.reachable) {
            if (f.detached[e] > 0) {
                Route r = w.routes[e];
                total += r.netRent * shareMarked(w, r, f, side, mark);
            }
        }
        return total * f.rentFactor;
    }

    /**
     * Sum over the sides other than {@code side} of strength^alpha on a route (each other
     * coalition pooled, standing-alone factions alone), with hub bonuses.
     */
    public static double othersPower(World w, Route r, List<Faction> side) {
        return othersPowerMarked(w, r, w.markSide(side));
    }

    private static double othersPowerMarked(World w, Route r, int mark) {
        double alpha = w.p.tullockAlpha();
        double bonus = w.p.hubBonus();
        int acc = w.freshStamp();
        double sum = 0;
        List<Faction> all = w.factions;
        int e = r.index;
        for (int i = 0; i < all.size(); i++) {
            Faction m = all.get(i);
            double d = m.detached[e];
            if (d <= 0 || m.mark == mark) {
                continue;
            }
            if (m.coalition == null) {
                sum += Math.pow(m.holdsHubOf(r) ? d * bonus : d, alpha);
                continue;
            }
            var c = m.coalition;
            if (c.accStamp != acc) {
                c.accStamp = acc;
                c.acc = 0;
                c.accHub = false;
            }
            c.acc += d;
            c.accHub |= m.holdsHubOf(r);
        }
        for (var c : w.coalitions) {
            if (c.accStamp == acc) {
                sum += Math.pow(c.accHub ? c.acc * bonus : c.acc, alpha);
                c.accStamp = 0;
            }
        }
        return sum;
    }
}
