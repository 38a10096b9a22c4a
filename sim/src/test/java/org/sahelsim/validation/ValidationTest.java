package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Tiny;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.RunFailedException;
import org.sahelsim.run.Seeds;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;

/** The runner: replications in order whatever the threads, shares and pass/fail, failures named. */
class ValidationTest {
    private static PatternSet shipped() throws Exception {
        return PatternsLoader.load(PatternsLoaderTest.shipped());
    }

    private static List<Validation.RunOutcome> outcomes(PatternSet set, Scenario s, int reps, int threads,
                                                        List<Validation.PatternResult> results) throws Exception {
        List<Validation.RunOutcome> out = new ArrayList<>();
        results.addAll(Validation.run(set.patterns(), s, 1, reps, threads, ModelEntry.DEFAULT, out::add, k -> { }));
        return out;
    }

    @Test
    void outcomesComeInRepOrderAndAreTheSameForOneOrThreeThreads() throws Exception {
        PatternSet set = shipped();
        Scenario s = ScenarioLoader.load(set.scenario());
        List<Validation.PatternResult> r1 = new ArrayList<>();
        List<Validation.PatternResult> r3 = new ArrayList<>();
        List<Validation.RunOutcome> one = outcomes(set, s, 6, 1, r1);
        List<Validation.RunOutcome> three = outcomes(set, s, 6, 3, r3);
        assertEquals(one, three);
        for (int rep = 0; rep < 6; rep++) {
            assertEquals(rep, one.get(rep).key().rep());
            assertEquals(Seeds.forRun(1, rep), one.get(rep).key().seed());
            assertEquals("baseline/r" + rep, one.get(rep).key().runId());
            assertEquals(set.patterns().size(), one.get(rep).outcomes().size());
        }
        for (int i = 0; i < r1.size(); i++) {
            assertEquals(r1.get(i).reproduced(), r3.get(i).reproduced());
            int count = 0;
            for (Validation.RunOutcome o : one) {
                count += o.outcomes().get(i).reproduced() ? 1 : 0;
            }
            assertEquals(count, r1.get(i).reproduced(), "the share counts the runs that reproduced the pattern");
            assertEquals(6, r1.get(i).n());
        }
    }

    @Test
    void passComparesTheShareWithTheThresholdOnCounts() {
        Pattern p = new Pattern("p", "d", "s", "m{}", new MergerBetweenKinds(List.of(), List.of(), 1), 0.33);
        assertTrue(new Validation.PatternResult(p, 33, 100).pass());
        assertFalse(new Validation.PatternResult(p, 32, 100).pass());
        assertTrue(new Validation.PatternResult(p, 1, 3).pass(), "1 of 3 is 0.333...");
        assertEquals(0.33, new Validation.PatternResult(p, 33, 100).share(), 1e-12);
    }

    @Test
    void aRunThatThrowsStopsTheValidationAndIsNamed() throws Exception {
        PatternSet set = shipped();
        Scenario s = ScenarioLoader.load(set.scenario());
        ModelEntry failing = (sc, seed, sink) -> {
            if (seed == Seeds.forRun(1, 2)) {
                throw new IllegalStateException("boom");
            }
            ModelEntry.DEFAULT.run(sc, seed, sink);
        };
        List<Validation.RunOutcome> seen = new ArrayList<>();
        RunFailedException e = assertThrows(RunFailedException.class,
                () -> Validation.run(set.patterns(), s, 1, 5, 2, failing, seen::add, k -> { }));
        assertEquals(2, e.key().rep());
        assertTrue(e.getMessage().contains("baseline/r2") && e.getMessage().contains("boom"), e.getMessage());
        assertEquals(2, seen.size(), "runs before the failed one were handed on, in order");
    }

    @Test
    void theModelsHistoryRunsAsTinyRunsItDoes() {
        // the runner and a plain run see the same metrics: a sanity check of the in-memory sink
        Scenario s = Tiny.shipped("history-2012.yaml", java.util.Map.of());
        Tiny.Keep keep = new Tiny.Keep();
        ModelEntry.DEFAULT.run(s, Seeds.forRun(1, 0), keep);
        RunLog log = RunLog.of(s, keep.events, keep.rows);
        assertEquals(s.months() + 1, log.rows().size());
        assertEquals(2, log.signings().stream().filter(RunLog.Signing::accord).count());
        assertEquals(40, log.firstAccordStep(), "the Algiers signature of 2015-05 is step 40 of a run from 2012-01");
    }
}
