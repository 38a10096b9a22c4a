package org.sahelsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.analysis.ParameterRange.Type;

class ParameterRangeTest {

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void rejectsMinNotBelowMaxNamingBothValues() {
        String m = message(() -> ParameterRange.ofRange("levers.minusma.mobile_share", Type.DOUBLE, 0.8, 0.2));
        assertTrue(m.contains("levers.minusma.mobile_share") && m.contains("0.8") && m.contains("0.2"), m);
    }

    @Test
    void rejectsFractionalBoundsOfAnIntParameter() {
        String m = message(() -> ParameterRange.ofRange("factions.GATIA.fighters", Type.INT, 100, 250.5));
        assertTrue(m.contains("factions.GATIA.fighters") && m.contains("250.5") && m.contains("whole"), m);
        String s = message(() -> ParameterRange.ofSteps("levers.minusma.start", Type.INT, 0, 24, 1.5));
        assertTrue(s.contains("step 1.5"), s);
    }

    @Test
    void rejectsBadStepsNamingThem() {
        assertTrue(message(() -> ParameterRange.ofSteps("params.rationality", Type.DOUBLE, 0, 1, -0.1)).contains("-0.1"));
        assertTrue(message(() -> ParameterRange.ofSteps("params.rationality", Type.DOUBLE, 0, 1, 2)).contains("step 2"));
    }

    @Test
    void rejectsDuplicateAndNonFiniteListValues() {
        String dup = message(() -> ParameterRange.ofValues("params.rationality", Type.DOUBLE, List.of(1.0, 2.0, 1.0)));
        assertTrue(dup.contains("value 1") && dup.contains("twice"), dup);
        List<Double> withNaN = new ArrayList<>(List.of(1.0, Double.NaN));
        assertTrue(message(() -> ParameterRange.ofValues("params.rationality", Type.DOUBLE, withNaN)).contains("NaN"));
        assertTrue(message(() -> ParameterRange.ofValues("params.rationality", Type.DOUBLE, List.of())).contains("empty"));
    }

    @Test
    void rejectsListAndRangeTogether() {
        String m = message(() -> new ParameterRange("params.rationality", Type.DOUBLE, List.of(1.0), 0, 1, Double.NaN));
        assertTrue(m.contains("not both"), m);
    }

    @Test
    void rejectsEmptyPathParts() {
        assertTrue(message(() -> ParameterRange.ofRange("levers..start", Type.INT, 0, 3)).contains("levers..start"));
        assertTrue(message(() -> ParameterRange.ofRange(" ", Type.INT, 0, 3)).contains("path"));
        // Keys with spaces and hyphens are real scenario keys.
        ParameterRange.ofRange("factions.MNLA.blocs.Kel Ansar.share", Type.DOUBLE, 0, 0.5);
        ParameterRange.ofRange("factions.MAA-CMA.fighters", Type.INT, 100, 900);
    }

    @Test
    void steppedRangeLevelsAreExactDecimals() {
        ParameterRange p = ParameterRange.ofSteps("params.rationality", Type.DOUBLE, 0.1, 0.9, 0.1);
        assertEquals(9, p.levelCount());
        assertEquals(0.3, p.level(2));
        assertEquals(0.9, p.level(8));
        assertEquals(0.9, p.upper());
        ParameterRange uneven = ParameterRange.ofSteps("params.rationality", Type.DOUBLE, 0, 1, 0.3);
        assertEquals(4, uneven.levelCount());
        assertEquals(0.9, uneven.upper());
    }

    @Test
    void intValuesAreIntegersWithEqualShares() {
        ParameterRange p = ParameterRange.ofRange("levers.minusma.start", Type.INT, 0, 3);
        assertTrue(p.isDiscrete());
        assertEquals(4, p.levelCount());
        int[] hits = new int[4];
        for (int i = 0; i < 400; i++) {
            Object v = p.valueAt((i + 0.5) / 400);
            assertTrue(v instanceof Integer, "int parameters give Integers");
            hits[(Integer) v]++;
        }
        for (int h : hits) {
            assertEquals(100, h, "each month offset has the same share of the unit interval");
        }
        assertEquals(3, p.valueAt(1.0));
    }

    @Test
    void gridValueReachesBothEnds() {
        ParameterRange c = ParameterRange.ofRange("params.rationality", Type.DOUBLE, 2, 6);
        assertEquals(2.0, c.gridValue(0));
        assertEquals(6.0, c.gridValue(1));
        assertEquals(4.0, c.gridValue(0.5));
        ParameterRange l = ParameterRange.ofValues("params.rationality", Type.DOUBLE, List.of(5, 1, 3));
        assertEquals(5.0, l.gridValue(0), "list levels keep the list's order");
        assertEquals(3.0, l.gridValue(1));
        assertEquals(1.0, l.lower());
        assertEquals(5.0, l.upper());
        assertFalse(ParameterRange.ofRange("x.y", Type.DOUBLE, 0, 1).isDiscrete());
        assertThrows(IllegalArgumentException.class, () -> c.valueAt(1.5));
    }
}
