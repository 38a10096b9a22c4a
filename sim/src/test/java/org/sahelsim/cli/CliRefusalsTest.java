package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.Replications;

/**
 * The clear refusals: an output folder that cannot be made, for every command that takes
 * {@code --out}, exits 2 naming it before anything runs; a default folder name too long for the
 * file system is shortened; one cap on replications for every command and file; {@code replay}
 * writes beside the original folder. Nothing here runs more than a few three-month runs.
 */
class CliRefusalsTest {
    static final Path SCENARIOS = Path.of("..", "scenarios");

    @TempDir
    Path tmp;

    @BeforeEach
    void copyFiles() throws Exception {
        Files.copy(CliRunTest.BASELINE, tmp.resolve("baseline-2015.yaml"));
        try (var in = CliCompareTest.class.getResourceAsStream("small-experiment.yaml")) {
            Files.copy(in, tmp.resolve("small.yaml"));
        }
        Files.writeString(tmp.resolve("sweep.yaml"), CliSweepTest.SWEEP);
        Files.writeString(tmp.resolve("rob.yaml"), CliRobustnessTest.ROBUSTNESS);
    }

    /** Every command that takes {@code --out}, with what it needs to get as far as writing. */
    private List<List<String>> commands() {
        String s = SCENARIOS.toString();
        return List.of(
                List.of("run", CliRunTest.BASELINE.toString(), "--reps", "1", "--months", "1"),
                List.of("compare", tmp.resolve("small.yaml").toString()),
                List.of("sweep", tmp.resolve("sweep.yaml").toString()),
                List.of("robustness", tmp.resolve("rob.yaml").toString()),
                List.of("validate", "--reps", "1", "--patterns", s + "/validation/history-patterns.yaml"),
                List.of("calibrate", s + "/calibration/history-2012-lhs.yaml"),
                List.of("calibrate", s + "/calibration/history-2012-2015-abc.yaml"),
                List.of("mechanisms", s + "/mechanisms/expectations.yaml", "--reps", "2"),
                List.of("merge", tmp.resolve("shard-1").toString(), tmp.resolve("shard-2").toString()),
                List.of("replay", tmp.resolve("some-run").toString(), "baseline/r0"));
    }

    private static CliResult with(List<String> command, String... extra) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of(extra));
        return CliResult.of(args.toArray(String[]::new));
    }

    /** Every command refuses {@code out} with exit 2 and a message naming it; returns the messages. */
    private List<String> refusedByEveryCommand(String out, String named) {
        List<String> messages = new ArrayList<>();
        for (List<String> command : commands()) {
            CliResult r = with(command, "--out", out);
            assertEquals(2, r.code(), command + ": " + r);
            assertTrue(r.err().startsWith("error: output folder " + named), command + ": " + r.err());
            assertFalse(r.err().contains("internal error"), r.err());
            assertTrue(r.out().isEmpty(), "nothing ran: " + r.out());
            messages.add(r.err());
        }
        return messages;
    }

    @Test
    void aFolderUnderARegularFileIsRefusedByEveryCommandNamingIt() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Path out = file.resolve("sub");
        refusedByEveryCommand(out.toString(), out.toString())
                .forEach(m -> assertTrue(m.contains(file + " is not a folder"), m));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aFolderTheFileSystemRefusesIsRefusedByEveryCommandBeforeAnyRun() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc", "self")), "a /proc file system");
        refusedByEveryCommand("/proc/sahel", "/proc/sahel")
                .forEach(m -> assertTrue(m.contains("cannot be created"), m));
        assertFalse(Files.exists(Path.of("/proc/sahel")));
    }

    @Test
    void aFolderToResumeThatCannotBeMadeIsRefusedAsANewOne() throws Exception {
        // a folder to resume that does not exist yet is started: the same refusals hold
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        String out = file.resolve("sub").toString();
        for (List<String> command : commands().subList(0, 3)) {
            CliResult r = with(command, "--out", out, "--resume");
            assertEquals(2, r.code(), command + ": " + r);
            assertTrue(r.err().contains("output folder " + out + " cannot be created: " + file
                    + " is not a folder"), command + ": " + r.err());
        }
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aNameTooLongForTheFileSystemIsRefusedByEveryCommandAndNothingIsLeft() throws Exception {
        Path out = tmp.resolve("new").resolve("x".repeat(300));
        refusedByEveryCommand(out.toString(), out.toString())
                .forEach(m -> assertTrue(m.contains("cannot be created"), m));
        assertFalse(Files.exists(tmp.resolve("new")), "the parent made to try the name is removed again");
    }

    @Test
    void anEmptyOutIsRefusedByEveryCommand() {
        refusedByEveryCommand("", "''").forEach(m -> assertTrue(m.contains("names no folder"), m));
    }

    @Test
    void aFolderWithoutWritePermissionIsRefusedByEveryCommand() throws Exception {
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // the super-user writes anywhere: then the folder is no refusal to test
            assumeFalse(Files.isWritable(locked), "a user whom permissions bind");
            Path out = locked.resolve("o");
            refusedByEveryCommand(out.toString(), out.toString())
                    .forEach(m -> assertTrue(m.contains(locked + " is not writable"), m));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aLongFileNameGivesAShortenedStableDefaultFolderThatCanBeMade() throws Exception {
        LocalDateTime t = LocalDateTime.of(2025, 1, 2, 3, 4, 5);
        String long1 = "b".repeat(240);
        Path first = Folders.stamped(tmp, long1, t);
        String name = first.getFileName().toString();
        assertEquals("b".repeat(Folders.MAX_PREFIX_BYTES - 9) + "-" + name.substring(112, 120)
                + "-20250102-030405", name);
        assertEquals(first, Folders.stamped(tmp, long1, t), "the same file name gives the same folder");
        assertFalse(first.equals(Folders.stamped(tmp, "b".repeat(239) + "c", t)),
                "names differing at the end differ");
        Files.createDirectory(first);
        assertEquals(tmp.resolve(name + "-2"), Folders.stamped(tmp, long1, t), "the next in the same second");
        assertEquals("short", Folders.shortened("short"), "a name that fits is kept");
        // a name of two-byte letters is cut between letters, within the bytes allowed
        String accents = Folders.shortened("é".repeat(200));
        assertEquals("é".repeat((Folders.MAX_PREFIX_BYTES - 9) / 2) + "-",
                accents.substring(0, accents.length() - 8));
    }

    @Test
    void runOfAScenarioWithA240CharacterFileNameWritesItsDefaultFolder() throws Exception {
        String base = "s".repeat(240);
        Path scenario = Files.copy(CliRunTest.BASELINE, tmp.resolve(base + ".yaml"));
        Path results = Path.of("results");
        boolean existed = Files.isDirectory(results);
        List<Path> before = listed(results);
        CliResult r = CliResult.of("run", scenario.toString(), "--reps", "1", "--months", "1",
                "--threads", "1");
        List<Path> made = listed(results).stream().filter(p -> !before.contains(p)).toList();
        try {
            assertEquals(0, r.code(), r.toString());
            assertEquals(1, made.size(), made.toString());
            String name = made.get(0).getFileName().toString();
            assertTrue(name.matches("s{111}-[0-9a-f]{8}-\\d{8}-\\d{6}"), name);
            assertTrue(r.out().trim().endsWith(made.get(0).toString()), r.out());
            assertTrue(Files.isRegularFile(made.get(0).resolve("runs.csv")));
        } finally {
            for (Path p : made) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.sorted((a, b) -> b.compareTo(a)).forEach(q -> q.toFile().delete());
                }
            }
            if (!existed) {
                Files.deleteIfExists(results);
            }
        }
    }

    private static List<Path> listed(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @Test
    void everyCommandRefusesMoreReplicationsThanTheOneCapWithTheSameMessage() {
        String over = Integer.toString(Replications.MAX + 1);
        String s = SCENARIOS.toString();
        // an abc-smc calibration takes no --reps at all: its file says how many runs
        for (List<String> command : List.of(List.of("run", CliRunTest.BASELINE.toString(), "--months", "1"),
                List.of("compare", tmp.resolve("small.yaml").toString()),
                List.of("sweep", tmp.resolve("sweep.yaml").toString()),
                List.of("robustness", tmp.resolve("rob.yaml").toString()),
                List.of("validate", "--patterns", s + "/validation/history-patterns.yaml"),
                List.of("calibrate", s + "/calibration/history-2012-lhs.yaml"),
                List.of("mechanisms", s + "/mechanisms/expectations.yaml"))) {
            for (String reps : List.of(over, "2147483647")) {
                CliResult r = with(command, "--reps", reps, "--out", tmp.resolve("o").toString());
                assertEquals(2, r.code(), command + ": " + r);
                assertTrue(r.err().matches("error: --reps must be between [12] and 1000000"
                        + "( \\([^)]*\\))?, was " + reps + "\\.\n"), command + ": " + r.err());
                assertTrue(r.out().isEmpty(), r.out());
            }
        }
        CliResult validate = CliResult.of("validate", "--reps", "2000000000", "--out",
                tmp.resolve("o").toString());
        assertEquals(2, validate.code(), validate.toString());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void filesThatSetMoreReplicationsThanTheCapAreRefusedWhereTheyAreRead() throws Exception {
        String over = Integer.toString(Replications.MAX + 1);
        Path small = tmp.resolve("small.yaml");
        Files.writeString(small, Files.readString(small).replace("replications: 3", "replications: " + over));
        Files.writeString(tmp.resolve("sweep.yaml"), CliSweepTest.SWEEP.replace("replications: 2",
                "replications: " + over));
        Path rob = Files.writeString(tmp.resolve("rob-over.yaml"), CliRobustnessTest.ROBUSTNESS.replace(
                "replications: 2", "replications: " + over));
        for (List<String> command : List.of(List.of("compare", small.toString()),
                List.of("sweep", tmp.resolve("sweep.yaml").toString()),
                List.of("robustness", rob.toString()))) {
            CliResult r = with(command, "--out", tmp.resolve("o").toString());
            assertEquals(2, r.code(), command + ": " + r);
            String e = r.err();
            assertTrue(e.contains("replications") && e.contains(Integer.toString(Replications.MAX))
                    && e.contains(over), command + ": " + e);
            assertFalse(Files.exists(tmp.resolve("o")));
        }
    }

    @Test
    void replayWritesItsDefaultFolderBesideTheOriginalNotInsideIt() throws Exception {
        Path original = tmp.resolve("orig");
        CliResult run = CliResult.of("run", CliRunTest.BASELINE.toString(), "--reps", "2", "--months", "2",
                "--threads", "1", "--out", original.toString());
        assertEquals(0, run.code(), run.toString());
        List<Path> inside = listed(original);
        CliResult r = CliResult.of("replay", original.toString(), "baseline/r1");
        assertEquals(0, r.code(), r.toString());
        assertEquals(inside, listed(original), "the original folder is left as its command wrote it");
        List<Path> beside = listed(tmp).stream()
                .filter(p -> p.getFileName().toString().startsWith("orig-replay-baseline-r1-")).toList();
        assertEquals(1, beside.size(), listed(tmp).toString());
        assertTrue(beside.get(0).getFileName().toString().matches("orig-replay-baseline-r1-\\d{8}-\\d{6}"),
                beside.toString());
        assertTrue(r.out().startsWith("identical: ") && r.out().trim().endsWith(beside.get(0).toString()),
                r.out());
        assertTrue(Files.isRegularFile(beside.get(0).resolve("runs.csv")));
    }

    @Test
    void aFolderAnotherJobIsWritingIsNotResumed() throws Exception {
        List<List<String>> jobs = List.of(
                List.of("run", CliRunTest.BASELINE.toString(), "--reps", "2", "--months", "1"),
                List.of("compare", tmp.resolve("small.yaml").toString()),
                List.of("sweep", tmp.resolve("sweep.yaml").toString()));
        for (List<String> job : jobs) {
            Path out = tmp.resolve("busy-" + job.get(0));
            assertEquals(0, with(job, "--out", out.toString()).code());
            Path manifest = out.resolve("manifest.json");
            Files.writeString(manifest, Files.readString(manifest).replace("\"status\" : \"complete\"",
                    "\"status\" : \"incomplete\""));
            String lockName = job.get(0).equals("sweep") ? ".sweep.lock" : org.sahelsim.run.FolderLock.RUN;
            try (var lock = org.sahelsim.run.FolderLock.tryLock(out, lockName)) {
                assertTrue(lock != null);
                CliResult r = with(job, "--out", out.toString(), "--resume");
                assertEquals(2, r.code(), job.get(0) + ": " + r);
                assertTrue(r.err().contains(out + " is being written by another"), r.err());
            }
            assertEquals(0, with(job, "--out", out.toString(), "--resume").code(), job.get(0) + " resumes once free");
        }
    }
}
