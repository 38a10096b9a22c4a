package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/** A seat at the table: who can be recognised, what a recognised party is paid, and why a bloc with leaders leaves for it. */
class RecognitionTest {

    private static String world(boolean leadership, double share) {
        return """
                name: recognition-test
                start: 2015-06
                months: 1
                factions:
                  HCUA:
                    kind: separatist
                    coalition: CMA
                    fighters: 500
                    regions: [Kidal]
                    blocs:
                      Ifoghas: {share: 0.8}
                      Kel Ansar: {share: 0.2, weight: 0.9, leadership: %s}
                  MNLA:
                    kind: separatist
                    coalition: CMA
                    fighters: 2000
                    regions: [Kidal]
                    blocs: {Idnane: {share: 1.0}}
                  GATIA:
                    kind: progovernment
                    coalition: Platform
                    fighters: 1000
                    regions: [Gao]
                    blocs: {Imghad: {share: 1.0}}
                  CPA:
                    kind: separatist
                    fighters: 300
                    regions: [Timbuktu]
                    blocs: {Idnane: {share: 1.0}}
                coalitions:
                  CMA: {kind: separatist, signatory: true}
                  Platform: {kind: progovernment, signatory: true}
                accord: {in_force: true, implementation: 0.3, recognition_share: %s}
                params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.0}
                """.formatted(leadership, share);
    }

    private static World started(boolean leadership, double share) {
        return Tiny.started(Tiny.scenario(world(leadership, share)), 1, null).world();
    }

    private static Bloc bloc(Faction f, String community) {
        for (Bloc b : f.blocs) {
            if (b.community.equals(community)) {
                return b;
            }
        }
        throw new IllegalArgumentException(community);
    }

    private static double dividendOfLeavingAlone(World w) {
        Faction hcua = w.faction("HCUA");
        return Utility.terms(Prospect.blocLeaves(w, hcua, bloc(hcua, "Kel Ansar"), null))[1];
    }

    @Test
    void blocWithLeadersOfItsOwnCountsASeatAtTheTableWhenItWeighsLeaving() {
        double seat = dividendOfLeavingAlone(started(true, 0.2));
        assertTrue(seat > 0, "a bloc with leaders expects a part of the dividends as a recognised party: " + seat);
        assertEquals(0, dividendOfLeavingAlone(started(false, 0.2)), 1e-12, "a bloc without leaders of its own does not");
        assertEquals(0, dividendOfLeavingAlone(started(true, 0)), 1e-12, "nor one facing an accord that seats no one new");
        assertTrue(dividendOfLeavingAlone(started(true, 0.4)) > seat, "the larger the seat, the more it is worth");
    }

    @Test
    void recognisedPartyIsPaidItsPartOfTheFund() {
        World w = started(true, 0.2);
        Faction cpa = w.faction("CPA");
        assertTrue(Recognition.eligible(cpa), "a non-jihadist group standing alone with its leaders");
        assertFalse(Recognition.eligible(w.faction("MNLA")), "a coalition member is not");
        List<Event> events = new ArrayList<>();
        w.journal = Tiny.journal(events);
        w.recognitionRate = 1.0;
        new Recognition().apply(w, new MersenneTwisterFast(1));
        assertTrue(cpa.recognised && cpa.signatory, "recognised with certainty at a rate of 1");
        assertEquals(EventType.RECOGNITION, events.get(0).type());
        new Dividends(false).apply(w, null);
        double fund = w.fund * w.implementation;
        // two coalitions and a party of 0.2: 2.2 parts
        assertEquals(0.2 * fund / 2.2, cpa.dividendIncome, 1e-6);
        double platform = w.faction("GATIA").dividendIncome;
        assertEquals(fund / 2.2, platform, 1e-6, "each coalition its part, the party a fifth of one");
        Moves.enter(w, cpa, w.coalition("Platform"));
        assertFalse(cpa.recognised, "a party that joins a signatory coalition is paid as its members are");
        assertTrue(Dividends.receives(cpa) && cpa.signatory);
    }

    @Test
    void partyKeepsItsSeatAlongsideOtherGroupsOutsideTheAccordButNotBesideJihadists() {
        World w = started(true, 0.2);
        Faction cpa = w.faction("CPA");
        cpa.recognised = true;
        cpa.signatory = true;
        Faction mnla = w.faction("MNLA");
        Moves.exit(w, mnla);
        Moves.found(w, cpa, mnla);
        assertTrue(Recognition.seated(cpa), "allied outside the accord, it keeps its seat (the CME)");
        assertTrue(Dividends.receives(cpa));
        mnla.kind = org.sahelsim.domain.Kind.JIHADIST;
        assertFalse(Recognition.seated(cpa), "beside a jihadist member it sits nowhere");
    }

    @Test
    void jihadistsAndCommunitiesInArmsAreNeverSeated() {
        World w = started(true, 0.2);
        Faction cpa = w.faction("CPA");
        cpa.leaders = false;
        assertFalse(Recognition.eligible(cpa), "a group without leaders to sit at the table");
        cpa.leaders = true;
        cpa.kind = org.sahelsim.domain.Kind.JIHADIST;
        assertFalse(Recognition.eligible(cpa), "a jihadist group: excluded from the accord (seed 001)");
    }
}
