package org.sahelsim.run;

/**
 * What identifies one run in the output files: its variant, its replication number (from 0)
 * and its seed. {@link #runId()} is {@code <variant>/r<rep>} as in {@code interface.md}.
 */
public record RunKey(String variant, int rep, long seed) {
    public RunKey {
        // the variant and the replication are checked as a run id's
        new RunId(variant, rep);
        if (seed < 0 || seed >= Seeds.BOUND) {
            throw new IllegalArgumentException("seed must be in [0, 2^53), was " + seed);
        }
    }

    /** {@code <variant>/r<rep>}, e.g. {@code baseline/r3}. */
    public String runId() {
        return variant + "/r" + rep;
    }
}
