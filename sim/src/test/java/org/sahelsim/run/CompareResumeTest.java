package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.Experiment;

/**
 * {@code compare} resumed ({@link CompareJob.Spec#resume}): after it stopped in its second
 * {@code --ci-width} round with torn part files, it ends with the bytes of a comparison never
 * interrupted; a complete folder or other options are refused.
 */
class CompareResumeTest {
    @TempDir
    Path tmp;

    private static CompareJob.Spec spec(Experiment e, ModelEntry model, Path out, boolean resume) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("reps", e.replications());
        options.put("threads", 2);
        return new CompareJob.Spec(List.of("compare", "x.yaml"), options, List.of(), e, 1.5, 2,
                Series.MONTHLY, model, out, ReportHook.NONE, resume);
    }

    private static final List<String> FILES = List.of(Columns.RUNS, Columns.TIMESERIES, Columns.EVENTS,
            Columns.CODEBOOK, Columns.RESOLVED, Drivers.FILE, CompareJob.SUMMARY);

    @Test
    void resumesAStoppedCiWidthComparisonWithTornPartsToIdenticalBytes() throws Exception {
        Experiment e = CompareJobTest.experiment(4, 40);
        CompareJob.Outcome ref = CompareJob.execute(spec(e, new ShiftModel(1), tmp.resolve("ref"), false),
                CompareJob.Listener.NONE);
        assertTrue(ref.rounds().size() >= 3, "several rounds: " + ref.rounds());

        // stops in the second round (replications 4 and 5) at replication 5 of "noise", the last variant
        Path out = tmp.resolve("stopped");
        assertThrows(RunFailedException.class, () -> CompareJob.execute(
                spec(e, new ShiftModel(1, "shift=0.0001", 5), out, false), CompareJob.Listener.NONE));
        JsonNode stopped = Manifest.read(out.resolve(Columns.MANIFEST));
        assertEquals("incomplete", stopped.get("status").asText());
        assertTrue(stopped.get("parts").asText().contains("--resume"), "the manifest says why .parts stays");
        Path parts = out.resolve(CompareJob.PARTS);
        assertTrue(Files.isDirectory(parts));
        int whole = stopped.get("runs").asInt();
        assertTrue(whole > 12, "the second round had begun: " + whole);
        // as a kill leaves them: a torn line in a runs part, and the rows of a run it lacks in the others
        Files.writeString(parts.resolve("2-runs.csv"), "noise/r9,noise,9,12", StandardOpenOption.APPEND);
        Files.writeString(parts.resolve("2-timeseries.csv"),
                "noise/r9,noise,9,1,0,2015-06,clashes,1\nnoise/r9,no",
                StandardOpenOption.APPEND);

        CompareJob.Outcome o = CompareJob.execute(spec(e, new ShiftModel(1), out, true),
                CompareJob.Listener.NONE);

        assertEquals(whole, o.found(), "the whole runs were found, the torn one was not");
        assertEquals(ref.replications(), o.replications());
        assertEquals(ref.rounds(), o.rounds());
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(ref.folder().resolve(f)),
                    Files.readAllBytes(out.resolve(f)), f);
        }
        assertFalse(Files.exists(parts), "the parts go once the tables are joined");
        JsonNode m = Manifest.read(out.resolve(Columns.MANIFEST));
        assertEquals("complete", m.get("status").asText());
        assertTrue(m.path("parts").isMissingNode() && m.path("error").isMissingNode(), m.toString());
        assertEquals(Manifest.read(ref.folder().resolve(Columns.MANIFEST)).get("ci_rounds"),
                m.get("ci_rounds"));
        assertEquals(whole, m.get("resumes").get(0).get("runs_found").asInt());
    }

    @Test
    void aWriteFailureLeavesTheManifestIncompleteWithTheErrorThePartsExplainedAndResumes() throws Exception {
        Experiment e = CompareJobTest.experiment(6, 6);
        CompareJob.Outcome ref = CompareJob.execute(spec(e, new ShiftModel(0), tmp.resolve("ref"), false),
                CompareJob.Listener.NONE);
        Path out = tmp.resolve("full");
        // the disk is full once half the rows are written
        RunResumeTest.failsOnAFullDisk(Files.size(ref.folder().resolve(Columns.TIMESERIES)) / 2,
                () -> CompareJob.execute(spec(e, new ShiftModel(0), out, false), CompareJob.Listener.NONE));
        JsonNode m = Manifest.read(out.resolve(Columns.MANIFEST));
        assertEquals("incomplete", m.get("status").asText());
        assertTrue(m.get("error").asText().contains("No space left on device"), m.toString());
        assertTrue(m.get("parts").asText().contains("--resume"), m.toString());
        assertFalse(Files.exists(out.resolve(Columns.MANIFEST + ".tmp")));
        assertFalse(Files.exists(out.resolve(CompareJob.SUMMARY)),
                "no statistics of an incomplete comparison");
        // the disk is still full when the parts are joined: rather than half-written tables, none
        for (String f : List.of(Columns.RUNS, Columns.TIMESERIES, Columns.EVENTS)) {
            assertFalse(Files.exists(out.resolve(f)), f);
        }
        assertTrue(m.get("runs").asInt() > 0, "some runs were written before the disk filled");

        CompareJob.execute(spec(e, new ShiftModel(0), out, true), CompareJob.Listener.NONE);
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(ref.folder().resolve(f)),
                    Files.readAllBytes(out.resolve(f)), f);
        }
    }

    @Test
    void resumingACompleteComparisonOrOneWithOtherOptionsIsRefused() throws Exception {
        Experiment e = CompareJobTest.experiment(3, 40);
        Path out = tmp.resolve("c");
        CompareJob.execute(spec(e, new ShiftModel(0), out, false), CompareJob.Listener.NONE);
        String complete = assertThrows(RunJob.FolderException.class, () -> CompareJob.execute(
                spec(e, new ShiftModel(0), out, true), CompareJob.Listener.NONE)).getMessage();
        assertTrue(complete.contains("is complete"), complete);

        Path manifest = out.resolve(Columns.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest, StandardCharsets.UTF_8)
                .replace("\"status\" : \"complete\"", "\"status\" : \"incomplete\""));
        byte[] runs = Files.readAllBytes(out.resolve(Columns.RUNS));
        String reps = assertThrows(RunJob.FolderException.class, () -> CompareJob.execute(
                spec(CompareJobTest.experiment(5, 40), new ShiftModel(0), out, true),
                CompareJob.Listener.NONE)).getMessage();
        assertTrue(reps.contains("other options"), reps);
        assertArrayEquals(runs, Files.readAllBytes(out.resolve(Columns.RUNS)),
                "a refused resume changes nothing");
    }
}
