package org.sahelsim.scenario;

import java.util.Collection;
import java.util.Locale;

/**
 * Names in files versus names in code: YAML keys are snake_case ({@code mobile_share}),
 * record components camelCase ({@code mobileShare}); and "did you mean" suggestions.
 */
public final class Names {
    private Names() {
    }

    /** {@code mobileShare} to {@code mobile_share}. */
    static String snake(String camel) {
        StringBuilder b = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Levenshtein edit distance (insertions, deletions, substitutions), case-insensitive. */
    static int distance(String a, String b) {
        a = a.toLowerCase(Locale.ROOT);
        b = b.toLowerCase(Locale.ROOT);
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The closest candidate to a misspelt name, or null when none is close: within a third of
     * the name's length (at least 2 edits), or equal ignoring case, '-' and '_'. Ties go to the
     * first candidate in the given order.
     */
    static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        String squeezed = squeeze(name);
        for (String c : candidates) {
            if (squeeze(c).equals(squeezed)) {
                return c;
            }
            int d = distance(name, c);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        int allowed = Math.max(2, name.length() / 3);
        return bestD <= allowed ? best : null;
    }

    private static String squeeze(String s) {
        return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** " Did you mean 'x'?" or the empty string. */
    public static String didYouMean(String name, Collection<String> candidates) {
        String c = closest(name, candidates);
        return c == null ? "" : " Did you mean '" + c + "'?";
    }

    /** A short list for messages: "a, b, c" or the first 12 and a count of the rest. */
    static String list(Collection<String> items) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (String s : items) {
            if (i == 12) {
                b.append(", ... (").append(items.size() - 12).append(" more)");
                break;
            }
            if (i > 0) {
                b.append(", ");
            }
            b.append(s);
            i++;
        }
        return b.length() == 0 ? "(none)" : b.toString();
    }
}
