package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * A group outside the accord that joins a signatory coalition on its own review, while the
 * integration lever offers it a place there, comes in on the lever's terms: the members weigh
 * it with its quota, and it is integrated (its quota funded), as it expected when choosing.
 */
class AlignmentUnderIntegrationTest {

    private static final String WORLD = """
            name: integration-review
            start: 2015-06
            months: 6
            factions:
              MNLA:
                kind: separatist
                coalition: CMA
                fighters: 1500
                regions: [Kidal, Gao]
                blocs: {Ifoghas: {share: 0.6}, Idnane: {share: 0.4}}
              HCUA:
                kind: separatist
                coalition: CMA
                fighters: 500
                regions: [Kidal]
                blocs: {Ifoghas: {share: 1.0}}
              CPA:
                kind: separatist
                fighters: 300
                regions: [Gao, Timbuktu]
                blocs: {Idnane: {share: 1.0}}
            coalitions:
              CMA: {kind: separatist, signatory: true}
            accord: {in_force: true, implementation: 0.5, pace: 0.0}
            params: {review_rate: 0.0, split_review_rate: 0.0, rationality: 1.0}
            """;

    /** The set-up world with the integration lever's inputs as the lever would set them. */
    private static World offered(Tiny.Keep sink, String coalition, double quota) {
        SahelModel m = Tiny.started(Tiny.scenario(WORLD), 1, sink);
        World w = m.world();
        w.inputs.integrationOn = true;
        w.inputs.integrationGroups.add("CPA");
        w.inputs.integrationCoalition = coalition;
        w.inputs.integrationQuota = quota;
        return w;
    }

    @Test
    void aGroupJoiningOnItsOwnReviewIsIntegratedWithItsQuota() {
        Tiny.Keep sink = new Tiny.Keep();
        World w = offered(sink, "CMA", 3000);
        Faction cpa = w.faction("CPA");
        assertTrue(Integration.offers(w, cpa, w.coalition("CMA")));
        Alignment.decide(w, cpa, 0.999999); // the last option: joining the CMA
        assertEquals("CMA", cpa.coalition == null ? null : cpa.coalition.name, "the members accept it with its quota");
        assertTrue(cpa.integrated && cpa.signatory, "it comes in on the lever's terms");
        Event join = sink.events.stream().filter(e -> e.type() == EventType.JOIN).findFirst().orElseThrow();
        assertTrue(join.detail().contains("integration=1"), join.detail());
    }

    @Test
    void theQuotaIsExpectedOnlyFromTheCoalitionTheLeverNames() {
        World w = offered(new Tiny.Keep(), "Platform", 3000);
        Faction cpa = w.faction("CPA");
        assertFalse(Integration.offers(w, cpa, w.coalition("CMA")), "the lever names another coalition");
        double named = Dividends.expectedPerFighter(w, cpa, w.coalition("CMA"));
        World any = offered(new Tiny.Keep(), "", 3000);
        double open = Dividends.expectedPerFighter(any, any.faction("CPA"), any.coalition("CMA"));
        assertTrue(open > named + 100, "the quota counts where it is offered: " + open + " vs " + named);
    }

    @Test
    void aGroupTheAccordAlreadyPaysIsNeverOfferedAPlaceEvenWhenNamed() {
        World w = offered(new Tiny.Keep(), "", 3000);
        w.inputs.integrationGroups.addAll(List.of("MNLA", "non_signatories"));
        Faction mnla = w.faction("MNLA");
        assertTrue(Dividends.receives(mnla), "a member of the signatory CMA is paid");
        assertFalse(Integration.eligible(w, mnla), "named, but already paid by the accord");
        assertFalse(Integration.offers(w, mnla, w.coalition("CMA")));
        w.inputs.integrationGroups.clear();
        w.inputs.integrationGroups.add("non_signatories");
        assertTrue(Integration.eligible(w, w.faction("CPA")), "non_signatories: every group outside the accord");
        assertFalse(Integration.eligible(w, mnla));
    }
}
