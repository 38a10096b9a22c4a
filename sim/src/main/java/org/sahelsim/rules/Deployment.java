package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.domain.Fixed;
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
            double[] mv = new double[reach.length];
            boolean[] held = new boolean[reach.length];
            for (int i = 0; i < reach.length; i++) {
                int e = reach[i];
                double own = f.coalition != null ? coal[f.coalition.index][e] : f.detached[e];
                mv[i] = marginal(w, w.routes[e].netRent, own, Math.max(0, total[e] - own));
                held[i] = f.detached[e] > 0;
            }
            double[] goal = allocate(w, f.fighters * w.p.detachmentShare(), mv, held);
            if (goal == null) {
                continue;
            }
            for (int i = 0; i < reach.length; i++) {
                int e = reach[i];
                f.detached[e] += rate * (goal[i] - f.detached[e]);
                if (f.detached[e] < SMALLEST_DETACHMENT) {
                    f.detached[e] = 0;
                }
            }
        }
    }

    /**
     * The marginal rent of one more fighter on a route: the derivative of a Tullock share with
     * alpha 1, the traffic's escorts ({@code params.traffic_escort}) counting among the others,
     * smoothed by {@link #CROWDING} fighters on both sides,
     * rent x (others + escort + 10) / (own + others + escort + 10)^2.
     */
    public static double marginal(World w, double rent, double own, double others) {
        double rivals = others + w.p.trafficEscort() + CROWDING;
        double s = own + rivals;
        return rent * rivals / (s * s);
    }

    /**
     * Where a budget of fighters goes over reachable routes of marginal rents {@code mv}: to at
     * most {@code params.max_routes} of them, the largest (routes already {@code held} rank
     * {@code params.held_route_bonus} times higher: moving costs), in proportion to their
     * marginal rent. Null when no route pays. The one rule of where fighters go: deployment
     * uses it, and so does a choice valuing the rent it could take on the routes its side
     * would hold.
     */
    public static double[] allocate(World w, double budget, double[] mv, boolean[] held) {
        double[] target = mv.clone();
        double sum = 0;
        for (double x : target) {
            sum += x;
        }
        if (sum <= 0) {
            return null;
        }
        int keep = w.p.maxRoutes();
        if (target.length > keep) {
            for (int i = 0; i < target.length; i++) {
                if (held[i]) {
                    target[i] *= w.p.heldRouteBonus();
                }
            }
            double cut = kthLargest(target, keep);
            int kept = 0;
            sum = 0;
            for (int i = 0; i < target.length; i++) {
                // ties at the cut are resolved by route order, so exactly maxRoutes stay
                if (target[i] >= cut && target[i] > 0 && kept < keep) {
                    kept++;
                    sum += target[i];
                } else {
                    target[i] = 0;
                }
            }
            if (sum <= 0) {
                return null;
            }
        }
        double[] goal = new double[target.length];
        for (int i = 0; i < target.length; i++) {
            goal[i] = budget * target[i] / sum;
        }
        return goal;
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
