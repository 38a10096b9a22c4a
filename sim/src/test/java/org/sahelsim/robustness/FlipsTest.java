package org.sahelsim.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.analysis.ParameterRange;

/** The flip table on hand-built rankings. */
class FlipsTest {
    private static final List<String> NAMES = List.of("a", "b", "c");
    private static final List<ParameterRange> RANGES = List.of(
            ParameterRange.ofRange("x", ParameterRange.Type.DOUBLE, 0, 1),
            ParameterRange.ofRange("y", ParameterRange.Type.DOUBLE, 0, 1));
    /** Nominal: a > b > c; pairs (a,b), (a,c), (b,c) all clear. */
    private static final Flips.Point NOMINAL = new Flips.Point("nominal", new int[] {1, 2, 3},
            new boolean[] {true, true, true}, null);

    @Test
    void listsPairsInFileOrder() {
        List<int[]> pairs = Flips.pairs(3);
        assertEquals(3, pairs.size());
        assertEquals("[0, 1] [0, 2] [1, 2]", pairs.stream().map(java.util.Arrays::toString)
                .reduce((p, q) -> p + " " + q).orElseThrow());
    }

    @Test
    void countsThePointsWhereAPairReversesAndTheClearOnes() {
        List<Flips.Point> points = List.of(
                new Flips.Point("p0000", new int[] {1, 2, 3}, new boolean[] {true, false, false}, new double[] {0.1, 0.5}),
                // b above a, clearly; c above b, not clearly
                new Flips.Point("p0001", new int[] {2, 1, 3}, new boolean[] {true, false, false}, new double[] {0.9, 0.5}),
                new Flips.Point("p0002", new int[] {3, 2, 1}, new boolean[] {false, true, false}, new double[] {0.8, 0.2}),
                new Flips.Point("p0003", new int[] {1, 2, 3}, new boolean[] {false, false, false}, new double[] {0.2, 0.9}));
        List<Flips.Pair> f = Flips.compute(NAMES, NOMINAL, points, RANGES);
        assertEquals(3, f.size());
        Flips.Pair ab = f.get(0);
        assertEquals("a", ab.nominalBetter());
        assertEquals(List.of("p0001", "p0002"), ab.flipPoints());
        assertEquals(0.5, ab.share());
        assertEquals(1, ab.clearFlips(), "p0001 is clear for (a, b), p0002 is not");
        Flips.Pair ac = f.get(1);
        assertEquals(List.of("p0002"), ac.flipPoints());
        assertEquals(1, ac.clearFlips());
        Flips.Pair bc = f.get(2);
        assertEquals(List.of("p0002"), bc.flipPoints());
        assertEquals(0, bc.clearFlips());
        assertTrue(ab.nominalClear());
    }

    @Test
    void primBoxBoundsTheFlipsWhenTheyConcentrateInOneRegion() {
        // (a, b) flips exactly where x > 0.6
        List<Flips.Point> points = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double x = (i + 0.5) / 40;
            double y = ((i * 7) % 40 + 0.5) / 40;
            int[] ranks = x > 0.6 ? new int[] {2, 1, 3} : new int[] {1, 2, 3};
            points.add(new Flips.Point(String.format("p%04d", i), ranks, new boolean[3], new double[] {x, y}));
        }
        List<Flips.Pair> f = Flips.compute(NAMES, NOMINAL, points, RANGES);
        Flips.Pair ab = f.get(0);
        assertEquals(16, ab.flipped());
        assertNotNull(ab.box());
        assertEquals(1, ab.box().restrictedBounds().size(), ab.boxText());
        assertEquals("x", ab.box().restrictedBounds().get(0).parameter());
        assertTrue(ab.box().restrictedBounds().get(0).low() > 0.55, ab.boxText());
        assertEquals(1.0, ab.box().density(), 1e-12);
        assertTrue(ab.boxText().startsWith("x in ["), ab.boxText());
        assertNull(f.get(1).box(), "(a, c) never flips: no box");
        assertEquals("", f.get(1).boxText());
    }

    @Test
    void aPairFlippingEverywhereHasNoBox() {
        List<Flips.Point> points = List.of(
                new Flips.Point("p0000", new int[] {2, 1, 3}, new boolean[3], new double[] {0.1, 0.1}),
                new Flips.Point("p0001", new int[] {2, 1, 3}, new boolean[3], new double[] {0.9, 0.9}));
        Flips.Pair ab = Flips.compute(NAMES, NOMINAL, points, RANGES).get(0);
        assertEquals(1.0, ab.share());
        assertNull(ab.box());
    }
}
