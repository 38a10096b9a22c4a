package org.sahelsim.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.Robustness;

class RankingTest {
    private static final List<String> NAMES = List.of("a", "b", "c", "d");

    @Test
    void lowestEffectRanksFirstWhenLowerIsBetter() {
        int[] ranks = Ranking.ranks(new double[] {-2, 5, -7, 0}, Robustness.Better.LOWER);
        assertArrayEquals(new int[] {2, 4, 1, 3}, ranks);
        assertEquals("c > a > d > b", Ranking.text(NAMES, ranks));
    }

    @Test
    void highestEffectRanksFirstWhenHigherIsBetter() {
        int[] ranks = Ranking.ranks(new double[] {-2, 5, -7, 0}, Robustness.Better.HIGHER);
        assertEquals("b > d > a > c", Ranking.text(NAMES, ranks));
    }

    @Test
    void tiesKeepTheFileOrderAndMissingEffectsRankLast() {
        assertEquals("b > d > a > c", Ranking.text(NAMES,
                Ranking.ranks(new double[] {Double.NaN, 1, Double.NaN, 1}, Robustness.Better.LOWER)));
        assertEquals("a > b > c > d", Ranking.text(NAMES,
                Ranking.ranks(new double[] {0.0, -0.0, 0, 0}, Robustness.Better.HIGHER)), "-0 ties with 0");
    }
}
