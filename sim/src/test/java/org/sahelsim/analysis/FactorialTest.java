package org.sahelsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.analysis.ParameterRange.Type;

class FactorialTest {

    private static final ParameterRange SHARE =
            ParameterRange.ofValues("levers.minusma.mobile_share", Type.DOUBLE, List.of(0.1, 0.5));
    private static final ParameterRange START = ParameterRange.ofSteps("levers.minusma.start", Type.INT, 0, 24, 12);
    private static final ParameterRange FIGHTERS = ParameterRange.ofValues("factions.GATIA.fighters", Type.INT, List.of(800, 1200));

    @Test
    void firstParameterVariesSlowestAndLastFastest() {
        Factorial f = new Factorial(List.of(SHARE, START, FIGHTERS));
        assertEquals(2 * 3 * 2, f.size());
        List<String> seen = new ArrayList<>();
        for (DesignPoint p : f.points()) {
            seen.add(p.values().values().toString());
        }
        assertEquals(List.of(
                "[0.1, 0, 800]", "[0.1, 0, 1200]", "[0.1, 12, 800]", "[0.1, 12, 1200]", "[0.1, 24, 800]", "[0.1, 24, 1200]",
                "[0.5, 0, 800]", "[0.5, 0, 1200]", "[0.5, 12, 800]", "[0.5, 12, 1200]", "[0.5, 24, 800]", "[0.5, 24, 1200]"),
                seen);
        DesignPoint p7 = f.point(7);
        assertEquals("p0007", p7.id());
        assertEquals(List.of("levers.minusma.mobile_share", "levers.minusma.start", "factions.GATIA.fighters"),
                new ArrayList<>(p7.values().keySet()), "values keep the sweep file's order");
        assertTrue(p7.values().get("levers.minusma.start") instanceof Integer);
    }

    @Test
    void hugeFactorialIsAddressedByIndexWithoutListingIt() {
        List<ParameterRange> ten = new ArrayList<>();
        for (int j = 0; j < 10; j++) {
            ten.add(ParameterRange.ofSteps("params.p" + j, Type.INT, 0, 9, 1));
        }
        Factorial f = new Factorial(ten);
        assertEquals(10_000_000_000L, f.size());
        DesignPoint last = f.point(9_876_543_210L);
        assertEquals("p9876543210", last.id());
        for (int j = 0; j < 10; j++) {
            assertEquals(Integer.parseInt(Character.toString("9876543210".charAt(j))), last.values().get("params.p" + j),
                    "mixed-radix digits, first parameter most significant");
        }
        assertThrows(IllegalStateException.class, f::points);
        assertEquals(3, f.points(5, 8).count());
        assertThrows(IndexOutOfBoundsException.class, () -> f.point(f.size()));
    }

    @Test
    void rejectsContinuousRangeWithoutStep() {
        String m = assertThrows(IllegalArgumentException.class, () -> new Factorial(
                List.of(ParameterRange.ofRange("params.rationality", Type.DOUBLE, 0.5, 2)))).getMessage();
        assertTrue(m.contains("params.rationality") && m.contains("step"), m);
    }

    @Test
    void rejectsTheSameParameterTwice() {
        String m = assertThrows(IllegalArgumentException.class, () -> new Factorial(List.of(SHARE, START, SHARE))).getMessage();
        assertTrue(m.contains("levers.minusma.mobile_share") && m.contains("twice"), m);
    }

    @Test
    void pointIdsArePaddedToTheLargestIndexAndAtLeastFourDigits() {
        assertEquals("p0000", DesignPoint.id(0, 1));
        assertEquals("p9999", DesignPoint.id(9999, 10000));
        assertEquals("p00041", DesignPoint.id(41, 10001));
        assertThrows(IndexOutOfBoundsException.class, () -> DesignPoint.id(5, 5));
    }
}
