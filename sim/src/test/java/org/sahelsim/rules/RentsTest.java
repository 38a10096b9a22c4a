package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * Rents (7.4): a route yields its rent cut by interdiction, MINUSMA's coverage along it and
 * patrols at its ends; those on it share it by the contest, allies pooled, each member its
 * detachment's share of its side's take.
 */
class RentsTest {

    @Test
    void coverageAndPatrolsCutARoutesRentAndAlliesOnItShareTheirSidesTakeByTheirFighters() {
        World w = ContractWorld.start("");
        Faction mnla = w.faction("MNLA");
        Faction hcua = w.faction("HCUA");
        int e = Arrays.stream(mnla.reachable).filter(x -> Arrays.stream(hcua.reachable).anyMatch(y -> y == x)).findFirst()
                .orElseThrow();
        Route r = w.routes[e];
        for (Faction f : w.factions) {
            f.detached[e] = 0;
        }
        mnla.detached[e] = 300;
        hcua.detached[e] = 100;
        r.coverage = 0;
        r.from.region.patrols = 0;
        r.to.region.patrols = 0;
        new Rents().apply(w, null);
        double full = r.baseRent * w.p.rentScale();
        assertTrue(full > 0, "the route pays");
        assertEquals(full, r.netRent, 1e-6, "nothing interdicts it");
        assertEquals(3, mnla.routeRent[e] / hcua.routeRent[e], 1e-9, "the CMA's take shared by fighters on the route");
        assertTrue(mnla.routeRent[e] + hcua.routeRent[e] < full, "the traffic's escorts keep some of it");
        r.coverage = 0.5;
        r.from.region.patrols = 1;
        r.to.region.patrols = 1;
        new Rents().apply(w, null);
        assertEquals(full * (1 - w.p.coverageInterdiction() * 0.5) * (1 - w.p.patrolInterdiction()), r.netRent, 1e-6,
                "MINUSMA along it and patrols at both ends cut it");
    }
}
