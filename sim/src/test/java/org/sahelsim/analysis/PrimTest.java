package org.sahelsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.analysis.ParameterRange.Type;

class PrimTest {

    static final List<ParameterRange> UNIT3 = List.of(
            ParameterRange.ofRange("s.x1", Type.DOUBLE, 0, 1),
            ParameterRange.ofRange("s.x2", Type.DOUBLE, 0, 1),
            ParameterRange.ofRange("s.x3", Type.DOUBLE, 0, 1));

    /** Cases from a Latin hypercube; outcome = x1 in [0.2, 0.5] and x2 > 0.7, true w.p. 0.9 inside and 0.01 outside. */
    static Object[] synthetic(int n, long seed) {
        LatinHypercube lhs = new LatinHypercube(UNIT3, n, seed);
        MersenneTwisterFast noise = new MersenneTwisterFast(seed);
        double[][] x = new double[n][];
        boolean[] y = new boolean[n];
        for (int c = 0; c < n; c++) {
            x[c] = lhs.unit(c);
            boolean inside = x[c][0] >= 0.2 && x[c][0] <= 0.5 && x[c][1] > 0.7;
            y[c] = noise.nextDouble() < (inside ? 0.9 : 0.01);
        }
        return new Object[] {x, y};
    }

    @Test
    void recoversAKnownBoxWithItsCoverageAndDensity() {
        Object[] data = synthetic(4000, 11);
        double[][] x = (double[][]) data[0];
        boolean[] y = (boolean[]) data[1];
        Prim.Result r = Prim.find(UNIT3, x, y, new Prim.Options(0.05, 0.05, 0.8, true));
        PrimBox box = r.box();
        PrimBox.Bound x1 = box.bounds().get(0);
        PrimBox.Bound x2 = box.bounds().get(1);
        PrimBox.Bound x3 = box.bounds().get(2);
        assertEquals(0.2, x1.low(), 0.03, "x1 low: " + box);
        assertEquals(0.5, x1.high(), 0.03, "x1 high: " + box);
        assertEquals(0.7, x2.low(), 0.03, "x2 low: " + box);
        assertFalse(x2.highRestricted(), "x2 has no upper limit: " + box);
        assertEquals(1.0, x2.high());
        assertFalse(x3.restricted(), "x3 plays no part: " + box);
        assertEquals(List.of(x1, x2), box.restrictedBounds());
        assertTrue(box.coverage() >= 0.8, "coverage " + box.coverage());
        assertTrue(box.density() >= 0.8, "density " + box.density());
        assertTrue(r.baseDensity() < 0.15, "the outcome is rare overall: " + r.baseDensity());

        // Coverage and density are what they say: recount them from the box.
        int in = 0;
        int inAndTrue = 0;
        int allTrue = 0;
        for (int c = 0; c < x.length; c++) {
            boolean inside = box.contains(x[c]);
            in += inside ? 1 : 0;
            inAndTrue += inside && y[c] ? 1 : 0;
            allTrue += y[c] ? 1 : 0;
        }
        assertEquals(in, box.cases());
        assertEquals((double) inAndTrue / allTrue, box.coverage(), 1e-9);
        assertEquals((double) inAndTrue / in, box.density(), 1e-9);
        assertEquals((double) in / x.length, box.mass(), 1e-12);
    }

    @Test
    void peelingTrajectoryLosesCoverageAsDensityRises() {
        Object[] data = synthetic(2000, 5);
        Prim.Result r = Prim.find(UNIT3, (double[][]) data[0], (boolean[]) data[1], Prim.Options.defaults());
        List<PrimBox> t = r.trajectory();
        assertTrue(t.size() > 10, "peeled many times: " + t.size());
        assertEquals(1.0, t.get(0).coverage(), 1e-12);
        assertEquals(r.baseDensity(), t.get(0).density(), 1e-12);
        for (int i = 1; i < t.size(); i++) {
            assertTrue(t.get(i).cases() < t.get(i - 1).cases(), "each peel removes cases");
            assertTrue(t.get(i).coverage() <= t.get(i - 1).coverage() + 1e-12, "coverage never grows while peeling");
            assertTrue(t.get(i).mass() >= 0.05 - 1e-9, "no box below the minimum mass");
        }
        assertTrue(t.get(r.chosen()).density() > 5 * r.baseDensity());
    }

    @Test
    void sameInputSameBoxes() {
        Object[] data = synthetic(1500, 3);
        Prim.Result a = Prim.find(UNIT3, (double[][]) data[0], (boolean[]) data[1], Prim.Options.defaults());
        Prim.Result b = Prim.find(UNIT3, (double[][]) data[0], (boolean[]) data[1], Prim.Options.defaults());
        assertEquals(a, b);
    }

    @Test
    void discreteParameterLosesWholeLevelsAndSharesPerPointWork() {
        // Design points of a factorial (month 0..11 x share), outcome share = 0.9 when start <= 3.
        List<ParameterRange> ps = List.of(ParameterRange.ofRange("levers.minusma.start", Type.INT, 0, 11),
                ParameterRange.ofSteps("levers.minusma.mobile_share", Type.DOUBLE, 0, 1, 0.05));
        Factorial f = new Factorial(ps);
        double[] share = new double[(int) f.size()];
        for (int i = 0; i < share.length; i++) {
            share[i] = f.point(i).number("levers.minusma.start") <= 3 ? 0.9 : 0.05;
        }
        Prim.Result r = Prim.find(ps, f.points(), share, new Prim.Options(0.1, 0.05, 0.8, true));
        PrimBox.Bound start = r.box().bounds().get(0);
        assertEquals(0, start.low());
        assertEquals(3, start.high(), "the box ends on a level: " + r.box());
        assertFalse(r.box().bounds().get(1).restricted(), r.box().toString());
        assertEquals(0.9, r.box().density(), 1e-9);
        assertEquals(0.9, r.box().coverage(), 1e-9, "84 points x 0.9 of 84 x 0.9 + 168 x 0.05");
    }

    @Test
    void outcomeThatNeverHoldsGivesTheFullBoxWithoutCoverage() {
        double[][] x = {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}};
        Prim.Result r = Prim.find(UNIT3, x, new boolean[2], Prim.Options.defaults());
        assertEquals(1, r.trajectory().size());
        assertTrue(Double.isNaN(r.box().coverage()));
        assertEquals(0, r.box().density());
    }

    @Test
    void rejectsCasesOutsideTheRangesNamingThem() {
        double[][] x = {{0.1, 1.2, 0.3}};
        String m = assertThrows(IllegalArgumentException.class,
                () -> Prim.find(UNIT3, x, new boolean[] {true}, Prim.Options.defaults())).getMessage();
        assertTrue(m.contains("case 0") && m.contains("s.x2") && m.contains("1.2"), m);
        assertThrows(IllegalArgumentException.class, () -> new Prim.Options(0.7, 0.05, 0.5, true));
    }
}
