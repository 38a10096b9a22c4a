package org.sahelsim.format;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Names in files versus names in code: YAML keys are snake_case ({@code mobile_share}),
 * record components camelCase ({@code mobileShare}); and "did you mean" suggestions.
 */
public final class Names {
    private Names() {
    }

    /** {@code mobileShare} to {@code mobile_share}. */
    static String snake(String camel) {
        return camel.replaceAll("(?<!^)(\\p{Lu})", "_$1").toLowerCase(Locale.ROOT);
    }

    /** Levenshtein edit distance (insertions, deletions, substitutions), case-insensitive. */
    static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
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
        String shown = items.stream().limit(12).collect(Collectors.joining(", "));
        String more = items.size() > 12 ? ", ... (" + (items.size() - 12) + " more)" : "";
        return shown.isEmpty() && more.isEmpty() ? "(none)" : shown + more;
    }
}
