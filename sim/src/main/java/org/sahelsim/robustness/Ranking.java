package org.sahelsim.robustness;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.sahelsim.scenario.Robustness;

/**
 * The ranking of variants by their effect on the ranking metric. Rules, in plain words: rank 1
 * is the best effect (the lowest mean difference against the baseline when lower is better,
 * the highest otherwise); equal effects keep the experiment's file order, so a ranking is
 * always a strict order and the same effects always give the same ranking; a missing effect
 * (NaN) ranks last. Ranking by the mean difference against the baseline is ranking by the
 * variants' means, the baseline's mean being common to all.
 */
public final class Ranking {
    /** What separates the variants in a ranking's text: "better than". */
    public static final String SEPARATOR = " > ";

    private Ranking() {
    }

    /** The rank (1 = best) of each effect, in the variants' order. */
    public static int[] ranks(double[] effects, Robustness.Better better) {
        Comparator<Integer> byEffect = (a, b) -> {
            double x = effects[a];
            double y = effects[b];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
            }
            return better == Robustness.Better.LOWER ? Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y)
                    : Double.compare(y == 0 ? 0.0 : y, x == 0 ? 0.0 : x);
        };
        // sorting an ordered stream is stable: equal effects keep the file order
        List<Integer> order = IntStream.range(0, effects.length).boxed().sorted(byEffect).toList();
        int[] ranks = new int[effects.length];
        for (int r = 0; r < order.size(); r++) {
            ranks[order.get(r)] = r + 1;
        }
        return ranks;
    }

    /** The names best first, joined by {@value #SEPARATOR}: {@code combined > mobile_minusma}. */
    public static String text(List<String> names, int[] ranks) {
        String[] byRank = new String[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            byRank[ranks[i] - 1] = names.get(i);
        }
        return String.join(SEPARATOR, byRank);
    }
}
