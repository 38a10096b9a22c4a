package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelsim.validation.Logs.JIH;
import static org.sahelsim.validation.Logs.MIL;
import static org.sahelsim.validation.Logs.SEP;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.run.Seeds;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/** Membership rebuilt from events matches the model's own state. */
class CoalitionReplayTest {
    @Test
    void switchMovesAFactionAndDissolutionLeavesTheLastMemberAlone() {
        RunLog log = Logs.history().events(Logs.found(3, "MNLA", SEP, "GK", MIL, "A"))
                .events(Logs.found(4, "AD", JIH, "GI", MIL, "B"))
                .event(Logs.ev(5, EventType.SWITCH, "GK", MIL, "B", null, ""))
                .event(Logs.dissolved(5, "MNLA", SEP, "A")).build();
        CoalitionReplay r = new CoalitionReplay(log);
        for (Event e : log.events()) {
            r.apply(e);
        }
        assertEquals(List.of("B"), r.coalitions());
        assertEquals(List.of("AD", "GI", "GK"), r.members("B"));
        assertNull(r.coalitionOf("MNLA"));
        assertTrue(r.ledBy("B", List.of(MIL)));
        assertFalse(r.ledBy("B", List.of(JIH)));
    }

    /** The world's alive coalitions with their members, and its signatory coalitions. */
    private static Map<String, List<String>> state(World w, List<String> signatories) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Coalition c : w.coalitions) {
            if (c.alive && !c.members.isEmpty()) {
                List<String> m = new ArrayList<>();
                for (Faction f : c.members) {
                    m.add(f.id);
                }
                out.put(c.name, m);
                if (c.signatory) {
                    signatories.add(c.name);
                }
            }
        }
        return out;
    }

    @Test
    void replayOfTheHistoryEndsWithTheModelsCoalitionsMembersAndSignatories() {
        Scenario s = Tiny.shipped("history-2012.yaml", Map.of());
        int signatoryCoalitionsSeen = 0;
        for (int rep = 0; rep < 6; rep++) {
            Tiny.Keep keep = new Tiny.Keep();
            SahelModel m = new SahelModel(s, Seeds.forRun(1, rep), keep);
            m.runToEnd();
            CoalitionReplay r = new CoalitionReplay(RunLog.of(s, keep.events, keep.rows));
            for (Event e : keep.events) {
                r.apply(e);
            }
            r.advanceTo(s.months());
            List<String> worldSignatories = new ArrayList<>();
            Map<String, List<String>> expected = state(m.world(), worldSignatories);
            Map<String, List<String>> replayed = new LinkedHashMap<>();
            List<String> replaySignatories = new ArrayList<>();
            for (String c : r.coalitions()) {
                if (!r.members(c).isEmpty()) {
                    replayed.put(c, new ArrayList<>(r.members(c)));
                }
                if (r.signatory(c)) {
                    replaySignatories.add(c);
                }
            }
            assertEquals(expected, replayed, "rep " + rep);
            assertEquals(worldSignatories, replaySignatories, "rep " + rep);
            for (Faction f : m.world().allFactions) {
                assertEquals(f.kind, r.kindOf(f.id), f.id);
            }
            signatoryCoalitionsSeen += worldSignatories.size();
        }
        assertTrue(signatoryCoalitionsSeen > 0, "the history's signature made some coalition sign in six runs");
    }
}
