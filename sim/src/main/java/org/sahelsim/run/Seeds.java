package org.sahelsim.run;

/**
 * The seed of each run, derived from the master seed so that any run can be recomputed alone
 * ({@code interface.md}, "Runs, seeds and order"). The mixing function is the finaliser of
 * SplittableRandom (Stafford's variant 13 of MurmurHash3's fmix64, as in Steele, Lea and Flood,
 * "Fast splittable pseudorandom number generators", OOPSLA 2014): a bijection on 64 bits whose
 * outputs for consecutive inputs look independent. The result is masked to 53 bits so that R and
 * pandas, which read numbers as doubles, read every seed exactly.
 */
public final class Seeds {
    /** Seeds are below this bound: 2^53, the largest range a double holds exactly. */
    public static final long BOUND = 1L << 53;

    private static final long MASK_53 = BOUND - 1;
    /** SplittableRandom's golden gamma: odd, with well-spread bits, steps the rep counter. */
    private static final long GAMMA_REP = 0x9e3779b97f4a7c15L;
    /** A second odd gamma (from the same paper's family) that steps design points, kept apart from reps. */
    private static final long GAMMA_POINT = 0xbb67ae8584caa73bL;

    private Seeds() {
    }

    /** SplittableRandom's mix64: a 64-bit bijection with good avalanche. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * Seed of replication {@code rep} under master seed {@code master}, for {@code run} and
     * {@code compare} (the same rep gets the same seed in every variant: common random numbers).
     * Non-negative and below 2^53.
     */
    public static long forRun(long master, int rep) {
        checkRep(rep);
        return mix64(mix64(master) + GAMMA_REP * (rep + 1L)) & MASK_53;
    }

    /**
     * Seed of replication {@code rep} of design point {@code point}, for sweeps without common
     * random numbers (with them, a sweep uses {@link #forRun}). Non-negative and below 2^53.
     */
    public static long forPoint(long master, int point, int rep) {
        checkRep(rep);
        if (point < 0) {
            throw new IllegalArgumentException("design point must be >= 0, was " + point);
        }
        long pointState = mix64(mix64(master) + GAMMA_POINT * (point + 1L));
        return mix64(pointState + GAMMA_REP * (rep + 1L)) & MASK_53;
    }

    private static void checkRep(int rep) {
        if (rep < 0) {
            throw new IllegalArgumentException("rep must be >= 0, was " + rep);
        }
    }
}
