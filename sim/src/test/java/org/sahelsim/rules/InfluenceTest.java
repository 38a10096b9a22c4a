package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Influence (7.18): jihadist influence grows with jihadist presence where the state and MINUSMA
 * are absent, falls with state presence, and spreads into neighbouring regions in proportion to
 * the gap, where nothing holds it back.
 */
class InfluenceTest {

    /** No influence, presence, coverage or jihadist fighters anywhere. */
    private static World empty() {
        World w = ContractWorld.start("");
        for (Region r : w.regions) {
            r.influence = 0;
            r.coverage = 0;
            r.statePresence = 0;
            r.jihadistFighters = 0;
        }
        return w;
    }

    @Test
    void influenceSpreadsFromAStrongholdIntoTheVacuumNextToItButNotWhereTheStateIs() {
        World w = empty();
        w.region("Kidal").influence = 0.6;
        w.region("Menaka").statePresence = 1;
        new Influence().apply(w, null);
        assertEquals(w.p.influenceDiffusion() * 0.6, w.region("Gao").influence, 1e-12, "Gao, next to Kidal, takes its share of the gap");
        assertEquals(0, w.region("Menaka").influence, 0, "Menaka, next to Kidal too, is held by the state");
        assertEquals(0, w.region("Segou").influence, 0, "Segou is not next to Kidal");
        assertEquals(0.6, w.region("Kidal").influence, 1e-12, "without jihadists of its own or a state, Kidal keeps what it has");
    }

    @Test
    void jihadistsInAVacuumGrowTheirInfluenceAndTheStateRollsItBack() {
        World vacuum = empty();
        World state = empty();
        for (World w : new World[] {vacuum, state}) {
            Region kidal = w.region("Kidal");
            kidal.influence = 0.3;
            kidal.jihadistFighters = 1000;
        }
        state.region("Kidal").statePresence = 0.9;
        new Influence().apply(vacuum, null);
        new Influence().apply(state, null);
        assertTrue(vacuum.region("Kidal").influence > 0.3, "it grows: " + vacuum.region("Kidal").influence);
        assertTrue(state.region("Kidal").influence < 0.3, "it falls under the state: " + state.region("Kidal").influence);
    }
}
