package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelsim.validation.Logs.JIH;
import static org.sahelsim.validation.Logs.MIL;
import static org.sahelsim.validation.Logs.SEP;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.EventType;

class MergerBetweenKindsTest {
    private final Measure jihadist = new MergerBetweenKinds(List.of(JIH), List.of(JIH), 1);

    @Test
    void jihadistAbsorbingAJihadistGroupReproducesThePattern() {
        RunLog log = Logs.history().event(Logs.merge(19, "MUJAO", JIH, "AQIM-2", JIH)).build();
        Outcome o = jihadist.evaluate(log);
        assertTrue(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("MUJAO absorbed AQIM-2 2013-08"), o.explanation());
    }

    @Test
    void mergersOfOtherKindsAndDisbandingDoNotCount() {
        RunLog log = Logs.history().event(Logs.merge(19, "MNLA", SEP, "GK", MIL))
                .event(Logs.ev(20, EventType.DISBAND, "AD", JIH, "AQIM", JIH, "absorbed_by=AQIM")).build();
        Outcome o = jihadist.evaluate(log);
        assertFalse(o.reproduced(), o.explanation());
        assertTrue(o.explanation().startsWith("0 mergers"), o.explanation());
    }
}
