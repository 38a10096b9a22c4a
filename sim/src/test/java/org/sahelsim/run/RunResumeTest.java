package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.Scenario;

/**
 * A {@code run} job resumed ({@link RunJob.Spec#resume}) after its tables were left torn, after a
 * write failed (a full disk, simulated by a stream that fails after a number of bytes), and the
 * folders a resume refuses.
 */
class RunResumeTest {
    @TempDir
    Path tmp;

    private static final List<String> TABLES = List.of(Columns.RUNS, Columns.TIMESERIES, Columns.EVENTS);

    private static RunJob.Spec spec(Scenario s, int reps, Path out, boolean resume,
                                    Map<String, Object> extra) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("reps", reps);
        options.put("threads", 2);
        return new RunJob.Spec("run", List.of("run", "x.yaml"), options, List.of(), s,
                "name: tiny\nmonths: " + s.months() + "\n", RunPlan.replications(s, "baseline", 1, reps),
                1, 2, Series.MONTHLY, new FakeModel(0), out, extra, resume);
    }

    private static RunJob.Spec spec(Path out, boolean resume) {
        return spec(TestScenarios.tiny(6), 12, out, resume, Map.of());
    }

    private static void assertSameTables(Path expected, Path actual) throws IOException {
        for (String f : List.of(Columns.RUNS, Columns.TIMESERIES, Columns.EVENTS, Columns.CODEBOOK,
                Drivers.FILE)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)),
                    Files.readAllBytes(actual.resolve(f)), f);
        }
    }

    /** The bytes of {@code file} up to the end of its line number {@code lines} (the header is line 1). */
    private static byte[] firstLines(Path file, int lines) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && ++n == lines) {
                return java.util.Arrays.copyOf(b, i + 1);
            }
        }
        return b;
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Runs {@code job} with a disk that is full after {@code limit} bytes, and checks it fails saying so. */
    static void failsOnAFullDisk(long limit, org.junit.jupiter.api.function.Executable job) {
        ResultTables.Opener before = ResultTables.opener;
        ResultTables.opener = fullAfter(limit);
        Exception e;
        try {
            e = assertThrows(Exception.class, job);
        } finally {
            ResultTables.opener = before;
        }
        assertTrue(String.valueOf(e).contains("No space left on device"), String.valueOf(e));
    }

    /** Opens files whose writes fail, as on a full disk, once {@code limit} bytes are written to them all. */
    static ResultTables.Opener fullAfter(long limit) {
        AtomicLong written = new AtomicLong();
        return (p, options) -> new FilterOutputStream(Files.newOutputStream(p, options)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }

            @Override
            public void write(int b) throws IOException {
                if (written.incrementAndGet() > limit) {
                    throw new IOException("No space left on device");
                }
                out.write(b);
            }
        };
    }

    @Test
    void aRunInTimeseriesButNotInRunsIsNotCountedAsDoneAndResumeGivesIdenticalBytes() throws Exception {
        Path ref = RunJob.execute(spec(tmp.resolve("ref"), false), n -> { }).folder();
        // a folder as a kill leaves it: runs.csv with 5 whole runs and a torn sixth line, the
        // series and events of runs 0 to 6 (the 7th torn), no drivers.csv, manifest incomplete
        Path killed = tmp.resolve("killed");
        Files.createDirectories(killed);
        Files.copy(ref.resolve(Columns.MANIFEST), killed.resolve(Columns.MANIFEST));
        Files.writeString(killed.resolve(Columns.MANIFEST), text(killed.resolve(Columns.MANIFEST))
                .replace("\"status\" : \"complete\"", "\"status\" : \"incomplete\""));
        byte[] runs = firstLines(ref.resolve(Columns.RUNS), 7);
        Files.write(killed.resolve(Columns.RUNS), java.util.Arrays.copyOf(runs, runs.length - 9));
        for (String f : List.of(Columns.TIMESERIES, Columns.EVENTS)) {
            String all = text(ref.resolve(f));
            int cut = all.indexOf("\nbaseline/r7,") + 20;
            Files.writeString(killed.resolve(f), all.substring(0, cut));
        }

        RunJob.Outcome o = RunJob.execute(spec(killed, true), n -> { });

        assertEquals(5, o.found(), "only the whole lines of runs.csv count as done runs");
        assertSameTables(ref, killed);
        JsonNode m = Manifest.read(killed.resolve(Columns.MANIFEST));
        assertEquals("complete", m.get("status").asText());
        assertEquals(12, m.get("runs").asInt());
        assertEquals(5, m.get("resumes").get(0).get("runs_found").asInt());
        assertEquals(Manifest.read(ref.resolve(Columns.MANIFEST)).get("started"), m.get("started"),
                "the manifest keeps the start of the first attempt");
    }

    @Test
    void aWriteFailureLeavesTheManifestIncompleteWithTheErrorAndOnlyWholeRuns() throws Exception {
        Path ref = RunJob.execute(spec(tmp.resolve("ref"), false), n -> { }).folder();
        Path full = tmp.resolve("full");
        long limit = Files.size(ref.resolve(Columns.TIMESERIES)) / 2;
        // the disk is full once half the time series is written: every table fails from then on
        failsOnAFullDisk(limit, () -> RunJob.execute(spec(full, false), n -> { }));

        JsonNode m = Manifest.read(full.resolve(Columns.MANIFEST));
        assertEquals("incomplete", m.get("status").asText());
        assertTrue(m.get("error").asText().contains("No space left on device"), m.toString());
        try (Stream<Path> files = Files.list(full)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of(Columns.CODEBOOK, Columns.EVENTS, Columns.MANIFEST, Columns.RUNS,
                    Columns.RESOLVED, Columns.TIMESERIES), names, "no temporary or torn file is left");
        }
        int runs = m.get("runs").asInt();
        assertTrue(runs > 0 && runs < 12, "some runs were written before the disk filled: " + runs);
        for (String f : TABLES) {
            byte[] b = Files.readAllBytes(full.resolve(f));
            assertEquals('\n', b[b.length - 1], f + " ends with a whole row");
        }
        assertEquals(runs + 1, text(full.resolve(Columns.RUNS)).split("\n").length);
        assertFalse(text(full.resolve(Columns.TIMESERIES)).contains("\nbaseline/r" + runs + ","),
                "the series of a run runs.csv lacks is cut");
        assertArrayEquals(firstLines(ref.resolve(Columns.RUNS), runs + 1),
                Files.readAllBytes(full.resolve(Columns.RUNS)));

        // with space again, --resume completes the folder to the bytes of a run never interrupted
        RunJob.Outcome o = RunJob.execute(spec(full, true), n -> { });
        assertEquals(runs, o.found());
        assertSameTables(ref, full);
        assertTrue(Manifest.read(full.resolve(Columns.MANIFEST)).path("error").isMissingNode(),
                "a completed resume drops the old error");
    }

    @Test
    void resumingACompleteFolderIsRefusedAndChangesNothing() throws Exception {
        Path done = RunJob.execute(spec(tmp.resolve("done"), false), n -> { }).folder();
        byte[] manifest = Files.readAllBytes(done.resolve(Columns.MANIFEST));
        RunJob.FolderException e = assertThrows(RunJob.FolderException.class,
                () -> RunJob.execute(spec(done, true), n -> { }));
        assertTrue(e.getMessage().contains("is complete"), e.getMessage());
        assertArrayEquals(manifest, Files.readAllBytes(done.resolve(Columns.MANIFEST)));
    }

    @Test
    void resumingWithOtherOptionsOrInputOrAnotherCommandsFolderIsRefused() throws Exception {
        Path f = tmp.resolve("f");
        RunJob.execute(spec(f, false), n -> { });
        Files.writeString(f.resolve(Columns.MANIFEST), text(f.resolve(Columns.MANIFEST))
                .replace("\"status\" : \"complete\"", "\"status\" : \"incomplete\""));
        byte[] runs = Files.readAllBytes(f.resolve(Columns.RUNS));

        String reps = assertThrows(RunJob.FolderException.class,
                () -> RunJob.execute(spec(TestScenarios.tiny(6), 13, f, true, Map.of()), n -> { }))
                .getMessage();
        assertTrue(reps.contains("other options"), reps);
        String input = assertThrows(RunJob.FolderException.class,
                () -> RunJob.execute(spec(TestScenarios.tiny(7), 12, f, true, Map.of()), n -> { }))
                .getMessage();
        assertTrue(input.contains("other input"), input);
        String ensemble = assertThrows(RunJob.FolderException.class, () -> RunJob.execute(
                spec(TestScenarios.tiny(6), 12, f, true, Map.of("ensemble_file", "e.csv")), n -> { }))
                .getMessage();
        assertTrue(ensemble.contains("ensemble_file"), ensemble);
        RunJob.Spec replay = spec(f, true);
        RunJob.Spec other = new RunJob.Spec("replay", replay.arguments(), replay.options(), replay.files(),
                replay.scenario(), replay.resolvedYaml(), replay.plan(), 1, 2, Series.MONTHLY, replay.model(),
                f, Map.of(), true);
        String command = assertThrows(RunJob.FolderException.class, () -> RunJob.execute(other, n -> { }))
                .getMessage();
        assertTrue(command.contains("is a folder of 'sahelsim run'"), command);
        assertArrayEquals(runs, Files.readAllBytes(f.resolve(Columns.RUNS)),
                "a refused resume changes nothing");

        Path stranger = Files.createDirectories(tmp.resolve("stranger"));
        Files.writeString(stranger.resolve("notes.txt"), "mine");
        String notRun = assertThrows(RunJob.FolderException.class,
                () -> RunJob.execute(spec(stranger, true), n -> { })).getMessage();
        assertTrue(notRun.contains("is not a run folder"), notRun);
        assertEquals(List.of("notes.txt"),
                Files.list(stranger).map(p -> p.getFileName().toString()).toList());
    }
}
