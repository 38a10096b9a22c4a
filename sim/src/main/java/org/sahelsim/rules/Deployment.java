package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.scenario.Fixed;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * Placement of fighters (brief, mechanics sketch). A faction keeps a garrison in its home
 * regions and detaches a share of its fighters along the routes it can reach, moving a part
 * of them each month toward the routes with the best marginal rent: rent x (others'
 * strength) / (own + others)^2, the derivative of a Tullock share. It concentrates on at most
 * {@code max_routes} of them (the best), in proportion to their marginal rent; detachments
 * elsewhere are pulled back. Deterministic.
 */
public final class Deployment implements Mechanism {
    /** Fighters added to both sides when weighing a route's marginal rent, so an empty route has a finite value. */
    @Fixed(doc = "Fighters added to both sides when weighing the marginal rent of a route (an empty route keeps a finite value)", unit = "fighters")
    static final double CROWDING = 10;
    /** Detachments smaller than this are pulled back. */
    @Fixed(doc = "Smallest detachment kept on a route; smaller ones are pulled back", unit = "fighters")
    static final double SMALLEST_DETACHMENT = 0.5;

    private final boolean initial;

    /** @param initial at set-up, detachments go straight to their targets */
    public Deployment(boolean initial) {
        this.initial = initial;
    }

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        double rate = initial ? 1.0 : w.p.redeployRate();
        double heldBonus = w.p.heldRouteBonus();
        int nr = w.routes.length;
        double[] total = new double[nr];
        // the sides' strengths as they stand at the start of the phase (a snapshot, so the
        // order in which factions move does not matter to what they see)
        double[][] coal = new double[w.coalitions.size()][];
        for (Faction f : w.factions) {
            double[] c = null;
            if (f.coalition != null) {
                c = coal[f.coalition.index];
                if (c == null) {
                    c = new double[nr];
                    coal[f.coalition.index] = c;
                }
            }
            for (int e : f.reachable) {
                double d = f.detached[e];
                total[e] += d;
                if (c != null) {
                    c[e] += d;
                }
            }
        }
        for (Faction f : w.factions) {
            int[] reach = f.reachable;
            if (reach.length == 0) {
                continue;
            }
            double budget = f.fighters * w.p.detachmentShare();
            double[] target = new double[reach.length];
            double sum = 0;
            for (int i = 0; i < reach.length; i++) {
                int e = reach[i];
                Route r = w.routes[e];
                double own = f.coalition != null ? coal[f.coalition.index][e] : f.detached[e];
                double others = Math.max(0, total[e] - own);
                double s = own + others + CROWDING;
                double mv = r.netRent * (others + CROWDING) / (s * s);
                target[i] = mv;
                sum += mv;
            }
            if (sum <= 0) {
                continue;
            }
            // concentrate on the best routes: keep the maxRoutes largest marginal values
            int keep = w.p.maxRoutes();
            if (reach.length > keep) {
                // routes already held rank higher (moving costs): no flip-flopping between equals
                for (int i = 0; i < reach.length; i++) {
                    if (f.detached[reach[i]] > 0) {
                        target[i] *= heldBonus;
                    }
                }
                double cut = kthLargest(target, keep);
                int kept = 0;
                sum = 0;
                for (int i = 0; i < reach.length; i++) {
                    // ties at the cut are resolved by route order, so exactly maxRoutes stay
                    if (target[i] >= cut && target[i] > 0 && kept < keep) {
                        kept++;
                        sum += target[i];
                    } else {
                        target[i] = 0;
                    }
                }
                if (sum <= 0) {
                    continue;
                }
            }
            for (int i = 0; i < reach.length; i++) {
                int e = reach[i];
                double goal = budget * target[i] / sum;
                f.detached[e] += rate * (goal - f.detached[e]);
                if (f.detached[e] < SMALLEST_DETACHMENT) {
                    f.detached[e] = 0;
                }
            }
        }
    }

    /** The k-th largest value (k >= 1) by partial selection: O(n k), no allocation beyond k doubles. */
    static double kthLargest(double[] v, int k) {
        double[] top = new double[k];
        java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (double x : v) {
            if (x > top[k - 1]) {
                int i = k - 1;
                while (i > 0 && top[i - 1] < x) {
                    top[i] = top[i - 1];
                    i--;
                }
                top[i] = x;
            }
        }
        return top[k - 1];
    }
}
