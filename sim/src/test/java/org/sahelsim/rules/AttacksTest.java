package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Attacks (7.16): jihadists attack MINUSMA with a chance growing with their strength and the
 * troops exposed; mobile units are more exposed than the same troops guarding bases; the
 * attacker is the strongest jihadist group of the region.
 */
class AttacksTest {

    /** The months (one per seed of the draws) in which MINUSMA is attacked in Kidal, its troops there mobile or guarding bases. */
    private static Set<Integer> monthsAttacked(boolean mobile, List<Event> events) {
        World w = ContractWorld.start("", events);
        for (Region r : w.regions) {
            r.jihadistFighters = 0;
        }
        Region kidal = w.region("Kidal");
        kidal.jihadistFighters = 2000;
        kidal.coverage = 0;
        kidal.armyTroops = 0;
        kidal.patrols = 0;
        kidal.mobileTroops = mobile ? 1000 : 0;
        kidal.baseTroops = mobile ? 0 : 1000;
        Set<Integer> out = new TreeSet<>();
        for (int seed = 0; seed < 200; seed++) {
            int before = events.size();
            new Attacks().apply(w, new MersenneTwisterFast(seed));
            if (events.subList(before, events.size()).stream().anyMatch(e -> e.other().equals("MINUSMA"))) {
                out.add(seed);
            }
        }
        return out;
    }

    @Test
    void mobileUnitsAreAttackedMoreOftenThanTheSameTroopsGuardingBases() {
        List<Event> events = new ArrayList<>();
        Set<Integer> mobile = monthsAttacked(true, events);
        Set<Integer> guards = monthsAttacked(false, new ArrayList<>());
        assertTrue(mobile.containsAll(guards), "with the same draws, every month guards are attacked mobile units are too");
        assertTrue(mobile.size() > guards.size() + 40, "and many more: " + mobile.size() + " against " + guards.size());
        for (Event e : events) {
            assertEquals(EventType.ATTACK, e.type());
            assertEquals("AQIM", e.actor(), "the strongest jihadist group of Kidal attacks");
            assertEquals("Kidal", e.region());
        }
    }
}
