package org.sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.analysis.ParameterRange;
import org.sahelsim.run.Numbers;
import org.sahelsim.run.RunKey;
import org.sahelsim.run.Seeds;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.Sweep;

/** Run numbering, seeds, shards and point values of a sweep. */
class SweepPlanTest {
    @TempDir
    Path tmp;

    private static final String BODY = """
            design: lhs
            points: 7
            replications: 3
            seed: 11
            set: {months: 3}
            parameters:
              levers.minusma.mobile_share: {min: 0.1, max: 0.6}
              factions.GATIA.fighters: {min: 500, max: 2000}
            """;

    @Test
    void runsGoThroughPointsInOrderThenReplicationsWithSeedsFromPointAndRep() throws Exception {
        SweepPlan plan = new SweepPlan(SweepFixtures.sweep(tmp, "s.yaml", BODY));
        assertEquals(21, plan.runs());
        Set<Long> seeds = new HashSet<>();
        for (int run = 0; run < plan.runs(); run++) {
            RunKey k = plan.key(run);
            assertEquals(plan.pointId(run / 3), k.variant());
            assertEquals(Sweep.pointId(run / 3, 7), k.variant(), "the loader and the designs name points alike");
            assertEquals(run % 3, k.rep());
            assertEquals(Seeds.forPoint(11, run / 3, run % 3), k.seed(), "interface.md: a mix of (S, p, r)");
            assertEquals(run, plan.runIndex(k.runId()), "run ids read back to their index");
            seeds.add(k.seed());
        }
        assertEquals(21, seeds.size(), "every run has its own seed");
        assertEquals("p0003/r1", plan.key(10).runId());
        for (String bad : List.of("p0007/r0", "p0003/r3", "p003/r1", "p0003/r01", "baseline/r0", "p0003", "p0003/rx")) {
            assertEquals(-1, plan.runIndex(bad), bad);
        }
    }

    @Test
    void commonRandomNumbersGiveRepRTheSameSeedAtEveryPoint() throws Exception {
        SweepPlan plan = new SweepPlan(SweepFixtures.sweep(tmp, "s.yaml", BODY + "common_random_numbers: true\n"));
        for (int run = 0; run < plan.runs(); run++) {
            assertEquals(Seeds.forRun(11, run % 3), plan.key(run).seed(), "interface.md: a mix of (S, r)");
        }
        assertNotEquals(plan.key(0).seed(), plan.key(1).seed());
    }

    @Test
    void shardsCoverEveryRunOnceInOrderAndDifferByAtMostOne() {
        for (int total : new int[] {0, 1, 7, 100, 1001}) {
            for (int n = 1; n <= 9; n++) {
                int next = 0;
                int min = Integer.MAX_VALUE;
                int max = 0;
                for (int i = 1; i <= n; i++) {
                    int[] r = SweepPlan.shardRange(total, i, n);
                    assertEquals(next, r[0], "shard " + i + "/" + n + " of " + total + " starts where the last ended");
                    next = r[1];
                    min = Math.min(min, r[1] - r[0]);
                    max = Math.max(max, r[1] - r[0]);
                }
                assertEquals(total, next);
                assertTrue(max - min <= 1);
            }
        }
    }

    @Test
    void pointValuesAreWrittenIntoTheScenarioAsPointsCsvShowsThem() throws Exception {
        SweepPlan plan = new SweepPlan(SweepFixtures.sweep(tmp, "s.yaml", BODY));
        for (long p = 0; p < plan.points(); p++) {
            List<String> text = plan.valueTexts(p);
            assertTrue(text.get(1).matches("\\d+"), "fighters are whole numbers: " + text);
            assertEquals(Numbers.format(Double.parseDouble(text.get(0))), text.get(0), "10 significant digits");
            Scenario s = plan.pointScenario(p);
            assertEquals(Double.parseDouble(text.get(0)), s.levers().minusma().mobileShare());
            assertEquals(Integer.parseInt(text.get(1)), s.factions().get("GATIA").fighters());
            assertEquals(3, s.months(), "the sweep's set applies to every point");
        }
        assertSame(plan.scenario(3), plan.scenario(5), "the runs of a point share its scenario");
    }

    @Test
    void theLoadersLevelsMatchTheDesignsParameterRanges() throws Exception {
        List<Sweep.Parameter> ps = List.of(
                new Sweep.Parameter("a", Sweep.NumberType.DOUBLE, List.of(), 0.1, 0.9, 0.1),
                new Sweep.Parameter("b", Sweep.NumberType.INT, List.of(), 3, 17, Double.NaN),
                new Sweep.Parameter("c", Sweep.NumberType.INT, List.of(), 0, 100, 7),
                new Sweep.Parameter("d", Sweep.NumberType.DOUBLE, List.of(3.0, -1.0, 2.5), Double.NaN, Double.NaN,
                        Double.NaN));
        for (Sweep.Parameter p : ps) {
            ParameterRange r = SweepPlan.range(p);
            assertEquals(r.levelCount(), p.levelCount(), p.path());
            assertEquals(r.lower(), p.lower(), p.path());
            assertEquals(r.upper(), p.upper(), p.path());
            for (int i = 0; i < r.levelCount(); i++) {
                assertEquals(r.levelNumber(i), p.level(i), p.path() + " level " + i);
            }
        }
    }
}
