package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * Deployment (7.3): a faction detaches a share of its fighters along the routes it can reach,
 * toward the best marginal rent, moving a part of them each month; detachments on routes that
 * no longer pay are pulled back.
 */
class DeploymentTest {

    /** Only one route yields rent. */
    private static void onlyPays(World w, int route) {
        for (Route r : w.routes) {
            r.netRent = r.index == route ? 500_000 : 0;
        }
    }

    @Test
    void fightersMoveTowardTheRouteThatPaysAPartAMonthAndLeaveTheOnesThatNoLongerDo() {
        World w = ContractWorld.start("");
        Faction gk = w.faction("GK");
        assertTrue(gk.reachable.length >= 2, "routes it can reach");
        int first = gk.reachable[0];
        int second = gk.reachable[1];
        double budget = gk.fighters * w.p.detachmentShare();
        onlyPays(w, first);
        new Deployment(true).apply(w, null);
        for (int e : gk.reachable) {
            assertEquals(e == first ? budget : 0, gk.detached[e], 1e-9, "at set-up, all of its detachments go to the one route that pays");
        }
        onlyPays(w, second);
        new Deployment(false).apply(w, null);
        double rate = w.p.redeployRate();
        assertEquals(rate * budget, gk.detached[second], 1e-9, "a part of them moves to the route that pays now");
        assertEquals((1 - rate) * budget, gk.detached[first], 1e-9, "the rest is still pulling back from the one that no longer does");
        assertEquals(gk.fighters - budget, gk.garrison(), 1e-9, "the others keep its home");
    }
}
