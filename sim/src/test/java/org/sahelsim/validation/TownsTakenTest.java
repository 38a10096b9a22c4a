package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelsim.validation.Logs.JIH;
import static org.sahelsim.validation.Logs.SEP;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.domain.Kind;

class TownsTakenTest {
    private final Measure towns = new TownsTaken(List.of(JIH), List.of(SEP), List.of("Kidal", "Gao", "Timbuktu"), 2);

    @Test
    void jihadistsTakingTwoMainTownsFromSeparatistsReproduceThePattern() {
        RunLog log = Logs.history()
                .event(Logs.capture(3, "MNLA", SEP, "FAMa", Kind.STATE, "Gao"))
                .event(Logs.capture(6, "MUJAO", JIH, "MNLA", SEP, "Gao"))
                .event(Logs.capture(6, "AD", JIH, "MNLA", SEP, "Timbuktu")).build();
        Outcome o = towns.evaluate(log);
        assertTrue(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("took 2 of 3 towns") && o.explanation().contains("Gao 2012-07 (MUJAO from MNLA)"),
                o.explanation());
    }

    @Test
    void oneTownRetakenTwiceCountsOnce() {
        RunLog log = Logs.history()
                .event(Logs.capture(6, "MUJAO", JIH, "MNLA", SEP, "Gao"))
                .event(Logs.capture(8, "MNLA", SEP, "MUJAO", JIH, "Gao"))
                .event(Logs.capture(9, "AD", JIH, "MNLA", SEP, "Gao")).build();
        Outcome o = towns.evaluate(log);
        assertFalse(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("took 1 of 3 towns"), o.explanation());
    }

    @Test
    void capturesFromTheArmyOrOfOtherPlacesOrBySeparatistsDoNotCount() {
        RunLog log = Logs.history()
                .event(Logs.capture(3, "AD", JIH, "FAMa", Kind.STATE, "Kidal"))
                .event(Logs.capture(4, "AQIM", JIH, "MNLA", SEP, "Ber"))
                .event(Logs.capture(5, "MNLA", SEP, "AD", JIH, "Timbuktu"))
                .event(Logs.capture(5, "AD", JIH, null, null, "Gao")).build();
        Outcome o = towns.evaluate(log);
        assertFalse(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("took 0 of 3 towns"), o.explanation());
    }
}
