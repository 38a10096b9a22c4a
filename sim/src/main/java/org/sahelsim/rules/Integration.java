package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Inputs;
import org.sahelsim.world.World;

/**
 * Integration of non-signatory groups (seed 001: "the best option would be to integrate them
 * into one of the existing signatory coalitions"). While the lever is active, every eligible
 * group (named, or any group outside the accord, or any that emerged during the run) is
 * offered a place in the named signatory coalition (or the one it is closest to). It
 * weighs joining against staying by the same utility terms, and may refuse; the
 * coalition's members weigh it too, but integration adds places (quotas) to the fund
 * rather than re-cutting a fixed pie, so they have a reason to accept. Runs in the schedule
 * phase, so an integrated group is paid from the month integration starts.
 */
public final class Integration implements Mechanism {
    @Override
    public void apply(World w, MersenneTwisterFast random) {
        Inputs in = w.inputs;
        if (!in.integrationOn) {
            return;
        }
        List<Faction> order = new ArrayList<>(w.factions);
        for (Faction f : order) {
            double u = random.nextDouble();
            if (!f.alive || !eligible(w, f)) {
                continue;
            }
            Coalition target = target(w, f);
            if (target == null || target == f.coalition) {
                continue;
            }
            Option join = new Option(f.coalition == null ? Option.Type.JOIN : Option.Type.SWITCH, target, null);
            double[] tj = Utility.terms(w, f, join);
            double[] ts = Utility.terms(w, f, Option.STAY);
            double uj = Utility.sum(tj);
            double us = Utility.sum(ts);
            double diff = uj - us;
            double p = 1.0 / (1.0 + Math.exp(-w.p.rationality() * diff));
            if (u >= p) {
                continue; // the group refuses this month
            }
            Decision d = new Decision(Utility.detail(Utility.NAMES, tj, ts, p, "option=" + join.label() + ";integration=1"),
                    uj, us);
            if (Alignment.carryOut(w, f, join, d, in.integrationQuota)) {
                f.integrated = true;
                f.signatory = true;
            }
        }
    }

    /**
     * Whether the integration lever may offer f a place: the one test of who is eligible, for
     * the lever's offers and for a group's own weighing of a coalition ({@link #offers}). Never
     * a jihadist group nor one the accord already pays ({@link Dividends#receives}); any other
     * group when the lever names it, names the group it split from (and it emerged during the
     * run), names {@code non_signatories}, or names {@code emerged} and it emerged during the run.
     */
    public static boolean eligible(World w, Faction f) {
        if (f.isJihadist() || Dividends.receives(f)) {
            return false;
        }
        List<String> groups = w.inputs.integrationGroups;
        return groups.contains(f.id)
                || (f.parent != null && groups.contains(f.parent) && f.born > 0)
                || groups.contains("non_signatories")
                || (groups.contains("emerged") && f.born > 0);
    }

    /**
     * Whether joining coalition c comes with the integration lever's terms for f: the lever is
     * active, f is eligible, and c is a signatory coalition that the lever names (or any
     * signatory coalition when it names none). A group joining on these terms, whether by the
     * lever's offer or by its own review of its alignment, is weighed by the members with its
     * quota, and once in it is integrated (its quota funded).
     */
    public static boolean offers(World w, Faction f, Coalition c) {
        if (c == null || !c.alive || !c.signatory || !w.inputs.integrationOn || !eligible(w, f)) {
            return false;
        }
        String name = w.inputs.integrationCoalition;
        return name == null || name.isEmpty() || c.name.equals(name);
    }

    /** The receiving coalition: the lever's, or the signatory coalition f is closest to. */
    static Coalition target(World w, Faction f) {
        String name = w.inputs.integrationCoalition;
        if (name != null && !name.isEmpty()) {
            Coalition c = w.coalition(name);
            return c != null && c.signatory ? c : null;
        }
        Coalition best = null;
        double bestAff = Double.NEGATIVE_INFINITY;
        for (Coalition c : w.coalitions) {
            if (!c.alive || !c.signatory) {
                continue;
            }
            double a = 0;
            double n = 0;
            for (Faction m : c.members) {
                a += m.fighters * w.affinity(f, m);
                n += m.fighters;
            }
            double mean = n > 0 ? a / n : 0;
            if (mean > bestAff) {
                bestAff = mean;
                best = c;
            }
        }
        return best;
    }
}
