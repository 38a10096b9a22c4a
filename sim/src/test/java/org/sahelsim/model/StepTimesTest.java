package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.Scenario;

/** Timing a run for {@code bench}'s table changes nothing in it and accounts for every mechanism. */
class StepTimesTest {

    @Test
    void aTimedRunIsTheRunAndEveryMechanismOfTheMonthHasItsTime() {
        Scenario s = Tiny.shipped("baseline-2015.yaml", Map.of("months", "12"));
        Tiny.Keep plain = new Tiny.Keep();
        new SahelModel(s, 7, plain).runToEnd();
        Tiny.Keep timed = new Tiny.Keep();
        StepTimes t = new StepTimes();
        SahelModel m = new SahelModel(s, 7, timed);
        m.setStepTimes(t);
        m.runToEnd();
        assertEquals(plain.events, timed.events);
        assertEquals(plain.rows.size(), timed.rows.size());
        for (int i = 0; i < plain.rows.size(); i++) {
            assertArrayEquals(plain.rows.get(i), timed.rows.get(i), 0.0, "step " + i);
        }
        assertEquals(1, t.runs());
        java.util.Set<String> mechanisms = new java.util.TreeSet<>();
        for (Phase p : MonthlyCycle.PHASES) {
            for (Phase.Step st : p.steps()) {
                mechanisms.add(StepTimes.name(st));
            }
        }
        double share = 0;
        int timedParts = 0;
        for (StepTimes.Part p : t.parts()) {
            assertTrue(p.nanosPerRun() > 0, p.name() + " has no time");
            share += p.share();
            timedParts++;
        }
        // set-up, the month's inputs, each mechanism of the month, recording
        assertEquals(mechanisms.size() + 3, timedParts, "parts: " + t.parts());
        assertEquals(1.0, share, 1e-9);
    }
}
