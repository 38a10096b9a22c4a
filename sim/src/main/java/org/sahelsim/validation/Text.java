package org.sahelsim.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.sahelsim.scenario.Kind;

/** Small text helpers for measures and messages. */
final class Text {
    private Text() {
    }

    /** The value of {@code key} in an event's {@code key=value;...} detail, or null. */
    static String detail(String detail, String key) {
        if (detail == null) {
            return null;
        }
        for (String part : detail.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).equals(key)) {
                return part.substring(eq + 1);
            }
        }
        return null;
    }

    /** Kinds as their labels joined by "/": {@code progovernment/community_militia}. */
    static String kinds(Collection<Kind> kinds) {
        List<String> out = new ArrayList<>();
        for (Kind k : kinds) {
            out.add(k.label());
        }
        return String.join("/", out);
    }

    /** At most {@code max} items joined by "; ", with a count of the rest. */
    static String some(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join("; ", items);
        }
        return String.join("; ", items.subList(0, max)) + "; and " + (items.size() - max) + " more";
    }

    /** Levenshtein edit distance, case-insensitive. */
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

    /** " Did you mean 'x'?" for the closest candidate within a third of the name's length (at least 2), or "". */
    static String didYouMean(String name, Collection<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(name, c);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best != null && bestD <= Math.max(2, name.length() / 3) ? " Did you mean '" + best + "'?" : "";
    }
}
