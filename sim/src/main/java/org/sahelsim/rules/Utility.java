package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.record.Fmt;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * The utility of an option as a sum of named terms (brief, phase 6):
 * U = bT*Rent + bD*Dividend - bP*Pressure + bS*Security + bA*Affinity - c*[change].
 * Terms are kept apart so every decision can be explained by them afterwards; every decision
 * (alignment, acceptance, integration, splits, mergers) values its options, as
 * {@link Prospect}s, with these same terms.
 */
public final class Utility {
    private Utility() {
    }

    /** Term names in the order of {@link #TERMS}, as written in event details. */
    public static final String[] NAMES = {"rent", "dividend", "pressure", "security", "affinity", "switch_cost"};

    /** The terms, one class each. */
    public static final List<UtilityTerm> TERMS = List.of(new RentTerm(), new DividendTerm(), new PressureTerm(),
            new SecurityTerm(), new AffinityTerm(), new SwitchCostTerm());

    /** Each term's contribution for a prospect, in {@link #NAMES} order. */
    public static double[] terms(Prospect p) {
        World w = p.world();
        double[] t = new double[NAMES.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = TERMS.get(i).contribution(w, p);
        }
        return t;
    }

    /** Each term's contribution for a faction's alignment option, in {@link #NAMES} order. */
    public static double[] terms(World w, Faction f, Option o) {
        return terms(Prospect.of(w, f, o));
    }

    public static double sum(double[] terms) {
        double s = 0;
        for (double x : terms) {
            s += x;
        }
        return s;
    }

    /**
     * Logit choice probabilities: Pr(k) proportional to exp(lambda * U_k), computed stably.
     */
    public static double[] logit(double[] utilities, double lambda) {
        double max = Double.NEGATIVE_INFINITY;
        for (double u : utilities) {
            max = Math.max(max, u);
        }
        double[] p = new double[utilities.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(lambda * (utilities[i] - max));
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** Draws an index from probabilities with one uniform number. */
    public static int draw(double[] p, double u) {
        double c = 0;
        for (int i = 0; i < p.length; i++) {
            c += p[i];
            if (u < c) {
                return i;
            }
        }
        return p.length - 1;
    }

    /**
     * The event detail of a decision: each term's contribution to the chosen option (names as
     * in {@code interface.md}, plus any extra named terms), the utility (their sum), the chosen
     * option's probability, {@code top} (the largest term by absolute size), {@code driver}
     * (the term whose difference from staying is largest: the one that contributed most to the
     * chosen option's advantage over staying) and each term's difference from staying,
     * {@code d_<term>}. Terms and differences are rounded to four decimals; the utility is the
     * sum of the rounded terms.
     */
    public static String detail(String[] names, double[] terms, double[] stay, double p, String extra) {
        if (terms.length != names.length || stay.length != names.length) {
            throw new IllegalArgumentException("expected " + names.length + " terms, got " + terms.length + " and "
                    + stay.length);
        }
        StringBuilder b = new StringBuilder(160);
        double u = 0;
        int top = 0;
        for (int i = 0; i < terms.length; i++) {
            double t = round4(terms[i]);
            u += t;
            b.append(names[i]).append('=');
            Fmt.append(b, t, 4);
            b.append(';');
            if (Math.abs(terms[i]) > Math.abs(terms[top])) {
                top = i;
            }
        }
        int driver = driver(terms, stay);
        b.append("utility=");
        Fmt.append(b, u, 4);
        b.append(";p=");
        Fmt.append(b, p, 4);
        b.append(";top=").append(names[top]);
        b.append(";driver=").append(names[driver]);
        for (int i = 0; i < terms.length; i++) {
            b.append(";d_").append(names[i]).append('=');
            Fmt.append(b, round4(terms[i] - stay[i]), 4);
        }
        if (extra != null && !extra.isEmpty()) {
            b.append(';').append(extra);
        }
        return b.toString();
    }

    /** The index of a decision's driver: the term whose difference from staying is largest (the first on a tie). */
    public static int driver(double[] terms, double[] stay) {
        int d = 0;
        for (int i = 1; i < terms.length; i++) {
            if (terms[i] - stay[i] > terms[d] - stay[d]) {
                d = i;
            }
        }
        return d;
    }

    static double round4(double x) {
        return Math.round(x * 10000.0) / 10000.0;
    }
}
