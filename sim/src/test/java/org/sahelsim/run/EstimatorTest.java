package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;

/**
 * The arithmetic of the time estimate on made-up timings (no clock is asserted: the project
 * sets no speed targets in unit tests), and the pieces it measures with: the spread order,
 * the replay of runs and the stop of a sample.
 */
class EstimatorTest {
    @TempDir
    Path tmp;

    /**
     * A made-up sample of {@code planned} runs on {@code threads} threads: run k is written
     * {@code wall[k]} s after the one before, costs {@code cpu[k]} CPU seconds, while the
     * process gets {@code cores[k]} cores.
     */
    private static Estimator.Sample sample(int planned, int threads, int usable, double[] wall, double[] cpu,
                                           double[] cores) {
        int n = wall.length;
        double[] at = new double[n];
        double[] c = new double[n];
        double[] p = new double[n];
        for (int k = 0; k < n; k++) {
            at[k] = (k == 0 ? 0 : at[k - 1]) + wall[k];
            c[k] = (k == 0 ? 0 : c[k - 1]) + cpu[k];
            p[k] = (k == 0 ? 0 : p[k - 1]) + wall[k] * cores[k];
        }
        return new Estimator.Sample(planned, threads, at, c, p, usable, List.of());
    }

    /** {@code a} times {@code x}, then {@code b} times {@code y}. */
    private static double[] steps(int a, double x, int b, double y) {
        double[] v = new double[a + b];
        java.util.Arrays.fill(v, 0, a, x);
        java.util.Arrays.fill(v, a, a + b, y);
        return v;
    }

    @Test
    void aSampleCoveringThePlanIsTheAnswerItself() {
        Estimator.Sample s = sample(40, 2, 40, steps(10, 0.2, 30, 0.05), steps(10, 0.3, 30, 0.1), steps(40, 2, 0, 0));
        assertEquals(s.writtenAt()[39], s.runsSeconds(), 1e-12);
        Estimator.Sample smaller = sample(25, 2, 40, steps(10, 0.2, 30, 0.05), steps(10, 0.3, 30, 0.1),
                steps(40, 2, 0, 0));
        assertEquals(s.writtenAt()[24], smaller.runsSeconds(), 1e-12, "a plan smaller than the sample");
        assertEquals(0, sample(0, 2, 40, steps(40, 1, 0, 0), steps(40, 1, 0, 0), steps(40, 1, 0, 0)).runsSeconds());
    }

    @Test
    void theWarmUpCountsOnceAndTheRestGoesAtTheWarmCostOverTheCores() {
        // 10 cold runs of 0.3 CPU s, then 90 of 0.08 on two threads with both cores: 0.04 s a run
        Estimator.Sample s = sample(1000, 2, 100, steps(10, 0.15, 90, 0.04), steps(10, 0.3, 90, 0.08),
                steps(100, 2, 0, 0));
        assertEquals(0.04, s.secondsPerRun(), 1e-9);
        assertEquals(10 * 0.15 + 90 * 0.04 + 900 * 0.04, s.runsSeconds(), 1e-9);
    }

    @Test
    void theJitsCompilingDoesNotCountInTheSteadyPaceButOtherProgramsTakingCoresDo() {
        // the last runs cost 0.08 CPU s each, but the JIT's threads take a third of the two cores
        Estimator.Sample jit = sample(1000, 2, 90, steps(90, 0.06, 0, 0), steps(90, 0.08, 0, 0), steps(90, 2, 0, 0));
        assertEquals(0.04, jit.secondsPerRun(), 1e-9, "once compiled, the runs get both cores");
        // another program takes a core: the process gets one
        Estimator.Sample shared = sample(1000, 2, 90, steps(90, 0.08, 0, 0), steps(90, 0.08, 0, 0),
                steps(90, 1, 0, 0));
        assertEquals(0.08, shared.secondsPerRun(), 1e-9);
        assertEquals(1, shared.cores(), 1e-9);
        // one thread while the JIT works on the other core: the runs never get more than one
        Estimator.Sample one = sample(1000, 1, 90, steps(90, 0.1, 0, 0), steps(90, 0.08, 0, 0), steps(90, 1.6, 0, 0));
        assertEquals(0.08, one.secondsPerRun(), 1e-9);
        // without CPU times, the wall pace of the last third
        Estimator.Sample blind = sample(1000, 2, 90, steps(30, 0.1, 60, 0.05), steps(90, 0, 0, 0), steps(90, 0, 0, 0));
        assertEquals(0.05, blind.secondsPerRun(), 1e-9);
        assertTrue(Double.isNaN(blind.cores()));
    }

    @Test
    void runsStillGoingWhenTheBudgetRanOutDoNotSetThePace() {
        // 60 runs at 0.05 s, then 4 runs that finished while threads were idle, 1 s each
        Estimator.Sample s = sample(100, 1, 60, steps(60, 0.05, 4, 1.0), steps(60, 0.05, 4, 0.05),
                steps(60, 1, 4, 0.05));
        assertEquals(0.05, s.secondsPerRun(), 1e-9);
        assertEquals(60 * 0.05 + 40 * 0.05, s.runsSeconds(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new Estimator.Sample(1, 1, new double[2], new double[1],
                new double[2], 1, List.of()));
    }

    @Test
    void aRunsCostIsSettledOnlyOnceTheLastThirdCostsAsTheMiddleOne() {
        Estimator.Sample warming = sample(100, 1, 40, steps(20, 0.2, 20, 0.05), steps(20, 0.2, 20, 0.05),
                steps(40, 1, 0, 0));
        assertFalse(Estimator.settled(warming.writtenAt(), warming.cpuAt(), 40, 2, 0.05), "still warming up");
        Estimator.Sample steady = sample(100, 1, 105, steps(5, 0.2, 100, 0.05), steps(5, 0.2, 100, 0.05),
                steps(105, 1, 0, 0));
        assertTrue(Estimator.settled(steady.writtenAt(), steady.cpuAt(), 105, 2, 0.05));
        // the wall pace alone looks steady while the CPU cost a run still falls: not settled
        Estimator.Sample falling = sample(100, 1, 90, steps(90, 0.05, 0, 0), steps(45, 0.06, 45, 0.04),
                steps(90, 1, 0, 0));
        assertFalse(Estimator.settled(falling.writtenAt(), falling.cpuAt(), 90, 2, 0.05));
        assertFalse(Estimator.settled(steady.writtenAt(), steady.cpuAt(), 5, 2, 0.05), "too few runs to tell");
    }

    @Test
    void theReportIsTheRehearsalPlusTheDataOfTheFurtherRuns() {
        assertEquals(3.0 + 990 * 0.002, Estimator.reportSeconds(3.0, 10, 0.002, 1000), 1e-12);
        assertEquals(3.0, Estimator.reportSeconds(3.0, 10, 0.002, 4), 1e-12, "never less than the rehearsal");
        Estimator.Estimate e = new Estimator.Estimate(1000, 100, 0.05, 2, 0.5, 47.5, 5.0);
        assertEquals(53.0, e.totalSeconds(), 1e-12);
    }

    @Test
    void everyPrefixOfTheSpreadOrderCoversThePlan() {
        RunPlan plan = numbered(1000);
        RunPlan spread = Estimator.spread(plan, 1);
        assertEquals(1000, spread.size());
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < spread.size(); i++) {
            assertTrue(seen.add(spread.key(i).rep()), "each run once");
        }
        // the first 16 leave no gap much wider than 1000 / 16
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            first.add(spread.key(i).rep());
        }
        first.sort(null);
        first.add(1000 + first.get(0));
        for (int i = 1; i < first.size(); i++) {
            assertTrue(first.get(i) - first.get(i - 1) <= 2 * 1000 / 16, first.toString());
        }
        assertEquals(0, Estimator.spread(numbered(1), 1).key(0).rep());
        assertEquals(Estimator.MAX_SAMPLE, Estimator.spread(numbered(Estimator.MAX_SAMPLE * 3), 5).size());
        assertThrows(IllegalArgumentException.class, () -> Estimator.spread(plan, 0));
    }

    @Test
    void groupsSharingTheirScenariosComeAChunkAtATimeAndEveryRunOnce() {
        // 37 points of 20 replications: each visit takes 8 runs of one point, the first visits spread
        RunPlan spread = Estimator.spread(numbered(740), 20);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < spread.size(); i++) {
            assertTrue(seen.add(spread.key(i).rep()), "each run once");
        }
        assertEquals(740, seen.size());
        for (int c = 0; c < 37; c++) {
            int first = spread.key(c * Estimator.CHUNK).rep();
            assertEquals(0, first % 20, "a visit starts at a point's first replication");
            for (int i = 1; i < Estimator.CHUNK; i++) {
                assertEquals(first + i, spread.key(c * Estimator.CHUNK + i).rep(), "then goes on in that point");
            }
        }
        Set<Integer> points = new HashSet<>();
        for (int i = 0; i < 8 * Estimator.CHUNK; i++) {
            points.add(spread.key(i).rep() / 20);
        }
        assertEquals(8, points.size(), "the first runs come from as many points as visits");
        assertTrue(points.contains(0) && points.stream().anyMatch(p -> p >= 30), points.toString());
        // a group smaller than a chunk is taken whole; a single group in order
        assertEquals(List.of(0, 1, 2), List.of(Estimator.spread(numbered(3), 5).key(0).rep(),
                Estimator.spread(numbered(3), 5).key(1).rep(), Estimator.spread(numbered(3), 5).key(2).rep()));
    }

    @Test
    void aReplayedRunHasTheRecordedRunsFinalsAndEventsIfAsked() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "baseline-2015.yaml"),
                new java.util.LinkedHashMap<>(java.util.Map.of("months", "4")));
        RunBuffer recorded = ran(s, Series.YEARLY);
        RunBuffer again = new RunBuffer(new RunKey("b", 3, 99), s, Series.MONTHLY, RunMeasures.NONE);
        Estimator.replay(List.of(recorded), true).run(s, 99, again);
        again.finish();
        assertArrayEquals(recorded.finals(), again.finals());
        assertEquals(recorded.events(), again.events());
        assertEquals(5, again.steps().size(), "every step of the series the replay is asked for");
        RunBuffer monthly = ran(s, Series.MONTHLY);
        RunBuffer copy = new RunBuffer(new RunKey("c", 0, 7), s, Series.MONTHLY, RunMeasures.NONE);
        Estimator.replay(List.of(monthly), false).run(s, 7, copy);
        copy.finish();
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(monthly.row(i), copy.row(i), "a run that kept every step replays its rows");
        }
        RunBuffer quiet = new RunBuffer(new RunKey("b", 3, 99), s, Series.NONE, RunMeasures.NONE);
        Estimator.replay(List.of(recorded), false).run(s, 99, quiet);
        quiet.finish();
        assertTrue(quiet.events().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Estimator.replay(List.of(), true));
    }

    @Test
    void aSampleWritesItsRunsStopsOnItsBudgetAndKeepsTheTimes() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "baseline-2015.yaml"),
                new java.util.LinkedHashMap<>(java.util.Map.of("months", "2")));
        RunPlan plan = RunPlan.replications(s, "baseline", 1, 500);
        Estimator.Sample sample;
        try (Estimator.Tables t = Estimator.Tables.results(tmp)) {
            sample = Estimator.sample(plan, 1, 2, Series.MONTHLY, new FakeModel(0), t, new Estimator.Budget(0, 0, 6));
        }
        assertTrue(sample.usable() >= 6 && sample.timed() < 500, sample.timed() + " of 500");
        assertTrue(sample.timed() - sample.usable() <= Batch.capacityFor(2), "only the runs going at the stop follow");
        assertEquals(500, sample.planned());
        for (int k = 1; k < sample.timed(); k++) {
            assertTrue(sample.writtenAt()[k] >= sample.writtenAt()[k - 1]);
        }
        assertEquals(sample.timed() + 1, Files.readAllLines(tmp.resolve(Columns.RUNS)).size(), "every run written");
        assertTrue(sample.runsSeconds() > 0 && sample.kept().size() <= Estimator.KEEP);
        for (int k = 1; k < sample.timed(); k++) {
            assertTrue(sample.cpuAt()[k] >= sample.cpuAt()[k - 1] && sample.processAt()[k] >= sample.processAt()[k - 1]);
        }

        Estimator.Sample all;
        try (Estimator.Tables t = Estimator.Tables.none()) {
            all = Estimator.sample(RunPlan.replications(s, "baseline", 1, 7), 3, 1, Series.NONE, new FakeModel(0), t,
                    new Estimator.Budget(100, 100, 1));
        }
        assertEquals(7, all.timed(), "a plan done before the budget is timed whole");
        assertEquals(all.writtenAt()[6], all.runsSeconds(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new Estimator.Budget(2, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Estimator.Budget(1, 2, 0));
    }

    /** A finished run of the fake model keeping {@code series}. */
    private static RunBuffer ran(Scenario s, Series series) {
        RunBuffer rb = new RunBuffer(new RunKey("a", 0, 5), s, series, RunMeasures.NONE);
        new FakeModel(0).run(s, 5, rb);
        rb.finish();
        return rb;
    }

    /** A plan of {@code n} runs whose rep is their index. */
    private static RunPlan numbered(int n) {
        return new RunPlan() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public RunKey key(int index) {
                return new RunKey("v", index, index);
            }

            @Override
            public Scenario scenario(int index) {
                return null;
            }
        };
    }

    @Test
    void theScratchFolderIsDeletedWithEverythingInIt() throws Exception {
        Path d = Estimator.scratch();
        Files.createDirectories(d.resolve("a/b"));
        Files.writeString(d.resolve("a/b/c.csv"), "x");
        FileTrees.delete(d);
        assertFalse(Files.exists(d));
        FileTrees.delete(d);
    }
}
