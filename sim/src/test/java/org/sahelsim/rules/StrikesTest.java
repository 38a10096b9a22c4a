package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Strikes (7.2): counter-terrorism kills a share of every jihadist group's fighters, less where
 * jihadist influence shelters it, and may strike its leaders, which cuts its cohesion.
 */
class StrikesTest {

    @Test
    void strikesKillMoreOfAGroupInTheOpenThanOfOneShelteredByJihadistInfluence() {
        World w = ContractWorld.start("");
        for (Region r : w.regions) {
            r.influence = 0;
        }
        w.region("Mopti").influence = 1.0;
        Faction mur = w.faction("MUR"); // in Gao, no shelter
        Faction flm = w.faction("FLM"); // in Mopti, under full influence
        Faction mnla = w.faction("MNLA");
        double murBefore = mur.fighters;
        double flmBefore = flm.fighters;
        double mnlaBefore = mnla.fighters;
        new Strikes().apply(w, new MersenneTwisterFast(1));
        double threat = PressureTerm.ctThreat(w);
        assertTrue(threat > 0);
        assertEquals(w.p.strikeKillRate() * threat, 1 - mur.fighters / murBefore, 1e-12, "a group in the open");
        assertEquals(w.p.strikeKillRate() * threat * (1 - w.p.strikeShelter()), 1 - flm.fighters / flmBefore, 1e-12,
                "a sheltered group loses less");
        assertEquals(mnlaBefore, mnla.fighters, 0, "strikes fall on jihadists only");
        w.inputs.ctTroops = 0;
        double murNow = mur.fighters;
        new Strikes().apply(w, new MersenneTwisterFast(1));
        assertEquals(murNow, mur.fighters, 0, "no French troops, no strikes");
    }

    @Test
    void aStruckLeadershipCutsTheGroupsCohesion() {
        // leaders are struck every month at this rate and threat
        World w = ContractWorld.start("params: {leadership_strike_rate: 1.0}");
        w.inputs.ctTempo = 10;
        Faction aqim = w.faction("AQIM");
        Faction mnla = w.faction("MNLA");
        double before = aqim.cohesion;
        double secular = mnla.cohesion;
        new Strikes().apply(w, new MersenneTwisterFast(1));
        assertEquals(Math.max(0, before - w.p.leadershipCohesionLoss()), aqim.cohesion, 1e-12);
        assertEquals(secular, mnla.cohesion, 0, "a group that is not jihadist is not struck");
    }
}
