package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Place;
import org.sahelsim.world.Region;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/** Towns change hands only with a real shift of strength, at a cost, and never to a group with no one there. */
class TownsTest {

    private static final String WORLD = """
            name: towns-test
            start: 2015-06
            months: 1
            factions:
              MAA-CMA:
                kind: separatist
                fighters: 2000
                regions: [Timbuktu]
                blocs: {Berabiche: {share: 1.0}}
              FLM:
                kind: jihadist
                allegiance: aq
                islamism: 1.0
                fighters: 300
                regions: [Mopti]
                blocs: {Fulani: {share: 1.0}}
              GATIA:
                kind: progovernment
                fighters: 300
                regions: [Gao]
                blocs: {Imghad: {share: 1.0}}
            army: {troops: 0}
            params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.0}
            """;

    private final List<Event> events = new ArrayList<>();

    private World world() {
        World w = Tiny.started(Tiny.scenario(WORLD), 1, null).world();
        w.journal = Tiny.journal(events);
        for (Faction f : w.factions) {
            java.util.Arrays.fill(f.detached, 0);
        }
        for (Region r : w.regions) {
            r.armyTroops = 0;
        }
        for (Place p : w.places) {
            p.holder = null;
            p.armyHeld = false;
        }
        return w;
    }

    private List<Event> of(EventType t) {
        return events.stream().filter(e -> e.type() == t && e.detail().contains("place=Mopti")).toList();
    }

    @Test
    void groupDoesNotTakeATownInARegionWhereItHasNoFighters() {
        World w = world();
        Faction maa = w.faction("MAA-CMA");
        w.faction("FLM").fighters = 0;
        // 1,000 of its fighters on the route to Mopti: 500 count at Mopti, and no one else is there
        maa.detached[Tiny.route(w, "Mopti-Timbuktu").index] = 1000;
        Place mopti = w.place("Mopti");
        new Control(false).apply(w, new MersenneTwisterFast(1));
        assertNull(mopti.holder, "the Timbuktu group has no one in the Mopti region: it does not take Mopti");
        assertEquals("MAA-CMA", w.place("Timbuktu").holder.id, "it takes the open town of its own region");
    }

    @Test
    void heldTownIsNotAssaultedWithoutARealShiftOfStrength() {
        World w = world();
        Place mopti = w.place("Mopti");
        mopti.holder = w.faction("GATIA");
        w.faction("GATIA").detached[Tiny.route(w, "Mopti-Douentza").index] = 200; // 100 at Mopti
        w.faction("FLM").fighters = 500; // 500 x 1 / 2 places = 250 at Mopti: 2.5 times, short of 3
        new Control(false).apply(w, new MersenneTwisterFast(1));
        assertEquals("GATIA", mopti.holder.id);
        assertTrue(of(EventType.CLASH).isEmpty() && of(EventType.ATTACK).isEmpty(), "no assault: " + events);
    }

    @Test
    void assaultCostsBothSidesAndTakesTheTownOnlyWhenWon() {
        int taken = 0;
        int assaults = 0;
        for (int seed = 1; seed <= 40; seed++) {
            events.clear();
            World w = world();
            Place mopti = w.place("Mopti");
            Faction gatia = w.faction("GATIA");
            Faction flm = w.faction("FLM");
            mopti.holder = gatia;
            gatia.detached[Tiny.route(w, "Mopti-Douentza").index] = 200;
            flm.fighters = 800; // 400 at Mopti against 100: four times
            double gatiaBefore = gatia.fighters;
            double flmBefore = flm.fighters;
            new Control(false).apply(w, new MersenneTwisterFast(seed));
            List<Event> clashes = of(EventType.CLASH);
            assertEquals(1, clashes.size(), "one assault on Mopti: " + events);
            assertTrue(clashes.get(0).detail().startsWith("place=Mopti;"), clashes.get(0).detail());
            assertTrue(gatia.fighters < gatiaBefore && flm.fighters < flmBefore, "both sides lose fighters");
            assaults++;
            boolean won = clashes.get(0).detail().contains("taken=1");
            assertEquals(won, mopti.holder == flm, "the town changes hands exactly when the assault is won");
            assertEquals(won ? 1 : 0, of(EventType.CAPTURE).size());
            taken += won ? 1 : 0;
        }
        // Lanchester: 400^2 / (400^2 + 100^2) = 0.94 before casualties
        assertTrue(taken >= 30 && taken < assaults, "the stronger side usually, not always, wins: " + taken);
    }

    @Test
    void armyHoldsTownsWhereItIsDeployedAndJihadistAssaultsOnThemAreAttacksOnTheArmy() {
        World w = world();
        Place mopti = w.place("Mopti");
        w.region("Mopti").armyTroops = 200; // 100 at each of Mopti and Douentza
        w.faction("FLM").fighters = 100; // 50 at each: fewer than the army
        new Control(false).apply(w, new MersenneTwisterFast(3));
        assertTrue(mopti.armyHeld, "the army walks into the open town where it is deployed");
        assertFalse(w.place("Timbuktu").armyHeld, "and nowhere it is not deployed");
        events.clear();
        w.faction("FLM").fighters = 1000; // 500 at Mopti against the army's 100
        new Control(false).apply(w, new MersenneTwisterFast(3));
        List<Event> attacks = of(EventType.ATTACK);
        assertEquals(1, attacks.size(), "FLM assaults the army in Mopti: " + events);
        assertEquals("FAMa", attacks.get(0).other());
        assertTrue(attacks.get(0).detail().contains("taken="), attacks.get(0).detail());
        assertTrue(of(EventType.CLASH).isEmpty());
    }

    @Test
    void armyRetakingAGroupsTownIsAnArmyAssaultAndAGroupAssaultingTheArmyAttacksIt() {
        World w = world();
        Place mopti = w.place("Mopti");
        w.faction("FLM").fighters = 0;
        mopti.holder = w.faction("GATIA");
        w.faction("GATIA").detached[Tiny.route(w, "Mopti-Douentza").index] = 200; // 100 at Mopti
        w.region("Mopti").armyTroops = 1000; // 500 at each place: five times
        new Control(false).apply(w, new MersenneTwisterFast(2));
        List<Event> assaults = of(EventType.ARMY_ASSAULT);
        assertEquals(1, assaults.size(), "the army assaults GATIA's Mopti: " + events);
        assertEquals("FAMa", assaults.get(0).actor());
        assertEquals("GATIA", assaults.get(0).other());
        assertTrue(of(EventType.CLASH).isEmpty(), "a clash is between two groups, not the army");
        events.clear();
        World v = world();
        Place m2 = v.place("Mopti");
        v.faction("FLM").fighters = 0;
        v.region("Mopti").armyTroops = 200; // 100 at each place
        new Control(false).apply(v, new MersenneTwisterFast(3));
        assertTrue(m2.armyHeld);
        events.clear();
        v.faction("GATIA").detached[Tiny.route(v, "Mopti-Douentza").index] = 1000; // 500 at Mopti, a pro-government group
        v.faction("GATIA").regionWeight[v.region("Mopti").index] = 1.0;
        new Control(false).apply(v, new MersenneTwisterFast(3));
        List<Event> attacks = of(EventType.ATTACK);
        assertEquals(1, attacks.size(), "GATIA, not a signatory here, assaults the army's Mopti: an attack on the army: " + events);
        assertEquals("FAMa", attacks.get(0).other());
    }
}
