package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelsim.validation.Logs.JIH;
import static org.sahelsim.validation.Logs.MIL;
import static org.sahelsim.validation.Logs.SEP;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitsByParentKindTest {
    private final Measure both = new SplitsByParentKind(List.of(SEP, JIH), 1);

    @Test
    void splitsOfASeparatistAndOfAJihadistParentReproduceThePattern() {
        // the MIA left Ansar Dine as a separatist-leaning splinter: the side is the parent's
        RunLog log = Logs.history().event(Logs.split(12, "AD", JIH, "AD-Ifoghas", SEP))
                .event(Logs.split(26, "MNLA", SEP, "MNLA-Idnane", SEP)).build();
        Outcome o = both.evaluate(log);
        assertTrue(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("separatist 1 (first MNLA-Idnane from MNLA 2014-03), jihadist 1"),
                o.explanation());
    }

    @Test
    void splitsOnOneSideOnlyDoNotReproduceIt() {
        RunLog log = Logs.history().event(Logs.split(12, "AD", JIH, "AD-Ifoghas", SEP))
                .event(Logs.split(20, "AQIM", JIH, "AQIM-Tuareg", JIH))
                .event(Logs.split(22, "GK", MIL, "GK-2", MIL)).build();
        Outcome o = both.evaluate(log);
        assertFalse(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("separatist 0, jihadist 2"), o.explanation());
    }

    @Test
    void minEachAppliesToEverySide() {
        RunLog log = Logs.history().event(Logs.split(12, "AD", JIH, "AD-Ifoghas", SEP))
                .event(Logs.split(26, "MNLA", SEP, "MNLA-Idnane", SEP))
                .event(Logs.split(28, "MNLA", SEP, "MNLA-Daoussahak", MIL)).build();
        assertFalse(new SplitsByParentKind(List.of(SEP, JIH), 2).evaluate(log).reproduced());
        assertTrue(new SplitsByParentKind(List.of(SEP), 2).evaluate(log).reproduced());
    }
}
