package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.analysis.AbcSmc;
import org.sahelsim.model.Tiny;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.Seeds;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;

/** A parameter set's distance to the history is the number of its patterns a validate run misses. */
class HistoryDistanceTest {
    private static final List<String> PATHS = List.of("params.rationality", "params.split_cost");

    private static PatternSet set() throws Exception {
        return PatternsLoader.load(Tiny.root().resolve("scenarios/validation/history-2012-2020-patterns.yaml"));
    }

    /** The history's scenario (to 2020: it cannot be cut at 2015 while it holds later shocks). */
    private static Scenario history(PatternSet set) throws Exception {
        return ScenarioLoader.load(set.scenario(), Map.of());
    }

    @Test
    void theDistanceIsTheNumberOfPatternsTheSameValidateRunMisses() throws Exception {
        PatternSet set = set();
        List<Pattern> patterns = HistoryDistance.ofPeriod(set, "2012-2015");
        assertEquals(12, patterns.size());
        Scenario base = history(set);
        HistoryDistance d = new HistoryDistance(base, patterns, PATHS, ModelEntry.DEFAULT);
        double[] theta = {0.03, 40};
        Scenario at = d.scenario(theta);
        assertEquals(0.03, at.params().rationality(), 0.0);
        assertEquals(40, at.params().splitCost(), 0.0);
        List<Validation.RunOutcome> runs = new ArrayList<>();
        Validation.run(patterns, at, 5, 4, 2, ModelEntry.DEFAULT, runs::add, n -> { });
        for (int rep = 0; rep < 4; rep++) {
            long missed = runs.get(rep).outcomes().stream().filter(o -> !o.reproduced()).count();
            assertEquals(missed, d.distance(theta, Seeds.forRun(5, rep)), "replication " + rep);
        }
    }

    @Test
    void aSmallCalibrationOfTheModelIsTheSameOnOneAndTwoThreads() throws Exception {
        PatternSet set = set();
        HistoryDistance d = new HistoryDistance(history(set), HistoryDistance.ofPeriod(set, "2012-2015"), PATHS,
                ModelEntry.DEFAULT);
        AbcSmc.Prior prior = new AbcSmc.Prior(PATHS, new double[] {0.01, 10}, new double[] {0.05, 80});
        AbcSmc.Settings s = new AbcSmc.Settings(4, 2, 0.1, 40, 20121);
        AbcSmc.Result one = AbcSmc.run(prior, s, d, 1);
        AbcSmc.Result two = AbcSmc.run(prior, s, d, 2);
        assertEquals(one.rounds().size(), two.rounds().size());
        AbcSmc.Round a = one.posterior();
        AbcSmc.Round b = two.posterior();
        assertArrayEquals(a.distances(), b.distances());
        for (int k = 0; k < a.particles().length; k++) {
            assertArrayEquals(a.particles()[k], b.particles()[k], 0.0);
        }
        for (int x : a.distances()) {
            assertTrue(x >= 0 && x <= 12, "a distance counts missed patterns: " + x);
        }
    }

    @Test
    void anUnknownPeriodOrARepeatedPathIsRefused() throws Exception {
        PatternSet set = set();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HistoryDistance.ofPeriod(set, "1990-1995"));
        assertTrue(e.getMessage().contains("1990-1995") && e.getMessage().contains("2012-2015"), e.getMessage());
        Scenario base = history(set);
        e = assertThrows(IllegalArgumentException.class, () -> new HistoryDistance(base, set.patterns(),
                List.of("params.rationality", "params.rationality"), ModelEntry.DEFAULT));
        assertTrue(e.getMessage().contains("params.rationality"), e.getMessage());
    }
}
