package org.sahelsim.run;

/**
 * What identifies one run in the output files: its variant, its replication number (from 0)
 * and its seed. {@link #runId()} is {@code <variant>/r<rep>} as in {@code interface.md}.
 */
public record RunKey(String variant, int rep, long seed) {
    public RunKey {
        if (variant == null || variant.isEmpty() || variant.contains("/")) {
            throw new IllegalArgumentException("variant must be a non-empty name without '/', was '" + variant + "'");
        }
        if (rep < 0) {
            throw new IllegalArgumentException("rep must be >= 0, was " + rep);
        }
        if (seed < 0 || seed >= Seeds.BOUND) {
            throw new IllegalArgumentException("seed must be in [0, 2^53), was " + seed);
        }
    }

    /** {@code <variant>/r<rep>}, e.g. {@code baseline/r3}. */
    public String runId() {
        return variant + "/r" + rep;
    }
}
