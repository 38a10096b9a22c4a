package org.sahelsim.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.analysis.ParameterRange.Type;

class SobolDesignTest {

    @Test
    void hasNTimesKPlusTwoPointsInsideTheRanges() {
        SobolDesign d = new SobolDesign(LatinHypercubeTest.PARAMS, 64, 1);
        assertEquals(64 * 5, d.size());
        for (DesignPoint p : d.points()) {
            for (ParameterRange r : LatinHypercubeTest.PARAMS) {
                double v = p.number(r.path());
                assertTrue(v >= r.min() && v <= r.max(), r.path() + " = " + v);
            }
        }
    }

    @Test
    void rowsAreLaidOutAsAThenEachABiThenB() {
        int k = 3;
        SobolDesign d = new SobolDesign(LatinHypercubeTest.PARAMS, 16, 5);
        for (int j = 0; j < 16; j++) {
            long base = (long) j * (k + 2);
            double[] a = d.unit(base);
            double[] b = d.unit(base + k + 1);
            assertEquals("A", d.matrixName(base));
            assertEquals("B", d.matrixName(base + k + 1));
            for (int i = 0; i < k; i++) {
                assertNotEquals(a[i], b[i], "A and B differ in every column");
                double[] ab = d.unit(base + 1 + i);
                assertEquals("AB" + (i + 1), d.matrixName(base + 1 + i));
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c], "AB" + (i + 1) + " column " + c);
                }
            }
        }
    }

    @Test
    void pointsReadOutOfOrderEqualPointsReadInOrder() {
        SobolDesign seq = new SobolDesign(LatinHypercubeTest.PARAMS, 128, 9);
        List<DesignPoint> inOrder = new ArrayList<>(seq.points());
        SobolDesign jumpy = new SobolDesign(LatinHypercubeTest.PARAMS, 128, 9);
        for (long i : new long[] {517, 3, 639, 0, 320, 321, 100}) {
            assertEquals(inOrder.get((int) i), jumpy.point(i), "point " + i);
        }
    }

    @Test
    void theSeedShiftsTheSequenceDeterministically() {
        SobolDesign a = new SobolDesign(LatinHypercubeTest.PARAMS, 32, 11);
        assertEquals(a.points(), new SobolDesign(LatinHypercubeTest.PARAMS, 32, 11).points());
        assertNotEquals(a.points(), new SobolDesign(LatinHypercubeTest.PARAMS, 32, 12).points());
        for (double u : a.unit(0)) {
            assertNotEquals(0.0, u, "the shifted sequence does not start in the corner");
        }
    }

    @Test
    void stratifiesEachCoordinateLikeASobolNet() {
        // A digitally shifted Sobol sequence keeps (0,m,1)-net balance per coordinate: the first
        // 2^m rows put one point in each of 2^m equal intervals.
        SobolDesign d = new SobolDesign(List.of(ParameterRange.ofRange("x.a", Type.DOUBLE, 0, 1),
                ParameterRange.ofRange("x.b", Type.DOUBLE, 0, 1)), 256, 3);
        int[][] hits = new int[2][256];
        for (int j = 0; j < 256; j++) {
            double[] a = d.unit((long) j * 4);
            for (int c = 0; c < 2; c++) {
                hits[c][(int) (a[c] * 256)]++;
            }
        }
        for (int c = 0; c < 2; c++) {
            int[] ones = new int[256];
            java.util.Arrays.fill(ones, 1);
            assertArrayEquals(ones, hits[c], "column " + c);
        }
    }

    @Test
    void rejectsTooFewBaseSamples() {
        assertThrows(IllegalArgumentException.class, () -> new SobolDesign(LatinHypercubeTest.PARAMS, 1, 1));
    }
}
