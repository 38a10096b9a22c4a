package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelsim.validation.Logs.JIH;
import static org.sahelsim.validation.Logs.MIL;
import static org.sahelsim.validation.Logs.PRO;
import static org.sahelsim.validation.Logs.SEP;

import java.util.List;
import org.junit.jupiter.api.Test;

class RivalCoalitionsTest {
    private final Measure rivals = new RivalCoalitions(List.of(SEP), List.of(PRO, MIL), true);
    private static final List<String> RULE = List.of("all_non_jihadist");

    /** MNLA and a splinter; a mobilised Imghad group and Ganda Koy; the accord signed at month 40. */
    private static RunLog.Builder twoBlocs(int platformStep) {
        return Logs.history().signing(40, true, RULE)
                .event(Logs.split(10, "MNLA", SEP, "MNLA-Idnane", SEP))
                .event(Logs.mobilize(20, "Imghad-Gao", PRO))
                .events(Logs.found(30, "MNLA", SEP, "MNLA-Idnane", SEP, "MNLA+MNLA-Idnane"))
                .events(Logs.found(platformStep, "Imghad-Gao", PRO, "GK", MIL, "Imghad-Gao+GK"));
    }

    @Test
    void separatistAndProGovernmentCoalitionsBothSigningReproduceThePattern() {
        Outcome o = rivals.evaluate(twoBlocs(33).build());
        assertTrue(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("at 2015-05: separatist-led MNLA+MNLA-Idnane (MNLA, MNLA-Idnane) and"
                + " progovernment/community_militia-led Imghad-Gao+GK (Imghad-Gao, GK), both signatories"), o.explanation());
    }

    @Test
    void coalitionFormedAfterTheLastSignatureIsNotASignatory() {
        Outcome o = rivals.evaluate(twoBlocs(41).build());
        assertFalse(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("Imghad-Gao+GK (Imghad-Gao, GK)") && !o.explanation().contains("GK) signatory"),
                o.explanation());
        // without the signatory requirement the same history has two rival blocs
        assertTrue(new RivalCoalitions(List.of(SEP), List.of(PRO, MIL), false).evaluate(twoBlocs(41).build()).reproduced());
    }

    @Test
    void aCoalitionAlliedWithJihadistsDoesNotSignUnderTheRule() {
        RunLog log = twoBlocs(33).event(Logs.join(35, "AD", JIH, "Imghad-Gao+GK")).build();
        Outcome o = rivals.evaluate(log);
        assertFalse(o.reproduced(), o.explanation());
    }

    @Test
    void aCoalitionSplitEvenlyBetweenTheCampsIsLedByNeither() {
        RunLog log = Logs.history().signing(40, true, RULE)
                .events(Logs.found(30, "MNLA", SEP, "GK", MIL, "MNLA+GK"))
                .events(Logs.found(31, "GI", MIL, "AD", JIH, "GI+AD")).build();
        Outcome o = rivals.evaluate(log);
        assertFalse(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("at the end: MNLA+GK (MNLA, GK) signatory; GI+AD (GI, AD)"), o.explanation());
    }

    @Test
    void withoutAScheduledSignatureTheSignatoryPatternCannotBeMet() {
        Outcome o = rivals.evaluate(Logs.history().events(Logs.found(30, "MNLA", SEP, "AD", JIH, "x")).build());
        assertFalse(o.reproduced());
        assertTrue(o.explanation().contains("no accord signature"), o.explanation());
    }
}
