package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.World;

/**
 * Signing shocks naming coalitions by rule: {@code all_non_jihadist} makes every coalition alive
 * at the month with at least two members, none jihadist, sign; a preliminary agreement makes
 * signatories without putting the accord into force.
 */
class SigningShocksTest {
    /** Three coalitions: two of two non-jihadist members, one of two non-jihadist members and a jihadist. */
    private static String world(String shocks) {
        return """
                name: signing
                start: 2015-06
                months: 3
                factions:
                  MNLA: {kind: separatist, coalition: SEP, fighters: 2000, regions: [Kidal], blocs: {Ifoghas: {share: 1}}}
                  HCUA: {kind: separatist, coalition: SEP, fighters: 500, regions: [Kidal], blocs: {Ifoghas: {share: 1}}}
                  GATIA: {kind: progovernment, coalition: PG, fighters: 800, regions: [Gao], blocs: {Imghad: {share: 1}}}
                  MAA-PF: {kind: progovernment, coalition: PG, fighters: 800, regions: [Gao], blocs: {Lamhar: {share: 1}}}
                  CPA: {kind: separatist, coalition: MIX, fighters: 300, regions: [Timbuktu], blocs: {Idnane: {share: 1}}}
                  GI: {kind: community_militia, coalition: MIX, fighters: 300, regions: [Timbuktu], blocs: {Songhai: {share: 1}}}
                  AD: {kind: jihadist, coalition: MIX, fighters: 500, regions: [Timbuktu], allegiance: aq, blocs: {Ifoghas: {share: 1}}}
                coalitions:
                  SEP: {kind: separatist}
                  PG: {kind: progovernment}
                  MIX: {kind: separatist}
                params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.0}
                accord: {in_force: false, implementation: 0.5}
                shocks:
                """ + shocks;
    }

    private static World after(String shocks, int months) {
        SahelModel m = Tiny.started(Tiny.scenario(world(shocks)), 1, null);
        for (int i = 0; i < months; i++) {
            m.stepMonth();
        }
        return m.world();
    }

    @Test
    void ruleAllNonJihadistSignsEveryCoalitionOfTwoOrMoreMembersWithoutJihadistsAndNoOther() {
        World w = after("  - {at: 1, type: accord_signed, coalitions: [all_non_jihadist]}\n", 1);
        assertTrue(w.coalition("SEP").signatory);
        assertTrue(w.coalition("PG").signatory);
        assertFalse(w.coalition("MIX").signatory, "a coalition allied with a jihadist group does not sign");
        assertTrue(w.faction("MNLA").signatory && w.faction("MAA-PF").signatory);
        assertFalse(w.faction("CPA").signatory || w.faction("GI").signatory);
        assertTrue(w.accordInForce);
    }

    @Test
    void ruleIsAppliedAtTheMonthOfTheShockNotBefore() {
        World w = after("  - {at: 2, type: accord_signed, coalitions: [all_non_jihadist]}\n", 1);
        for (Coalition c : w.coalitions) {
            assertFalse(c.signatory, c.name + " signed before the shock's month");
        }
        assertFalse(w.accordInForce);
    }

    @Test
    void preliminaryAgreementMakesSignatoriesButLeavesTheAccordOutOfForceAndUnpaid() {
        World w = after("  - {at: 1, type: preliminary_agreement, coalitions: [all_non_jihadist]}\n", 2);
        assertTrue(w.coalition("SEP").signatory);
        assertTrue(w.faction("GATIA").signatory);
        assertFalse(w.accordInForce, "a preliminary agreement does not put the accord into force");
        assertEquals(0.5, w.implementation, 1e-12, "nothing is implemented before the signature");
        assertEquals(0.0, w.faction("MNLA").dividendIncome, 0.0);
    }

    @Test
    void namedCoalitionAndRuleTogetherSignEachCoalitionOnce() {
        World w = after("  - {at: 1, type: accord_signed, coalitions: [SEP, all_non_jihadist]}\n", 1);
        assertEquals(2, Shocks.signers(w, java.util.List.of("SEP", "all_non_jihadist")).size());
        assertTrue(w.coalition("PG").signatory);
    }
}
