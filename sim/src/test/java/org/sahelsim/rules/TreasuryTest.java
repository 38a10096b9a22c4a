package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Treasury (7.6): when a faction's treasury cannot pay its fighters, a share of the unpaid
 * desert; some of them, more where jihadist influence is high, join the strongest jihadist
 * group around; the others return to their communities' pools.
 */
class TreasuryTest {

    private static double pools(World w) {
        double s = 0;
        for (int c = 0; c < w.communityCount(); c++) {
            for (Region r : w.regions) {
                s += w.pool(c, r);
            }
        }
        return s;
    }

    @Test
    void unpaidFightersDesertAndSomeJoinTheStrongestJihadistGroupAroundThem() {
        World w = ContractWorld.start("");
        w.inputs.armingBudget = 0;
        for (Faction f : w.factions) {
            // no income; every other group has two months' pay, enough to pay and too little to recruit
            f.rentIncome = 0;
            f.dividendIncome = 0;
            f.sponsorIncome = 0;
            f.levyIncome = 0;
            f.treasury = 2 * w.p.wage() * f.fighters;
        }
        Faction cpa = w.faction("CPA");
        cpa.treasury = 0;
        Region home = w.regions[cpa.mainRegion()];
        home.influence = 0.5;
        Faction jihadists = w.strongestJihadistIn(home);
        assertTrue(jihadists != null, "a jihadist group where the CPA lives");
        double fighters = cpa.fighters;
        double joined = jihadists.fighters;
        double pooled = pools(w);
        new Treasury().apply(w, null);
        double deserters = w.p.desertionRate() * fighters;
        double toJihad = deserters * w.p.jihadistDefection() * home.influence;
        assertEquals(fighters - deserters, cpa.fighters, 1e-9, "a share of the unpaid desert");
        assertEquals(joined + toJihad, jihadists.fighters, 1e-9, "some join the strongest jihadist group around");
        assertEquals(pooled + deserters - toJihad, pools(w), 1e-6, "the others go home to their communities' pools");
        assertEquals(0, cpa.treasury, 0, "its treasury is empty, not in debt");
    }
}
