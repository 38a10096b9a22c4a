package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * Tullock contest over a route's rent (brief, phase 3): a side's share is its strength^alpha
 * over the sum over sides, allies pooled; within a side, each member takes in proportion to its
 * fighters on the route. A side holding a hub at either end fights there with the hub bonus.
 * The traffic's own armed escorts ({@code params.traffic_escort} fighters) are a contender on
 * every route: the rent is a payment for protection the traffickers give only to those who can
 * impose it (Strazzari 2015: transit fees grew into armed protection of convoys; seed 000:
 * rebel groups and criminal networks are partners, not prey), so a lone detachment much
 * smaller than an escort takes little, and what no side takes stays with the traffic.
 * This class keeps the contest of each route under the present sides, for the month's rents
 * ({@link Rents}); a choice values the contests of its own arrangement ({@link Prospect}).
 */
public final class Contest {
    private Contest() {
    }

    /** The escorts' strength^alpha on every route. */
    public static double escortPower(World w) {
        return Math.pow(w.p.trafficEscort(), w.p.tullockAlpha());
    }

    /**
     * The contest on a route under the present sides, cached until the world's version
     * changes: each coalition's pooled fighters, its members on the route and how many of them
     * hold a hub at one of its ends (it fights with the hub bonus if any does), its
     * strength^alpha, the sum of strength^alpha over
     * every side and the escorts, and the sum of every side's fighters.
     */
    static void refresh(World w, Route r) {
        if (r.cacheVersion == w.version) {
            return;
        }
        int n = w.coalitions.size();
        if (r.coalRaw.length != n) {
            r.coalRaw = new double[n];
            r.coalPow = new double[n];
            r.coalCount = new int[n];
            r.coalHubs = new int[n];
        } else {
            java.util.Arrays.fill(r.coalRaw, 0);
            java.util.Arrays.fill(r.coalCount, 0);
            java.util.Arrays.fill(r.coalHubs, 0);
        }
        double alpha = w.p.tullockAlpha();
        double bonus = w.p.hubBonus();
        double total = escortPower(w);
        double raw = 0;
        int e = r.index;
        List<Faction> all = w.factions;
        for (int i = 0; i < all.size(); i++) {
            Faction m = all.get(i);
            double d = m.detached[e];
            if (d <= 0) {
                continue;
            }
            raw += d;
            boolean hub = m.holdsHubOf(r);
            if (m.coalition == null) {
                total += Math.pow(hub ? d * bonus : d, alpha);
            } else {
                int c = m.coalition.index;
                r.coalRaw[c] += d;
                r.coalCount[c]++;
                r.coalHubs[c] += hub ? 1 : 0;
            }
        }
        for (int c = 0; c < n; c++) {
            r.coalPow[c] = r.coalRaw[c] > 0 ? Math.pow(r.coalHubs[c] > 0 ? r.coalRaw[c] * bonus : r.coalRaw[c], alpha) : 0;
            total += r.coalPow[c];
        }
        r.cacheTotal = total;
        r.rawTotal = raw;
        r.cacheVersion = w.version;
    }
}
