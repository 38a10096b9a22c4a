package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelsim.validation.Logs.JIH;
import static org.sahelsim.validation.Logs.MIL;
import static org.sahelsim.validation.Logs.SEP;

import org.junit.jupiter.api.Test;
import org.sahelsim.record.EventType;

class PactFormsAndBreaksTest {
    private final Measure pact = new PactFormsAndBreaks(SEP, JIH, 12);

    @Test
    void separatistJihadistPactLeftWithinAYearIsReproduced() {
        RunLog log = Logs.history().events(Logs.found(4, "MNLA", SEP, "AD", JIH, "MNLA+AD"))
                .event(Logs.leave(6, "MNLA", SEP, "MNLA+AD")).event(Logs.dissolved(6, "AD", JIH, "MNLA+AD")).build();
        Outcome o = pact.evaluate(log);
        assertTrue(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("MNLA+AD (MNLA, AD) formed 2012-05, broke 2012-07 (2 months)"), o.explanation());
    }

    @Test
    void pactMadeAndRepudiatedWithinOneMonthCounts() {
        RunLog log = Logs.history().events(Logs.found(4, "AD", JIH, "MNLA", SEP, "AD+MNLA"))
                .event(Logs.dissolved(4, "AD", JIH, "AD+MNLA")).build();
        Outcome o = pact.evaluate(log);
        assertTrue(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("(0 months)"), o.explanation());
    }

    @Test
    void pactBrokenWhenTheSeparatistJoinsByAMixedCoalitionLaterAndTheJihadistIsAbsorbed() {
        // the pact arises when MNLA joins an existing jihadist coalition, and ends when the
        // only jihadist member left is absorbed by a group outside it
        RunLog log = Logs.history().events(Logs.found(2, "AD", JIH, "GK", MIL, "AD+GK"))
                .event(Logs.join(10, "MNLA", SEP, "AD+GK"))
                .event(Logs.merge(15, "AQIM", JIH, "AD", JIH)).build();
        Outcome o = pact.evaluate(log);
        assertTrue(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("formed 2012-11, broke 2013-04 (5 months)"), o.explanation());
    }

    @Test
    void pactThatLastsLongerThanMaxMonthsIsNotReproduced() {
        RunLog log = Logs.history().events(Logs.found(4, "MNLA", SEP, "AD", JIH, "MNLA+AD"))
                .event(Logs.leave(30, "AD", JIH, "MNLA+AD")).event(Logs.dissolved(30, "MNLA", SEP, "MNLA+AD")).build();
        Outcome o = pact.evaluate(log);
        assertFalse(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("no pact broke within 12 months") && o.explanation().contains("(26 months)"),
                o.explanation());
    }

    @Test
    void pactHeldToTheEndIsNotReproduced() {
        RunLog log = Logs.history().events(Logs.found(4, "MNLA", SEP, "AD", JIH, "MNLA+AD")).build();
        Outcome o = pact.evaluate(log);
        assertFalse(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("held to the end"), o.explanation());
    }

    @Test
    void coalitionsWithoutBothKindsAreNoPact() {
        RunLog log = Logs.history().events(Logs.found(4, "MNLA", SEP, "GK", MIL, "MNLA+GK"))
                .events(Logs.found(5, "AD", JIH, "AQIM", JIH, "AD+AQIM"))
                .event(Logs.ev(6, EventType.CLASH, "MNLA", SEP, "AD", JIH, "route=Gao-Tabankort"))
                .event(Logs.leave(7, "GK", MIL, "MNLA+GK")).event(Logs.dissolved(7, "MNLA", SEP, "MNLA+GK")).build();
        Outcome o = pact.evaluate(log);
        assertFalse(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("no coalition ever held a separatist and a jihadist group"), o.explanation());
    }
}
