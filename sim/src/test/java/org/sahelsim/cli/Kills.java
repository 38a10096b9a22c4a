package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.sahelsim.run.FakeModel;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.sweep.SweepFixtures;
import org.sahelsim.testing.ChildJvm;

/**
 * Kills a command running in a child JVM ({@link FakeModelMain}, Process.destroyForcibly, that
 * is SIGKILL) at random moments, each after it has committed at least one more run to
 * {@code runs.csv}, then lets the resumed command finish: what the kill tests of {@code sweep}
 * and {@code run} share.
 */
final class Kills {
    private Kills() {
    }

    /**
     * What the kills left: the runs in {@code runs.csv} after each kill, the files cut in the
     * middle of a line, and the log of the last, finished command.
     */
    record Result(List<Long> runsAtKill, int tornTails, String lastLog) {
        /** Each kill found more runs than the one before. */
        void assertProgress() {
            for (int i = 1; i < runsAtKill.size(); i++) {
                assertTrue(runsAtKill.get(i) > runsAtKill.get(i - 1),
                        "each restart made progress: " + runsAtKill);
            }
        }
    }

    /** The lines of {@code file}, -1 if it does not exist. */
    static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return -1;
        }
        long n = 0;
        for (byte b : Files.readAllBytes(file)) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }

    /** Where a command commits its runs: the runs found so far, and the files whose tails a kill may tear. */
    interface Commits {
        long runs() throws IOException;

        List<Path> files() throws IOException;

        /** The lines of {@code runs.csv} after its header, and the three tables: run and sweep. */
        static Commits tables(Path out) {
            return new Commits() {
                @Override
                public long runs() throws IOException {
                    return lines(out.resolve("runs.csv")) - 1;
                }

                @Override
                public List<Path> files() {
                    return List.of(out.resolve("runs.csv"), out.resolve("timeseries.csv"),
                            out.resolve("events.csv"));
                }
            };
        }
    }

    /** As the method below, with {@link Commits#tables}. */
    static Result killAndResume(Path tmp, Path out, List<String> jvm, List<String> first, List<String> again,
                                int kills, long seed, int pauseMillis)
            throws IOException, InterruptedException {
        return killAndResume(tmp, out, jvm, first, again, kills, seed, pauseMillis, Commits.tables(out));
    }

    /**
     * Starts {@code first} (then {@code again}) {@code kills} times in a child JVM writing
     * {@code out}, kills it a random moment (up to {@code pauseMillis}, drawn from {@code seed})
     * after one more run is committed, and finally runs {@code again} to its end with exit 0.
     */
    static Result killAndResume(Path tmp, Path out, List<String> jvm, List<String> first, List<String> again,
                                int kills, long seed, int pauseMillis, Commits commits)
            throws IOException, InterruptedException {
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> runsAtKill = new ArrayList<>();
        int partialTails = 0;
        for (int kill = 0; kill < kills; kill++) {
            long before = commits.runs();
            Path log = tmp.resolve("log-" + kill + ".txt");
            Process p = ChildJvm.start(jvm, FakeModelMain.class.getName(), kill == 0 ? first : again, log);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // wait for at least one more committed run, then kill at a random moment
            while (commits.runs() <= Math.max(before, 0) && p.isAlive()) {
                assertTrue(System.nanoTime() < deadline, "the child made no progress within 60 s");
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(pauseMillis));
            assertTrue(p.isAlive(),
                    "kill " + kill + ": the command ended before it was killed; make it longer. Log: "
                    + Files.readString(log, StandardCharsets.UTF_8));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            runsAtKill.add(commits.runs());
            for (Path f : commits.files()) {
                byte[] b = Files.readAllBytes(f);
                partialTails += b.length > 0 && b[b.length - 1] != '\n' ? 1 : 0;
            }
        }
        Process last = ChildJvm.start(jvm, FakeModelMain.class.getName(), again, tmp.resolve("log-last.txt"));
        assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the resumed command finishes");
        String log = Files.readString(tmp.resolve("log-last.txt"), StandardCharsets.UTF_8);
        assertEquals(0, last.exitValue(), log);
        assertTrue(log.contains("resumed: "), log);
        return new Result(runsAtKill, partialTails, log);
    }

    /**
     * Runs {@code command input --out ref options} in this JVM with the stand-in model sleeping
     * up to 40 ms a run, as the killed child does: the folder never interrupted.
     */
    static void uninterrupted(String command, String input, Path ref, List<String> options) {
        Hooks.model = new FakeModel(40);
        try {
            List<String> a = new ArrayList<>(List.of(command, input, "--out", ref.toString()));
            a.addAll(options);
            CliResult r = CliResult.of(a.toArray(String[]::new));
            assertEquals(0, r.code(), r.toString());
        } finally {
            Hooks.model = ModelEntry.DEFAULT;
        }
    }

    /** Every CSV file of {@code expected} is in {@code actual}, byte for byte, and no other. */
    static void assertSameCsvFiles(Path expected, Path actual, Result kills) throws IOException {
        Map<String, byte[]> want = SweepFixtures.csvFiles(expected);
        Map<String, byte[]> got = SweepFixtures.csvFiles(actual);
        assertEquals(want.keySet(), got.keySet());
        for (String f : want.keySet()) {
            assertArrayEquals(want.get(f), got.get(f), f + " after kills at " + kills.runsAtKill() + " runs ("
                    + kills.tornTails() + " files cut in the middle of a line)");
        }
    }
}
