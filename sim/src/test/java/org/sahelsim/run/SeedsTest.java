package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {
    @Test
    void runSeedsAreNonNegativeBelowTwoToThe53AndDistinctPerRep() {
        for (long master : new long[] {0, 1, 42, Seeds.BOUND - 1, -7, Long.MAX_VALUE}) {
            Set<Long> seen = new HashSet<>();
            for (int rep = 0; rep < 20_000; rep++) {
                long s = Seeds.forRun(master, rep);
                assertTrue(s >= 0 && s < Seeds.BOUND, "seed " + s + " of rep " + rep + " out of [0, 2^53)");
                assertTrue(seen.add(s), "rep " + rep + " repeats an earlier seed under master " + master);
            }
        }
    }

    @Test
    void runSeedIsAPureFunctionOfMasterAndRep() {
        assertEquals(Seeds.forRun(1, 3), Seeds.forRun(1, 3));
        assertNotEquals(Seeds.forRun(1, 3), Seeds.forRun(2, 3));
        assertNotEquals(Seeds.forRun(1, 3), Seeds.forRun(1, 4));
    }

    @Test
    void mix64MatchesSplittableRandomsFinaliser() {
        // SplittableRandom(seed).nextLong() returns mix64(seed + GOLDEN_GAMMA).
        long seed = 12345L;
        long expected = new java.util.SplittableRandom(seed).nextLong();
        assertEquals(expected, Seeds.mix64(seed + 0x9e3779b97f4a7c15L));
    }

    @Test
    void pointSeedsAreDistinctAcrossPointsAndRepsAndBelowTwoToThe53() {
        Set<Long> seen = new HashSet<>();
        for (int p = 0; p < 200; p++) {
            for (int r = 0; r < 50; r++) {
                long s = Seeds.forPoint(1, p, r);
                assertTrue(s >= 0 && s < Seeds.BOUND);
                assertTrue(seen.add(s), "point " + p + " rep " + r + " repeats a seed");
            }
        }
    }

    @Test
    void rejectsNegativeRepOrPoint() {
        assertThrows(IllegalArgumentException.class, () -> Seeds.forRun(1, -1));
        assertThrows(IllegalArgumentException.class, () -> Seeds.forPoint(1, -1, 0));
    }
}
