package org.sahelsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows of summary.csv: order, baseline without differences, Holm over every test. */
class SummaryTest {
    @Test
    void rowsFollowVariantsThenMetricsWithPairedDifferencesAgainstTheBaseline() {
        Map<String, double[][]> values = new LinkedHashMap<>();
        values.put("baseline", new double[][] {PairedStatsTest.B, {1, 1, 1, 1, 1}});
        values.put("more", new double[][] {PairedStatsTest.V, {1, 1, 1, 1, 1}});
        values.put("less", new double[][] {{10.5, 12, 9, 11.25, 13}, {2, 2, 2, 2, 2}});
        List<Summary.Row> rows = Summary.compute(List.of("baseline", "more", "less"), List.of("clashes", "splits"),
                values);
        assertEquals(6, rows.size());
        assertEquals(List.of("baseline/clashes", "baseline/splits", "more/clashes", "more/splits", "less/clashes",
                "less/splits"), rows.stream().map(r -> r.variant() + "/" + r.metric()).toList());
        Summary.Row base = rows.get(0);
        assertEquals(11, base.mean(), 1e-12);
        assertTrue(Double.isNaN(base.diffMean()) && Double.isNaN(base.pValue()) && Double.isNaN(base.pAdjusted())
                && Double.isNaN(base.effectSize()));
        Summary.Row more = rows.get(2);
        assertEquals(-1.8, more.diffMean(), 1e-12);
        assertEquals(0.03668198940044108, more.pValue(), 1e-10);
        assertEquals(-1.380536979925267, more.effectSize(), 1e-12);
        // tests: more/clashes p=0.0367, more/splits p=1 (no difference), less/clashes, less/splits p=0 (constant +1)
        Summary.Row lessClashes = rows.get(4);
        double pLess = lessClashes.pValue();
        double[] adjusted = Holm.adjust(new double[] {more.pValue(), 1.0, pLess, 0.0});
        assertEquals(adjusted[0], more.pAdjusted(), 0);
        assertEquals(adjusted[1], rows.get(3).pAdjusted(), 0);
        assertEquals(adjusted[2], lessClashes.pAdjusted(), 0);
        assertEquals(0.0, rows.get(5).pAdjusted(), 0);
        assertEquals(1.0, rows.get(3).pValue(), 0);
        assertEquals(13, base.numbers().length + 2);
        assertEquals(Summary.COLUMNS.size(), base.numbers().length + 2);
    }

    @Test
    void refusesVariantsWithOtherReplicationsThanTheBaseline() {
        Map<String, double[][]> values = new LinkedHashMap<>();
        values.put("baseline", new double[][] {{1, 2, 3}});
        values.put("v", new double[][] {{1, 2}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Summary.compute(List.of("baseline", "v"), List.of("m"), values));
        assertTrue(e.getMessage().contains("'v' has 2 replications, the baseline 3"), e.getMessage());
    }
}
