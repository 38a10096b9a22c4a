package org.sahelsim.analysis;

import ec.util.MersenneTwisterFast;

/**
 * Randomness for designs and estimators, always from a given seed: MASON generators seeded
 * with all 64 bits of a mix of (seed, stream) ({@code MersenneTwisterFast.setSeed(long)}
 * would keep only the low 32), and a counter-based uniform for values that must be
 * computable from an index alone.
 */
final class DesignRandom {

    /** Separate streams, so that e.g. the bootstrap never shares draws with point generation. */
    static final long LHS_PERMUTATION = 1;
    static final long LHS_OFFSET = 2;
    static final long SOBOL_SHIFT = 3;
    static final long MORRIS_TRAJECTORY = 4;
    static final long SALTELLI_BOOTSTRAP = 5;
    static final long MORRIS_BOOTSTRAP = 6;

    private DesignRandom() {
    }

    /** A generator for stream {@code stream} (and sub-stream {@code index}) of {@code seed}. */
    static MersenneTwisterFast generator(long seed, long stream, long index) {
        long a = mix64(mix64(seed + 0x9E3779B97F4A7C15L * (stream + 1)) + 0xC2B2AE3D27D4EB4FL * (index + 1));
        long b = mix64(a ^ 0xD1B54A32D192ED03L);
        MersenneTwisterFast g = new MersenneTwisterFast();
        g.setSeed(new int[] {(int) a, (int) (a >>> 32), (int) b, (int) (b >>> 32)});
        return g;
    }

    /** A random permutation of 0 to n-1: a Fisher-Yates shuffle of the identity, from the last entry down. */
    static int[] permutation(MersenneTwisterFast g, int n) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int r = g.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[r];
            perm[r] = t;
        }
        return perm;
    }

    /** A uniform double in [0, 1) determined by (seed, stream, a, b) alone. */
    static double uniform(long seed, long stream, long a, long b) {
        long h = mix64(seed + 0x9E3779B97F4A7C15L * (stream + 1));
        h = mix64(h ^ (a * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL));
        h = mix64(h ^ (b * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L));
        return (h >>> 11) * 0x1.0p-53;
    }

    /** SplittableRandom's (Stafford variant 13) 64-bit finaliser. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
