package org.sahelsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.Param;
import org.sahelsim.scenario.ScenarioException;

/** The binder's value types beyond the scenario's own: whole numbers past 2^31 and values kept as written. */
class BinderTest {
    /** A file record with a long and raw values, as experiment and sweep files have. */
    record Sample(@Param(doc = "a seed", min = 0, def = "1") long seed,
                  @Param(doc = "settings", def = "{}") Map<String, YNode> set) {
    }

    private static Sample bind(String yaml) throws ScenarioException {
        return new Binder().bindRecord(YamlReader.readString(yaml, null), Sample.class, "");
    }

    @Test
    void bindsWholeNumbersBeyondTheRangeOfAnInt() throws ScenarioException {
        assertEquals(9007199254740991L, bind("seed: 9007199254740991\n").seed());
        assertEquals(3_000_000_000L, bind("seed: 3e9\n").seed());
        assertEquals(1L, bind("set: {}\n").seed());
    }

    @Test
    void refusesFractionsNegativesAndTooLargeNumbersAtTheirPlace() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> bind("seed: 2.5\n"));
        assertEquals(1, e.line());
        assertEquals(7, e.column());
        assertTrue(e.problem().contains("whole number"), e.problem());
        assertTrue(assertThrows(ScenarioException.class, () -> bind("seed: -1\n")).problem().contains("at least 0"));
        assertTrue(assertThrows(ScenarioException.class, () -> bind("seed: 99999999999999999999\n")).problem()
                .contains("too large"));
    }

    @Test
    void keepsRawValuesAsWrittenWithTheirPositions() throws ScenarioException {
        Sample s = bind("set:\n  a.b: [1, 2]\n  c: true\n");
        assertTrue(s.set().get("a.b") instanceof YNode.Seq);
        assertEquals(2, ((YNode.Seq) s.set().get("a.b")).items.size());
        assertEquals(2, s.set().get("a.b").pos.line());
        assertEquals(3, s.set().get("c").pos.line());
        assertTrue(YNode.isNull(bind("set:\n  a.b:\n").set().get("a.b")), "an empty value too (the default)");
    }
}
