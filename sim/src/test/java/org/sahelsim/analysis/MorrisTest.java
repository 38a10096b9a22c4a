package org.sahelsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.analysis.ParameterRange.Type;

class MorrisTest {

    static final List<ParameterRange> PARAMS = List.of(
            ParameterRange.ofRange("m.a", Type.DOUBLE, 0, 1),
            ParameterRange.ofRange("m.b", Type.DOUBLE, 10, 30),
            ParameterRange.ofRange("m.c", Type.DOUBLE, -1, 1),
            ParameterRange.ofRange("m.d", Type.DOUBLE, 0, 1));

    @Test
    void trajectoriesMoveOneParameterByDeltaOnTheGrid() {
        MorrisDesign d = new MorrisDesign(PARAMS, 20, 4, 5);
        int k = PARAMS.size();
        assertEquals(20 * (k + 1), d.size());
        assertEquals(4 / 6.0, d.delta(), 1e-15);
        for (int t = 0; t < 20; t++) {
            boolean[] moved = new boolean[k];
            for (int s = 0; s <= k; s++) {
                long idx = (long) t * (k + 1) + s;
                double[] u = d.unit(idx);
                for (double v : u) {
                    double level = v * 3;
                    assertEquals(Math.rint(level), level, 1e-12, "on the 4-level grid");
                    assertTrue(v >= 0 && v <= 1);
                }
                if (s == 0) {
                    assertEquals(-1, d.changed(idx));
                    continue;
                }
                double[] prev = d.unit(idx - 1);
                int i = d.changed(idx);
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? d.delta() : 0, Math.abs(u[c] - prev[c]), 1e-12, "trajectory " + t + " step " + s);
                }
                assertTrue(!moved[i], "each parameter moves once per trajectory");
                moved[i] = true;
            }
        }
    }

    @Test
    void linearFunctionGivesMuStarEqualToCoefficientTimesRangeAndZeroSigma() {
        // y = 3 a - 0.5 b + 0 c + 10 d: mu* = |coef| * (max - min), exactly.
        MorrisDesign d = new MorrisDesign(PARAMS, 10, 6, 8);
        double[] y = SaltelliTest.outputs(d, p -> 3 * p.number("m.a") - 0.5 * p.number("m.b") + 10 * p.number("m.d"));
        List<MorrisEffect> e = MorrisEffects.compute(d, y, MorrisEffects.Options.defaults(1));
        double[] expectedMu = {3, -10, 0, 10};
        for (int i = 0; i < 4; i++) {
            MorrisEffect m = e.get(i);
            assertEquals(PARAMS.get(i).path(), m.parameter());
            assertEquals(expectedMu[i], m.mu(), 1e-9, m.toString());
            assertEquals(Math.abs(expectedMu[i]), m.muStar(), 1e-9, m.toString());
            assertEquals(0, m.sigma(), 1e-9, m.toString());
            assertEquals(10, m.trajectories());
        }
    }

    @Test
    void nonMonotoneAndInteractingParametersShowInMuStarAndSigma() {
        // a enters as 10 (a - 0.5)^2: on the 4-level grid every effect is +-10/3, so mu is near 0
        // but mu* is 10/3; c acts only through c * d.
        MorrisDesign d = new MorrisDesign(PARAMS, 40, 4, 2);
        double[] y = SaltelliTest.outputs(d, p -> 10 * Math.pow(p.number("m.a") - 0.5, 2) + 0.1 * p.number("m.b")
                + 4 * p.number("m.c") * p.number("m.d"));
        List<MorrisEffect> e = MorrisEffects.compute(d, y, MorrisEffects.Options.defaults(1));
        MorrisEffect a = e.get(0);
        MorrisEffect b = e.get(1);
        MorrisEffect c = e.get(2);
        assertEquals(10 / 3.0, a.muStar(), 1e-9, a.toString());
        assertTrue(a.muStar() > 2 * Math.abs(a.mu()), "sign changes cancel in mu, not in mu*: " + a);
        assertTrue(a.sigma() > 3, "effects of both signs: " + a);
        assertTrue(a.muStar() > b.muStar() && b.muStar() > 0, "ranking a > b: " + e);
        assertEquals(2, b.mu(), 1e-9, "b is linear: 0.1 * range 20");
        assertEquals(0, b.sigma(), 1e-9);
        assertTrue(c.sigma() > 0.5 && c.muStar() > 0.5, "c acts through its interaction with d: " + c);
        assertTrue(a.muStarLow() <= a.muStar() && a.muStar() <= a.muStarHigh(), a.toString());
    }

    @Test
    void sameSeedSameTrajectoriesAndIndexAddressable() {
        MorrisDesign a = new MorrisDesign(PARAMS, 15, 4, 77);
        assertEquals(a.points(), new MorrisDesign(PARAMS, 15, 4, 77).points());
        assertNotEquals(a.points(), new MorrisDesign(PARAMS, 15, 4, 78).points());
        MorrisDesign fresh = new MorrisDesign(PARAMS, 15, 4, 77);
        assertEquals(a.point(63), fresh.point(63));
        assertEquals(a.point(2), fresh.point(2));
        DesignPoint p = a.point(0);
        assertTrue(List.of(10.0, 10 + 20 / 3.0, 10 + 40 / 3.0, 30.0).stream().anyMatch(v -> Math.abs(v - p.number("m.b")) < 1e-9),
                "grid values map onto the range with both ends: " + p);
    }

    @Test
    void rejectsOddLevelsAndSingleTrajectory() {
        String m = assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(PARAMS, 10, 5, 1)).getMessage();
        assertTrue(m.contains("even") && m.contains("5"), m);
        assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(PARAMS, 1, 4, 1));
        MorrisDesign d = new MorrisDesign(PARAMS, 4, 4, 1);
        assertThrows(IllegalArgumentException.class, () -> MorrisEffects.compute(d, new double[3], MorrisEffects.Options.defaults(1)));
    }
}
