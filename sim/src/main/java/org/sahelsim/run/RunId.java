package org.sahelsim.run;

/** A run id {@code <variant>/r<rep>} taken apart, as given to {@code replay}. */
public record RunId(String variant, int rep) {
    public RunId {
        if (variant == null || variant.isEmpty() || variant.contains("/")) {
            throw new IllegalArgumentException("variant must be a non-empty name without '/', was '" + variant + "'");
        }
        if (rep < 0) {
            throw new IllegalArgumentException("rep must be >= 0, was " + rep);
        }
    }

    /** Parses {@code baseline/r3}; the message of the exception names the expected form. */
    public static RunId parse(String text) {
        int slash = text == null ? -1 : text.lastIndexOf("/r");
        if (slash <= 0 || !text.substring(slash + 2).matches("\\d{1,9}")) {
            throw new IllegalArgumentException("'" + text + "' is not a run id of the form <variant>/r<rep>, such as baseline/r3");
        }
        return new RunId(text.substring(0, slash), Integer.parseInt(text.substring(slash + 2)));
    }

    /**
     * The rep of {@code id} when it is a run id of {@code variant} ({@code <variant>/r} and at
     * most 9 digits), else -1: how the recovery of a killed run or comparison tells the runs of
     * one variant in its tables.
     */
    public static long repOf(String id, String variant) {
        String prefix = variant + "/r";
        String rep = id.startsWith(prefix) ? id.substring(prefix.length()) : "";
        if (rep.isEmpty() || rep.length() > 9 || !rep.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(rep);
    }

    @Override
    public String toString() {
        return variant + "/r" + rep;
    }
}
