package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Details;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/** Splits: a minority breaking away, weighed with the terms of every choice, its allegiance by rule. */
class SplitsTest {

    private static List<Event> splits(String yaml, int seeds) {
        List<Event> out = new ArrayList<>();
        for (long seed = 0; seed < seeds; seed++) {
            Tiny.Keep keep = new Tiny.Keep();
            Tiny.started(Tiny.scenario(yaml), seed, keep).runToEnd();
            for (Event e : keep.events) {
                if (e.type() == EventType.SPLIT) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    @Test
    void aMajorityNeverSplitsFromItsOwnGroupHoweverShutOut() {
        // the Imghad are most of the group and get almost nothing; a small bloc holds the power
        String yaml = """
                name: majority-test
                start: 2015-06
                months: 24
                factions:
                  GATIA:
                    kind: progovernment
                    fighters: 800
                    cohesion: 0.1
                    regions: [Gao, Kidal]
                    blocs:
                      Imghad: {share: 0.85, weight: 0.05, grievance: 1.0}
                      Daoussahak: {share: 0.15, weight: 5.0}
                params: {split_review_rate: 1.0, review_rate: 0.0}
                """;
        List<Event> all = splits(yaml, 20);
        for (Event e : all) {
            Map<String, String> d = Details.parse(e.detail());
            assertFalse(d.get("bloc").equals("Imghad"), "the majority bloc split: " + e.detail());
            assertTrue(Double.parseDouble(d.get("share")) < 0.5, e.detail());
        }
        World w = Tiny.started(Tiny.scenario(yaml), 1, null).world();
        Faction g = w.faction("GATIA");
        assertFalse(Splits.mayLeave(w, g, g.bloc("Imghad")), "85% of a group is not a wing that can leave it");
        assertTrue(Splits.mayLeave(w, g, g.bloc("Daoussahak")));
    }

    private static String jihadist(String blocAllegiance) {
        return """
                name: allegiance-test
                start: 2015-06
                months: 24
                factions:
                  AQIM:
                    kind: jihadist
                    fighters: 800
                    cohesion: 0.05
                    allegiance: aq
                    islamism: 1.0
                    regions: [Kidal, Timbuktu]
                    blocs:
                      Algerian core: {share: 0.6, weight: 3.0}
                      Tuareg: {share: 0.4, weight: 0.05, grievance: 1.0%s}
                params: {split_review_rate: 1.0, review_rate: 0.0, merge_review_rate: 0.0}
                """.formatted(blocAllegiance);
    }

    @Test
    void aJihadistSplinterKeepsItsGroupsAllegianceNeverByChance() {
        List<Event> all = splits(jihadist(""), 20);
        assertTrue(all.size() >= 10, "the shut-out Tuareg wing leaves in most runs: " + all.size());
        for (Event e : all) {
            Map<String, String> d = Details.parse(e.detail());
            assertEquals("aq", d.get("allegiance"), e.detail());
            assertEquals("aq", d.get("parent_allegiance"));
        }
    }

    @Test
    void aWingThatPledgedElsewhereTakesItsOwnAllegiance() {
        // as ISGS left al-Mourabitoun for the Islamic State in 2015-05 (factions-2015-06.csv)
        List<Event> all = splits(jihadist(", allegiance: is"), 20);
        assertTrue(all.size() >= 10);
        for (Event e : all) {
            assertEquals("is", Details.parse(e.detail()).get("allegiance"), e.detail());
        }
    }

    private static String secularWithJihadistWing(String localJihadist, String allegiance) {
        return """
                name: local-brand-test
                start: 2015-06
                months: 24
                factions:
                  MNLA:
                    kind: separatist
                    fighters: 1500
                    cohesion: 0.05
                    regions: [Menaka]
                    blocs:
                      Daoussahak: {share: 0.7, weight: 3.0}
                      Fulani: {share: 0.3, weight: 0.05, grievance: 1.0, leaning: jihadist}
                  %s:
                    kind: jihadist
                    fighters: 300
                    allegiance: %s
                    islamism: 1.0
                    regions: [Menaka]
                    blocs: {Fulani: {share: 1.0}}
                params: {split_review_rate: 1.0, review_rate: 0.0, merge_review_rate: 0.0}
                """.formatted(localJihadist, allegiance);
    }

    @Test
    void aJihadistWingOfASecularGroupTakesTheBrandOfTheStrongestJihadistGroupWhereItIs() {
        for (String[] local : new String[][] {{"ISGS", "is"}, {"FLM", "aq"}}) {
            List<Event> all = splits(secularWithJihadistWing(local[0], local[1]), 20);
            List<Event> wings = all.stream().filter(e -> e.detail().contains("bloc=Fulani")).toList();
            assertTrue(wings.size() >= 5, local[0] + ": " + wings.size());
            for (Event e : wings) {
                assertEquals(local[1], Details.parse(e.detail()).get("allegiance"), e.detail());
            }
        }
    }

    private static final String CMA = """
            name: leaving-test
            start: 2015-06
            months: 6
            factions:
              MNLA:
                kind: separatist
                coalition: CMA
                fighters: 2000
                cohesion: 0.3
                regions: [Kidal, Gao]
                blocs:
                  Ifoghas: {share: 0.7, weight: 2.0}
                  Daoussahak: {share: 0.3, weight: 0.5, grievance: 0.6, leaning: community_militia}
              HCUA:
                kind: separatist
                coalition: CMA
                fighters: 500
                regions: [Kidal]
                blocs: {Ifoghas: {share: 1.0}}
              GATIA:
                kind: progovernment
                fighters: 700
                regions: [Gao, Kidal]
                blocs: {Imghad: {share: 1.0}}
            coalitions:
              CMA: {kind: separatist, signatory: true}
            accord: {in_force: true, implementation: 0.3}
            params: {split_review_rate: 1.0, review_rate: 0.0}
            """;

    @Test
    void aBlocWeighsLeavingWithTheTermsOfEveryChoiceAndItsChanceIsTheLogitOfTheirSums() {
        SahelModel m = Tiny.started(Tiny.scenario(CMA), 1, null);
        m.schedule.step(m);
        World w = m.world();
        Faction f = w.faction("MNLA");
        Bloc b = f.bloc("Daoussahak");
        Splits.Weighed d = Splits.weigh(w, f, b);
        assertEquals(Splits.NAMES.length, d.leave().length);
        assertEquals(Splits.NAMES.length, d.stay().length);
        double diff = Utility.sum(d.leave()) - Utility.sum(d.stay());
        assertEquals(1.0 / (1.0 + Math.exp(-w.p.rationality() * diff)), d.p(), 0.0, "the chance is the logit of the sums");
        // the leaving option's first six terms are exactly the alignment terms of its prospect
        double[] six = Utility.terms(d.best());
        for (int i = 0; i < six.length; i++) {
            assertEquals(six[i], d.leave()[i], 0.0, Splits.NAMES[i]);
        }
        assertEquals(w.p.grievanceValue() * b.grievance, d.leave()[6], 1e-12, "grievance counts for leaving");
        assertEquals(0, d.stay()[6], 0.0, "and not for staying");
    }

    @Test
    void aSplitsLoggedUtilityIsTheSumOfItsLoggedTermsAndItsDifferencesAreFromStaying() {
        int seen = 0;
        for (long seed = 0; seed < 10; seed++) {
            Tiny.Keep keep = new Tiny.Keep();
            Tiny.started(Tiny.scenario(CMA), seed, keep).runToEnd();
            for (Event e : keep.events) {
                if (e.type() != EventType.SPLIT) {
                    continue;
                }
                seen++;
                Map<String, String> d = Details.parse(e.detail());
                double sum = 0;
                double dsum = 0;
                for (String n : Splits.NAMES) {
                    sum += Double.parseDouble(d.get(n));
                    dsum += Double.parseDouble(d.get("d_" + n));
                }
                assertEquals(Double.parseDouble(d.get("utility")), sum, 1e-6, e.detail());
                assertEquals(sum - Double.parseDouble(d.get("stay_utility")), dsum, 1e-3, e.detail());
                String driver = d.get("driver");
                for (String n : Splits.NAMES) {
                    assertTrue(Double.parseDouble(d.get("d_" + driver)) >= Double.parseDouble(d.get("d_" + n)), e.detail());
                }
            }
        }
        assertTrue(seen > 0, "the shut-out Daoussahak bloc splits in some runs");
    }

    @Test
    void aLeavingBlocFacesItsFormerGroupAndItsAlliesAsOneSide() {
        SahelModel m = Tiny.started(Tiny.scenario(CMA), 1, null);
        World w = m.world();
        Faction mnla = w.faction("MNLA");
        Prospect alone = Prospect.blocLeaves(w, mnla, mnla.bloc("Daoussahak"), null);
        double remnant = mnla.fighters * 0.7;
        double hcua = w.faction("HCUA").fighters;
        double expected = remnant * w.overlapOf(alone.actor, mnla) + hcua * w.overlapOf(alone.actor, w.faction("HCUA"));
        assertEquals(expected, alone.rival(), 1e-6, "the rest of the MNLA pooled with its CMA ally");
        assertTrue(alone.rival() > remnant * w.overlapOf(alone.actor, mnla), "more than the largest single faction");
        // and staying, the bloc's rival is the strongest other side, GATIA
        Prospect stay = Prospect.blocStays(w, mnla, mnla.bloc("Daoussahak"), Option.STAY);
        assertEquals(w.faction("GATIA").fighters * w.overlapOf(stay.actor, w.faction("GATIA")), stay.rival(), 1e-6);
    }
}
