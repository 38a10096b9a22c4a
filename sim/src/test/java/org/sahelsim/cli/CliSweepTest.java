package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.Manifest;
import org.sahelsim.sweep.SweepFixtures;

/** {@code sweep}, {@code merge}, {@code check} and {@code replay} of sweeps, end to end with the real model. */
class CliSweepTest {
    @TempDir
    Path tmp;

    Path sweep;

    static final String SWEEP = """
            name: small-sweep
            scenario: baseline-2015.yaml
            design: lhs
            points: 4
            replications: 2
            seed: 5
            set:
              months: 3
              levers.minusma.enabled: true
            parameters:
              levers.minusma.mobile_share: {min: 0.1, max: 0.6}
              levers.minusma.start: {min: 1, max: 3}
            metrics: [clashes, splits]
            discovery: {metric: clashes, op: ">=", threshold: 1}
            """;

    @BeforeEach
    void copyFiles() throws Exception {
        Files.copy(CliRunTest.BASELINE, tmp.resolve("baseline-2015.yaml"));
        sweep = Files.writeString(tmp.resolve("small.yaml"), SWEEP);
    }

    private CliResult sweep(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", sweep.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliResult.of(args.toArray(String[]::new));
    }

    @Test
    void sweepWritesEveryFileAndRecordsTheSweepAndItsOptions() throws Exception {
        Path out = tmp.resolve("o");
        CliResult r = sweep(out, "--reps", "3", "--seed", "8", "--threads", "2");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("sweep small-sweep: lhs design, 4 points x 3 replications = 12 runs of 3 months"),
                r.out());
        assertTrue(r.out().contains("discovery: clashes >= 1 at month 3 holds in"), r.out());
        for (String f : List.of("manifest.json", "scenario.resolved.yaml", "codebook.csv", "points.csv", "runs.csv",
                "timeseries.csv", "events.csv", "summary.csv", "discovery.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertEquals(List.of("point,levers.minusma.mobile_share,levers.minusma.start"),
                Files.readAllLines(out.resolve("points.csv")).subList(0, 1));
        assertEquals(1, Files.readAllLines(out.resolve("timeseries.csv")).size(), "series none: the header only");
        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("sweep", m.get("command").asText());
        assertEquals("complete", m.get("status").asText());
        assertEquals(8, m.get("master_seed").asLong());
        assertEquals(3, m.get("options").get("reps").asInt(), "the command line wins over the file");
        assertEquals(12, m.get("runs").asInt());
        assertEquals(sweep.toString(), m.get("scenario_files").get(0).get("path").asText());
        assertEquals(2, m.get("scenario_files").size(), "the sweep file and the scenario it reads");
        assertTrue(m.get("analysis").get("discovery").has("coverage"));
        String resolved = Files.readString(out.resolve("scenario.resolved.yaml"));
        assertTrue(resolved.contains("replications: 3\nseed: 8\n"), resolved);

        CliResult check = CliResult.of("check", out.resolve("scenario.resolved.yaml").toString());
        assertEquals(0, check.code(), "the resolved sweep is itself a sweep file: " + check);
    }

    @Test
    void badSweepFileExitsTwoNamingLineColumnAndFieldAndWritesNothing() throws Exception {
        Files.writeString(sweep, SWEEP.replace("levers.minusma.start:", "levers.minusma.begin:"));
        Path out = tmp.resolve("o");
        CliResult r = sweep(out);
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("error: " + sweep + ":12:3: parameters.levers.minusma.begin: unknown key 'begin'"),
                r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace");
        assertFalse(Files.exists(out));
    }

    @Test
    void badOptionsExitTwo() throws Exception {
        Path out = tmp.resolve("o");
        Files.createDirectories(out);
        Map<List<String>, String> cases = Map.of(
                List.of("sweep", sweep.toString(), "--out", out.toString()), "already exists",
                List.of("sweep", sweep.toString(), "--resume"), "--resume continues an existing folder",
                List.of("sweep", sweep.toString(), "--shard", "0/3", "--out", tmp.resolve("x").toString()),
                "I must be between 1 and N",
                List.of("sweep", sweep.toString(), "--shard", "2of3", "--out", tmp.resolve("x").toString()),
                "--shard must be I/N",
                List.of("sweep", sweep.toString(), "--reps", "0", "--out", tmp.resolve("x").toString()),
                "--reps must be between 1",
                List.of("sweep", CliRunTest.BASELINE.toString(), "--out", tmp.resolve("x").toString()),
                "is not a sweep file",
                List.of("merge", out.toString(), "--out", tmp.resolve("x").toString()), "no manifest.json",
                List.of("run", sweep.toString(), "--out", tmp.resolve("x").toString()), "is a sweep file",
                List.of("compare", sweep.toString(), "--out", tmp.resolve("x").toString()), "run it with 'sahelsim sweep");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            CliResult r = CliResult.of(c.getKey().toArray(String[]::new));
            assertEquals(2, r.code(), c.getKey() + ": " + r);
            assertTrue(r.err().contains(c.getValue()), c.getKey() + ": " + r.err());
        }
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void seriesFromTheCommandLineMustKeepTheDiscoveryMonth() throws Exception {
        Files.writeString(sweep, SWEEP.replace("threshold: 1}", "threshold: 1, step: 2}") + "series: monthly\n");
        CliResult r = sweep(tmp.resolve("o"), "--series", "none");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("discovery at month 2 reads the time series"), r.err());
    }

    @Test
    void dryRunPrintsRunsAndAnEstimateAndWritesNothing() throws Exception {
        Path out = tmp.resolve("o");
        CliResult r = CliResult.quickly(() -> sweep(out, "--dry-run", "--shard", "2/3", "--threads", "1"));
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("= 8 runs of 3 months; shard 2/3: runs 2 to 4 (3 runs)"), r.out());
        assertTrue(r.out().contains("(3 runs); on 1 thread, --series none"), r.out());
        assertTrue(r.out().matches("(?s).*estimated time: runs \\d[^,]* s, report \\d[^,]* s, total \\d.* on 1 thread\n"
                + ".*nothing was written.*"), r.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void shardsMergeIntoTheSingleMachineFolderAndMergeChecksItsInput() throws Exception {
        assertEquals(0, sweep(tmp.resolve("whole"), "--threads", "2").code());
        List<String> merge = new ArrayList<>(List.of("merge"));
        for (int i = 1; i <= 2; i++) {
            Path dir = tmp.resolve("shard-" + i);
            CliResult r = sweep(dir, "--shard", i + "/2", "--threads", "1");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("this is shard " + i + "/2"), r.out());
            merge.add(dir.toString());
        }
        CliResult missing = CliResult.of("merge", merge.get(1), "--out", tmp.resolve("m1").toString());
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("shard 2 of 2 is missing"), missing.err());

        merge.addAll(List.of("--out", tmp.resolve("merged").toString()));
        CliResult r = CliResult.of(merge.toArray(String[]::new));
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("merge small-sweep: 2 shards, lhs design, 4 points x 2 replications = 8 runs"),
                r.out());
        CliResult replay = CliResult.of("replay", tmp.resolve("merged").toString(), "p0003/r1", "--out",
                tmp.resolve("replay").toString());
        assertEquals(0, replay.code(), "a run of a merged folder replays: " + replay);
        Map<String, byte[]> whole = SweepFixtures.csvFiles(tmp.resolve("whole"));
        Map<String, byte[]> merged = SweepFixtures.csvFiles(tmp.resolve("merged"));
        assertEquals(whole.keySet(), merged.keySet());
        for (String f : whole.keySet()) {
            assertArrayEquals(whole.get(f), merged.get(f), f);
        }
    }

    @Test
    void replayReRunsOneRunOfASweepAndFindsItIdentical() throws Exception {
        Path out = tmp.resolve("o");
        assertEquals(0, sweep(out, "--series", "monthly").code());
        CliResult r = CliResult.of("replay", out.toString(), "p0002/r1", "--out", tmp.resolve("replay").toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("identical: replay of p0002/r1"), r.out());
        CliResult bad = CliResult.of("replay", out.toString(), "p0009/r0");
        assertEquals(2, bad.code(), bad.toString());
    }

    @Test
    void compressedTablesWithoutEventsReplayAndBadWordsAreRefused() throws Exception {
        Path out = tmp.resolve("gz");
        CliResult r = sweep(out, "--series", "yearly", "--compression", "gzip", "--no-events");
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.isRegularFile(out.resolve("timeseries.csv.gz")));
        assertFalse(Files.exists(out.resolve("timeseries.csv")));
        assertFalse(Files.exists(out.resolve("events.csv.gz")) || Files.exists(out.resolve("events.csv")),
                "--no-events writes no events file");
        assertFalse(Files.exists(out.resolve("drivers.csv")), "drivers.csv is read off the events");
        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("gzip", m.get("compression").asText());
        assertFalse(m.get("events").asBoolean());
        assertEquals("gzip", m.get("options").get("compression").asText());
        assertTrue(Files.readString(out.resolve("scenario.resolved.yaml")).contains("compression: gzip\nevents: false\n"));

        CliResult replay = CliResult.of("replay", out.toString(), "p0002/r1", "--out", tmp.resolve("rp").toString());
        assertEquals(0, replay.code(), replay.toString());
        assertTrue(replay.out().contains("(the original folder kept no events: only runs.csv and timeseries.csv were compared)"),
                replay.out());

        CliResult resumed = sweep(out, "--series", "yearly", "--compression", "gzip", "--no-events", "--resume");
        assertEquals(0, resumed.code(), "a complete folder resumes to itself: " + resumed);
        CliResult other = sweep(out, "--series", "yearly", "--resume");
        assertEquals(2, other.code(), "resuming with other tables is another sweep: " + other);

        CliResult bad = sweep(tmp.resolve("bad"), "--compression", "zip");
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("--compression must be one of none, gzip, not 'zip'"), bad.err());
        Path badFile = Files.writeString(tmp.resolve("bad.yaml"), SWEEP + "compression: xz\n");
        CliResult check = CliResult.of("check", badFile.toString());
        assertEquals(2, check.code(), check.toString());
        assertTrue(check.err().contains("compression") && check.err().contains("gzip"), check.err());
    }

    @Test
    void checkSaysWhatASweepRuns() throws Exception {
        CliResult r = CliResult.of("check", sweep.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("OK: sweep small-sweep, lhs design of 4 points over 2 parameters"
                + " (levers.minusma.mobile_share, levers.minusma.start), 2 replications each (8 runs), seed 5"), r.out());
    }

    @Test
    void checkFindsACombinationOfValuesTheScenarioRefuses() throws Exception {
        // each value is fine alone (so the file loads), but point p0002 would end the lever before it starts
        Path bad = Files.writeString(tmp.resolve("combo.yaml"), """
                scenario: baseline-2015.yaml
                design: factorial
                set: {months: 12, levers.minusma.enabled: true}
                parameters:
                  levers.minusma.start: [2, 6]
                  levers.minusma.end: [4, 8]
                """);
        CliResult r = CliResult.of("check", bad.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("design point p0002 [6, 4] is not a valid scenario")
                && r.err().contains("must come after the start"), r.err());
        CliResult run = CliResult.of("sweep", bad.toString(), "--reps", "1", "--out", tmp.resolve("o").toString());
        assertEquals(2, run.code(), "bad input, not a model failure: " + run);
        assertTrue(run.err().contains("design point p0002 [6, 4] is not a valid scenario"), run.err());
    }

    @Test
    void resumeContinuesAFolderAndFinishesLikeAnUninterruptedSweep() throws Exception {
        Path ref = tmp.resolve("ref");
        assertEquals(0, sweep(ref).code());
        Path out = tmp.resolve("o");
        assertEquals(0, sweep(out).code());
        // as if killed after three runs, in the middle of the fourth run's line
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        Files.writeString(out.resolve("runs.csv"), String.join("\n", runs.subList(0, 4)) + "\n"
                + runs.get(4).substring(0, 20));
        Path m = out.resolve("manifest.json");
        Files.writeString(m, Files.readString(m).replace("\"status\" : \"complete\"", "\"status\" : \"incomplete\""));
        CliResult r = sweep(out, "--resume");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("resumed: 3 of 8 runs were already written; 5 run now"), r.out());
        assertArrayEquals(Files.readAllBytes(ref.resolve("runs.csv")), Files.readAllBytes(out.resolve("runs.csv")));
        CliResult again = sweep(out, "--resume");
        assertEquals(0, again.code());
        assertTrue(again.out().contains("is already complete (8 runs); nothing to do"), again.out());
    }

    @Test
    void helpNamesEveryOption() {
        CliResult r = CliResult.of("sweep", "--help");
        assertEquals(0, r.code(), r.toString());
        for (String o : List.of("--reps", "--seed", "--threads", "--series", "--shard", "--resume", "--dry-run",
                "--compression", "--[no-]events", "--out")) {
            assertTrue(r.out().contains(o), o);
        }
        assertEquals(0, CliResult.of("merge", "--help").code());
    }

    @Test
    void theSweepReportGivesItsAnswerThenHowFarToTrustItThenDetailsAndProvenanceLast() throws Exception {
        Path out = tmp.resolve("order");
        assertEquals(0, sweep(out).code());
        String html = Files.readString(out.resolve("report.html"));
        int discovery = html.indexOf("<h2>Scenario discovery");
        int trust = html.indexOf("<section id=\"trust\"");
        int notice = html.indexOf("not a forecast");
        int validation = html.indexOf("<div id=\"validation\">");
        int details = html.indexOf("<h2>Design points");
        int run = html.indexOf("<h2>What was run");
        int provenance = html.lastIndexOf("<h2>Provenance");
        assertTrue(discovery > 0 && discovery < trust && trust < notice && notice < validation && validation < details
                        && details < run && run < provenance,
                "discovery " + discovery + ", trust " + trust + ", notice " + notice + ", validation " + validation
                        + ", points " + details + ", what was run " + run + ", provenance " + provenance);
        // the sweep runs at the scenario's own constants and switches levers on: both said, the levers by name
        String box = html.substring(validation, html.indexOf("</section>", validation));
        assertTrue(box.contains("at fixed constants"), box);
        assertTrue(box.matches("(?s).*These runs: model \\d[^;]*, as validated;.*"), box);
    }
}
