package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Details;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/** Mergers respect allegiance, need both groups' gain, and are weighed with the terms of every choice. */
class MergersTest {

    private static String twoJihadistGroups(String secondAllegiance, int ctTroops) {
        return """
                name: merge-test
                start: 2015-06
                months: 36
                factions:
                  AD:
                    kind: jihadist
                    fighters: 300
                    allegiance: aq
                    islamism: 0.9
                    regions: [Kidal, Timbuktu]
                    blocs: {Ifoghas: {share: 1.0}}
                  MUR:
                    kind: jihadist
                    fighters: 120
                    allegiance: %s
                    islamism: 1.0
                    regions: [Kidal, Gao]
                    blocs: {Arab: {share: 1.0}}
                counter_terrorism: {troops: %d}
                params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.5}
                """.formatted(secondAllegiance, ctTroops);
    }

    private static int merges(String yaml, int seeds) {
        int n = 0;
        for (long seed = 0; seed < seeds; seed++) {
            Tiny.Keep keep = new Tiny.Keep();
            Tiny.started(Tiny.scenario(yaml), seed, keep).runToEnd();
            n += (int) keep.events.stream().filter(e -> e.type() == EventType.MERGE).count();
        }
        return n;
    }

    @Test
    void alQaedaAndIslamicStateGroupsNeverMerge() {
        World w = Tiny.started(Tiny.scenario(twoJihadistGroups("is", 1600)), 1, null).world();
        assertFalse(Mergers.candidates(w.faction("AD"), w.faction("MUR")));
        assertEquals(0, merges(twoJihadistGroups("is", 1600), 10));
        World same = Tiny.started(Tiny.scenario(twoJihadistGroups("aq", 1600)), 1, null).world();
        assertTrue(Mergers.candidates(same.faction("AD"), same.faction("MUR")));
    }

    @Test
    void jihadistGroupsOfOneAllegianceConsolidateUnderStrikes() {
        int underStrikes = merges(twoJihadistGroups("aq", 3200), 20);
        int without = merges(twoJihadistGroups("aq", 0), 20);
        assertTrue(underStrikes > without, "seed 004: consolidation under pressure: " + underStrikes + " against " + without);
    }

    @Test
    void theSmallerPaysTheMergeCostAndTheLargerMustGainToo() {
        World w = Tiny.started(Tiny.scenario(twoJihadistGroups("aq", 1600)), 1, null).world();
        Faction big = w.faction("AD");
        Faction small = w.faction("MUR");
        Prospect asSmall = Prospect.merged(w, small, big, small);
        Prospect asBig = Prospect.merged(w, small, big, big);
        assertEquals(-w.p.mergeCost(), Utility.terms(asSmall)[5], 0.0, "the smaller gives up its autonomy");
        assertEquals(0, Utility.terms(asBig)[5], 0.0, "the larger gives up nothing");
        double[] big6 = Mergers.mergeTerms(w, small, big, big);
        assertEquals(Utility.sum(big6) > Utility.sum(Utility.terms(w, big, Option.STAY)), Mergers.bigAgrees(w, small, big));
        double[] small7 = Mergers.mergeTerms(w, small, big, small);
        assertEquals(-w.p.grievanceValue() * Math.max(0, 1 - asSmall.keep), small7[6], 1e-9,
                "a part paid less than the merged group's mean counts the grievance of being shut out");
    }

    @Test
    void aMergersLoggedUtilityIsTheSumOfItsTermsAndItsDriverHasTheLargestAdvantage() {
        int seen = 0;
        for (long seed = 0; seed < 10; seed++) {
            Tiny.Keep keep = new Tiny.Keep();
            Tiny.started(Tiny.scenario(twoJihadistGroups("aq", 3200)), seed, keep).runToEnd();
            for (Event e : keep.events) {
                if (e.type() == EventType.MERGE) {
                    seen++;
                    DecisionTermsTest.assertConsistent(e, Splits.NAMES);
                    Map<String, String> d = Details.parse(e.detail());
                    assertEquals("MUR", d.get("absorbed"));
                }
            }
        }
        assertTrue(seen > 0);
    }
}
