package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.FakeModel;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.Provenance;
import org.sahelsim.run.Seeds;

/** The command line end to end on the shipped baseline scenario, shortened with --months. */
class CliRunTest {
    /** The shipped scenario; tests run in sim/, the scenarios live one level up. */
    static final Path BASELINE = Path.of("..", "scenarios", "baseline-2015.yaml");

    @TempDir
    Path tmp;

    @AfterEach
    void restoreModel() {
        Hooks.model = ModelEntry.DEFAULT;
    }

    /** The folders --dry-run measures in, left in the temporary folder (there should be none). */
    static List<Path> dryRunScratch() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("sahelsim-dry-run-")).toList();
        }
    }

    @Test
    void dryRunPrintsThePlanAndAnEstimateOfRunsAndDriversAndWritesNothing() throws Exception {
        List<Path> before = dryRunScratch();
        Path out = tmp.resolve("o");
        CliResult r = CliResult.quickly(() -> run(out, "--reps", "40", "--threads", "1", "--series", "yearly",
                "--dry-run"));
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("run baseline-2015: 40 replications of 3 months on 1 thread, --series yearly\n"),
                r.out());
        assertTrue(r.out().matches("(?s).*estimated time: runs \\d[^,]* s, drivers\\.csv \\d[^,]* s, total \\d.* on 1"
                + " thread\n.*runs timed.*; nothing was written\n"), r.out());
        assertFalse(Files.exists(out), "no output folder");
        assertEquals(before, dryRunScratch(), "the measurements' folder is deleted");

        CliResult real = run(out, "--reps", "4", "--threads", "1");
        assertEquals(0, real.code(), real.toString());
        assertTrue(real.out().matches("(?s)4 runs of baseline-2015 \\(3 months\\) in \\S+ s on 1 thread \\(runs \\S+ s,"
                + " drivers\\.csv \\S+ s\\): .*"), "the closing line separates the runs: " + real.out());
    }

    @Test
    void dryRunStillFailsLoudlyOnBadInput() throws Exception {
        Path out = tmp.resolve("o");
        for (List<String> bad : List.of(List.of("--reps", "0"), List.of("--months", "0"), List.of("--seed", "-3"),
                List.of("--threads", "0"), List.of("--series", "weekly"))) {
            List<String> args = new java.util.ArrayList<>(bad);
            args.add("--dry-run");
            CliResult r = run(out, args.toArray(String[]::new));
            assertEquals(2, r.code(), bad + ": " + r);
            assertTrue(r.out().isEmpty(), "no estimate: " + r.out());
        }
        CliResult missing = CliResult.of("run", tmp.resolve("nope.yaml").toString(), "--dry-run");
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("nope.yaml"), missing.err());
        assertFalse(Files.exists(out));
    }

    /** {@code run} of the baseline into {@code out}, 3 months unless {@code extra} gives --months. */
    private CliResult run(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", BASELINE.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        if (!args.contains("--months")) {
            args.addAll(List.of("--months", "3"));
        }
        return CliResult.of(args.toArray(String[]::new));
    }

    @Test
    void runWritesTheFolderAndTheManifestRecordsTheEffectiveOptions() throws Exception {
        Path out = tmp.resolve("o");
        CliResult r = run(out, "--reps", "3", "--seed", "7", "--threads", "2");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("3 runs of baseline-2015 (3 months)") && r.out().contains(out.toString()),
                r.out());
        for (String f : List.of("manifest.json", "scenario.resolved.yaml", "codebook.csv", "runs.csv",
                "timeseries.csv", "events.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("complete", m.get("status").asText());
        assertEquals(3, m.get("runs").asInt());
        assertEquals(7, m.get("master_seed").asLong());
        JsonNode o = m.get("options");
        assertEquals(3, o.get("reps").asInt());
        assertEquals(3, o.get("months").asInt(), "--months wins over the file's 60");
        assertEquals(2, o.get("threads").asInt());
        assertEquals("monthly", o.get("series").asText());
        assertEquals(Provenance.sha256(BASELINE), m.get("scenario_files").get(0).get("sha256").asText());
        assertTrue(m.get("command_line").asText().startsWith("sahelsim run "), m.get("command_line").asText());
        assertTrue(Files.readString(out.resolve("scenario.resolved.yaml")).contains("months: 3"));
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(4, runs.size());
        assertTrue(runs.get(1).startsWith("baseline/r0,baseline,0," + Seeds.forRun(7, 0) + ","), runs.get(1));
    }

    @Test
    void cliOutputIsByteIdenticalOnOneAndTwoThreads() throws Exception {
        Hooks.model = new FakeModel(2);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, run(a, "--reps", "12", "--threads", "1").code());
        assertEquals(0, run(b, "--reps", "12", "--threads", "2").code());
        for (String f : List.of("runs.csv", "timeseries.csv", "events.csv", "codebook.csv",
                "scenario.resolved.yaml")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void seriesNoneLeavesTimeseriesWithItsHeaderOnly() throws Exception {
        Path out = tmp.resolve("n");
        assertEquals(0, run(out, "--reps", "2", "--series", "none").code());
        assertEquals(List.of("run_id,variant,rep,seed,step,date,metric,value"),
                Files.readAllLines(out.resolve("timeseries.csv")));
        assertEquals("none", Manifest.read(out.resolve("manifest.json")).get("options").get("series").asText());
    }

    @Test
    void replayReproducesTheRowsOfARun() throws Exception {
        Hooks.model = new FakeModel(1);
        Path out = tmp.resolve("o");
        assertEquals(0, run(out, "--reps", "4", "--series", "yearly", "--months", "14").code());
        CliResult r = CliResult.of("replay", out.toString(), "baseline/r2");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("identical"), r.out());
        try (Stream<Path> s = Files.list(tmp)) {
            // beside the original folder, not inside it
            List<Path> replays = s.filter(p -> p.getFileName().toString().startsWith("o-replay-baseline-r2-"))
                    .toList();
            assertEquals(1, replays.size());
            JsonNode m = Manifest.read(replays.get(0).resolve("manifest.json"));
            assertEquals("complete", m.get("status").asText());
            assertEquals("yearly", m.get("series").asText(), "replay keeps the original's series");
            assertEquals(Seeds.forRun(1, 2), m.get("replay_of").get("seed").asLong());
        }
    }

    @Test
    void replayReportsTheFirstDifferenceAndExitsOne() throws Exception {
        Hooks.model = new FakeModel(0);
        Path out = tmp.resolve("o");
        assertEquals(0, run(out, "--reps", "2").code());
        Path ts = out.resolve("timeseries.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(ts));
        int i = lines.size() - 1; // a row of baseline/r1
        lines.set(i, lines.get(i).replaceFirst(",[^,]*$", ",12345"));
        Files.write(ts, lines);
        CliResult r = CliResult.of("replay", out.toString(), "baseline/r1", "--out", tmp.resolve("rep").toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().startsWith("different") && r.out().contains("timeseries.csv")
                && r.out().contains("column value"), r.out());
    }

    @Test
    void replayOfAnUnknownRunIdIsExitTwoAndWritesNothing() throws Exception {
        Path out = tmp.resolve("o");
        assertEquals(0, run(out, "--reps", "2").code());
        CliResult r = CliResult.of("replay", out.toString(), "baseline/r9");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("baseline/r9") && r.err().contains("2 runs, baseline/r0 to baseline/r1"),
                r.err());
        CliResult bad = CliResult.of("replay", out.toString(), "r9");
        assertEquals(2, bad.code(), bad.toString());
        try (Stream<Path> s = Files.list(tmp)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains("replay-")));
        }
    }

    @Test
    void aThrowingRunExitsOneNamesTheRunAndLeavesTheManifestIncomplete() throws Exception {
        long bad = Seeds.forRun(1, 1);
        Hooks.model = (s, seed, sink) -> {
            if (seed == bad) {
                throw new IllegalStateException("model broke");
            }
            ModelEntry.DEFAULT.run(s, seed, sink);
        };
        Path out = tmp.resolve("o");
        CliResult r = run(out, "--reps", "3", "--threads", "1");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("baseline/r1") && r.err().contains("seed " + bad) && r.err().contains("model broke"),
                r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
        assertEquals("incomplete", Manifest.read(out.resolve("manifest.json")).get("status").asText());
    }

    @Test
    void scenarioErrorIsExitTwoWithFileLineAndNoFolder() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "extends: " + BASELINE.toAbsolutePath()
                + "\nmonths: lots\n");
        Path out = tmp.resolve("o");
        CliResult r = CliResult.of("run", bad.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("bad.yaml:2"), r.err());
        assertFalse(r.err().contains("\tat "));
        assertFalse(Files.exists(out));
    }

    @Test
    void manifestHashesTheScenarioAndTheFileItExtends() throws Exception {
        Path child = Files.writeString(tmp.resolve("child.yaml"), "extends: " + BASELINE.toAbsolutePath()
                + "\nname: child\nmonths: 2\n");
        Path out = tmp.resolve("o");
        CliResult r = CliResult.of("run", child.toString(), "--reps", "1", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode files = Manifest.read(out.resolve("manifest.json")).get("scenario_files");
        assertEquals(2, files.size());
        assertEquals(Provenance.sha256(child), files.get(0).get("sha256").asText());
        assertEquals(Provenance.sha256(BASELINE), files.get(1).get("sha256").asText());
    }

    @Test
    void checkPrintsASummaryOfAGoodScenarioAndWritesNothing() throws Exception {
        CliResult r = CliResult.of("check", BASELINE.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().matches("OK: baseline-2015, \\d+ factions, 60 months from 2015-06\\R"), r.out());
    }

    @Test
    void checkNamesFileLineAndFieldOfABadScenario() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "extends: " + BASELINE.toAbsolutePath()
                + "\nmonths: -4\n");
        CliResult r = CliResult.of("check", bad.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("bad.yaml:2") && r.err().contains("months"), r.err());
    }

    @Test
    void benchPrintsRunsPerSecondAndScaling() {
        CliResult r = CliResult.of("bench", "--scenario", BASELINE.toString(), "--seconds", "0.2", "--threads", "2");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("model, 1 thread:") && r.out().contains("scaling:")
                && r.out().contains("runs/s per thread") && r.out().contains("with CSV files")
                && r.out().contains("sweep, 1 thread:") && r.out().contains("sweep scaling:"), r.out());
        // the table of where a run's time goes: a row per mechanism of the month, in the month's order
        String out = r.out();
        assertTrue(out.contains("where a run's time goes"), out);
        int last = -1;
        for (String part : java.util.List.of("set-up", "Alignment", "Splits", "Clashes", "record", "total")) {
            int at = out.indexOf("\n  " + part + " ");
            assertTrue(at > last, part + " missing or out of order:\n" + out);
            last = at;
        }
    }

    @Test
    void defaultFolderIsStampedAndNeverAnExistingOne() throws Exception {
        LocalDateTime t = LocalDateTime.of(2025, 1, 2, 3, 4, 5);
        Path first = Folders.stamped(tmp, "baseline-2015", t);
        assertEquals(tmp.resolve("baseline-2015-20250102-030405"), first);
        Files.createDirectory(first);
        assertEquals(tmp.resolve("baseline-2015-20250102-030405-2"), Folders.stamped(tmp, "baseline-2015", t));
        assertEquals("baseline-2015", Folders.baseName(Path.of("scenarios/baseline-2015.yaml")));
    }
}
