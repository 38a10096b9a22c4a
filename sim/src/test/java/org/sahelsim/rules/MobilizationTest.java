package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Latent;
import org.sahelsim.world.World;

/**
 * Mobilization (7.14): a latent community's readiness grows with the threat it faces, jihadist
 * influence where the state is absent among it; it takes up arms with the chance of its
 * readiness squared, as a new group of its community and region.
 */
class MobilizationTest {

    private static Latent dogon(World w) {
        return w.latent.stream().filter(l -> l.community.equals("Dogon")).findFirst().orElseThrow();
    }

    @Test
    void readinessRisesMoreWhereJihadistInfluenceMeetsAnAbsentState() {
        World threatened = ContractWorld.start("");
        World secured = ContractWorld.start("");
        ContractWorld.region(threatened, "Mopti", 0.8, 0);
        ContractWorld.region(secured, "Mopti", 0, 1);
        double before = dogon(threatened).readiness;
        new Mobilization().apply(threatened, new MersenneTwisterFast(3));
        new Mobilization().apply(secured, new MersenneTwisterFast(3));
        assertTrue(dogon(threatened).readiness > before, "the Dogon of Mopti get readier to fight: " + dogon(threatened).readiness);
        assertTrue(dogon(threatened).readiness > dogon(secured).readiness + threatened.p.mobilizationRate() * 0.5,
                "far more than where the state holds Mopti: " + dogon(threatened).readiness + " against " + dogon(secured).readiness);
    }

    @Test
    void aCommunityReadyToFightTakesUpArmsAsANewGroupOfItsRegion() {
        List<Event> events = new ArrayList<>();
        World w = ContractWorld.start("", events);
        Latent l = dogon(w);
        l.readiness = 1;
        int groups = w.factions.size();
        new Mobilization().apply(w, new MersenneTwisterFast(3));
        assertTrue(l.mobilised, "readiness 1: it takes up arms for certain");
        Faction f = w.factions.stream().filter(x -> l.id.equals(x.origin)).findFirst().orElseThrow();
        assertEquals(l.fighters, f.fighters, 0);
        assertEquals(l.kind, f.kind);
        assertEquals(1.0, f.regionWeight[l.region.index], 0, "at home in its region");
        assertEquals("Dogon", f.blocs.get(0).community);
        assertTrue(w.factions.size() > groups);
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.MOBILIZE && e.actor().equals(f.id)));
        new Mobilization().apply(w, new MersenneTwisterFast(4));
        assertEquals(1, w.factions.stream().filter(x -> l.id.equals(x.origin)).count(), "a community takes up arms once");
    }
}
