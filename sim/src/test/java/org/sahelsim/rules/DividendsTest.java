package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Dividends (7.5): while the accord is in force, implementation advances by its pace; the
 * month's fund times implementation goes to the signatory coalitions in equal parts, and each
 * part to the coalition's members by fighters^capture; a group outside the accord gets nothing.
 */
class DividendsTest {

    @Test
    void eachSignatoryCoalitionGetsAnEqualPartAndItsStrongestMembersCaptureMoreOfIt() {
        World w = ContractWorld.start("");
        double implementation = w.implementation;
        new Dividends(true).apply(w, null);
        assertEquals(implementation + w.pace * w.inputs.paceMultiplier, w.implementation, 1e-12, "implementation advances");
        double part = w.fund * w.inputs.fundingMultiplier * w.implementation / 2;
        Faction mnla = w.faction("MNLA");
        Faction hcua = w.faction("HCUA");
        assertEquals(part, mnla.dividendIncome + hcua.dividendIncome, 1e-6, "the CMA's part");
        assertEquals(part, w.faction("GATIA").dividendIncome + w.faction("CMFPR-I").dividendIncome, 1e-6,
                "the Platform's part, equal to the CMA's");
        assertEquals(Math.pow(mnla.fighters / hcua.fighters, w.capture), mnla.dividendIncome / hcua.dividendIncome, 1e-9,
                "the MNLA, three times the HCUA, captures more than three times as much");
        assertEquals(0, w.faction("CPA").dividendIncome, 0, "outside the accord, nothing");
        assertEquals(0, w.faction("AQIM").dividendIncome, 0);
    }
}
