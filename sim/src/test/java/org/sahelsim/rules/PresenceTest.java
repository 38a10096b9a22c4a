package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Presence (7.1): MINUSMA's guards stay at its open bases and its mobile units go where the
 * jihadist threat is (threat times the square root of the population); the army spreads its
 * troops over its regions by the same rule.
 */
class PresenceTest {

    /** A region's claim on mobile troops: its threat (base threat plus influence) times the square root of its population. */
    private static double claim(Region r) {
        return (Presence.BASE_THREAT + r.influence) * Math.sqrt(r.population);
    }

    @Test
    void mobileUnitsGoWhereTheJihadistThreatIsAndBaseGuardsStayAtTheirBases() {
        World w = ContractWorld.start("");
        // 8,000 troops, half of them mobile; bases at Kidal, Tessalit (both Kidal region), Gao, Timbuktu, Mopti
        w.inputs.mobileShare = 0.5;
        new Presence().apply(w, null);
        Region kidal = w.region("Kidal");
        Region menaka = w.region("Menaka");
        assertEquals(2 * 4000.0 / 5, kidal.baseTroops, 1e-9, "two of the five bases' guards are in Kidal region");
        assertEquals(0, menaka.baseTroops, 0, "no base, no guards");
        assertEquals(kidal.mobileTroops / claim(kidal), menaka.mobileTroops / claim(menaka), 1e-9,
                "mobile units in proportion to threat times the square root of the population");
        double mobile = 0;
        for (Region r : w.regions) {
            mobile += r.mobileTroops;
        }
        assertEquals(4000, mobile, 1e-9, "every mobile unit is deployed");
        double before = menaka.mobileTroops;
        menaka.influence = 0.9;
        new Presence().apply(w, null);
        assertTrue(menaka.mobileTroops > 2 * before, "a surge of jihadist influence draws mobile units: " + before + " -> "
                + menaka.mobileTroops);
        assertEquals(0, menaka.baseTroops, 0, "but no guards");
        double stat = Math.min(w.p.urbanShare(), w.p.baseCoverage() * kidal.baseTroops / 1000);
        double mob = Math.min(1, w.p.mobileCoverage() * (kidal.mobileTroops / 1000) / (kidal.areaKm2 / 100000));
        assertEquals(1 - (1 - stat) * (1 - mob), kidal.coverage, 1e-12, "guards cover the towns, mobile units the country");
    }

    @Test
    void theArmyReinforcesTheRegionsWhereJihadistsGrow() {
        World w = ContractWorld.start("");
        new Presence().apply(w, null);
        Region mopti = w.region("Mopti");
        Region segou = w.region("Segou");
        assertEquals(0, w.region("Kidal").armyTroops, 0, "the army is not in Kidal");
        assertEquals(mopti.armyTroops / claim(mopti), segou.armyTroops / claim(segou), 1e-9);
        double before = mopti.armyTroops;
        mopti.influence = 0.8;
        new Presence().apply(w, null);
        assertTrue(mopti.armyTroops > before, "more troops where jihadist influence grew: " + before + " -> " + mopti.armyTroops);
        double army = 0;
        for (Region r : w.regions) {
            army += r.armyTroops;
        }
        assertEquals(3000, army, 1e-9, "taken from the army's other regions");
    }
}
