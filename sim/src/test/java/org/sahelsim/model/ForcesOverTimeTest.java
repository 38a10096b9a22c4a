package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.world.World;

/** Scheduled inputs set any actor's strength at any month, a withdrawal to zero included. */
class ForcesOverTimeTest {

    private static final String WORLD = """
            name: forces-test
            start: 2015-06
            months: 6
            factions:
              FLM:
                kind: jihadist
                allegiance: aq
                islamism: 1.0
                fighters: 200
                regions: [Mopti]
                blocs: {Fulani: {share: 1.0}}
            minusma: {troops: 10000, bases: [Mopti]}
            army: {troops: 2000, regions: [Mopti, Segou]}
            counter_terrorism: {troops: 1500}
            arbiter: {capacity: 2}
            shocks:
              - {at: 2015-08, type: forces, actor: minusma, troops: 0}
              - {at: 2015-08, type: forces, actor: france, troops: 0}
              - {at: 2015-09, type: forces, actor: g5, troops: 900, regions: [Menaka]}
              - {at: 2015-09, type: forces, actor: army, troops: 500, regions: [Segou]}
              - {at: 2015-10, type: arbiter, value: 0.5}
            params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.0}
            """;

    @Test
    void forcesWithdrawDeployAndMoveAtTheirMonth() {
        SahelModel m = Tiny.started(Tiny.scenario(WORLD), 1, null);
        World w = m.world();
        assertEquals(10000, w.inputs.minusmaTroops, 1e-9);
        m.stepMonth(); // 2015-07
        assertTrue(w.region("Mopti").coverage > 0, "MINUSMA still covers Mopti");
        m.stepMonth(); // 2015-08: MINUSMA and the French leave
        assertEquals(0, w.inputs.minusmaTroops, 1e-9);
        assertEquals(0, w.region("Mopti").coverage, 1e-12, "no MINUSMA, no coverage");
        assertEquals(0, w.inputs.ctTroops, 1e-9);
        assertTrue(w.region("Mopti").armyTroops > 0);
        m.stepMonth(); // 2015-09: the army to Segou only, the G5 force to Menaka
        assertEquals(0, w.region("Mopti").armyTroops, 1e-9, "the army left Mopti");
        assertEquals(500, w.region("Segou").armyTroops, 1e-9);
        assertEquals(900, w.region("Menaka").armyTroops, 1e-9, "the G5 force counts with the army where it operates");
        assertEquals(2, w.inputs.arbiterCapacity, 1e-12);
        m.stepMonth(); // 2015-10
        assertEquals(0.5, w.inputs.arbiterCapacity, 1e-12, "the arbiter's capacity from its month");
    }
}
