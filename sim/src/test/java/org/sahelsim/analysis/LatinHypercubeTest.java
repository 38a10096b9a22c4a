package org.sahelsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.analysis.ParameterRange.Type;

class LatinHypercubeTest {

    static final List<ParameterRange> PARAMS = List.of(
            ParameterRange.ofRange("levers.minusma.mobile_share", Type.DOUBLE, 0.1, 0.6),
            ParameterRange.ofRange("params.rationality", Type.DOUBLE, -3, 5),
            ParameterRange.ofRange("factions.GATIA.cohesion", Type.DOUBLE, 0, 1));

    @Test
    void everyStratumOfEveryParameterHoldsExactlyOnePoint() {
        int n = 257;
        LatinHypercube lhs = new LatinHypercube(PARAMS, n, 42);
        assertEquals(n, lhs.size());
        for (ParameterRange p : PARAMS) {
            int[] hits = new int[n];
            for (DesignPoint pt : lhs.points()) {
                double v = pt.number(p.path());
                assertTrue(v >= p.min() && v < p.max(), p.path() + " = " + v + " outside its range");
                int stratum = (int) Math.floor((v - p.min()) / (p.max() - p.min()) * n);
                hits[stratum]++;
            }
            for (int s = 0; s < n; s++) {
                assertEquals(1, hits[s], p.path() + ": stratum " + s);
            }
        }
    }

    @Test
    void sameSeedSamePointsAndAnotherSeedOthers() {
        LatinHypercube a = new LatinHypercube(PARAMS, 50, 7);
        LatinHypercube b = new LatinHypercube(PARAMS, 50, 7);
        LatinHypercube c = new LatinHypercube(PARAMS, 50, 8);
        assertEquals(a.points(), b.points());
        assertNotEquals(a.points(), c.points());
        // Index-addressed in any order equals sequential.
        assertEquals(a.point(31), new LatinHypercube(PARAMS, 50, 7).point(31));
    }

    @Test
    void discreteParametersTakeOnlyTheirLevelsInEqualShares() {
        List<ParameterRange> ps = List.of(ParameterRange.ofRange("levers.minusma.start", Type.INT, 0, 4),
                ParameterRange.ofValues("params.rationality", Type.DOUBLE, List.of(0.5, 1.0)));
        LatinHypercube lhs = new LatinHypercube(ps, 100, 3);
        int[] months = new int[5];
        for (DesignPoint p : lhs.points()) {
            months[(Integer) p.values().get("levers.minusma.start")]++;
            double r = p.number("params.rationality");
            assertTrue(r == 0.5 || r == 1.0);
        }
        for (int m : months) {
            assertEquals(20, m, "100 strata over 5 whole months: 20 each");
        }
    }

    @Test
    void refusesMoreStrataThanTheMemoryLimit() {
        String m = assertThrows(IllegalArgumentException.class, () -> new LatinHypercube(PARAMS, 10_000_000, 1)).getMessage();
        assertTrue(m.contains("30000000") && m.contains("limit"), m);
        assertThrows(IllegalArgumentException.class, () -> new LatinHypercube(PARAMS, 0, 1));
    }
}
