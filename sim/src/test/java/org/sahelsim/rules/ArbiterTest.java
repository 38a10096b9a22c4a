package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/** The arbiter settles disputes between allies while it has capacity; the others are fought. */
class ArbiterTest {

    private static final String WORLD = """
            name: arbiter-test
            start: 2015-06
            months: 1
            factions:
              MNLA:
                kind: separatist
                coalition: CMA
                fighters: 1000
                regions: [Kidal]
                blocs: {Idnane: {share: 1.0}}
              HCUA:
                kind: separatist
                coalition: CMA
                fighters: 1000
                regions: [Kidal]
                blocs: {Ifoghas: {share: 1.0}}
            coalitions:
              CMA: {kind: separatist}
            army: {troops: 0}
            params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.0, clash_base: 1.0}
            """;

    /** The world with the two allies facing each other on the two richest routes of Kidal, and nothing else. */
    private static World allies(double capacity, List<Event> events) {
        World w = Tiny.started(Tiny.scenario(WORLD), 1, null).world();
        w.journal = Tiny.journal(events);
        Faction a = w.faction("MNLA");
        Faction b = w.faction("HCUA");
        for (Route r : w.routes) {
            a.detached[r.index] = 0;
            b.detached[r.index] = 0;
        }
        Route rich = Tiny.route(w, "Anefis-Kidal");
        Route poorer = Tiny.route(w, "Kidal-Aguelhok");
        rich.netRent = 300000;
        poorer.netRent = 190000;
        for (Route r : List.of(rich, poorer)) {
            a.detached[r.index] = 200;
            b.detached[r.index] = 100;
        }
        w.inputs.arbiterCapacity = capacity;
        return w;
    }

    private static List<Event> of(List<Event> events, EventType t) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (e.type() == t) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void alliesFightOverRoutesWhenNoArbiterHasCapacity() {
        List<Event> events = new ArrayList<>();
        World w = allies(0, events);
        new Clashes().apply(w, new MersenneTwisterFast(7));
        assertEquals(2, of(events, EventType.CLASH).size(), "both disputes come to blows: " + events);
        assertEquals(0, of(events, EventType.DISPUTE_SETTLED).size());
        assertTrue(of(events, EventType.CLASH).get(0).detail().contains("same_side=1"));
    }

    @Test
    void arbiterSettlesTheDisputeWithMostRentAtStakeFirst() {
        List<Event> events = new ArrayList<>();
        World w = allies(1, events);
        new Clashes().apply(w, new MersenneTwisterFast(7));
        List<Event> settled = of(events, EventType.DISPUTE_SETTLED);
        assertEquals(1, settled.size(), "capacity for one dispute: " + events);
        assertTrue(settled.get(0).detail().startsWith("route=Anefis-Kidal;"), settled.get(0).detail());
        List<Event> fought = of(events, EventType.CLASH);
        assertEquals(1, fought.size(), "the other is fought: " + events);
        assertTrue(fought.get(0).detail().startsWith("route=Kidal-Aguelhok;"), fought.get(0).detail());
    }

    @Test
    void arbiterWithCapacityToSpareSettlesEveryDisputeBetweenAllies() {
        List<Event> events = new ArrayList<>();
        World w = allies(5, events);
        double before = w.faction("MNLA").fighters + w.faction("HCUA").fighters;
        new Clashes().apply(w, new MersenneTwisterFast(7));
        assertEquals(2, of(events, EventType.DISPUTE_SETTLED).size());
        assertEquals(0, of(events, EventType.CLASH).size());
        assertEquals(before, w.faction("MNLA").fighters + w.faction("HCUA").fighters, 1e-9, "settled disputes kill no one");
    }

    @Test
    void rivalsDisputesNeverGoToTheArbiter() {
        List<Event> events = new ArrayList<>();
        World w = allies(5, events);
        w.faction("HCUA").coalition.members.remove(w.faction("HCUA"));
        w.faction("HCUA").coalition = null;
        w.version++;
        new Clashes().apply(w, new MersenneTwisterFast(7));
        assertEquals(0, of(events, EventType.DISPUTE_SETTLED).size());
        assertEquals(2, of(events, EventType.CLASH).size());
    }
}
