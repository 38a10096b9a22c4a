package org.sahelsim.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Holm's adjustment against values worked out by hand (R: p.adjust(p, "holm")). */
class HolmTest {
    private static final double EPS = 1e-15;

    /**
     * p = 0.01, 0.04, 0.03, 0.005, 0.5 (m = 5). Sorted: 0.005, 0.01, 0.03, 0.04, 0.5, times
     * 5, 4, 3, 2, 1: 0.025, 0.04, 0.09, 0.08, 0.5; running maximum: 0.025, 0.04, 0.09, 0.09,
     * 0.5. Back in input order: 0.04, 0.09, 0.09, 0.025, 0.5.
     */
    @Test
    void adjustsByRankKeepsMonotoneAndInputOrder() {
        double[] adj = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005, 0.5});
        assertArrayEquals(new double[] {0.04, 0.09, 0.09, 0.025, 0.5}, adj, EPS);
    }

    @Test
    void capsAtOne() {
        assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.6, 0.7}), EPS);
        assertArrayEquals(new double[] {0.6, 0.6}, Holm.adjust(new double[] {0.3, 0.4}), EPS);
    }

    @Test
    void undefinedPValuesAreNotCountedAndStayUndefined() {
        double[] adj = Holm.adjust(new double[] {Double.NaN, 0.02, 0.04});
        assertTrue(Double.isNaN(adj[0]));
        assertEquals(0.04, adj[1], EPS);
        assertEquals(0.04, adj[2], EPS);
    }

    @Test
    void aSingleTestIsUnchanged() {
        assertArrayEquals(new double[] {0.037}, Holm.adjust(new double[] {0.037}), EPS);
        assertEquals(0, Holm.adjust(new double[0]).length);
    }

    @Test
    void adjustedValuesAreNeverBelowTheRawOnesAndFollowTheirOrder() {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 200; trial++) {
            double[] p = new double[1 + r.nextInt(30)];
            for (int i = 0; i < p.length; i++) {
                p[i] = r.nextInt(4) == 0 ? r.nextInt(3) / 20.0 : r.nextDouble();
            }
            double[] adj = Holm.adjust(p);
            for (int i = 0; i < p.length; i++) {
                assertTrue(adj[i] >= p[i] && adj[i] <= 1, "p " + p[i] + " adjusted " + adj[i]);
                for (int j = 0; j < p.length; j++) {
                    if (p[i] <= p[j]) {
                        assertTrue(adj[i] <= adj[j], "monotone: " + p[i] + "->" + adj[i] + ", " + p[j] + "->" + adj[j]);
                    }
                }
            }
        }
    }

    @Test
    void refusesValuesOutsideZeroOne() {
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {0.5, 1.5}));
    }
}
