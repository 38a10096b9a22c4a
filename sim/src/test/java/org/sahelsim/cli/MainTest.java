package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.RunFailedException;
import org.sahelsim.run.RunKey;

class MainTest {
    @TempDir
    Path tmp;

    @Test
    void noCommandPrintsHelpListingTheCommandsAndExitsZero() {
        CliResult r = CliResult.of();
        assertEquals(0, r.code(), r.toString());
        for (String c : List.of("run", "compare", "sweep", "merge", "replay", "check", "bench", "validate", "gui")) {
            assertTrue(r.out().contains("  " + c + " "), "help lists " + c + ":\n" + r.out());
        }
    }

    @Test
    void everyCommandHasHelpAndExitsZero() {
        for (String c : List.of("run", "compare", "sweep", "merge", "replay", "check", "bench", "validate", "gui")) {
            CliResult r = CliResult.of(c, "--help");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("Usage: sahelsim " + c), r.out());
        }
    }

    @Test
    void versionNamesTheProgram() {
        CliResult r = CliResult.of("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("sahelsim "), r.out());
    }

    @Test
    void unknownCommandIsBadInputNamingTheCommands() {
        CliResult r = CliResult.of("frobnicate", "x.yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown command 'frobnicate'")
                && r.err().contains("run, compare, sweep, merge, replay, check, bench"), r.err());
    }

    @Test
    void badOptionValueIsExitTwoWithOneMessageAndNoStackTrace() {
        CliResult r = CliResult.of("run", "x.yaml", "--series", "weekly", "--out", tmp.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("expected monthly, yearly or none, got 'weekly'"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void repsBelowOneOrSeedOutOfRangeIsExitTwoAndWritesNothing() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.yaml"), "name: x\n");
        Path out = tmp.resolve("o");
        CliResult reps = CliResult.of("run", scenario.toString(), "--reps", "0", "--out", out.toString());
        assertEquals(2, reps.code(), reps.toString());
        assertTrue(reps.err().contains("--reps must be between 1 and 1000000, was 0."), reps.err());
        CliResult seed = CliResult.of("run", scenario.toString(), "--seed", "9007199254740992", "--out", out.toString());
        assertEquals(2, seed.code(), seed.toString());
        assertTrue(seed.err().contains("--seed"), seed.err());
        CliResult threads = CliResult.of("run", scenario.toString(), "--threads", "0", "--out", out.toString());
        assertEquals(2, threads.code(), threads.toString());
        assertFalse(Files.exists(out), "no output folder on bad input");
    }

    @Test
    void missingScenarioFileIsExitTwoAndCreatesNoFolder() {
        Path out = tmp.resolve("results").resolve("o");
        CliResult r = CliResult.of("run", tmp.resolve("nope.yaml").toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("nope.yaml does not exist"), r.err());
        assertFalse(Files.exists(out.getParent()), "not even the parent folder");
    }

    @Test
    void existingOutFolderIsExitTwoAndLeftUntouched() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("taken"));
        Files.writeString(out.resolve("mine.txt"), "keep");
        Path scenario = Files.writeString(tmp.resolve("s.yaml"), "name: x\n");
        CliResult r = CliResult.of("run", scenario.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("already exists"), r.err());
        try (var files = Files.list(out)) {
            assertEquals(List.of("mine.txt"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void outUnderAFileIsExitTwoBeforeAnythingRuns() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        Path scenario = Files.writeString(tmp.resolve("s.yaml"), "name: x\n");
        CliResult r = CliResult.of("run", scenario.toString(), "--out", file.resolve("o").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("is not a folder"), r.err());
    }

    @Test
    void checkOfAMissingFileIsExitTwo() {
        CliResult r = CliResult.of("check", tmp.resolve("none.yaml").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: "), r.err());
    }

    @Test
    void benchWithoutItsScenarioSaysSoAndExitsTwo() {
        CliResult r = CliResult.of("bench", "--scenario", tmp.resolve("missing.yaml").toString(), "--seconds", "0.1");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("missing.yaml"), r.err());
    }

    @Test
    void replayOfAFolderThatIsNotAnOutputFolderIsExitTwo() throws Exception {
        CliResult r = CliResult.of("replay", tmp.toString(), "baseline/r0");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("manifest.json is missing"), r.err());
    }

    @Test
    void internalFailurePrintsMessageAndHintButNoStackTraceWithoutDebug() {
        StringWriter err = new StringWriter();
        int code = Main.failure(new IllegalStateException("broken"), new PrintWriter(err, true), false);
        assertEquals(1, code);
        assertTrue(err.toString().contains("internal error: java.lang.IllegalStateException: broken"), err.toString());
        assertTrue(err.toString().contains("--debug"), "hint names --debug");
        assertFalse(err.toString().contains("\tat "), err.toString());

        StringWriter debugErr = new StringWriter();
        Main.failure(new IllegalStateException("broken"), new PrintWriter(debugErr, true), true);
        assertTrue(debugErr.toString().contains("\tat "), "stack trace with --debug");
    }

    @Test
    void failedRunNamesRunAndSeedAndExitsOne() {
        StringWriter err = new StringWriter();
        int code = Main.failure(new RunFailedException(new RunKey("baseline", 4, 77), new ArithmeticException("x")),
                new PrintWriter(err, true), false);
        assertEquals(1, code);
        assertTrue(err.toString().contains("baseline/r4") && err.toString().contains("seed 77"), err.toString());
    }

    @Test
    void debugComesFromTheOptionAnywhereOnTheLine() {
        assertTrue(Main.debugRequested(new String[] {"run", "x.yaml", "--debug"}));
    }
}
