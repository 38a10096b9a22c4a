package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.Event;
import org.sahelsim.record.Metrics;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.format.ScenarioWriter;
import org.sahelsim.scenario.TimedInput;

/**
 * Timed inputs: a lever changed at month t leaves the months before t as they were, and a
 * scenario holding the changes recorded during a session replays that session exactly.
 */
class TimedInputsReplayTest {
    private static final long SEED = 20150620L;

    private static Scenario baseline() {
        return Tiny.shipped("baseline-2015.yaml", Map.of("months", "24"));
    }

    private static TimedInput sanctionsAt(int month) {
        try {
            return ScenarioLoader.timedInput(MonthRef.ofOffset(month), Map.of("levers.sanctions.enabled", "true",
                    "levers.sanctions.criteria", "[trafficking_ties, spoiling]", "levers.sanctions.enforcement", "0.9"));
        } catch (ScenarioException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aTimedInputAtMonthTLeavesEarlierMonthsIdentical() {
        int t = 10;
        Scenario plain = baseline();
        Tiny.Keep without = new Tiny.Keep();
        ModelRunner.run(plain, SEED, without);
        Tiny.Keep with = new Tiny.Keep();
        ModelRunner.run(plain.withTimedInputs(List.of(sanctionsAt(t))), SEED, with);

        for (int step = 0; step < t; step++) {
            assertArrayEquals(without.rows.get(step), with.rows.get(step), "metrics of step " + step);
        }
        assertEquals(before(without.events, t), before(with.events, t), "events of the months before " + t);
        boolean differs = false;
        for (int step = t; step < with.rows.size(); step++) {
            differs |= without.rows.get(step)[Metrics.TRAFFICKING_REVENUE] != with.rows.get(step)[Metrics.TRAFFICKING_REVENUE];
        }
        assertTrue(differs, "sanctions from month " + t + " change trafficking revenue afterwards");
    }

    private static List<Event> before(List<Event> events, int month) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (e.step() < month) {
                out.add(e);
            }
        }
        return out;
    }

    /** What the classroom window does: start, step, add a timed input for the next month, step on. */
    private static Tiny.Keep session(Scenario s, List<TimedInput> changes, List<Integer> madeDuring) {
        Tiny.Keep keep = new Tiny.Keep();
        SahelModel m = Tiny.started(s, SEED, keep);
        List<TimedInput> recorded = new ArrayList<>();
        while (m.month() < s.months()) {
            for (int i = 0; i < changes.size(); i++) {
                if (madeDuring.get(i) == m.month()) {
                    recorded.add(changes.get(i));
                    m.setTimedInputs(recorded);
                }
            }
            m.stepMonth();
        }
        return keep;
    }

    @Test
    void aSavedSessionReplaysTheSameEventsAsTheSession() throws Exception {
        Scenario s = baseline();
        // changes made while months 4 and 11 were shown apply from months 5 and 12
        TimedInput a = sanctionsAt(5);
        TimedInput b = ScenarioLoader.timedInput(MonthRef.ofOffset(12), Map.of("levers.integration.enabled", "true",
                "levers.integration.groups", "[non_signatories]"));
        Tiny.Keep live = session(s, List.of(a, b), List.of(4, 11));

        Scenario saved = ScenarioLoader.fromYamlString(ScenarioWriter.toYaml(s.withTimedInputs(List.of(a, b))), null);
        Tiny.Keep replay = new Tiny.Keep();
        ModelRunner.run(saved, SEED, replay);

        assertFalse(live.events.isEmpty());
        assertEquals(live.events, replay.events);
        assertEquals(live.rows.size(), replay.rows.size());
        for (int i = 0; i < live.rows.size(); i++) {
            assertArrayEquals(live.rows.get(i), replay.rows.get(i), "metrics of step " + i);
        }
    }

    @Test
    void leversInForceFollowTheTimedInputs() {
        Scenario s = baseline().withTimedInputs(List.of(sanctionsAt(3)));
        SahelModel m = Tiny.started(s, SEED, null);
        m.stepMonth();
        m.stepMonth();
        assertFalse(m.leversInForce().sanctions().enabled(), "month 2: not yet");
        m.stepMonth();
        assertTrue(m.leversInForce().sanctions().enabled(), "month 3: in force");
        assertEquals(0.9, m.leversInForce().sanctions().enforcement());
    }

    @Test
    void timedInputsOfMonthsAlreadySimulatedCannotChange() {
        Scenario s = baseline().withTimedInputs(List.of(sanctionsAt(2)));
        SahelModel m = Tiny.started(s, SEED, null);
        m.stepMonth();
        m.stepMonth();
        m.stepMonth();
        assertThrows(IllegalArgumentException.class, () -> m.setTimedInputs(List.of()), "dropping an applied input");
        assertThrows(IllegalArgumentException.class, () -> m.setTimedInputs(List.of(sanctionsAt(2), sanctionsAt(3))),
                "adding one for a past month");
        m.setTimedInputs(List.of(sanctionsAt(2), sanctionsAt(4))); // the next month is fine
        assertEquals(2, m.timedInputs().size());
    }
}
