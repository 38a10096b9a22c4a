package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Cohesion (7.19): a bloc's grievance remembers how far what it received falls short of its
 * faction's mean; a faction's cohesion moves toward one minus its blocs' grievance and falls
 * with the fighters it lost; members of a coalition grow closer.
 */
class CohesionTest {

    /** The MNLA paid 200 a fighter this month, its Daoussahak bloc getting {@code daoussahak} a fighter of it. */
    private static World paid(double daoussahak) {
        World w = ContractWorld.start("");
        Faction mnla = w.faction("MNLA");
        mnla.rentIncome = 200 * mnla.fighters;
        mnla.dividendIncome = 0;
        mnla.otherIncome = 0;
        Bloc d = mnla.bloc("Daoussahak");
        Bloc i = mnla.bloc("Ifoghas");
        d.received = daoussahak;
        i.received = (200 - d.share * daoussahak) / i.share;
        return w;
    }

    @Test
    void aBlocShutOutByItsLeadersGrievesAndItsFactionHoldsTogetherLess() {
        World fair = paid(200);
        World shut = paid(0);
        double before = fair.faction("MNLA").bloc("Daoussahak").grievance;
        new Cohesion().apply(fair, null);
        new Cohesion().apply(shut, null);
        double m = fair.p.grievanceMemory();
        assertEquals(m * before, fair.faction("MNLA").bloc("Daoussahak").grievance, 1e-12, "paid the mean, its grievance fades");
        assertEquals(m * before + (1 - m), shut.faction("MNLA").bloc("Daoussahak").grievance, 1e-12,
                "shut out, it remembers the whole shortfall");
        assertEquals(0, shut.faction("MNLA").bloc("Ifoghas").grievance, 1e-12, "the leaders' bloc, paid above the mean, has none");
        assertTrue(shut.faction("MNLA").cohesion < fair.faction("MNLA").cohesion, "the faction holds together less");
    }

    @Test
    void fightersLostInTheMonthCostCohesionAndCoalitionPartnersGrowCloser() {
        World calm = ContractWorld.start("");
        World bloody = ContractWorld.start("");
        Faction lost = bloody.faction("MNLA");
        lost.lossesThisMonth = 0.25 * lost.fighters;
        double tie = calm.tie(calm.faction("MNLA"), calm.faction("HCUA"));
        new Cohesion().apply(calm, null);
        new Cohesion().apply(bloody, null);
        assertEquals(calm.faction("MNLA").cohesion - calm.p.lossCohesion() * 0.2, lost.cohesion, 1e-12,
                "a fifth of its fighters at the start of the month lost");
        assertEquals(0, lost.lossesThisMonth, 0, "the month's losses are counted once");
        assertEquals(tie + calm.p.coalitionTieGrowth(), calm.tie(calm.faction("MNLA"), calm.faction("HCUA")), 1e-12,
                "the CMA's members grow closer");
    }
}
