package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Details;
import org.sahelsim.record.Event;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/** Every decision uses the same terms; the utility it uses is the sum of the terms it logs. */
class DecisionTermsTest {

    /** A logged decision's utility is the sum of its terms; its driver has the largest difference from staying. */
    static void assertConsistent(Event e, String[] names) {
        Map<String, String> d = Details.parse(e.detail());
        double sum = 0;
        for (String n : names) {
            sum += Double.parseDouble(d.get(n));
        }
        assertEquals(Double.parseDouble(d.get("utility")), sum, 1e-6, e.detail());
        double best = Double.parseDouble(d.get("d_" + d.get("driver")));
        for (String n : names) {
            assertTrue(best >= Double.parseDouble(d.get("d_" + n)), e.detail());
        }
    }

    @Test
    void theUtilityTheChoiceDrawsOnIsTheSumOfItsTerms() {
        SahelModel m = Tiny.started(Tiny.shipped("baseline-2015.yaml", Map.of()), 3, null);
        for (int month = 0; month < 6; month++) {
            m.schedule.step(m);
        }
        World w = m.world();
        for (Faction f : w.factions) {
            Alignment.Choice c = Alignment.weigh(w, f);
            for (int k = 0; k < c.options().size(); k++) {
                assertEquals(Utility.sum(c.terms()[k]), c.utilities()[k], 0.0, f.id + " " + c.options().get(k).label());
                assertArrayEquals(Utility.terms(w, f, c.options().get(k)), c.terms()[k], 0.0);
            }
            assertArrayEquals(Utility.logit(c.utilities(), w.p.rationality()), c.probabilities(), 0.0);
        }
    }

    @Test
    void everyDecisionOfTheBaselineLogsItsTermsItsUtilityAndItsDriver() {
        int seen = 0;
        for (long seed = 0; seed < 4; seed++) {
            Tiny.Keep keep = new Tiny.Keep();
            Tiny.started(Tiny.shipped("baseline-2015.yaml", Map.of("months", "24")), seed, keep).runToEnd();
            for (Event e : keep.events) {
                if (e.detail().contains("driver=")) {
                    seen++;
                    assertConsistent(e, e.type() == org.sahelsim.record.EventType.SPLIT || e.type() == org.sahelsim.record.EventType.MERGE ? Splits.NAMES : Utility.NAMES);
                }
            }
        }
        assertTrue(seen > 20, "decisions seen: " + seen);
    }

    @Test
    void oneRivalAndOneSecurityForStayingJoiningLeavingASplitAndAMerger() {
        SahelModel m = Tiny.started(Tiny.shipped("baseline-2015.yaml", Map.of()), 1, null);
        m.schedule.step(m);
        World w = m.world();
        Faction mnla = w.faction("MNLA");
        List<Prospect> all = List.of(Prospect.of(w, mnla, Option.STAY), Prospect.of(w, mnla, Option.LEAVE),
                Prospect.of(w, w.faction("CPA"), new Option(Option.Type.JOIN, w.coalition("CMA"), null)),
                Prospect.blocLeaves(w, mnla, mnla.bloc("Daoussahak"), null),
                Prospect.blocStays(w, mnla, mnla.bloc("Daoussahak"), Option.STAY),
                Prospect.merged(w, w.faction("MUR"), w.faction("AQIM"), w.faction("MUR")));
        for (Prospect p : all) {
            assertEquals(SecurityTerm.value(w, p.sideFighters(), p.rival()), new SecurityTerm().contribution(w, p), 0.0,
                    p.label);
        }
        // a bloc staying shares its faction's side and so its faction's rival
        assertEquals(all.get(0).rival(), all.get(4).rival(), 1e-9);
    }
}
