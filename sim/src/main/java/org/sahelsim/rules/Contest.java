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

    /**
     * The share, computed from the cached contest on the route: the side's strength, and the
     * others' strength^alpha as the cached total less every side the given side touches, plus
     * what remains of coalitions it takes members from. One pass over the side.
     */
    private static double shareMarked(World w, Route r, Faction f, List<Faction> side, int mark) {
        int e = r.index;
        double own = f.detached[e];
        if (own <= 0) {
            return 0;
        }
        refresh(w, r);
        double alpha = w.p.tullockAlpha();
        double bonus = w.p.hubBonus();
        double others = r.cacheTotal;
        int touched = w.freshStamp();
        double raw = 0;
        boolean hub = false;
        for (int i = 0; i < side.size(); i++) {
            Faction m = side.get(i);
            double d = m.detached[e];
            if (d <= 0) {
                continue;
            }
            raw += d;
            boolean holds = m.holdsHubOf(r);
            hub |= holds;
            var c = m.coalition;
            if (c == null) {
                others -= Math.pow(holds ? d * bonus : d, alpha);
            } else {
                if (c.accStamp != touched) {
                    c.accStamp = touched;
                    c.acc = 0;
                }
                c.acc += d;
            }
        }
        for (int i = 0; i < side.size(); i++) {
            var c = side.get(i).coalition;
            if (c == null || c.accStamp != touched) {
                continue;
            }
            c.accStamp = 0;
            others -= r.coalPow[c.index];
            double rest = r.coalRaw[c.index] - c.acc;
            if (rest > 1e-9) {
                boolean restHub = false;
                if (r.coalHub[c.index]) {
                    for (Faction o : c.members) {
                        if (o.mark != mark && o.detached[e] > 0 && o.holdsHubOf(r)) {
                            restHub = true;
                        }
                    }
                }
                others += Math.pow(restHub ? rest * bonus : rest, alpha);
            }
        }
        double num = Math.pow(hub ? raw * bonus : raw, alpha);
        double den = num + Math.max(0, others);
        return den > 0 ? (num / den) * (own / raw) : 0;
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

    /**
     * The contest on a route under the present sides, cached until the world's version
     * changes: each coalition's pooled fighters, hub hold and strength^alpha, and the sum of
     * strength^alpha over every side.
     */
    static void refresh(World w, Route r) {
        if (r.cacheVersion == w.version) {
            return;
        }
        int n = w.coalitions.size();
        if (r.coalRaw.length != n) {
            r.coalRaw = new double[n];
            r.coalHub = new boolean[n];
            r.coalPow = new double[n];
        } else {
            java.util.Arrays.fill(r.coalRaw, 0);
            java.util.Arrays.fill(r.coalHub, false);
        }
        double alpha = w.p.tullockAlpha();
        double bonus = w.p.hubBonus();
        double total = 0;
        int e = r.index;
        List<Faction> all = w.factions;
        for (int i = 0; i < all.size(); i++) {
            Faction m = all.get(i);
            double d = m.detached[e];
            if (d <= 0) {
                continue;
            }
            if (m.coalition == null) {
                total += Math.pow(m.holdsHubOf(r) ? d * bonus : d, alpha);
            } else {
                int c = m.coalition.index;
                r.coalRaw[c] += d;
                r.coalHub[c] |= m.holdsHubOf(r);
            }
        }
        for (int c = 0; c < n; c++) {
            r.coalPow[c] = r.coalRaw[c] > 0 ? Math.pow(r.coalHub[c] ? r.coalRaw[c] * bonus : r.coalRaw[c], alpha) : 0;
            total += r.coalPow[c];
        }
        r.cacheTotal = total;
        r.cacheVersion = w.version;
    }

    private static double othersPowerMarked(World w, Route r, int mark) {
        refresh(w, r);
        double alpha = w.p.tullockAlpha();
        double bonus = w.p.hubBonus();
        double others = r.cacheTotal;
        int e = r.index;
        int touched = w.freshStamp();
        List<Faction> all = w.factions;
        // remove every side the marked set touches, then add back what remains of coalitions
        for (int i = 0; i < all.size(); i++) {
            Faction m = all.get(i);
            if (m.mark != mark) {
                continue;
            }
            double d = m.detached[e];
            if (d <= 0) {
                continue;
            }
            if (m.coalition == null) {
                others -= Math.pow(m.holdsHubOf(r) ? d * bonus : d, alpha);
            } else {
                var c = m.coalition;
                if (c.accStamp != touched) {
                    c.accStamp = touched;
                    c.acc = 0;
                }
                c.acc += d;
            }
        }
        for (var c : w.coalitions) {
            if (c.accStamp != touched) {
                continue;
            }
            c.accStamp = 0;
            others -= r.coalPow[c.index];
            double rest = r.coalRaw[c.index] - c.acc;
            if (rest > 1e-9) {
                boolean hub = false;
                for (Faction o : c.members) {
                    if (o.mark != mark && o.detached[e] > 0 && o.holdsHubOf(r)) {
                        hub = true;
                    }
                }
                others += Math.pow(hub ? rest * bonus : rest, alpha);
            }
        }
        return Math.max(0, others);
    }
}
