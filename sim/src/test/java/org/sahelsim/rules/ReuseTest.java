package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Tiny;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Decisions reuse valuations of the same version of the world (issue "Speed"): what they read
 * again is what they would compute now, and what they skip could not have changed the choice.
 */
class ReuseTest {

    private static World midRun(String file, Map<String, String> overrides, long seed, int months) {
        SahelModel m = Tiny.started(Tiny.shipped(file, overrides), seed, null);
        for (int i = 0; i < months; i++) {
            m.schedule.step(m);
        }
        return m.world();
    }

    @Test
    void aWeighingReadAgainIsTheWeighingMadeNowUntilTheWorldChanges() {
        World w = midRun("baseline-2015.yaml", Map.of(), 2, 8);
        for (Faction f : w.factions) {
            Alignment.Choice first = Alignment.weigh(w, f);
            assertSame(first, Alignment.weigh(w, f), f.id + ": read again in the same version");
            Alignment.Choice now = Alignment.weighNow(w, f);
            for (int k = 0; k < now.options().size(); k++) {
                assertArrayEquals(now.terms()[k], first.terms()[k], 0.0, f.id + " " + now.options().get(k).label());
            }
        }
        Faction f = w.factions.get(0);
        Alignment.Choice before = Alignment.weigh(w, f);
        w.version++;
        assertNotSame(before, Alignment.weigh(w, f), "a new version of the world is weighed afresh");
    }

    @Test
    void aMembersBaselineIsItsPositionValuedNow() {
        World w = midRun("baseline-2015.yaml", Map.of(), 4, 10);
        int seen = 0;
        for (var c : w.coalitions) {
            for (Faction m : c.members) {
                double now = Utility.sum(Utility.terms(Prospect.memberWith(w, m, c, null, 0)));
                assertEquals(now, Memo.baseline(w, m, c), 0.0, m.id);
                assertEquals(now, Memo.baseline(w, m, c), 0.0, m.id + " read again");
                seen++;
            }
        }
        assertTrue(seen > 0, "the baseline has coalition members");
    }

    /**
     * The best outside option as {@link Splits#weigh} finds it (acceptance asked best first) is
     * the one found by asking every coalition first and taking the best accepted option.
     */
    @Test
    void aBlocsBestOutsideOptionIsTheBestOfThoseEveryCoalitionWouldAccept() {
        int weighed = 0;
        for (long seed = 0; seed < 3; seed++) {
            World w = midRun("baseline-2015.yaml", Map.of(), seed, 6 + (int) seed * 5);
            for (Faction f : w.factions) {
                for (Bloc b : f.blocs) {
                    if (f.blocs.size() < 2 || !Splits.mayLeave(w, f, b)) {
                        continue;
                    }
                    Splits.Weighed d = Splits.weigh(w, f, b);
                    List<Prospect> options = Splits.outsideOptions(w, f, b);
                    double grievance = w.p.grievanceValue() * b.grievance;
                    Prospect alone = options.get(0);
                    double best = Double.NEGATIVE_INFINITY;
                    String label = null;
                    for (Prospect p : options) {
                        if (p != alone && !Acceptance.accepts(w, p.coalition, alone.actor, p.quota)) {
                            continue;
                        }
                        double u = Utility.sum(Utility.terms(p)) + grievance;
                        if (u > best) {
                            best = u;
                            label = p.label;
                        }
                    }
                    assertEquals(label, d.best().label, f.id + "/" + b.community);
                    assertEquals(best, Utility.sum(d.leave()), 1e-9, f.id + "/" + b.community);
                    weighed++;
                }
            }
        }
        assertTrue(weighed > 0, "some bloc may leave");
    }

    /** Regression: an extension into a new region changed home weights behind the overlap cache's back. */
    @Test
    void cachedOverlapsMatchTheHomeWeightsEveryMonthEvenAsJihadistsExtend() {
        SahelModel m = Tiny.started(Tiny.shipped("history-2012-2020.yaml",
                Map.of("params.expansion_rate", "0.5", "params.expansion_grievance", "0")), 1, null);
        for (int month = 0; month < 60; month++) {
            m.schedule.step(m);
            World w = m.world();
            for (Faction a : w.factions) {
                for (Faction b : w.factions) {
                    assertEquals(World.overlap(a, b), w.overlapOf(a, b), 0.0,
                            "month " + w.month + ": " + a.id + " and " + b.id);
                }
            }
        }
    }
}
