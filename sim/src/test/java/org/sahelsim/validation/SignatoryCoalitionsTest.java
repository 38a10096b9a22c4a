package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelsim.validation.Logs.JIH;
import static org.sahelsim.validation.Logs.MIL;
import static org.sahelsim.validation.Logs.PRO;
import static org.sahelsim.validation.Logs.SEP;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignatoryCoalitionsTest {
    private static final List<String> RULE = List.of("all_non_jihadist");
    private final Measure two = new SignatoryCoalitions(2, 2);

    private static RunLog.Builder base() {
        return Logs.history().signing(40, true, RULE).signing(41, true, RULE)
                .event(Logs.split(10, "MNLA", SEP, "MNLA-2", SEP))
                .event(Logs.mobilize(20, "Imghad-Gao", PRO));
    }

    @Test
    void twoCoalitionsSigningAtTheTwoSignaturesReproduceThePattern() {
        // the Platform signs at the first signature, the separatist bloc formed in between signs at the second
        RunLog log = base().events(Logs.found(30, "Imghad-Gao", PRO, "GK", MIL, "PF"))
                .events(Logs.found(40, "MNLA", SEP, "MNLA-2", SEP, "CMA")).build();
        Outcome o = two.evaluate(log);
        assertTrue(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("2 signatory coalitions (range 2 to 2): PF (Imghad-Gao, GK) 2015-05;"
                + " CMA (MNLA, MNLA-2) 2015-06"), o.explanation());
    }

    @Test
    void coalitionsGoneBeforeTheSignatureOrWithJihadistsDoNotCount() {
        RunLog log = Logs.history().signing(40, true, RULE).signing(41, true, RULE)
                .event(Logs.split(10, "MNLA", SEP, "MNLA-2", SEP))
                .events(Logs.found(12, "MNLA", SEP, "MNLA-2", SEP, "CMA"))
                .event(Logs.leave(20, "MNLA-2", SEP, "CMA")).event(Logs.dissolved(20, "MNLA", SEP, "CMA"))
                .event(Logs.mobilize(21, "Imghad-Gao", PRO))
                .events(Logs.found(25, "AD", JIH, "MNLA", SEP, "AD+MNLA"))
                .events(Logs.found(30, "Imghad-Gao", PRO, "GK", MIL, "PF")).build();
        Outcome o = two.evaluate(log);
        assertFalse(o.reproduced(), o.explanation());
        assertTrue(o.explanation().startsWith("1 signatory coalition (range 2 to 2): PF"), o.explanation());
    }

    @Test
    void aPartyToThePreliminaryAgreementStillAliveAtTheSignatureCounts() {
        RunLog log = Logs.history().signing(17, false, RULE).signing(40, true, RULE)
                .events(Logs.found(12, "MNLA", SEP, "GK", MIL, "MNLA+GK"))
                // joins the accord's side after the preliminary agreement: no new signatory coalition
                .event(Logs.join(20, "GI", MIL, "MNLA+GK")).build();
        Outcome o = new SignatoryCoalitions(1, 1).evaluate(log);
        assertTrue(o.reproduced(), o.explanation());
        assertTrue(o.explanation().contains("MNLA+GK (MNLA, GK, GI) 2015-05"), o.explanation());
    }

    @Test
    void noAccordScheduledMeansNoSignatoryCoalition() {
        Outcome o = two.evaluate(Logs.history().events(Logs.found(12, "MNLA", SEP, "GK", MIL, "MNLA+GK")).build());
        assertFalse(o.reproduced());
        assertTrue(o.explanation().contains("schedules no accord signature"), o.explanation());
    }
}
