package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.FakeModel;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.sweep.SweepFixtures;
import org.sahelsim.testing.ChildJvm;

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

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return -1;
        }
        long n = 0;
        for (byte b : Files.readAllBytes(file)) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }

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
        List<String> jvm = List.of("-Dfake.sleep=40", "-Xmx128m");
        SplittableRandom random = new SplittableRandom(20240611);
        List<Long> runsAtKill = new ArrayList<>();
        int partialTails = 0;
        for (int kill = 0; kill < 6; kill++) {
            long before = lines(out.resolve("runs.csv"));
            Process p = ChildJvm.start(jvm, FakeModelMain.class.getName(), args, tmp.resolve("log-" + kill + ".txt"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // wait for at least one more committed run, then kill at a random moment
            while (lines(out.resolve("runs.csv")) <= Math.max(before, 1) && p.isAlive()) {
                assertTrue(System.nanoTime() < deadline, "the child made no progress within 60 s");
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(400));
            assertTrue(p.isAlive(), "kill " + kill + ": the sweep ended before it was killed; make it longer. Log: "
                    + Files.readString(tmp.resolve("log-" + kill + ".txt"), StandardCharsets.UTF_8));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            runsAtKill.add(lines(out.resolve("runs.csv")) - 1);
            for (String f : List.of("runs.csv", "timeseries.csv", "events.csv")) {
                byte[] b = Files.readAllBytes(out.resolve(f));
                partialTails += b.length > 0 && b[b.length - 1] != '\n' ? 1 : 0;
            }
        }
        Process last = ChildJvm.start(jvm, FakeModelMain.class.getName(), args, tmp.resolve("log-last.txt"));
        assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the resumed sweep finishes");
        String log = Files.readString(tmp.resolve("log-last.txt"), StandardCharsets.UTF_8);
        assertEquals(0, last.exitValue(), log);
        assertTrue(log.contains("resumed: "), log);

        Map<String, byte[]> expected = SweepFixtures.csvFiles(ref);
        Map<String, byte[]> actual = SweepFixtures.csvFiles(out);
        assertEquals(expected.keySet(), actual.keySet());
        for (String f : expected.keySet()) {
            assertArrayEquals(expected.get(f), actual.get(f), f + " after kills at " + runsAtKill + " runs ("
                    + partialTails + " files cut in the middle of a line)");
        }
        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("complete", m.get("status").asText());
        assertTrue(m.get("resumes").size() >= 6, "every restart is recorded: " + m.get("resumes"));
        for (int i = 1; i < runsAtKill.size(); i++) {
            assertTrue(runsAtKill.get(i) > runsAtKill.get(i - 1), "each restart made progress: " + runsAtKill);
        }
    }
}
