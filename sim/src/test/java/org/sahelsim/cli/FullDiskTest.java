package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.Manifest;
import org.sahelsim.sweep.SweepFixtures;

/**
 * A real full disk: {@code run}, {@code compare} and a compressed {@code sweep} write into a
 * small tmpfs until it is full. Each exits 1, its manifest says {@code incomplete} with the
 * error, no temporary file is left, no table ends in a torn row, no file is left open; once the
 * disk is made larger,
 * {@code --resume} ends each with files byte-identical to those of a job that never ran out of
 * room. Needs to mount a tmpfs (root on Linux, as CI runs); skipped elsewhere.
 */
class FullDiskTest {
    @TempDir
    Path tmp;

    private static boolean sh(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static CliResult cli(List<String> args, String... extra) {
        List<String> a = new ArrayList<>(args);
        a.addAll(List.of(extra));
        return CliResult.of(a.toArray(String[]::new));
    }

    /** Runs {@code job} on a disk of {@code kib} KiB, then on a larger one with --resume. */
    private void fillThenResume(String name, List<String> job, int kib) throws Exception {
        Path ref = tmp.resolve("ref-" + name);
        assertEquals(0, cli(job, "--out", ref.toString()).code(), name + " on a disk with room");

        Path disk = Files.createDirectories(tmp.resolve("disk-" + name));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", disk.toString()),
                "mounting a tmpfs needs root on Linux");
        try {
            Path out = disk.resolve("out");
            CliResult full = cli(job, "--out", out.toString());
            assertEquals(1, full.code(), name + " on a full disk: " + full);
            assertTrue(full.err().contains("No space left on device"), full.err());
            JsonNode m = Manifest.read(out.resolve("manifest.json"));
            assertEquals("incomplete", m.get("status").asText(), name);
            assertTrue(m.get("error").asText().contains("No space left on device"), name + ": " + m.get("error"));
            try (Stream<Path> files = Files.walk(out)) {
                List<String> tmpFiles = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".tmp"))
                        .toList();
                assertEquals(List.of(), tmpFiles, name + " leaves no temporary file");
            }
            for (String table : List.of("runs.csv", "timeseries.csv", "events.csv")) {
                Path t = out.resolve(table);
                if (Files.isRegularFile(t) && Files.size(t) > 0) {
                    byte[] b = Files.readAllBytes(t);
                    assertEquals('\n', b[b.length - 1], name + ": " + table + " ends with a whole row");
                }
            }

            assertTrue(sh("mount", "-o", "remount,size=256m", disk.toString()), "the tmpfs grows");
            CliResult resumed = cli(job, "--out", out.toString(), "--resume");
            assertEquals(0, resumed.code(), name + " resumed: " + resumed);
            Map<String, byte[]> want = SweepFixtures.csvFiles(ref);
            Map<String, byte[]> got = SweepFixtures.csvFiles(out);
            assertEquals(want.keySet(), got.keySet(), name);
            for (String f : want.keySet()) {
                assertArrayEquals(want.get(f), got.get(f), name + ": " + f);
            }
            assertFalse(Files.exists(out.resolve(".parts")), name);
        } finally {
            if (!sh("umount", disk.toString())) {
                // busy: a file on it is still open
                sh("umount", "-l", disk.toString());
                throw new AssertionError(name + " left a file open on the full disk (it could not be unmounted)");
            }
        }
    }

    @Test
    void runFillsTheDiskRecordsTheErrorAndResumesToTheSameBytes() throws Exception {
        fillThenResume("run", List.of("run", CliRunTest.BASELINE.toString(), "--reps", "20", "--threads", "2"), 2048);
    }

    @Test
    void compareFillsTheDiskRecordsTheErrorAndResumesToTheSameBytes() throws Exception {
        fillThenResume("compare", List.of("compare", SweepFixtures.repoRoot().resolve("scenarios/policy-levers.yaml")
                .toString(), "--reps", "4", "--threads", "2"), 2048);
    }

    @Test
    void aCompressedSweepFillsTheDiskRecordsTheErrorAndResumesToTheSameBytes() throws Exception {
        fillThenResume("sweep", List.of("sweep", SweepFixtures.repoRoot().resolve("scenarios/sweeps/lhs-levers.yaml")
                .toString(), "--reps", "2", "--series", "monthly", "--compression", "gzip", "--threads", "2"), 384);
    }
}
