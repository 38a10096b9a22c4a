package org.sahelsim.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Tiny;
import org.sahelsim.rules.Clashes;
import org.sahelsim.rules.Dividends;
import org.sahelsim.rules.Integration;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * The mechanism changes that make the reconciliation and integration levers act on the real
 * baseline (see {@link LeversOnBaselineTest}): forums calm the hostility of groups fighting
 * on routes in their regions, and a group that joins a signatory coalition on its own while
 * integration is offered comes in on the lever's terms.
 */
class LeverMechanismsTest {

    private static final String KIDAL = """
            name: forum-test
            start: 2015-06
            months: 6
            factions:
              HCUA:
                kind: separatist
                fighters: 500
                regions: [Kidal]
                blocs: {Ifoghas: {share: 1.0}}
              GATIA:
                kind: progovernment
                fighters: 500
                regions: [Kidal]
                blocs: {Imghad: {share: 1.0}}
              MAA-CMA:
                kind: separatist
                fighters: 500
                regions: [Kidal]
                blocs: {Berabiche: {share: 1.0}}
            params: {review_rate: 0.0, split_review_rate: 0.0, affinity_community_weight: 0.5, affinity_ideology_weight: 0.3}
            """;

    private static Route routeWithin(World w, String region) {
        for (Route r : w.routes) {
            if (r.from.region.name.equals(region) && r.to.region.name.equals(region)) {
                return r;
            }
        }
        throw new IllegalStateException("no route inside " + region);
    }

    @Test
    void aForumRemovesItsShareOfHostilityFromClashChancesOnRoutesInItsRegion() {
        SahelModel m = Tiny.started(Tiny.scenario(KIDAL), 1, null);
        World w = m.world();
        Route r = routeWithin(w, "Kidal");
        Faction ifoghas = w.faction("HCUA");
        Faction imghad = w.faction("GATIA");
        Faction arabs = w.faction("MAA-CMA");
        // rival communities, and a pair with no community rivalry whose tie has soured in fighting
        w.ties.set(ifoghas, arabs, -1.0);
        assertTrue(w.affinity(ifoghas, imghad) < 0 && w.affinity(ifoghas, arabs) < 0, "both pairs are hostile");

        double rivalsBefore = Clashes.probability(w, r, ifoghas, imghad);
        double souredBefore = Clashes.probability(w, r, ifoghas, arabs);
        // the plain chance between two groups of different sides, without hostility
        double base = (w.p.clashBase() + w.p.clashRent() * r.netRent / 100000.0) * (1 - w.p.clashDeterrence() * r.coverage);
        w.region("Kidal").reconciliation = 1.0;
        assertEquals(base, Clashes.probability(w, r, ifoghas, imghad), 1e-12,
                "a full-strength forum removes all hostility between rival communities");
        assertEquals(base, Clashes.probability(w, r, ifoghas, arabs), 1e-12,
                "and the hostility of a soured tie, which has no community rivalry behind it");
        w.region("Kidal").reconciliation = 0.5;
        assertTrue(Clashes.probability(w, r, ifoghas, arabs) < souredBefore, "half strength calms part of it");
        assertTrue(Clashes.probability(w, r, ifoghas, arabs) > base);
        assertTrue(rivalsBefore > base && souredBefore > base, "hostility raised the chance without a forum");
    }

    @Test
    void theReconciliationLeverSetsForumStrengthOnlyInItsRegions() {
        String yaml = KIDAL + """
                levers:
                  reconciliation: {enabled: true, start: 1, strength: 0.4, regions: [Kidal]}
                """;
        SahelModel m = Tiny.started(Tiny.scenario(yaml), 1, null);
        assertEquals(0.0, m.world().region("Kidal").reconciliation, 0.0, "no forum before the lever starts");
        m.stepMonth();
        assertEquals(0.4, m.world().region("Kidal").reconciliation, 1e-12);
        assertEquals(0.0, m.world().region("Gao").reconciliation, 0.0);
    }

    @Test
    void everyGroupThatEntersTheAccordWhileIntegrationIsOfferedIsIntegratedWithItsQuota() {
        // On the real baseline groups also join signatory coalitions on their own review;
        // while the lever is on they must come in on its terms (weighed with the quota by the
        // members, quota funded), not as plain members whose expected quota never arrives.
        var s = Tiny.shipped("baseline-2015.yaml", Map.of("levers.integration.enabled", "true"));
        int entered = 0;
        for (long seed = 1; seed <= 12; seed++) {
            SahelModel m = Tiny.started(s, seed, null);
            World w = m.world();
            for (int month = 1; month <= 24; month++) {
                Set<Faction> paidBefore = new HashSet<>();
                Set<Faction> offeredBefore = new HashSet<>();
                for (Faction f : w.factions) {
                    if (Dividends.receives(f)) {
                        paidBefore.add(f);
                    } else if (Integration.eligible(w, f)) {
                        offeredBefore.add(f);
                    }
                }
                m.stepMonth();
                for (Faction f : w.factions) {
                    // a group the accord's committee recognised sits as a party: it did not enter a signatory coalition
                    if (Dividends.receives(f) && f.coalition != null && f.coalition.signatory && !paidBefore.contains(f)
                            && offeredBefore.contains(f)) {
                        entered++;
                        assertTrue(f.integrated, f.id + " entered the accord in month " + month + " (seed " + seed
                                + ") while integration was offered, but not on its terms");
                    }
                }
            }
        }
        assertTrue(entered > 0, "groups entered the accord in these runs: " + entered);
    }
}
