package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.FakeModel;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.sweep.SweepFixtures;

/**
 * {@code sweep --resume} after {@code kill -9}: a child JVM running the sweep is killed
 * (Process.destroyForcibly, SIGKILL) at six random moments (seeded), each time after it has
 * written at least one more run, and resumed; the final CSV files equal, byte for byte, those
 * of the same sweep never interrupted. The stand-in model writes monthly series and events and
 * sleeps up to 40 ms a run, so the kills land while rows are being written.
 */
class SweepKillTest {
    @TempDir
    Path tmp;

    static final String SWEEP = """
            scenario: %s
            design: lhs
            points: 60
            replications: 4
            series: monthly
            set: {months: 12}
            parameters:
              levers.minusma.mobile_share: {min: 0.1, max: 0.6}
              params.rationality: {min: 0.01, max: 0.05}
            metrics: [clashes, splits]
            """;

    @Test
    void resumeAfterSixKillsAtRandomMomentsEqualsAnUninterruptedSweep() throws Exception {
        Path sweep = Files.writeString(tmp.resolve("kill.yaml"), SWEEP.formatted(SweepFixtures.baseline()));
        Path ref = tmp.resolve("ref");
        Hooks.model = new FakeModel(40);
        try {
            CliResult r = CliResult.of("sweep", sweep.toString(), "--out", ref.toString(), "--threads", "2");
            assertEquals(0, r.code(), r.toString());
        } finally {
            Hooks.model = ModelEntry.DEFAULT;
        }

        Path out = tmp.resolve("killed");
        List<String> args = List.of("sweep", sweep.toString(), "--out", out.toString(), "--threads", "2", "--resume");
        Kills.Result kills = Kills.killAndResume(tmp, out, List.of("-Dfake.sleep=40", "-Xmx128m"), args, args, 6,
                20240611, 400);

        Kills.assertSameCsvFiles(ref, out, kills);
        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("complete", m.get("status").asText());
        assertTrue(m.get("resumes").size() >= 6, "every restart is recorded: " + m.get("resumes"));
        kills.assertProgress();
    }

    @Test
    void aCompressedSweepResumesAfterKillsToTheBytesOfAnUninterruptedOne() throws Exception {
        Path sweep = Files.writeString(tmp.resolve("gz.yaml"), SWEEP.formatted(SweepFixtures.baseline())
                + "compression: gzip\n");
        Path ref = tmp.resolve("ref");
        Hooks.model = new FakeModel(40);
        try {
            CliResult r = CliResult.of("sweep", sweep.toString(), "--out", ref.toString(), "--threads", "2", "--reps",
                    "10");
            assertEquals(0, r.code(), r.toString());
        } finally {
            Hooks.model = ModelEntry.DEFAULT;
        }
        assertTrue(Files.isRegularFile(ref.resolve("timeseries.csv.gz")));

        Path out = tmp.resolve("killed");
        List<String> args = List.of("sweep", sweep.toString(), "--out", out.toString(), "--threads", "2", "--reps", "10",
                "--resume");
        // 600 runs; they are committed a block of 16 at a time: the kills land inside blocks and between them
        Kills.Result kills = Kills.killAndResume(tmp, out, List.of("-Dfake.sleep=40", "-Xmx128m"), args, args, 5,
                20261207, 500, new Kills.Commits() {
                    @Override
                    public long runs() throws java.io.IOException {
                        return Kills.lines(out.resolve("runs.csv")) - 1;
                    }

                    @Override
                    public List<Path> files() {
                        return List.of(out.resolve("runs.csv"));
                    }
                });
        Kills.assertSameCsvFiles(ref, out, kills);
        assertEquals("complete", Manifest.read(out.resolve("manifest.json")).get("status").asText());
    }
}
