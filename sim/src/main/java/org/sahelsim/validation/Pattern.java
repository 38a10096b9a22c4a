package org.sahelsim.validation;

/**
 * One pattern of the patterns file: its id, plain description, source (timeline rows by
 * date), the measure with its parameters ({@code measureText} as written, e.g.
 * {@code pact_forms_and_breaks{kinds: [separatist, jihadist], max_months: 12}}) and the share
 * of replications that must reproduce it for it to pass; {@code period} (may be empty) the span of
 * the history it belongs to, over which {@link Joint} counts the runs that reproduce every
 * pattern together.
 */
public record Pattern(String id, String description, String source, String measureText, Measure measure,
                      double threshold, String period) {
    public Pattern {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        period = period == null ? "" : period;
    }

    /** A pattern of no named period. */
    public Pattern(String id, String description, String source, String measureText, Measure measure, double threshold) {
        this(id, description, source, measureText, measure, threshold, "");
    }

    /** Whether {@code reproduced} of {@code n} replications meet the threshold. */
    public boolean passes(int reproduced, int n) {
        // compare counts, not rounded shares: 33 of 100 meet 0.33
        return n > 0 && reproduced >= threshold * n - 1e-9;
    }
}
