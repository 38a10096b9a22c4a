package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.FakeModel;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.sweep.SweepFixtures;

/**
 * {@code run --resume} after {@code kill -9}: a child JVM running {@code run} is killed
 * (Process.destroyForcibly, SIGKILL) at five random moments (seeded), each after it has written
 * at least one more run, and resumed; the CSV files and the manifest (times and the command line
 * aside) equal those of the same run never interrupted. As in {@link SweepKillTest}, the
 * stand-in model writes monthly series and events and sleeps up to 40 ms a run.
 */
class RunKillTest {
    @TempDir
    Path tmp;

    /** A manifest without what differs between two attempts at the same run: times, command line, resumes. */
    private static JsonNode lasting(Path folder) throws IOException {
        ObjectNode m = (ObjectNode) Manifest.read(folder.resolve("manifest.json"));
        m.remove(List.of("started", "finished", "command_line", "arguments", "resumes", "jvm"));
        ((ObjectNode) m.get("options")).remove("out");
        return m;
    }

    @Test
    void resumesAfterFiveKillsAtRandomMomentsToIdenticalBytes() throws Exception {
        String scenario = SweepFixtures.baseline().toString();
        List<String> common = List.of("--reps", "200", "--months", "12", "--seed", "11", "--threads", "2");
        Path ref = tmp.resolve("ref");
        Kills.uninterrupted("run", scenario, ref, common);

        Path out = tmp.resolve("killed");
        List<String> first = new ArrayList<>(List.of("run", scenario, "--out", out.toString()));
        first.addAll(common);
        List<String> again = new ArrayList<>(first);
        again.add("--resume");
        Kills.Result kills = Kills.killAndResume(tmp, out, List.of("-Dfake.sleep=40", "-Xmx128m"), first,
                again, 5, 20261207, 300);

        Kills.assertSameCsvFiles(ref, out, kills);
        assertArrayEquals(Files.readAllBytes(ref.resolve("scenario.resolved.yaml")),
                Files.readAllBytes(out.resolve("scenario.resolved.yaml")));
        assertEquals(lasting(ref), lasting(out),
                "the manifests differ in more than times and the command line");
        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("complete", m.get("status").asText());
        assertEquals(5, m.get("resumes").size(), "every restart is recorded: " + m.get("resumes"));
        kills.assertProgress();
    }

    @Test
    void resumeRefusesACompleteFolderAFolderOfOtherOptionsAndAMissingOutWithExit2() throws Exception {
        String scenario = SweepFixtures.baseline().toString();
        Path out = tmp.resolve("done");
        Hooks.model = new FakeModel(0);
        try {
            CliResult r = CliResult.of("run", scenario, "--reps", "3", "--months", "2", "--out",
                    out.toString());
            assertEquals(0, r.code(), r.toString());
            CliResult complete = CliResult.of("run", scenario, "--reps", "3", "--months", "2", "--out",
                    out.toString(), "--resume");
            assertEquals(2, complete.code(), complete.toString());
            assertTrue(complete.err().contains("is complete"), complete.toString());

            Path manifest = out.resolve("manifest.json");
            Files.writeString(manifest, Files.readString(manifest).replace("\"complete\"", "\"incomplete\""));
            CliResult other = CliResult.of("run", scenario, "--reps", "4", "--months", "2", "--out",
                    out.toString(), "--resume");
            assertEquals(2, other.code(), other.toString());
            assertTrue(other.err().contains("other options"), other.toString());

            CliResult noOut = CliResult.of("run", scenario, "--reps", "3", "--resume");
            assertEquals(2, noOut.code(), noOut.toString());
            assertTrue(noOut.err().contains("--out DIR"), noOut.toString());
        } finally {
            Hooks.model = ModelEntry.DEFAULT;
        }
    }
}
