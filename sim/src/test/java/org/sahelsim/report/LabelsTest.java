package org.sahelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;

/** Every metric the program records has a plain label, its own or built from its parts. */
class LabelsTest {
    @Test
    void everyMetricHasAPlainLabelThatIsNotItsColumnName() {
        for (MetricDef d : Metrics.ALL) {
            String name = d.name();
            String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            assertTrue(Labels.has(base), "labels.csv lacks " + base);
            assertNotEquals(name, Labels.of(name), name);
            assertTrue(!Labels.of(name).contains("_"), name + " -> " + Labels.of(name));
        }
    }

    @Test
    void breakdownsNameTheirKindOrRegionAndSentencesKeepAcronyms() {
        assertEquals("Trafficking revenue (jihadist groups)", Labels.of("trafficking_revenue.jihadist"));
        assertEquals("Jihadist influence in Gao", Labels.of("jihadist_influence.Gao"));
        assertEquals("Deaths in fighting (clashes)", Labels.of("fatalities.clashes"));
        assertEquals("armed clashes", Labels.inSentence("clashes"));
        assertEquals("MINUSMA's reach in the north", Labels.inSentence("minusma_coverage_north"));
    }
}
