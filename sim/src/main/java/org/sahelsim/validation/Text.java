package org.sahelsim.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sahelsim.scenario.Kind;

/** Small text helpers for measures and messages. */
final class Text {
    private Text() {
    }

    /** The value of {@code key} in an event's {@code key=value;...} detail, or null. */
    static String detail(String detail, String key) {
        return org.sahelsim.record.Details.value(detail, key);
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

    /** " Did you mean 'x'?" for a close candidate, or "" (the scenario loader's rule). */
    static String didYouMean(String name, Collection<String> candidates) {
        return org.sahelsim.scenario.Names.didYouMean(name, candidates);
    }
}
