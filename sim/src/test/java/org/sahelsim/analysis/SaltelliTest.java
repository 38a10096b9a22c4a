package org.sahelsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.analysis.ParameterRange.Type;

/** Sobol indices against functions whose indices are known analytically. */
class SaltelliTest {

    /** Tolerance on every index of the Ishigami function with N = 4096 (errors seen: below 0.003 over 10 seeds). */
    static final double TOLERANCE = 0.02;

    static List<ParameterRange> ishigamiInputs() {
        List<ParameterRange> ps = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ps.add(ParameterRange.ofRange("x.x" + i, Type.DOUBLE, -Math.PI, Math.PI));
        }
        return ps;
    }

    static double ishigami(DesignPoint p) {
        double x1 = p.number("x.x1");
        double x2 = p.number("x.x2");
        double x3 = p.number("x.x3");
        return Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** Analytic indices of Ishigami and Homma (1990) with a = 7, b = 0.1 (Saltelli et al. 2008, p. 179). */
    static double[][] ishigamiTruth() {
        double a = 7;
        double b = 0.1;
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}};
    }

    static double[] outputs(Design d, java.util.function.ToDoubleFunction<DesignPoint> f) {
        double[] y = new double[(int) d.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = f.applyAsDouble(d.point(i));
        }
        return y;
    }

    @Test
    void recoversIshigamiIndicesWithinToleranceWithBothFirstOrderEstimators() {
        double[][] truth = ishigamiTruth();
        assertEquals(0.3139, truth[0][0], 1e-4);
        assertEquals(0.4424, truth[0][1], 1e-4);
        assertEquals(0.5576, truth[1][0], 1e-4);
        assertEquals(0.2437, truth[1][2], 1e-4);
        SobolDesign d = new SobolDesign(ishigamiInputs(), 4096, 2024);
        double[] y = outputs(d, SaltelliTest::ishigami);
        for (Saltelli.FirstOrder fo : Saltelli.FirstOrder.values()) {
            List<SobolIndex> idx = Saltelli.indices(d, y, new Saltelli.Options(fo, 500, 0.95, 1));
            for (int i = 0; i < 3; i++) {
                SobolIndex s = idx.get(i);
                assertEquals("x.x" + (i + 1), s.parameter());
                assertEquals(truth[0][i], s.firstOrder(), TOLERANCE, fo + " S1 of " + s.parameter());
                assertEquals(truth[1][i], s.total(), TOLERANCE, fo + " ST of " + s.parameter());
                assertTrue(s.firstOrderLow() <= truth[0][i] && truth[0][i] <= s.firstOrderHigh(),
                        fo + " S1 interval of " + s.parameter() + " holds the true value: " + s);
                assertTrue(s.totalLow() <= truth[1][i] && truth[1][i] <= s.totalHigh(),
                        "ST interval of " + s.parameter() + " holds the true value: " + s);
                assertTrue(s.totalHigh() - s.totalLow() < 0.1, "intervals are informative: " + s);
            }
        }
    }

    @Test
    void additiveLinearFunctionHasEqualFirstAndTotalIndices() {
        // y = 1 x1 + 2 x2 + 3 x3 on [0, 1]: S_i = c_i^2 / sum c^2 and no interactions.
        List<ParameterRange> ps = List.of(ParameterRange.ofRange("c.a", Type.DOUBLE, 0, 1),
                ParameterRange.ofRange("c.b", Type.DOUBLE, 0, 1), ParameterRange.ofRange("c.c", Type.DOUBLE, 0, 1));
        SobolDesign d = new SobolDesign(ps, 1024, 4);
        double[] y = outputs(d, p -> p.number("c.a") + 2 * p.number("c.b") + 3 * p.number("c.c"));
        List<SobolIndex> idx = Saltelli.indices(d, y, Saltelli.Options.defaults(4));
        double[] expected = {1 / 14.0, 4 / 14.0, 9 / 14.0};
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], idx.get(i).firstOrder(), 0.01, idx.get(i).toString());
            assertEquals(expected[i], idx.get(i).total(), 0.01, idx.get(i).toString());
        }
    }

    @Test
    void sameSeedGivesIdenticalIntervals() {
        SobolDesign d = new SobolDesign(ishigamiInputs(), 256, 1);
        double[] y = outputs(d, SaltelliTest::ishigami);
        assertEquals(Saltelli.indices(d, y, Saltelli.Options.defaults(3)), Saltelli.indices(d, y, Saltelli.Options.defaults(3)));
        List<String> names = List.of("x.x1", "x.x2", "x.x3");
        assertEquals(Saltelli.indices(d, y, Saltelli.Options.defaults(3)),
                Saltelli.indices(names, 256, y, Saltelli.Options.defaults(3)), "with or without the design object");
    }

    @Test
    void constantOutputGivesNaNIndicesNotNoise() {
        SobolDesign d = new SobolDesign(ishigamiInputs(), 64, 1);
        double[] y = new double[(int) d.size()];
        java.util.Arrays.fill(y, 0.1);
        for (SobolIndex s : Saltelli.indices(d, y, Saltelli.Options.defaults(1))) {
            assertTrue(Double.isNaN(s.firstOrder()) && Double.isNaN(s.total()) && Double.isNaN(s.totalHigh()), s.toString());
        }
    }

    @Test
    void rejectsWrongLengthAndNonFiniteOutputsNamingThePoint() {
        SobolDesign d = new SobolDesign(ishigamiInputs(), 64, 1);
        String m = assertThrows(IllegalArgumentException.class,
                () -> Saltelli.indices(d, new double[10], Saltelli.Options.defaults(1))).getMessage();
        assertTrue(m.contains("320") && m.contains("10"), m);
        double[] y = new double[320];
        y[41] = Double.NaN;
        String n = assertThrows(IllegalArgumentException.class, () -> Saltelli.indices(d, y, Saltelli.Options.defaults(1)))
                .getMessage();
        assertTrue(n.contains("p0041") && n.contains("NaN"), n);
    }
}
