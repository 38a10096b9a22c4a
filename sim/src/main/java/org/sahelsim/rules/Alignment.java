package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahelsim.domain.Fixed;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Alignment decisions (brief, phase 6). Each month a share of factions (the review rate:
 * inertia) weigh every option open to them: stay, leave to stand alone, join or switch to
 * any other coalition (jihadists cannot join the accord's coalitions; al-Qaeda and Islamic
 * State loyalists do not ally), or found a coalition with one of the two closest groups
 * standing alone (an alliance with jihadists is one of these). The choice is a logit over the
 * options' utilities with the rationality parameter. A move into a coalition needs its
 * members' acceptance ({@link Acceptance}); founding one needs the partner's own gain.
 */
public final class Alignment implements Mechanism {
    /** Partners a faction standing alone weighs for founding a coalition: the closest by affinity. */
    @Fixed(doc = "Partners a faction standing alone weighs for founding a coalition (the closest by affinity)", unit = "factions")
    static final int FOUNDING_PARTNERS = 2;

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        List<Faction> order = new ArrayList<>(w.factions);
        for (Faction f : order) {
            // one draw per faction in a fixed order, whether or not it reviews
            double u = random.nextDouble();
            if (!f.alive || u >= w.p.reviewRate()) {
                continue;
            }
            decide(w, f, random.nextDouble());
        }
    }

    /** The options open to f this month, STAY first. */
    public static List<Option> options(World w, Faction f) {
        List<Option> opts = new ArrayList<>();
        opts.add(Option.STAY);
        if (f.coalition != null) {
            opts.add(Option.LEAVE);
        }
        for (Coalition c : w.coalitions) {
            if (!c.alive || c == f.coalition || !compatible(f, c)) {
                continue;
            }
            opts.add(new Option(f.coalition == null ? Option.Type.JOIN : Option.Type.SWITCH, c, null));
        }
        if (f.coalition == null) {
            List<Faction> partners = new ArrayList<>();
            for (Faction g : w.factions) {
                if (g != f && g.coalition == null && w.overlapOf(f, g) > 0 && allegianceCompatible(f, g)) {
                    partners.add(g);
                }
            }
            partners.sort(Comparator.comparingDouble((Faction g) -> -w.affinity(f, g)).thenComparingInt(g -> g.index));
            for (int i = 0; i < Math.min(FOUNDING_PARTNERS, partners.size()); i++) {
                opts.add(new Option(Option.Type.FORM, null, partners.get(i)));
            }
        }
        return opts;
    }

    static boolean compatible(Faction f, Coalition c) {
        if (f.isJihadist() && c.signatory) {
            return false;
        }
        for (Faction m : c.members) {
            if (!allegianceCompatible(f, m)) {
                return false;
            }
        }
        return true;
    }

    /** Al-Qaeda and Islamic State loyalists are rivals and never allies. */
    static boolean allegianceCompatible(Faction a, Faction b) {
        if (!a.isJihadist() || !b.isJihadist()) {
            return true;
        }
        return a.allegiance.equals(b.allegiance) || a.allegiance.equals("none") || b.allegiance.equals("none");
    }

    /**
     * A faction's weighing of its options: each option's terms, its utility (the sum of its
     * terms: what the logit uses) and its probability.
     */
    public record Choice(List<Option> options, List<Prospect> prospects, double[][] terms, double[] utilities,
                         double[] probabilities) {
    }

    /**
     * Weighs f's options with the utility terms, as a review does (once per version of the world:
     * a faction's blocs weighing where it is heading read the same weighing, see {@link Memo}).
     */
    public static Choice weigh(World w, Faction f) {
        return Memo.choice(w, f);
    }

    /** Weighs f's options now. */
    static Choice weighNow(World w, Faction f) {
        List<Option> opts = options(w, f);
        List<Prospect> prospects = new ArrayList<>(opts.size());
        double[][] terms = new double[opts.size()][];
        double[] util = new double[opts.size()];
        for (int k = 0; k < opts.size(); k++) {
            Option o = opts.get(k);
            Prospect p = o == Option.STAY ? Memo.stay(w, f) : Prospect.of(w, f, o);
            prospects.add(p);
            terms[k] = Utility.terms(p);
            util[k] = Utility.sum(terms[k]);
        }
        return new Choice(opts, List.copyOf(prospects), terms, util, Utility.logit(util, w.p.rationality()));
    }

    /** Weighs f's options, draws one with uniform number u, and carries it out if accepted. */
    static void decide(World w, Faction f, double u) {
        Choice c = weigh(w, f);
        List<Option> opts = c.options();
        double[][] terms = c.terms();
        double[] util = c.utilities();
        double[] p = c.probabilities();
        int k = Utility.draw(p, u);
        Option chosen = opts.get(k);
        if (!chosen.isChange()) {
            return;
        }
        // While integration is on, a group outside the accord that joins a signatory
        // coalition on its own review comes in on the lever's terms: its utility already
        // counted the quota (Dividends.expectedPerFighter), so the members weigh the quota too
        // and, once in, its quota is funded. Without this, the quota lured groups into plain
        // joins that the members weighed without it and that never funded it.
        boolean integrating = Integration.offers(w, f, chosen.target());
        String extra = "option=" + chosen.label() + (integrating ? ";integration=1" : "");
        Decision d = new Decision(Utility.detail(Utility.NAMES, terms[k], terms[0], p[k], extra), util[k], util[0]);
        double quota = integrating ? w.inputs.integrationQuota : 0;
        if (carryOut(w, f, chosen, d, quota) && integrating) {
            f.integrated = true;
            f.signatory = true;
        }
    }

    /** Carries out a chosen change if the coalition (or partner) accepts; writes its events. */
    static boolean carryOut(World w, Faction f, Option chosen, Decision decision, double quota) {
        String region = Moves.regionOf(w, f);
        switch (chosen.type()) {
            case LEAVE -> {
                Coalition old = f.coalition;
                Moves.log(w, EventType.LEAVE, f, old.name, null, region, decision);
                Moves.exit(w, f);
                return true;
            }
            case JOIN -> {
                if (!Acceptance.accepts(w, chosen.target(), f, quota)) {
                    return false;
                }
                Moves.enter(w, f, chosen.target());
                Moves.log(w, EventType.JOIN, f, chosen.target().name, null, region, decision);
                return true;
            }
            case SWITCH -> {
                if (!Acceptance.accepts(w, chosen.target(), f, quota)) {
                    return false;
                }
                Moves.log(w, EventType.SWITCH, f, chosen.target().name, null, region, decision);
                // places added by integration are places in the accord, not in one coalition:
                // a group moving straight from one signatory coalition to another stays in the
                // accord (exit ends signatory status, enter restores it) and keeps its quota
                boolean keepPlaces = f.integrated && f.coalition.signatory && chosen.target().signatory;
                Moves.exit(w, f);
                Moves.enter(w, f, chosen.target());
                if (keepPlaces) {
                    f.integrated = true;
                }
                return true;
            }
            case FORM -> {
                Faction g = chosen.partner();
                Option mirror = new Option(Option.Type.FORM, null, f);
                double[] gForm = Utility.terms(w, g, mirror);
                double[] gStay = Utility.terms(w, g, Option.STAY);
                double uForm = Utility.sum(gForm);
                double uStay = Utility.sum(gStay);
                if (uForm <= uStay) {
                    return false;
                }
                Coalition c = Moves.found(w, f, g);
                Moves.log(w, EventType.COALITION_FORMED, f, c.name, null, region, decision);
                double pg = 1.0 / (1.0 + Math.exp(-w.p.rationality() * (uForm - uStay)));
                Moves.log(w, EventType.JOIN, g, c.name, null, Moves.regionOf(w, g),
                        new Decision(Utility.detail(Utility.NAMES, gForm, gStay, pg, "option=form:" + f.id), uForm, uStay));
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
