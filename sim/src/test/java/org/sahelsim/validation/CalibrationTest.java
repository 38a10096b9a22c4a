package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.sweep.SweepFixtures;
import org.sahelsim.sweep.SweepPlan;

/** Scoring and ranking of design points, on shares given by hand. */
class CalibrationTest {
    @TempDir
    Path tmp;

    private static Pattern pattern(String id, double threshold) {
        Measure never = new Measure() {
            @Override
            public String name() {
                return "never";
            }

            @Override
            public Outcome evaluate(RunLog run) {
                return Outcome.no("never");
            }
        };
        return new Pattern(id, id, "test", "never", never, threshold);
    }

    private SweepPlan plan() throws Exception {
        return new SweepPlan(SweepFixtures.sweep(tmp, "s.yaml", """
                design: factorial
                replications: 4
                parameters:
                  params.rationality: [0.01, 0.02, 0.03, 0.04]
                """));
    }

    @Test
    void pointsRankByPatternsPassedThenShortfallThenPointId() throws Exception {
        List<Pattern> patterns = List.of(pattern("a", 0.5), pattern("b", 0.5));
        // shares[pattern][point]: p1 passes both; p0 and p2 pass a and miss b by 0.25; p3 passes b
        // and misses a by 0.25: three points tie on passed and shortfall, and go in point order
        double[][] shares = {{0.5, 0.75, 0.5, 0.25}, {0.25, 1, 0.25, 0.5}};
        List<Calibration.Score> r = Calibration.rank(patterns, plan(), shares);
        assertEquals(List.of("p0001", "p0000", "p0002", "p0003"), r.stream().map(Calibration.Score::id).toList());
        assertEquals(List.of(1, 2, 3, 4), r.stream().map(Calibration.Score::rank).toList());
        assertEquals(2, r.get(0).passed());
        assertEquals(0.0, r.get(0).shortfall());
        assertEquals(1, r.get(1).passed());
        assertEquals(0.25, r.get(1).shortfall(), 1e-12);
        assertEquals(List.of("0.01"), r.get(1).values());
    }

    @Test
    void aSmallerShortfallRanksFirstAmongPointsPassingAsMany() throws Exception {
        List<Pattern> patterns = List.of(pattern("a", 0.75), pattern("b", 1.0));
        double[][] shares = {{0.25, 0.5, 0.75, 0}, {0.25, 0.75, 0.5, 0}};
        List<Calibration.Score> r = Calibration.rank(patterns, plan(), shares);
        // p2 passes a (0.75 >= 0.75) and misses b by 0.5; p1 passes none, misses by 0.25 + 0.25
        assertEquals(List.of("p0002", "p0001", "p0000", "p0003"), r.stream().map(Calibration.Score::id).toList());
        assertEquals(List.of(1, 0, 0, 0), r.stream().map(Calibration.Score::passed).toList());
        assertEquals(List.of(3, 2, 1, 0), r.stream().map(s -> s.reproduced()[0]).toList());
    }

    @Test
    void aThresholdMetOnCountsPassesAsValidateSaysAndPatternsPassedCountsIt() {
        // 33 of 100 meet a threshold of 0.33, as in validate
        PatternMeasures m = new PatternMeasures(List.of(pattern("pact", 0.33), pattern("x", 0.5)));
        assertEquals(List.of("pattern_pact", "pattern_x"), m.names());
        assertEquals(List.of("patterns_passed"), m.pointNames());
        assertEquals(1.0, m.pointValues(new double[] {33 / 100.0, 0.49}, 100)[0]);
        assertEquals(2.0, m.pointValues(new double[] {33 / 100.0, 0.5}, 100)[0]);
    }

    @Test
    void aScenarioOverOtherMonthsIsRefusedNamingBothPeriods() throws Exception {
        PatternSet set = PatternsLoader.load(PatternsLoaderTest.shipped());
        var history = ScenarioLoader.load(set.scenario());
        assertNull(Calibration.periodMismatch(set, history, history));
        String why = Calibration.periodMismatch(set, history, ScenarioLoader.load(SweepFixtures.baseline()));
        assertTrue(why.contains("describe 2012-01 to 2015-06 (41 months") && why.contains("runs 2015-06 to 2020-06"),
                why);
    }
}
