package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Peace dividends (brief, phase 4; seeds 001, 003, 004). While the accord is in force,
 * implementation advances by its pace (times the accord lever). The month's fund (times
 * funding) times implementation is paid to the signatory coalitions, each its equal part (the
 * accord's parties sit in its bodies as equals: the follow-up committee seats the government,
 * the CMA and the Platform; the equal split is an assumption), and each coalition's part, plus
 * the integration quotas of its integrated members (integration adds places rather than
 * re-cutting a fixed pie), is split inside it among its signatory members in proportion to
 * fighters^capture (brief: "split inside them by political weight"; {@code accord.capture}):
 * the strongest capture more. A group outside the accord gets nothing (seed 001).
 */
public final class Dividends implements Mechanism {
    private final boolean advance;

    /** @param advance whether implementation advances this month (false at set-up) */
    public Dividends(boolean advance) {
        this.advance = advance;
    }

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        if (advance && w.accordInForce) {
            w.implementation = Math.min(1, w.implementation + w.pace * w.inputs.paceMultiplier);
        }
        for (Faction f : w.factions) {
            f.dividendIncome = 0;
        }
        double base = base(w);
        for (Coalition c : w.coalitions) {
            if (!c.alive || !c.signatory || !w.accordInForce) {
                continue;
            }
            List<Faction> paid = new ArrayList<>();
            double pot = base;
            double weights = 0;
            for (Faction m : c.members) {
                if (receives(m)) {
                    paid.add(m);
                    pot += quotaOf(w, m);
                    weights += Math.pow(m.fighters, w.capture);
                }
            }
            if (pot <= 0 || weights <= 0) {
                continue;
            }
            for (Faction m : paid) {
                m.dividendIncome = pot * Math.pow(m.fighters, w.capture) / weights;
            }
        }
        // a recognised party outside the signatory coalitions: its part of the fund, plus its
        // integration places
        for (Faction f : w.factions) {
            if (Recognition.seated(f)) {
                f.dividendIncome = w.recognitionShare * base + quotaOf(w, f);
            }
        }
    }

    /**
     * Whether a faction is paid dividends: a signatory, not jihadist, in a signatory coalition,
     * or a recognised party outside them ({@link Recognition#seated}).
     */
    public static boolean receives(Faction f) {
        return f.signatory && !f.isJihadist() && (f.coalition != null && f.coalition.signatory || Recognition.seated(f));
    }

    /** The integration places a paid member brings to its coalition's dividends a month (0 when it was not integrated). */
    static double quotaOf(World w, Faction m) {
        return m.integrated && w.inputs.integrationOn ? w.inputs.integrationQuota * m.fighters : 0;
    }

    /**
     * The parts the fund is divided into: one for each signatory coalition alive with at least one
     * paid member, {@code accord.recognition_share} of one for each recognised party standing alone.
     */
    static double parts(World w) {
        double n = 0;
        for (Faction f : w.factions) {
            if (f.alive && Recognition.seated(f)) {
                n += w.recognitionShare;
            }
        }
        for (Coalition c : w.coalitions) {
            if (c.alive && c.signatory) {
                for (Faction m : c.members) {
                    if (receives(m)) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    /** Each signatory coalition's equal part of the month's fund, USD (0 when the accord is not in force). */
    public static double base(World w) {
        return base(w, w.implementation);
    }

    private static double base(World w, double implementation) {
        return base(w, implementation, 0);
    }

    /** A coalition's part with {@code extra} more parts than the world has (a party that would be recognised). */
    private static double base(World w, double implementation, double extra) {
        if (!w.accordInForce) {
            return 0;
        }
        return w.fund * w.inputs.fundingMultiplier * implementation / Math.max(1, parts(w) + extra);
    }

    /**
     * The share of the months of the accord's horizon a group standing alone would spend
     * recognised, recognition coming with a monthly chance q from the next month: the mean over
     * months 1..H of 1 - (1 - q)^t.
     */
    static double recognisedShareOfHorizon(double q, double horizon) {
        if (q <= 0 || horizon <= 0) {
            return 0;
        }
        if (q >= 1) {
            return 1;
        }
        return 1 - (1 - q) * (1 - Math.pow(1 - q, horizon)) / (q * horizon);
    }

    /**
     * The implementation a group counts on when it weighs the accord: what the present pace
     * (times the accord lever) reaches {@code params.accord_horizon} months ahead, at most all of
     * it. Groups weigh what the accord promises within its interim period, and their
     * expectations follow its pace: a stalled accord is worth little to them (seed 004).
     */
    static double expectedImplementation(World w) {
        return Math.min(1, w.implementation + w.pace * w.inputs.paceMultiplier * w.p.accordHorizon());
    }

    /** The month's dividends in all, USD: every signatory coalition's part and its integration places. */
    public static double pool(World w) {
        if (!w.accordInForce) {
            return 0;
        }
        double s = w.fund * w.inputs.fundingMultiplier * w.implementation;
        for (Faction f : w.factions) {
            if (receives(f)) {
                s += quotaOf(w, f);
            }
        }
        return s;
    }

    /**
     * Dividends per fighter a month the chooser's group would count on under a prospect: nothing
     * outside a signatory coalition or for a jihadist; otherwise the coalition's part of the fund
     * at the implementation it expects ({@link #expectedImplementation}) plus the integration places of its paid members (and the quota of one entering on the
     * lever's terms), split among the members the prospect would have paid (its paid members,
     * and any non-jihadist entering it, which becomes a signatory by the rule of
     * {@link Moves#enter}) by fighters^capture, over the payee's fighters.
     */
    static double perFighter(World w, Prospect p) {
        Coalition c = p.coalition;
        if (c == null || !c.signatory) {
            return asParty(w, p);
        }
        if (!c.signatory || p.actor.isJihadist() || !w.accordInForce) {
            return 0;
        }
        double pot = base(w, expectedImplementation(w));
        double weights = 0;
        double mine = 0;
        List<Faction> seen = new ArrayList<>(p.side.size());
        for (Faction m : p.side) {
            Faction u = p.payeeOf(m);
            if (seen.contains(u) || u.isJihadist()) {
                continue;
            }
            seen.add(u);
            boolean member = !u.isShadow() && u.coalition == c;
            if (member && !receives(u)) {
                continue; // a member that is not a signatory stays unpaid
            }
            double wt = Math.pow(u.fighters, w.capture);
            weights += wt;
            if (u == p.payee) {
                mine = wt;
            }
            pot += member ? quotaOf(w, u) : p.quota * u.fighters;
        }
        if (pot <= 0 || weights <= 0) {
            return 0;
        }
        return pot * mine / weights / Math.max(1, p.payee.fighters);
    }

    /**
     * Dividends per fighter a group outside the signatory coalitions counts on: as a recognised
     * party, its part; as a group with leaders of its own that the committee could recognise,
     * that part times the share of the accord's horizon it would spend recognised (seed 001:
     * new groups "struggle to secure access to peace dividends"; the CJA left the HCUA side for
     * a seat of its own, 2016-10); on a side with a jihadist member, or anyone else, nothing.
     */
    private static double asParty(World w, Prospect p) {
        Faction g = p.payee;
        if (!w.accordInForce || g.isJihadist() || p.actor.isJihadist() || w.recognitionShare <= 0) {
            return 0;
        }
        for (Faction m : p.side) {
            if (m.isJihadist()) {
                return 0; // the accord seats no ally of the jihadists
            }
        }
        double impl = expectedImplementation(w);
        double part;
        if (g.recognised && g.signatory && !g.isShadow()) {
            part = w.recognitionShare * base(w, impl);
        } else if (g.leaders) {
            part = w.recognitionShare * base(w, impl, w.recognitionShare)
                    * recognisedShareOfHorizon(w.recognitionRate, w.p.accordHorizon());
        } else {
            return 0;
        }
        return part / Math.max(1, g.fighters);
    }

    /**
     * Dividends per fighter a faction could expect as a member of coalition c (with its quota if
     * integration offers it a place there): its join or stay prospect's.
     */
    public static double expectedPerFighter(World w, Faction f, Coalition c) {
        Option o = f.coalition == c ? Option.STAY
                : new Option(f.coalition == null ? Option.Type.JOIN : Option.Type.SWITCH, c, null);
        return Prospect.of(w, f, o).dividendPerFighter();
    }
}
