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

/** A group below the viable size ceases; its fighters go to kin or allies, never to a rival. */
class DisbandingTest {

    private static String world(String smallKind, String smallAllegiance, String heirAllegiance) {
        String small = smallKind.equals("jihadist") ? "ISGS" : "CMFPR-I";
        return """
                name: disband-test
                start: 2015-06
                months: 1
                factions:
                  FLM:
                    kind: jihadist
                    fighters: 400
                    allegiance: %s
                    islamism: 1.0
                    regions: [Menaka]
                    blocs: {Fulani: {share: 1.0}}
                  %s:
                    kind: %s
                    fighters: 20
                    allegiance: %s
                    islamism: 1.0
                    regions: [Menaka]
                    blocs: {Fulani: {share: 1.0}}
                params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.0}
                """.formatted(heirAllegiance, small, smallKind, smallAllegiance);
    }

    private static List<Event> disband(World w) {
        List<Event> out = new java.util.ArrayList<>();
        w.journal = Tiny.journal(out);
        new Disbanding().apply(w, null);
        return out;
    }

    @Test
    void anIslamicStateGroupIsNeverAbsorbedByAnAlQaedaGroup() {
        World w = Tiny.started(Tiny.scenario(world("jihadist", "is", "aq")), 1, null).world();
        Faction heir = w.faction("FLM");
        double before = heir.fighters;
        List<Event> ev = disband(w);
        assertEquals(1, ev.size());
        assertEquals(EventType.DISBAND, ev.get(0).type());
        assertFalse(ev.get(0).detail().contains("absorbed_by"), ev.get(0).detail());
        assertEquals(before, heir.fighters, "the rival brand takes none of its fighters");
        assertFalse(w.faction("ISGS").alive);
    }

    @Test
    void aGroupOfTheSameAllegianceAndKinTakesInTheFallenGroup() {
        World w = Tiny.started(Tiny.scenario(world("jihadist", "aq", "aq")), 1, null).world();
        List<Event> ev = disband(w);
        assertTrue(ev.get(0).detail().contains("absorbed_by=FLM"), ev.get(0).detail());
        assertEquals(420, w.faction("FLM").fighters, 1e-9);
    }

    @Test
    void aRivalIsNeverAnHeir() {
        World w = Tiny.started(Tiny.scenario(world("jihadist", "aq", "aq")), 1, null).world();
        w.ties.set(w.faction("ISGS"), w.faction("FLM"), -0.2); // they have fought
        List<Event> ev = disband(w);
        assertFalse(ev.get(0).detail().contains("absorbed_by"), ev.get(0).detail());
        assertEquals(400, w.faction("FLM").fighters, 1e-9);
    }

    @Test
    void aJihadistGroupNeverTakesInASecularOne() {
        World w = Tiny.started(Tiny.scenario(world("community_militia", "none", "aq")), 1, null).world();
        List<Event> ev = disband(w);
        assertFalse(ev.get(0).detail().contains("absorbed_by"), ev.get(0).detail());
    }

    @Test
    void aGroupAtTheViableSizeGoesOn() {
        SahelModel m = Tiny.started(Tiny.scenario(world("jihadist", "is", "aq").replace("fighters: 20", "fighters: 30")), 1,
                null);
        assertTrue(disband(m.world()).isEmpty(), "30 fighters, the smallest group the record shows lasting");
    }
}
