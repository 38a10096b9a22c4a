package org.sahelsim.model;

import ec.util.MersenneTwisterFast;

/** Derives one MASON generator per mechanism from a run's seed (see {@link Stream}). */
public final class Streams {
    private final MersenneTwisterFast[] gens;

    public Streams(long seed) {
        Stream[] all = Stream.values();
        gens = new MersenneTwisterFast[all.length];
        for (Stream s : all) {
            gens[s.ordinal()] = generator(seed, s.ordinal());
        }
    }

    public MersenneTwisterFast get(Stream s) {
        return gens[s.ordinal()];
    }

    /** A generator seeded with all bits of mix64(seed, stream): setSeed(long) would keep only 32. */
    static MersenneTwisterFast generator(long seed, int stream) {
        long a = mix64(seed + 0x9E3779B97F4A7C15L * (stream + 1));
        long b = mix64(a ^ 0xD1B54A32D192ED03L);
        MersenneTwisterFast g = new MersenneTwisterFast();
        g.setSeed(new int[] {(int) a, (int) (a >>> 32), (int) b, (int) (b >>> 32)});
        return g;
    }

    /** SplittableRandom's (Stafford variant 13) 64-bit finaliser. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
