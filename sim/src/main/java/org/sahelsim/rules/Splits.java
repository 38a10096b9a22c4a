package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.record.EventType;
import org.sahelsim.scenario.Kind;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * Splits along community lines (brief, phase 7; seed 001: the CMA fractured and new
 * community groups appeared outside the accord; Findley and Rudloff 2012). Each month some
 * blocs of each faction weigh leaving. Staying is worth the bloc's cut of the faction's rent
 * and dividends (by political weight, so a bloc shut out gets little), the faction's
 * security and kinship with the other blocs. Leaving is worth the rent it could take alone
 * on the routes its fighters hold (the parent now a rival), dividends only if integration
 * is on offer, lower jihadist pressure outside the accord, its own security, the best
 * alliance it could find, and its accumulated grievance, less a cost of breaking away
 * that scales with the faction's cohesion. The choice is a binary logit. A splinter's kind
 * follows its bloc's leaning and it starts outside the accord, standing alone.
 */
public final class Splits implements Mechanism {
    /** Term names of a split decision: the six of the alignment decision plus grievance. */
    public static final String[] NAMES = {"rent", "dividend", "pressure", "security", "affinity", "switch_cost", "grievance"};

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
                if (u1 >= w.p.splitReviewRate() || b.share < w.p.splitMinShare()
                        || b.share * f.fighters < w.p.minViableFighters()) {
                    continue;
                }
                double[] stay = stayTerms(w, f, b);
                double[] leave = leaveTerms(w, f, b);
                double diff = Utility.sum(leave) - Utility.sum(stay);
                double p = 1.0 / (1.0 + Math.exp(-w.p.rationality() * diff));
                if (u2 < p) {
                    String extra = "bloc=" + b.community + ";share=" + org.sahelsim.record.Fmt.num(b.share, 4)
                            + ";stay_utility=" + org.sahelsim.record.Fmt.num(Utility.sum(stay), 4)
                            + ";months_without_dividend=" + b.monthsWithoutDividend
                            + ";received=" + org.sahelsim.record.Fmt.num(b.received, 2)
                            + ";cohesion=" + org.sahelsim.record.Fmt.num(f.cohesion, 3)
                            + topRoute(w, f);
                    String detail = Utility.detail(NAMES, leave, stay, p, extra);
                    split(w, f, b, random, detail);
                    break; // at most one split per faction a month
                }
            }
        }
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

    /** What staying is worth to the bloc, per fighter, by term. */
    static double[] stayTerms(World w, Faction f, Bloc b) {
        double denom = 0;
        for (Bloc x : f.blocs) {
            denom += x.share * x.weight;
        }
        double cut = denom > 0 ? b.weight / denom : 0; // bloc's income per fighter relative to the faction's per fighter
        double fighters = Math.max(1, f.fighters);
        double rent = w.p.betaRent() * f.rentIncome / fighters * cut;
        double div = w.p.betaDividend() * f.dividendIncome / fighters * cut;
        double pressure = -w.p.betaPressure() * PressureTerm.pressure(w, f, Option.STAY.side(f), f.coalition);
        double security = new SecurityTerm().contribution(w, f, Option.STAY);
        double kin = 0;
        double others = 0;
        for (Bloc x : f.blocs) {
            if (x != b) {
                double a = w.blocAffinity(b, x);
                kin += x.share * a;
                others += x.share;
            }
        }
        double affinity = others > 0 ? w.p.betaAffinity() * w.p.affinityValue() * kin / others : 0;
        return new double[] {rent, div, pressure, security, affinity, 0, 0};
    }

    /** What breaking away is worth to the bloc, per fighter, by term. */
    static double[] leaveTerms(World w, Faction f, Bloc b) {
        double alpha = w.p.tullockAlpha();
        double blocFighters = Math.max(1, b.share * f.fighters);
        List<Faction> side = Option.STAY.side(f);
        double rent = 0;
        for (int e : f.reachable) {
            double d = f.detached[e] * b.share;
            if (d <= 0) {
                continue;
            }
            Route r = w.routes[e];
            double parentSide = Contest.strength(w, r, side) - d;
            double mine = Math.pow(d, alpha);
            double den = mine + Math.pow(Math.max(0, parentSide), alpha) + Contest.othersPower(w, r, side);
            rent += r.netRent * mine / den;
        }
        rent *= f.rentFactor;
        double div = 0;
        Kind leaning = b.leaning != null ? b.leaning : f.kind;
        if (leaning != Kind.JIHADIST && w.inputs.integrationOn && (w.inputs.integrationGroups.contains("non_signatories")
                || w.inputs.integrationGroups.contains("emerged") || w.inputs.integrationGroups.contains(f.id))) {
            double pool = Dividends.pool(w) + w.inputs.integrationQuota * blocFighters;
            double mine = Math.pow(blocFighters, w.capture);
            div = pool * mine / (DividendTerm.captureWeightWithout(w, null) + mine) / blocFighters;
        }
        Kind kind = b.leaning != null ? b.leaning : f.kind;
        double pressure;
        if (kind == Kind.JIHADIST) {
            pressure = PressureTerm.strikesOnJihadists(w, blocFighters);
        } else {
            double coop = kind == Kind.PROGOVERNMENT ? 1 : w.p.outsiderCooperation();
            pressure = PressureTerm.threats(w, f, coop);
        }
        double rival = Math.max(1, f.fighters - blocFighters);
        for (Faction m : w.factions) {
            if (m != f) {
                rival = Math.max(rival, m.fighters * w.overlapOf(f, m));
            }
        }
        double security = SecurityTerm.value(w, blocFighters, rival);
        // best alliance it could make elsewhere: the closest other group, at half value
        double best = 0;
        for (Faction m : w.factions) {
            if (m == f) {
                continue;
            }
            double a = 0;
            for (Bloc x : m.blocs) {
                double v = w.blocAffinity(b, x);
                a += x.share * v;
            }
            best = Math.max(best, a);
        }
        double affinity = w.p.betaAffinity() * w.p.affinityValue() * w.p.splitOutsideAffinity() * best;
        double cost = -w.p.splitCost() * f.cohesion;
        double grievance = w.p.grievanceValue() * b.grievance;
        return new double[] {w.p.betaRent() * rent / blocFighters, w.p.betaDividend() * div, -w.p.betaPressure() * pressure,
                security, affinity, cost, grievance};
    }

    /** Carries out a split: the bloc leaves with its fighters, money and detachments. */
    static Faction split(World w, Faction f, Bloc b, MersenneTwisterFast random, String detail) {
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
        s.blocs.add(new Bloc(b.community, 1.0, 1.0, kind, b.grievance * w.p.splinterGrievanceKept()));
        s.cohesion = w.p.splinterCohesion();
        s.autonomy = f.autonomy;
        s.islamism = f.islamism;
        s.allegiance = "none";
        switch (kind) {
            case JIHADIST -> {
                s.islamism = Math.max(w.p.splinterJihadistIslamism(), f.islamism);
                s.allegiance = f.isJihadist() ? f.allegiance : "aq";
                if (f.isJihadist() && random.nextBoolean()) {
                    // a jihadist splinter may pledge to the rival allegiance (ISGS from al-Mourabitoun, 2015)
                    s.allegiance = f.allegiance.equals("aq") ? "is" : "aq";
                }
            }
            case SEPARATIST -> {
                s.islamism = Math.min(f.islamism, w.p.splinterSecularIslamism());
                s.autonomy = Math.max(f.autonomy, w.p.splinterSeparatistAutonomy());
            }
            case PROGOVERNMENT -> s.autonomy = Math.min(f.autonomy, w.p.splinterProgovernmentAutonomy());
            default -> s.islamism = Math.min(f.islamism, w.p.splinterSecularIslamism());
        }
        s.parent = f.id;
        s.born = w.month;
        s.signatory = false;
        f.blocs.remove(b);
        f.normalizeBlocs();
        f.cohesion = Math.min(1, f.cohesion + w.p.parentCohesionGain());
        w.ties.set(f, s, w.p.splinterParentTie());
        Moves.log(w, EventType.SPLIT, f, s.id, s.kind, Moves.regionOf(w, f),
                detail + ";allegiance=" + s.allegiance + ";parent_allegiance=" + f.allegiance);
        return s;
    }
}
