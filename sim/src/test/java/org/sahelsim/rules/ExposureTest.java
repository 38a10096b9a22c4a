package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Exposure (7.7): a faction's exposure is jihadist influence where neither the state nor
 * MINUSMA is, over its home regions; its jihadist reach, influence alone.
 */
class ExposureTest {

    @Test
    void exposureIsJihadistInfluenceWhereNeitherTheStateNorMinusmaIsAndReachIsInfluenceAlone() {
        World w = ContractWorld.start("");
        Region kidal = ContractWorld.region(w, "Kidal", 0.5, 0.1);
        kidal.coverage = 0.2;
        Region gao = ContractWorld.region(w, "Gao", 0.2, 0.5);
        gao.coverage = 0.6;
        Faction mnla = w.faction("MNLA"); // at home in Kidal and Gao
        new Exposure().apply(w, null);
        double wk = mnla.regionWeight[kidal.index];
        double wg = mnla.regionWeight[gao.index];
        assertEquals(1, wk + wg, 1e-12);
        assertEquals(wk * 0.5 * 0.8 * 0.9 + wg * 0.2 * 0.4 * 0.5, mnla.exposure, 1e-12);
        assertEquals(wk * 0.5 + wg * 0.2, mnla.jihadistReach, 1e-12);
        kidal.statePresence = 1;
        gao.coverage = 1;
        new Exposure().apply(w, null);
        assertEquals(0, mnla.exposure, 1e-12, "where the state or MINUSMA is everywhere, no threat");
        assertEquals(wk * 0.5 + wg * 0.2, mnla.jihadistReach, 1e-12, "but the jihadists' reach is there still");
        Faction aqim = w.faction("AQIM");
        assertEquals(aqim.fighters * aqim.regionWeight[kidal.index], kidal.jihadistFighters, 1e-9,
                "the jihadist fighters of Kidal are AQIM's share there");
    }
}
