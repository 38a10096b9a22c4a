package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.Provenance;

/** {@code validate} end to end with a few replications of the shipped history. */
class CliValidateTest {
    /** Tests run in sim/; the patterns file lives one level up. */
    static final Path PATTERNS = Path.of("..", "scenarios", "validation", "history-patterns.yaml");

    @TempDir
    Path tmp;

    @AfterEach
    void restoreModel() {
        Hooks.model = ModelEntry.DEFAULT;
    }

    private CliResult validate(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("validate", "--patterns", PATTERNS.toString(),
                "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliResult.of(args.toArray(String[]::new));
    }

    @Test
    void validateWithEightRepsPrintsTheTableAndWritesItsFiles() throws Exception {
        Path out = tmp.resolve("v");
        CliResult r = validate(out, "--reps", "8", "--seed", "3", "--threads", "2");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Validation of history-2012 (41 months from 2012-01): 8 replications, seed 3"), r.out());
        assertTrue(r.out().contains("pattern") && r.out().contains("how measured") && r.out().contains("threshold"), r.out());
        assertTrue(r.out().matches("(?s).*pact_forms_and_breaks +pact_forms_and_breaks\\{kinds: \\[separatist, jihadist\\],"
                + " +\\d\\.\\d\\d +0\\.33 +(PASS|FAIL).*"), r.out());
        assertTrue(r.out().contains("of 9 patterns pass"), r.out());

        List<String> summary = Files.readAllLines(out.resolve("validation.csv"));
        assertEquals("pattern,description,measure,share,threshold,pass,n,period", summary.get(0));
        assertEquals(10, summary.size());
        assertTrue(summary.get(1).startsWith("pact_forms_and_breaks,"), summary.get(1));
        assertTrue(summary.get(1).contains(",\"pact_forms_and_breaks{kinds: [separatist, jihadist], max_months: 12}\","),
                summary.get(1));
        for (String line : summary.subList(1, summary.size())) {
            assertTrue(line.matches(".*,(0|1|0\\.\\d+),0\\.\\d+,(true|false),8,"), line);
        }
        List<String> runs = Files.readAllLines(out.resolve("validation-runs.csv"));
        assertEquals("run_id,rep,seed,pattern,reproduced,explanation", runs.get(0));
        assertEquals(1 + 8 * 9, runs.size());
        assertTrue(runs.get(1).startsWith("baseline/r0,0,"), runs.get(1));
        assertTrue(runs.get(runs.size() - 1).startsWith("baseline/r7,7,"), runs.get(runs.size() - 1));

        assertTrue(r.out().matches("(?s).*jointly, all 9 patterns: \\d of 8 runs reproduce every one \\(\\d\\.\\d\\d\\), \\d all"
                + " but one \\(\\d\\.\\d\\d\\).*"), r.out());
        List<String> joint = Files.readAllLines(out.resolve("validation-joint.csv"));
        assertEquals("period,patterns,runs,all,share_all,all_but_one,share_all_but_one", joint.get(0));
        assertEquals(2, joint.size(), "the history's file names no period: one row for all its patterns");
        assertTrue(joint.get(1).startsWith("all,9,8,"), joint.get(1));
        // the joint count agrees with the runs file: runs with every pattern reproduced
        int every = 0;
        for (int rep = 0; rep < 8; rep++) {
            String prefix = "baseline/r" + rep + ",";
            if (runs.stream().filter(l -> l.startsWith(prefix)).allMatch(l -> l.split(",")[4].equals("true"))) {
                every++;
            }
        }
        assertEquals(every, Integer.parseInt(joint.get(1).split(",")[3]));

        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("validate", m.get("command").asText());
        assertEquals("complete", m.get("status").asText());
        assertEquals(8, m.get("runs").asInt());
        assertEquals(3, m.get("master_seed").asLong());
        assertEquals(9, m.get("patterns").asInt());
        assertTrue(m.get("patterns_passed").asInt() >= 0);
        assertEquals(Provenance.sha256(PATTERNS), m.get("patterns_file").get("sha256").asText());
        assertEquals("history-2012", m.get("scenario").get("name").asText());
        assertTrue(Files.isRegularFile(out.resolve("scenario.resolved.yaml")));
    }

    @Test
    void checkReadsAPatternsFileWithItsPeriodsAndStopsAtABadOne() throws Exception {
        CliResult ok = CliResult.of("check", PATTERNS.toString());
        assertEquals(0, ok.code(), ok.toString());
        assertTrue(ok.out().startsWith("OK: patterns file of 9 patterns for scenario history-2012 (41 months"), ok.out());
        Path whole = PATTERNS.resolveSibling("history-2012-2020-patterns.yaml");
        CliResult w = CliResult.of("check", whole.toString());
        assertEquals(0, w.code(), w.toString());
        assertTrue(w.out().contains("(periods 2012-2015, 2015-2020) for scenario history-2012-2020 (102 months"), w.out());
        Path bad = tmp.resolve("bad-patterns.yaml");
        Files.copy(PATTERNS.resolveSibling("../history-2012.yaml").normalize(), tmp.resolve("history-2012.yaml"));
        Files.writeString(bad, "scenario: history-2012.yaml\npatterns:\n  - id: x\n    description: d\n    source: s\n"
                + "    threshold: 0.5\n    measure:\n      splits: {within: [2013-01, 2012-12]}\n");
        CliResult b = CliResult.of("check", bad.toString());
        assertEquals(2, b.code(), b.toString());
        assertTrue(b.err().contains("bad-patterns.yaml:8:24: patterns[0].measure.splits.within: the last month 2012-12"),
                b.err());
    }

    @Test
    void sameSeedGivesTheSameFilesWhateverTheThreads() throws Exception {
        CliResult a = validate(tmp.resolve("a"), "--reps", "4", "--threads", "1");
        CliResult b = validate(tmp.resolve("b"), "--reps", "4", "--threads", "3");
        assertEquals(0, a.code(), a.toString());
        assertEquals(0, b.code(), b.toString());
        for (String f : List.of("validation.csv", "validation-runs.csv", "validation-joint.csv")) {
            assertEquals(Files.readString(tmp.resolve("a").resolve(f)), Files.readString(tmp.resolve("b").resolve(f)), f);
        }
    }

    @Test
    void badOptionsAndBadPatternsFilesExitWithTwoAndWriteNothing() throws Exception {
        Path out = tmp.resolve("x");
        CliResult r = validate(out, "--reps", "0");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--reps must be between 1 and 1000000, was 0."), r.err());
        assertFalse(Files.exists(out));

        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "scenario: " + PATTERNS.toAbsolutePath().getParent().getParent().resolve("history-2012.yaml")
                + "\npatterns:\n  - {id: p, description: d, source: s, threshold: 2, measure: {signatory_coalitions: {min: 2, max: 2}}}\n");
        CliResult b = CliResult.of("validate", "--patterns", bad.toString(), "--out", out.toString(), "--reps", "2");
        assertEquals(2, b.code(), b.toString());
        assertTrue(b.err().startsWith("error: " + bad + ":3:51: patterns[0].threshold: "), b.err());
        assertFalse(b.err().contains("Exception"), b.err());
        assertFalse(Files.exists(out));

        CliResult missing = CliResult.of("validate", "--patterns", tmp.resolve("none.yaml").toString());
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("does not exist"), missing.err());

        Files.createDirectory(out);
        CliResult exists = validate(out, "--reps", "1");
        assertEquals(2, exists.code(), exists.toString());
        assertTrue(exists.err().contains("already exists"), exists.err());
    }

    @Test
    void helpNamesTheOptionsAndTheExitCodeForFailedPatterns() {
        CliResult r = CliResult.of("validate", "--help");
        assertEquals(0, r.code(), r.toString());
        for (String o : List.of("--reps", "--seed", "--threads", "--out", "--patterns", "Exit code 0 even when patterns fail")) {
            assertTrue(r.out().contains(o), o + " in\n" + r.out());
        }
    }
}
