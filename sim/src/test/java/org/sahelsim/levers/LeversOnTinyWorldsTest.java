package org.sahelsim.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Tiny;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;

/** Each lever on a small hand-built world: it changes the mechanism's input it is meant to. */
class LeversOnTinyWorldsTest {

    private static final String FACTIONS = """
            factions:
              MNLA:
                kind: separatist
                coalition: CMA
                fighters: 1500
                regions: [Kidal, Gao]
                blocs: {Ifoghas: {share: 0.6}, Idnane: {share: 0.4}}
              HCUA:
                kind: separatist
                coalition: CMA
                fighters: 500
                regions: [Kidal]
                blocs: {Ifoghas: {share: 1.0}}
              CPA:
                kind: separatist
                fighters: 300
                regions: [Gao, Timbuktu]
                blocs: {Idnane: {share: 1.0}}
            coalitions:
              CMA: {kind: separatist, signatory: true}
            """;

    private static String world(String extra) {
        return "name: lever-test\nstart: 2015-06\nmonths: 6\n" + FACTIONS + extra;
    }

    @Test
    void closingABaseRemovesItsGuardsAndCoverageFromItsRegion() {
        String base = world("""
                minusma: {troops: 6000, mobile_share: 0.0, bases: [Gao, Tessalit]}
                params: {review_rate: 0.0, split_review_rate: 0.0}
                """);
        String closed = base + """
                levers:
                  minusma: {enabled: true, start: 1, close_bases: [Tessalit], mobile_share: 0.0}
                """;
        SahelModel a = Tiny.started(Tiny.scenario(base), 1, null);
        SahelModel b = Tiny.started(Tiny.scenario(closed), 1, null);
        a.stepMonth();
        b.stepMonth();
        Region ka = a.world().region("Kidal");
        Region kb = b.world().region("Kidal");
        assertTrue(ka.baseTroops > 0, "Tessalit's guards cover Kidal region while it is open");
        assertEquals(0.0, kb.baseTroops, 1e-9, "no guards are left in Kidal region once Tessalit closes");
        assertTrue(b.world().inputs.mobileShare > 0.4, "the closed base's guards become mobile: " + b.world().inputs.mobileShare);
        double staticA = Math.min(a.world().p.urbanShare(), a.world().p.baseCoverage() * ka.baseTroops / 1000.0);
        assertTrue(staticA > 0, "the base gave static coverage");
        assertTrue(!b.world().place("Tessalit").base, "Tessalit is no longer a base");
    }

    @Test
    void sanctionsCutTheTargetsRentByTheEnforcementShare() {
        String yaml = world("""
                params: {review_rate: 0.0, split_review_rate: 0.0}
                levers:
                  sanctions: {enabled: true, start: 1, targets: [MNLA], enforcement: 0.4}
                """);
        SahelModel m = Tiny.started(Tiny.scenario(yaml), 2, null);
        m.stepMonth();
        Faction mnla = m.world().faction("MNLA");
        Faction hcua = m.world().faction("HCUA");
        double gross = mnla.rentIncome + mnla.sanctionLoss;
        assertTrue(gross > 0, "MNLA has rent to lose");
        // three groups: fragmentation is below the evasion threshold, so enforcement bites fully
        assertEquals(0.6 * gross, mnla.rentIncome, 1e-6 * gross, "the target keeps 1 - enforcement of its rent");
        assertEquals(0.0, hcua.sanctionLoss, 1e-9, "a group not targeted loses nothing");
    }

    @Test
    void sanctionsBiteLessAsGroupsFragment() {
        String many = world("""
                params: {review_rate: 0.0, split_review_rate: 0.0}
                levers:
                  sanctions: {enabled: true, start: 1, targets: [MNLA], enforcement: 0.4}
                """);
        SahelModel base = Tiny.started(Tiny.scenario(many), 2, null);
        base.stepMonth();
        double evasionFew = org.sahelsim.rules.Rents.evasion(base.world());
        SahelModel big = Tiny.started(Tiny.shipped("baseline-2015.yaml", java.util.Map.of()), 2, null);
        double evasionMany = org.sahelsim.rules.Rents.evasion(big.world());
        assertEquals(0.0, evasionFew, 1e-9);
        assertTrue(evasionMany > evasionFew, "thirteen groups evade more than three: " + evasionMany);
    }

    @Test
    void anIntegratedGroupIsPaidFromTheMonthIntegrationStartsAndNotBefore() {
        String yaml = world("""
                accord: {in_force: true, implementation: 0.5, pace: 0.0, recognition_rate: 0.0}
                params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.0, rationality: 0.2}
                levers:
                  integration: {enabled: true, start: 3, groups: [CPA], coalition: CMA, quota: 3000}
                """);
        int integrated = 0;
        for (long seed = 1; seed <= 10; seed++) {
            SahelModel m = Tiny.started(Tiny.scenario(yaml), seed, null);
            Faction cpa = m.world().faction("CPA");
            for (int month = 1; month <= 5; month++) {
                m.stepMonth();
                if (month < 3) {
                    assertEquals(0.0, cpa.dividendIncome, 0.0, "no dividends before integration, month " + month);
                    assertTrue(!cpa.signatory);
                }
                if (month == 3 && cpa.integrated) {
                    integrated++;
                    assertTrue(cpa.dividendIncome > 0, "paid in the month it is integrated");
                    assertEquals("CMA", cpa.coalition.name);
                }
            }
        }
        assertTrue(integrated >= 8, "with places added (quotas) the group and the members accept: " + integrated + "/10");
    }

    @Test
    void counterTerrorismTempoKillsMoreJihadists() {
        String yaml = """
                name: ct-test
                start: 2015-06
                months: 12
                factions:
                  AQIM:
                    kind: jihadist
                    fighters: 800
                    allegiance: aq
                    regions: [Kidal]
                    blocs: {Arab: {share: 1.0}}
                counter_terrorism: {troops: 1600, tempo: 1}
                params: {review_rate: 0.0, split_review_rate: 0.0}
                """;
        String fast = yaml + "levers:\n  counter_terrorism: {enabled: true, start: 1, tempo: 3}\n";
        SahelModel a = new SahelModel(Tiny.scenario(yaml), 4, null);
        a.runToEnd();
        SahelModel b = new SahelModel(Tiny.scenario(fast), 4, null);
        b.runToEnd();
        assertTrue(b.world().faction("AQIM").fighters < a.world().faction("AQIM").fighters,
                "a higher tempo leaves fewer jihadist fighters");
    }

    @Test
    void statePresenceLeverRaisesPresenceOnlyInItsRegions() {
        String yaml = world("""
                levers:
                  state_presence: {enabled: true, start: 1, strength: 0.3, regions: [Kidal]}
                """);
        String none = world("");
        SahelModel a = Tiny.started(Tiny.scenario(none), 1, null);
        SahelModel b = Tiny.started(Tiny.scenario(yaml), 1, null);
        a.stepMonth();
        b.stepMonth();
        assertEquals(a.world().region("Kidal").statePresence + 0.3, b.world().region("Kidal").statePresence, 1e-9);
        assertEquals(a.world().region("Gao").statePresence, b.world().region("Gao").statePresence, 1e-12);
    }
}
