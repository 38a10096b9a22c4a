package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.validation.AbcCalibration;

/**
 * {@code calibrate} with a file of method abc-smc, end to end on the real history model: a
 * small version of the shipped calibration (the same scenario, patterns and period, three
 * parameters, 8 particles, at most 40 simulations); the same files on 1 and 2 threads and after
 * a kill; then {@code compare} and {@code validate} over its posterior, and {@code replay} of
 * a run of the comparison.
 */
class CliAbcCalibrateTest {
    static final Path SCENARIOS = Path.of("..", "scenarios").toAbsolutePath().normalize();

    @TempDir
    static Path tmp;

    static Path file;
    static Path oneThread;
    static CliResult first;

    static String small(String extra) {
        return "name: small-abc\n"
                + "method: abc-smc\n"
                + "scenario: " + SCENARIOS.resolve("history-2012-2020.yaml") + "\n"
                + "patterns: " + SCENARIOS.resolve("validation/history-2012-2020-patterns.yaml") + "\n"
                + "period: 2012-2015\n"
                + "particles: 8\n"
                + "max_simulations: 40\n"
                + "seed: 3\n"
                + extra
                + "parameters:\n"
                + "  params.rationality: {min: 0.005, max: 0.05}\n"
                + "  params.split_cost: {min: 30, max: 400}\n"
                + "  params.capture_margin: {min: 2, max: 4}\n";
    }

    @BeforeAll
    static void calibrateOnce() throws IOException {
        file = Files.writeString(tmp.resolve("small.yaml"), small(""));
        oneThread = tmp.resolve("one");
        first = CliResult.of("calibrate", file.toString(), "--out", oneThread.toString(), "--threads", "1");
    }

    static final List<String> FILES = List.of(AbcCalibration.PROPOSALS, AbcCalibration.ROUNDS,
            AbcCalibration.PARTICLES, AbcCalibration.POSTERIOR, AbcCalibration.SUMMARY);

    @Test
    void writesAPosteriorOfTheParticlesWithWeightsSummingToOne() throws Exception {
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("The posterior: 8 particles"), first.out());
        List<Map<String, String>> post = CliCalibrateTest.rows(oneThread.resolve(AbcCalibration.POSTERIOR));
        assertEquals(8, post.size());
        double sum = 0;
        for (Map<String, String> r : post) {
            sum += Double.parseDouble(r.get("weight"));
            double margin = Double.parseDouble(r.get("params.capture_margin"));
            assertTrue(margin >= 2 && margin <= 4, "inside the prior: " + margin);
        }
        assertEquals(1, sum, 1e-9);
        List<Map<String, String>> rounds = CliCalibrateTest.rows(oneThread.resolve(AbcCalibration.ROUNDS));
        assertEquals("-1", rounds.get(0).get("tolerance"));
        long simulations = Long.parseLong(rounds.get(rounds.size() - 1).get("simulations"));
        assertTrue(simulations <= 40, "the budget holds: " + simulations);
        // every simulation is in proposals.csv
        assertEquals(simulations + 1, Files.readAllLines(oneThread.resolve(AbcCalibration.PROPOSALS)).size());
        List<Map<String, String>> summary = CliCalibrateTest.rows(oneThread.resolve(AbcCalibration.SUMMARY));
        assertEquals(List.of("params.rationality", "params.split_cost", "params.capture_margin"),
                summary.stream().map(r -> r.get("parameter")).toList());
    }

    @Test
    void checkReadsACalibrationFile() {
        CliResult r = CliResult.of("check", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("OK: calibration small-abc (abc-smc) over 3 parameters against the 12 patterns"),
                r.out());
    }

    @Test
    void givesTheSameFilesOnTwoThreads() throws Exception {
        Path two = tmp.resolve("two");
        CliResult r = CliResult.of("calibrate", file.toString(), "--out", two.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(oneThread.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test
    void resumesAKilledCalibrationToTheSameFiles() throws Exception {
        // what kill -9 leaves: the proposals made so far, the last line torn, no other file
        Path killed = tmp.resolve("killed");
        Files.createDirectories(killed);
        Files.copy(oneThread.resolve("manifest.json"), killed.resolve("manifest.json"));
        byte[] all = Files.readAllBytes(oneThread.resolve(AbcCalibration.PROPOSALS));
        byte[] cut = java.util.Arrays.copyOf(all, all.length * 2 / 3);
        Files.write(killed.resolve(AbcCalibration.PROPOSALS), cut);
        CliResult r = CliResult.of("calibrate", file.toString(), "--out", killed.toString(), "--resume");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("read back from the folder"), r.out());
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(oneThread.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
    }

    @Test
    void shardsMergedRoundByRoundGiveTheSameFiles() throws Exception {
        Path dir = tmp.resolve("sharded");
        for (int round = 0; round < 20; round++) {
            CliResult m = CliResult.of("calibrate", file.toString(), "--out", dir.toString(), "--merge");
            assertEquals(0, m.code(), m.err());
            if (Files.readString(dir.resolve(AbcCalibration.STATE)).strip().equals("complete")) {
                break;
            }
            assertTrue(m.out().contains("round " + round + " waits for its shards"), m.out());
            for (int i = 1; i <= 2; i++) {
                CliResult s = CliResult.of("calibrate", file.toString(), "--out", dir.toString(), "--shard", i + "/2");
                assertEquals(0, s.code(), s.err());
            }
        }
        assertEquals("complete", Files.readString(dir.resolve(AbcCalibration.STATE)).strip());
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(oneThread.resolve(f)), Files.readAllBytes(dir.resolve(f)), f);
        }
        CliResult again = CliResult.of("calibrate", file.toString(), "--out", dir.toString(), "--shard", "1/2");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("complete: nothing to shard"), again.out());
    }

    @Test
    void refusesToResumeWithAnotherSeed() throws Exception {
        Path other = tmp.resolve("other-seed");
        Files.createDirectories(other);
        Files.copy(oneThread.resolve("manifest.json"), other.resolve("manifest.json"));
        CliResult r = CliResult.of("calibrate", file.toString(), "--out", other.toString(), "--resume", "--seed", "4");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("seed 3, not 4"), r.err());
    }

    @Test
    void compareOverThePosteriorRunsReplicationROfEveryVariantOnOneSetAndReplaysIt() throws Exception {
        Path out = tmp.resolve("compare");
        Path posterior = oneThread.resolve(AbcCalibration.POSTERIOR);
        CliResult r = CliResult.of("compare", SCENARIOS.resolve("policy-levers.yaml").toString(), "--reps", "3",
                "--series", "none", "--ensemble", posterior.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Over the 8 parameter sets"), r.out());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("<section id=\"ensemble\"><h2>Across the calibrated ensemble</h2>")
                && report.contains("out of 8 sets of"), "the report says which ranking holds over the ensemble");
        // the network charts re-run each representative run on its own parameter set
        assertTrue(Files.isRegularFile(out.resolve("charts/network-combined.png")), "network charts drawn");
        assertFalse(report.contains("did not reproduce") || report.contains("No network chart"),
                "every network chart's re-run reproduces runs.csv");
        // a row per variant (not the baseline) and metric
        assertEquals(4 * exp().metrics().size(), CliCalibrateTest.rows(out.resolve("ensemble-ranking.csv")).size());
        List<Map<String, String>> rows = CliCalibrateTest.rows(out.resolve("ensemble.csv"));
        assertEquals(5 * 3, rows.size());
        List<Map<String, String>> post = CliCalibrateTest.rows(posterior);
        for (Map<String, String> row : rows) {
            Map<String, String> base = rows.get(Integer.parseInt(row.get("rep")));
            assertEquals(base.get("particle"), row.get("particle"), "common sets across variants: " + row);
            Map<String, String> set = post.stream().filter(p -> p.get("particle").equals(row.get("particle")))
                    .findFirst().orElseThrow();
            assertEquals(Double.parseDouble(set.get("params.split_cost")),
                    Double.parseDouble(row.get("params.split_cost")));
        }
        CliResult replay = CliResult.of("replay", out.toString(), "combined/r1", "--out",
                tmp.resolve("replay").toString());
        assertEquals(0, replay.code(), replay.err());
        assertTrue(replay.out().startsWith("identical"), replay.out());
    }

    @Test
    void runOverThePosteriorRecordsEachReplicationsSetAndReplaysIt() throws Exception {
        Path out = tmp.resolve("run");
        CliResult r = CliResult.of("run", SCENARIOS.resolve("baseline-2015.yaml").toString(), "--months", "4", "--reps",
                "3", "--seed", "2", "--ensemble", oneThread.resolve(AbcCalibration.POSTERIOR).toString(), "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = CliCalibrateTest.rows(out.resolve("ensemble.csv"));
        assertEquals(List.of("baseline/r0", "baseline/r1", "baseline/r2"), rows.stream().map(x -> x.get("run_id")).toList());
        CliResult replay = CliResult.of("replay", out.toString(), "baseline/r2", "--out", tmp.resolve("run-replay").toString());
        assertEquals(0, replay.code(), replay.err());
        assertTrue(replay.out().startsWith("identical"), replay.out());
    }

    @Test
    void aBadEmptyOrMismatchedEnsembleExitsTwoWithFileLineAndField() throws Exception {
        String[][] cases = {
            {"particle,weight,params.no_such_constant\n0,1,3\n", "bad.csv:", "params.no_such_constant"},
            {"particle,weight,params.rationality\n0,1,0.01\n1,1,9\n", "bad.csv:3", "params.rationality"},
            {"particle,weight,params.rationality\n", "bad.csv:2", "no rows"},
        };
        for (String[] c : cases) {
            Path bad = Files.writeString(tmp.resolve("bad.csv"), c[0]);
            for (String[] args : List.of(
                    new String[] {"compare", SCENARIOS.resolve("policy-levers.yaml").toString(), "--reps", "2"},
                    new String[] {"validate", "--reps", "2", "--patterns",
                        SCENARIOS.resolve("validation/history-patterns.yaml").toString()},
                    new String[] {"run", SCENARIOS.resolve("baseline-2015.yaml").toString(), "--reps", "1"})) {
                List<String> all = new ArrayList<>(List.of(args));
                all.addAll(List.of("--ensemble", bad.toString(), "--out", tmp.resolve("never").toString()));
                CliResult r = CliResult.of(all.toArray(String[]::new));
                assertEquals(2, r.code(), all + ": " + r.err());
                assertTrue(r.err().contains(c[1]) && r.err().contains(c[2]), all + ": " + r.err());
                assertTrue(!Files.exists(tmp.resolve("never")), "nothing written on bad input");
            }
        }
    }

    static org.sahelsim.scenario.Experiment exp() throws Exception {
        return CompareCommand.load(SCENARIOS.resolve("policy-levers.yaml"));
    }

    @Test
    void validateOverThePosteriorRecordsEachReplicationsSet() throws Exception {
        Path out = tmp.resolve("validate");
        CliResult r = CliResult.of("validate", "--patterns",
                SCENARIOS.resolve("validation/history-2012-2020-patterns.yaml").toString(), "--reps", "4",
                "--ensemble", oneThread.resolve(AbcCalibration.POSTERIOR).toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("over the 8 parameter sets"), r.out());
        assertEquals(4, CliCalibrateTest.rows(out.resolve("ensemble.csv")).size());
        assertTrue(r.out().contains("jointly, the 12 patterns of 2012-2015"), r.out());
    }

    @Test
    void badCalibrationFilesExitTwoWithLineAndField() throws Exception {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {small("").replace("method: abc-smc", "method: abc-rejection"), ":2:",
            "'abc-rejection' is not allowed here"});
        cases.add(new String[] {small("").replace("period: 2012-2015", "period: 2012-2014"), ":5:",
            "has no pattern of period 2012-2014"});
        cases.add(new String[] {small("").replace("params.split_cost", "params.split_costs"), "parameters.params.split_costs",
            "split_costs"});
        cases.add(new String[] {small("").replace("{min: 2, max: 4}", "{min: 4, max: 2}"), "params.capture_margin",
            "must be below max"});
        cases.add(new String[] {small("").replace("{min: 2, max: 4}", "{min: 2, max: 40}"), "params.capture_margin",
            "40.0"});
        cases.add(new String[] {small("").replace("max_simulations: 40", "max_simulations: 4"), "max_simulations",
            "at least the particles"});
        cases.add(new String[] {small("bogus: 1\n"), "unknown key 'bogus'", ":9:"});
        int i = 0;
        for (String[] c : cases) {
            Path f = Files.writeString(tmp.resolve("bad" + i++ + ".yaml"), c[0]);
            CliResult check = CliResult.of("check", f.toString());
            assertEquals(2, check.code(), "check refuses it too: " + check.out());
            CliResult r = CliResult.of("calibrate", f.toString(), "--out", tmp.resolve("never" + i).toString());
            assertEquals(2, r.code(), c[0] + "\n" + r.out() + r.err());
            assertTrue(r.err().contains(c[1]) && r.err().contains(c[2]), r.err());
            assertTrue(!Files.exists(tmp.resolve("never" + i)), "nothing written on bad input");
        }
    }
}
