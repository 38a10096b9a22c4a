package org.sahelsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolConditionTest {

    @RequiresTool({"sh"})
    static class NeedsShell {
    }

    @RequiresTool({"no-such-tool-sahelsim"})
    static class NeedsMissing {
    }

    @Test
    void findsAToolOnThePathAndReportsAMissingOne() {
        Map<String, String> env = System.getenv();
        assertTrue(ToolCondition.missing(NeedsShell.class.getAnnotation(RequiresTool.class), env).isEmpty());
        assertEquals(1, ToolCondition.missing(NeedsMissing.class.getAnnotation(RequiresTool.class), env).size());
    }

    @Test
    void ciIsRecognisedOnlyWhenTrue() {
        assertTrue(ToolCondition.onCi(Map.of("CI", "true")));
        assertFalse(ToolCondition.onCi(Map.of("CI", "")));
        assertFalse(ToolCondition.onCi(Map.of()));
    }

    @Test
    @RequiresTool({"sh"})
    void runsWhenTheToolIsPresent() {
        assertTrue(ToolCondition.onPath("sh", System.getenv("PATH")));
    }
}
