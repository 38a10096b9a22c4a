package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.model.Tiny;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/** Security is Christia's minimum winning coalition: the smallest side that can prevail is worth most. */
class SecurityTermTest {
    private static final String TWO_SIDES = """
            name: security-test
            start: 2015-06
            months: 2
            factions:
              CPA:
                kind: separatist
                fighters: 200
                regions: [Gao]
                blocs: {Songhai: {share: 1.0}}
              GATIA:
                kind: progovernment
                coalition: Rival
                fighters: 500
                regions: [Gao]
                blocs: {Imghad: {share: 1.0}}
              MAA-PF:
                kind: progovernment
                coalition: Rival
                fighters: 500
                regions: [Gao]
                blocs: {Lamhar: {share: 1.0}}
              MNLA:
                kind: separatist
                coalition: Small
                fighters: 1000
                regions: [Gao]
                blocs: {Idnane: {share: 1.0}}
              HCUA:
                kind: separatist
                coalition: Big
                fighters: 3000
                regions: [Kidal]
                blocs: {Ifoghas: {share: 1.0}}
              MAA-CMA:
                kind: separatist
                coalition: Big
                fighters: 1000
                regions: [Kidal]
                blocs: {Berabiche: {share: 1.0}}
            coalitions:
              Rival: {kind: progovernment}
              Small: {kind: separatist}
              Big: {kind: separatist}
            params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.0}
            """;

    @Test
    void amongSidesThatCanPrevailTheSmallestIsWorthMost() {
        World w = Tiny.started(Tiny.scenario(TWO_SIDES), 1, null).world();
        double rival = 1000;
        double best = Double.NEGATIVE_INFINITY;
        double bestSide = 0;
        for (double side : new double[] {600, 1300, 2500, 5000}) {
            double v = SecurityTerm.value(w, side, rival);
            if (v > best) {
                best = v;
                bestSide = side;
            }
        }
        assertEquals(1300, bestSide, "just larger than the rival of 1,000");
        assertTrue(SecurityTerm.prevails(w, 1300, rival) > 0.5, "and it can prevail");
    }

    @Test
    void aSmallGroupAloneKeepsLittleOfTheSecurityOfALargeSide() {
        World w = Tiny.started(Tiny.scenario(TWO_SIDES), 1, null).world();
        double alone = SecurityTerm.value(w, 50, 1000);
        double large = SecurityTerm.value(w, 3000, 1000);
        assertTrue(alone < 0.1 * large, "50 fighters alone against 1,000: " + alone + " against " + large);
    }

    @Test
    void aFactionPrefersTheCoalitionJustLargerThanItsRivalToAnOversizedOne() {
        World w = Tiny.started(Tiny.scenario(TWO_SIDES), 1, null).world();
        Faction cpa = w.faction("CPA");
        Option small = new Option(Option.Type.JOIN, w.coalition("Small"), null);
        Option big = new Option(Option.Type.JOIN, w.coalition("Big"), null);
        Prospect ps = Prospect.of(w, cpa, small);
        Prospect pb = Prospect.of(w, cpa, big);
        // the rival it faces in Gao is the same coalition of 1,000 either way
        assertEquals(1000, ps.rival(), 1e-9);
        assertEquals(1000, pb.rival(), 1e-9);
        double vs = new SecurityTerm().contribution(w, ps);
        double vb = new SecurityTerm().contribution(w, pb);
        assertTrue(vs > vb, "a side of 1,200 against 1,000 beats one of 4,200: " + vs + " against " + vb);
        assertTrue(new SecurityTerm().contribution(w, Prospect.of(w, cpa, Option.STAY)) < vs, "and standing alone");
    }
}
