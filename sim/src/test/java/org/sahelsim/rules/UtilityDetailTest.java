package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A decision's detail: its terms, their sum, the largest term, the driver and each term's difference from staying. */
class UtilityDetailTest {
    private static Map<String, String> parse(String detail) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : detail.split(";")) {
            int i = kv.indexOf('=');
            out.put(kv.substring(0, i), kv.substring(i + 1));
        }
        return out;
    }

    @Test
    void theDriverIsTheTermThatGaveTheChosenOptionItsAdvantageNotTheLargestTerm() {
        double[] chosen = {120, 30, -20, 300, 10, -30};
        double[] stay = {34.8, 0, -15, 360, 6, 0};
        Map<String, String> d = parse(Utility.detail(Utility.NAMES, chosen, stay, 0.35, "option=x"));
        assertEquals("security", d.get("top"), "the largest term by size");
        assertEquals("rent", d.get("driver"), "the largest difference from staying: 85.2");
        assertEquals("85.2", d.get("d_rent"));
        assertEquals("-60", d.get("d_security"));
        assertEquals("-30", d.get("d_switch_cost"));
        assertEquals("410", d.get("utility"));
        assertEquals("x", d.get("option"));
        assertEquals(0, Utility.driver(chosen, stay));
    }

    @Test
    void aChoiceWorseThanStayingStillNamesItsLeastBadTerm() {
        double[] chosen = {10, 0, -5, 40, 0, -30};
        double[] stay = {20, 0, -5, 60, 0, 0};
        assertEquals("dividend", parse(Utility.detail(Utility.NAMES, chosen, stay, 0.1, "")).get("driver"),
                "differences rent -10, dividend 0, pressure 0, security -20, affinity 0, switch -30: the first largest");
    }

    @Test
    void termsAndStayingMustMatchTheNames() {
        assertThrows(IllegalArgumentException.class, () -> Utility.detail(Utility.NAMES, new double[6], new double[5], 0, ""));
    }
}
