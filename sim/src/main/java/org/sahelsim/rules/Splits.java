package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.domain.Fixed;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Fmt;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Splits along community lines (brief, phase 7; seed 001: the CMA fractured and new
 * community groups appeared outside the accord; Findley and Rudloff 2012). Each month some
 * blocs of each faction weigh leaving, with the utility terms every decision uses
 * ({@link Utility#TERMS}) and one more, their grievance.
 *
 * <p>A split is a minority breaking away: only a bloc holding less than half of its faction's
 * fighters can leave (a majority does not split from itself; Findley and Rudloff 2012, Bakke,
 * Cunningham and Seymour 2012 count a split as a wing leaving a group that goes on).
 *
 * <p>Staying is the bloc's place in its faction ({@link Prospect#blocStays}), wherever the
 * faction is likely to be next month ({@link #stayTerms}): its share of the faction's rent and
 * dividends cut by its political weight (a bloc its leaders shut out gets little), the
 * faction's pressure and security, and its affinity with the rest of the faction (community,
 * ideology as its leaning holds it, and the faction's cohesion as their tie).
 * Leaving is worth its best outside option ({@link Prospect#blocLeaves}): standing alone, or
 * the alliance it could make with any coalition it could join (the rival coalition, jihadists,
 * its parent's own), each valued with the same terms as a faction's choice: the rent it could
 * take on the routes its fighters reach, the parent now a rival; dividends if that coalition
 * pays them (and the integration quota where the lever offers it); the pressure and security of
 * that side; its affinity with it. Breaking away costs {@code params.split_cost}; its grievance
 * ({@code params.grievance_value} times the bloc's grievance) counts for leaving. It leaves with
 * the binary logit of its best outside option against staying; at most one split per faction a
 * month. The splinter stands alone at first, outside the accord (brief), whatever alliance made
 * leaving worthwhile: it weighs joining when it next reviews its alignment.
 */
public final class Splits implements Mechanism {
    /** Term names of a split decision: the six of every decision plus grievance. */
    public static final String[] NAMES = {"rent", "dividend", "pressure", "security", "affinity", "switch_cost", "grievance"};
    /** A split is a minority leaving: a bloc breaks away only while it holds less than this share. */
    @Fixed(doc = "Share of its faction's fighters a bloc must hold less than to break away: a split is a minority leaving a group that goes on", unit = "share", source = "Findley and Rudloff 2012; Bakke, Cunningham and Seymour 2012 (a split is a wing leaving a group that goes on)")
    static final double MINORITY = 0.5;

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        List<Faction> order = new ArrayList<>(w.factions);
        for (Faction f : order) {
            if (!f.alive || f.blocs.size() < 2) {
                continue;
            }
            List<Bloc> blocs = new ArrayList<>(f.blocs);
            for (Bloc b : blocs) {
                double u1 = random.nextDouble();
                double u2 = random.nextDouble();
                if (u1 >= w.p.splitReviewRate() || !mayLeave(w, f, b)) {
                    continue;
                }
                Weighed d = weigh(w, f, b);
                if (u2 < d.p()) {
                    String extra = "option=" + d.best().label + ";bloc=" + b.community + ";share=" + Fmt.num(b.share, 4)
                            + ";stay_utility=" + Fmt.num(d.stayUtility(), 4)
                            + ";months_without_dividend=" + b.monthsWithoutDividend
                            + ";received=" + Fmt.num(b.received, 2)
                            + ";cohesion=" + Fmt.num(f.cohesion, 3)
                            + topRoute(w, f);
                    split(w, f, b, new Decision(Utility.detail(NAMES, d.leave(), d.stay(), d.p(), extra), d.leaveUtility(),
                            d.stayUtility()));
                    break; // at most one split per faction a month
                }
            }
        }
    }

    /** Whether a bloc may break away: a minority of at least the smallest share and a viable group's fighters. */
    static boolean mayLeave(World w, Faction f, Bloc b) {
        return b.share < MINORITY && b.share >= w.p.splitMinShare() && b.share * f.fighters >= w.p.minViableFighters();
    }

    /**
     * A bloc's weighing: its terms for staying, for its best outside option (with grievance),
     * their utilities (the sums the choice compares), that option, and the probability of leaving
     * (binary logit of their difference).
     */
    record Weighed(double[] stay, double[] leave, double stayUtility, double leaveUtility, Prospect best, double p) {
    }

    static Weighed weigh(World w, Faction f, Bloc b) {
        double[] stay = withGrievance(stayTerms(w, f, b), 0);
        double grievance = w.p.grievanceValue() * b.grievance;
        // the best outside option is the one of highest utility (the first on a tie) among those
        // the coalition would accept; standing alone needs no one's acceptance, so acceptance
        // is asked, best first, only of the options worth more than standing alone: the same
        // choice as asking every coalition first, without valuing the members' positions for
        // alliances the bloc would not prefer anyway
        List<Prospect> options = outsideOptions(w, f, b);
        double[][] terms = new double[options.size()][];
        double[] utility = new double[options.size()];
        Integer[] order = new Integer[options.size()];
        for (int k = 0; k < terms.length; k++) {
            terms[k] = withGrievance(Utility.terms(options.get(k)), grievance);
            utility[k] = Utility.sum(terms[k]);
            order[k] = k;
        }
        java.util.Arrays.sort(order, (x, y) -> {
            int c = Double.compare(utility[y], utility[x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        Prospect alone = options.get(0);
        int chosen = 0;
        for (int k : order) {
            Prospect p = options.get(k);
            if (k == 0 || Acceptance.accepts(w, p.coalition, alone.actor, p.quota)) {
                chosen = k;
                break;
            }
        }
        double stayUtility = Utility.sum(stay);
        double diff = utility[chosen] - stayUtility;
        return new Weighed(stay, terms[chosen], stayUtility, utility[chosen], options.get(chosen),
                1.0 / (1.0 + Math.exp(-w.p.rationality() * diff)));
    }

    /**
     * What staying is worth to a bloc, by term: its place in its faction wherever the faction
     * would be next month. The faction reviews its alignment at {@code params.review_rate} and
     * then takes each option with its logit probability (as {@link Alignment} draws it), so
     * staying is the mean of the bloc's terms under each option, weighted by those chances (the
     * faction's present alignment carrying the months it does not review). A bloc does not leave
     * to get what its faction is about to get for it.
     */
    static double[] stayTerms(World w, Faction f, Bloc b) {
        Alignment.Choice c = Alignment.weigh(w, f);
        List<Option> opts = c.options();
        double[] p = c.probabilities();
        double review = w.p.reviewRate();
        double[] out = new double[Utility.NAMES.length];
        for (int k = 0; k < p.length; k++) {
            // STAY is the first option: it carries the months the faction does not review
            double weight = review * p[k] + (k == 0 ? 1 - review : 0);
            if (weight <= 0) {
                continue;
            }
            double[] t = Utility.terms(Prospect.blocStays(w, f, b, c.prospects().get(k)));
            for (int i = 0; i < out.length; i++) {
                out[i] += weight * t[i];
            }
        }
        return out;
    }

    /**
     * Standing alone, then allying with each coalition the splinter could join, in the
     * coalitions' order; an alliance is open only if the coalition's members would accept it
     * ({@link Acceptance}, as for any newcomer: the group it leaves, a member with a splinter's
     * hostile tie, weighs it too), which {@link #weigh} asks.
     */
    static List<Prospect> outsideOptions(World w, Faction f, Bloc b) {
        List<Prospect> out = new ArrayList<>();
        Prospect alone = Prospect.blocLeaves(w, f, b, null);
        out.add(alone);
        for (Coalition c : w.coalitions) {
            if (c.alive && Alignment.compatible(alone.actor, c)) {
                out.add(Prospect.blocLeaves(w, f, b, c));
            }
        }
        return out;
    }

    private static double[] withGrievance(double[] terms, double grievance) {
        double[] t = java.util.Arrays.copyOf(terms, terms.length + 1);
        t[terms.length] = grievance;
        return t;
    }

    private static String topRoute(World w, Faction f) {
        int best = -1;
        for (int e : f.reachable) {
            if (best < 0 || f.routeRent[e] > f.routeRent[best]) {
                best = e;
            }
        }
        return best >= 0 && f.routeRent[best] > 0 ? ";route=" + w.routes[best].id : "";
    }

    /**
     * The positions of a bloc as a group of its own (a splinter, or a bloc weighing its place):
     * its kind is its leaning, and its ideology follows its kind from its faction's:
     * jihadist, islamism at least {@code splinter_jihadist_islamism}; separatist, islamism at most
     * {@code splinter_secular_islamism} and autonomy at least {@code splinter_separatist_autonomy};
     * pro-government, autonomy at most {@code splinter_progovernment_autonomy}; militia, islamism
     * at most {@code splinter_secular_islamism}. Its jihadist allegiance, never drawn by chance:
     * the bloc's own when the scenario gives one (a wing that pledges elsewhere, as ISGS left
     * al-Mourabitoun in 2015, factions-2015-06.csv), else its faction's; a jihadist wing of a
     * group that is not jihadist takes the allegiance of the strongest jihadist group in its
     * main region, whose recruits its fighters would become (seed 004: jihadist groups integrate
     * locally), and al-Qaeda's where there is none (seed 001: the al-Qaeda coalition is the main
     * jihadist force in Mali, the Islamic State "a small faction").
     */
    static void positions(World w, Faction s, Faction parent, Bloc b) {
        Kind kind = s.kind;
        s.autonomy = parent.autonomy;
        s.islamism = parent.islamism;
        s.allegiance = "none";
        switch (kind) {
            case JIHADIST -> {
                s.islamism = Math.max(w.p.splinterJihadistIslamism(), parent.islamism);
                if (!b.allegiance.isEmpty()) {
                    s.allegiance = b.allegiance;
                } else if (parent.isJihadist() && !parent.allegiance.equals("none")) {
                    s.allegiance = parent.allegiance;
                } else {
                    Faction local = w.strongestJihadistIn(w.regions[parent.mainRegion()], s);
                    s.allegiance = local != null && !local.allegiance.equals("none") ? local.allegiance : "aq";
                }
            }
            case SEPARATIST -> {
                s.islamism = Math.min(parent.islamism, w.p.splinterSecularIslamism());
                s.autonomy = Math.max(parent.autonomy, w.p.splinterSeparatistAutonomy());
            }
            case PROGOVERNMENT -> s.autonomy = Math.min(parent.autonomy, w.p.splinterProgovernmentAutonomy());
            default -> s.islamism = Math.min(parent.islamism, w.p.splinterSecularIslamism());
        }
    }

    /** Carries out a split: the bloc leaves with its fighters, money and detachments, standing alone. */
    static Faction split(World w, Faction f, Bloc b, Decision decision) {
        w.version++;
        Kind kind = b.leaning != null ? b.leaning : f.kind;
        String id = w.freshId(f.id + "-" + b.community.replace(' ', '_'));
        Faction s = w.addFaction(id, b.community + " splinter of " + f.id, kind);
        double share = b.share;
        s.fighters = f.fighters * share;
        s.treasury = f.treasury * share;
        f.treasury -= s.treasury;
        for (int e = 0; e < f.detached.length; e++) {
            s.detached[e] = f.detached[e] * share;
            f.detached[e] -= s.detached[e];
        }
        f.fighters -= s.fighters;
        System.arraycopy(f.regionWeight, 0, s.regionWeight, 0, f.regionWeight.length);
        s.reachable = f.reachable.clone();
        Bloc own = new Bloc(b.community, 1.0, 1.0, kind, b.grievance * w.p.splinterGrievanceKept(), b.allegiance);
        own.hardship = b.hardship;
        own.leadership = b.leadership;
        s.blocs.add(own);
        s.leaders = b.leadership;
        s.cohesion = w.p.splinterCohesion();
        positions(w, s, f, b);
        s.parent = f.id;
        s.born = w.month;
        s.signatory = false;
        f.blocs.remove(b);
        f.normalizeBlocs();
        f.cohesion = Math.min(1, f.cohesion + w.p.parentCohesionGain());
        w.ties.set(f, s, w.p.splinterParentTie());
        Moves.log(w, EventType.SPLIT, f, s.id, s.kind, Moves.regionOf(w, f),
                decision.withDetail(";allegiance=" + s.allegiance + ";parent_allegiance=" + f.allegiance));
        return s;
    }
}
