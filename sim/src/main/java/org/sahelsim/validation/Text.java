package org.sahelsim.validation;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.sahelsim.domain.Kind;

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
        return kinds.stream().map(Kind::label).collect(Collectors.joining("/"));
    }

    /** At most {@code max} items joined by "; ", with a count of the rest. */
    static String some(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join("; ", items);
        }
        return String.join("; ", items.subList(0, max)) + "; and " + (items.size() - max) + " more";
    }

    /**
     * The outcome of a count of events between {@code min} and {@code max} (unbounded at
     * {@link Integer#MAX_VALUE}): "2 splits (need at least 1): a; b".
     */
    static Outcome counted(List<String> found, int min, int max, String noun) {
        String range = max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
        String text = found.size() + " " + noun + (found.size() == 1 ? "" : "s") + " (need " + range + ")"
                + (found.isEmpty() ? "" : ": " + some(found, 3));
        return found.size() >= min && found.size() <= max ? Outcome.yes(text) : Outcome.no(text);
    }

    /** " Did you mean 'x'?" for a close candidate, or "" (the scenario loader's rule). */
    static String didYouMean(String name, Collection<String> candidates) {
        return org.sahelsim.format.Names.didYouMean(name, candidates);
    }
}
