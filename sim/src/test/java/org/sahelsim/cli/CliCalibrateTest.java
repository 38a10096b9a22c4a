package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.Numbers;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.validation.Pattern;
import org.sahelsim.validation.PatternSet;
import org.sahelsim.validation.PatternsLoader;
import org.sahelsim.validation.Validation;

/** {@code calibrate} end to end with the real history model: 4 points x 3 replications. */
class CliCalibrateTest {
    static final Path HISTORY = Path.of("..", "scenarios", "history-2012.yaml");

    @TempDir
    Path tmp;

    Path calibration;

    static final String FILE = """
            name: small-calibration
            scenario: ../history-2012.yaml
            patterns: ../validation/history-patterns.yaml
            design: lhs
            points: 4
            replications: 3
            seed: 5
            common_random_numbers: true
            parameters:
              params.rationality: {min: 0.015, max: 0.06}
              params.split_cost: {min: 150, max: 600}
            metrics: [splits, mergers]
            """;

    @BeforeEach
    void copyFiles() throws Exception {
        Files.copy(HISTORY, tmp.resolve("history-2012.yaml"));
        Files.createDirectories(tmp.resolve("validation"));
        Files.copy(CliValidateTest.PATTERNS, tmp.resolve("validation/history-patterns.yaml"));
        Files.createDirectories(tmp.resolve("cal"));
        calibration = Files.writeString(tmp.resolve("cal/small.yaml"), FILE);
    }

    private CliResult calibrate(Path file, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("calibrate", file.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliResult.of(args.toArray(String[]::new));
    }

    static List<Map<String, String>> rows(Path csv) throws Exception {
        List<Map<String, String>> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : p) {
                out.add(new LinkedHashMap<>(rec.toMap()));
            }
        }
        return out;
    }

    @Test
    void calibrationSharesEqualWhatValidateGivesAtTheSameValuesAndSeeds() throws Exception {
        Path out = tmp.resolve("o");
        CliResult r = calibrate(calibration, out, "--threads", "2");
        assertEquals(0, r.code(), r.toString());
        PatternSet set = PatternsLoader.load(tmp.resolve("validation/history-patterns.yaml"));
        List<Pattern> patterns = set.patterns();
        List<Map<String, String>> cal = rows(out.resolve("calibration.csv"));
        assertEquals(4, cal.size());

        // every point: validate's own runner on the history file with the point's values from points.csv
        for (Map<String, String> point : rows(out.resolve("points.csv"))) {
            Map<String, String> overrides = new LinkedHashMap<>(point);
            String id = overrides.remove("point");
            Scenario s = ScenarioLoader.load(tmp.resolve("history-2012.yaml"), overrides);
            List<Validation.PatternResult> v = Validation.run(patterns, s, 5, 3, 2, ModelEntry.DEFAULT, o -> { },
                    k -> { });
            Map<String, String> row = cal.stream().filter(x -> x.get("point").equals(id)).findFirst().orElseThrow();
            for (Validation.PatternResult pr : v) {
                assertEquals(Numbers.format(pr.share()), row.get("pattern_" + pr.pattern().id()),
                        id + " " + pr.pattern().id());
            }
        }

        // the best point through the command line: validate --scenario best.yaml
        Path v = tmp.resolve("v");
        CliResult vr = CliResult.of("validate", "--patterns", tmp.resolve("validation/history-patterns.yaml").toString(),
                "--scenario", out.resolve("best.yaml").toString(), "--reps", "3", "--seed", "5", "--out", v.toString());
        assertEquals(0, vr.code(), vr.toString());
        Map<String, String> best = cal.get(0);
        assertEquals("1", best.get("rank"));
        for (Map<String, String> pr : rows(v.resolve("validation.csv"))) {
            assertEquals(pr.get("share"), best.get("pattern_" + pr.get("pattern")), pr.get("pattern"));
        }
        JsonNode vm = Manifest.read(v.resolve("manifest.json"));
        assertEquals(out.resolve("best.yaml").toString(), vm.get("options").get("scenario").asText());
        assertTrue(r.out().contains("sahelsim validate --scenario " + out.resolve("best.yaml") + " --reps 3 --seed 5"),
                r.out());
    }

    @Test
    void pointsAreRankedByPatternsPassedThenShortfallThenPoint() throws Exception {
        Path out = tmp.resolve("o");
        CliResult r = calibrate(calibration, out, "--reps", "2", "--threads", "2");
        assertEquals(0, r.code(), r.toString());
        List<Pattern> patterns = PatternsLoader.load(tmp.resolve("validation/history-patterns.yaml")).patterns();
        List<String> header = Files.readAllLines(out.resolve("calibration.csv")).subList(0, 1);
        StringBuilder want = new StringBuilder("point,params.rationality,params.split_cost");
        for (Pattern p : patterns) {
            want.append(",pattern_").append(p.id());
        }
        assertEquals(List.of(want + ",patterns_passed,shortfall,rank"), header);
        List<Map<String, String>> cal = rows(out.resolve("calibration.csv"));
        for (int i = 0; i < cal.size(); i++) {
            Map<String, String> row = cal.get(i);
            assertEquals(Integer.toString(i + 1), row.get("rank"));
            int passed = 0;
            double shortfall = 0;
            for (Pattern p : patterns) {
                double share = Double.parseDouble(row.get("pattern_" + p.id()));
                if (p.passes((int) Math.round(share * 2), 2)) {
                    passed++;
                } else {
                    shortfall += p.threshold() - share;
                }
            }
            assertEquals(Integer.toString(passed), row.get("patterns_passed"));
            assertEquals(shortfall, Double.parseDouble(row.get("shortfall")), 1e-9);
            if (i > 0) {
                Map<String, String> prev = cal.get(i - 1);
                int pa = Integer.parseInt(prev.get("patterns_passed"));
                double sa = Double.parseDouble(prev.get("shortfall"));
                boolean ordered = pa > passed || pa == passed && (sa < shortfall
                        || sa == shortfall && prev.get("point").compareTo(row.get("point")) < 0);
                assertTrue(ordered, prev + " before " + row);
            }
        }
        // the terminal: the top points and the best one's validation table
        assertTrue(r.out().contains("The best 4 of 4 points"), r.out());
        assertTrue(r.out().contains("Best point " + cal.get(0).get("point") + " over its 2 replications"), r.out());
        assertTrue(r.out().contains("how measured") && r.out().contains("PASS") || r.out().contains("FAIL"), r.out());
        // runs.csv: one 0/1 column per pattern after the metrics; summary.csv: the shares
        List<Map<String, String>> runs = rows(out.resolve("runs.csv"));
        assertEquals(8, runs.size());
        for (Map<String, String> run : runs) {
            for (Pattern p : patterns) {
                assertTrue(List.of("0", "1").contains(run.get("pattern_" + p.id())), run.toString());
            }
        }
        long summaryPatternRows = rows(out.resolve("summary.csv")).stream()
                .filter(x -> x.get("metric").startsWith("pattern_")).count();
        assertEquals(4L * patterns.size(), summaryPatternRows);
        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("calibrate", m.get("command").asText());
        assertEquals("complete", m.get("status").asText());
        assertEquals(cal.get(0).get("point"), m.get("calibration").get("best_point").asText());
        assertTrue(m.get("patterns_file").get("sha256").asText().matches("[0-9a-f]{64}"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h1>Calibration: small-calibration</h1>") && html.contains("patterns_passed"), html);
        int answer = html.indexOf("<h2>Calibration against the patterns");
        int trust = html.indexOf("<section id=\"trust\"");
        int run = html.indexOf("<h2>What was run");
        assertTrue(answer > 0 && answer < trust && trust < run, "the ranking, how far to trust it, what was run: "
                + answer + ", " + trust + ", " + run);
        assertTrue(html.contains("a search for constants") && html.contains("<div id=\"validation\">"), html);
        Scenario best = ScenarioLoader.load(out.resolve("best.yaml"));
        assertEquals(cal.get(0).get("params.rationality"), Numbers.format(best.params().rationality()));
        // any run replays from the folder alone; its metrics match, the pattern columns are left aside
        CliResult rep = CliResult.of("replay", out.toString(), "p0002/r1", "--out", tmp.resolve("rep").toString());
        assertEquals(0, rep.code(), rep.toString());
        assertTrue(rep.out().startsWith("identical: replay of p0002/r1"), rep.out());
    }

    @Test
    void theSameCalibrationGivesTheSameBytesOnOneAndTwoThreads() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, calibrate(calibration, a, "--reps", "2", "--threads", "1").code());
        assertEquals(0, calibrate(calibration, b, "--reps", "2", "--threads", "2").code());
        for (String f : List.of("runs.csv", "events.csv", "summary.csv", "points.csv", "calibration.csv", "best.yaml")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void morrisDesignGivesTheSensitivityOfEachPatternShareAndOfPatternsPassed() throws Exception {
        Path file = Files.writeString(tmp.resolve("cal/morris.yaml"), FILE.replace("design: lhs\npoints: 4\n",
                "design: morris\ntrajectories: 2\n").replace("replications: 3", "replications: 1"));
        Path out = tmp.resolve("m");
        CliResult r = calibrate(file, out, "--threads", "2");
        assertEquals(0, r.code(), r.toString());
        List<Map<String, String>> sens = rows(out.resolve("sensitivity.csv"));
        List<String> metrics = sens.stream().map(x -> x.get("metric")).distinct().toList();
        assertTrue(metrics.contains("pattern_jihadist_merger"), metrics.toString());
        assertTrue(metrics.contains("patterns_passed"), metrics.toString());
        assertTrue(Files.isRegularFile(out.resolve("charts/sensitivity-patterns_passed.png")));
    }

    @Test
    void aSweepFileWithoutPatternsIsBadInputAtItsFirstLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("cal/none.yaml"), FILE.replace(
                "patterns: ../validation/history-patterns.yaml\n", ""));
        Path out = tmp.resolve("n");
        CliResult r = calibrate(file, out);
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("none.yaml:1:1: patterns: calibrate needs the key 'patterns'"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownPatternsFileIsBadInputAtItsKey() throws Exception {
        Path file = Files.writeString(tmp.resolve("cal/missing.yaml"), FILE.replace("history-patterns.yaml",
                "histry-patterns.yaml"));
        Path out = tmp.resolve("x");
        CliResult r = calibrate(file, out);
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("missing.yaml:3:11: patterns: the patterns file '../validation/histry-patterns.yaml'"
                + " was not found"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aScenarioOfOtherMonthsThanThePatternsIsBadInputAtThePatternsKey() throws Exception {
        Files.copy(CliRunTest.BASELINE, tmp.resolve("baseline-2015.yaml"));
        Path file = Files.writeString(tmp.resolve("cal/short.yaml"), FILE.replace("history-2012.yaml",
                "baseline-2015.yaml"));
        Path out = tmp.resolve("s");
        CliResult r = calibrate(file, out);
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("short.yaml:3:11: patterns: the patterns of "), r.err());
        assertTrue(r.err().contains("describe 2012-01 to 2015-06 (41 months"), r.err());
        assertTrue(r.err().contains("runs 2015-06 to 2020-06 (60 months)"), r.err());
        assertFalse(Files.exists(out));
        // check says the same before anything runs
        CliResult c = CliResult.of("check", file.toString());
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("short.yaml:3:11: patterns:"), c.err());
    }

    @Test
    void validateRefusesAScenarioOverOtherMonthsThanThePatterns() throws Exception {
        Path out = tmp.resolve("v");
        CliResult r = CliResult.of("validate", "--patterns", CliValidateTest.PATTERNS.toString(), "--scenario",
                CliRunTest.BASELINE.toString(), "--reps", "2", "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--scenario " + CliRunTest.BASELINE + ": the patterns of"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void sweepRunsACalibrationFileWithoutMeasuringThePatterns() throws Exception {
        Path out = tmp.resolve("w");
        CliResult r = CliResult.of("sweep", calibration.toString(), "--reps", "1", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("note: the sweep file names a patterns file; 'sahelsim calibrate"), r.out());
        assertFalse(Files.readAllLines(out.resolve("runs.csv")).get(0).contains("pattern_"));
        assertFalse(Files.exists(out.resolve("calibration.csv")));
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path out = tmp.resolve("d");
        CliResult r = CliResult.quickly(() -> calibrate(calibration, out, "--dry-run", "--threads", "1"));
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("calibration against 9 patterns of"), r.out());
        assertTrue(r.out().contains("4 points x 3 replications = 12 runs of 41 months"), r.out());
        assertTrue(r.out().contains("estimated time: runs ") && r.out().contains(", report ")
                && r.out().contains("nothing was written"), r.out());
        assertFalse(Files.exists(out));
    }
}
