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
import org.sahelsim.analysis.PairedStats;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.Numbers;

/**
 * {@code robustness} end to end with the real model on a tiny design: the small experiment of
 * the compare tests (three months, two variants), a Morris design of 2 trajectories over two
 * parameters (6 points), 2 replications.
 */
class CliRobustnessTest {
    @TempDir
    Path tmp;

    Path file;

    static final String ROBUSTNESS = """
            name: small-robustness
            experiment: small.yaml
            metric: fatalities
            better: lower
            replications: 2
            seed: 5
            design: morris
            trajectories: 2
            levels: 4
            parameters:
              params.beta_rent: {min: 0.5, max: 2}
              params.clash_rent: {min: 0.01, max: 0.04}
            """;

    /** The same design as a sweep over the baseline of the small experiment (three months). */
    static final String SWEEP = """
            scenario: baseline-2015.yaml
            design: morris
            trajectories: 2
            levels: 4
            replications: 2
            seed: 5
            metrics: [fatalities]
            set:
              months: 3
            %s
            parameters:
              params.beta_rent: {min: 0.5, max: 2}
              params.clash_rent: {min: 0.01, max: 0.04}
            """;

    @BeforeEach
    void copyFiles() throws Exception {
        Files.copy(CliRunTest.BASELINE, tmp.resolve("baseline-2015.yaml"));
        try (var in = CliCompareTest.class.getResourceAsStream("small-experiment.yaml")) {
            Files.copy(in, tmp.resolve("small.yaml"));
        }
        file = Files.writeString(tmp.resolve("rob.yaml"), ROBUSTNESS);
    }

    private CliResult robustness(Path f, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("robustness", f.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliResult.of(args.toArray(String[]::new));
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            return p.getRecords();
        }
    }

    @Test
    void writesEffectsRankingFlipsAndSensitivityWithRowsInDesignOrder() throws Exception {
        Path out = tmp.resolve("o");
        CliResult r = robustness(file, out, "--threads", "2");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("6 points + the nominal values, x 3 variants (baseline included) x 2 replications"
                + " = 42 runs of 3 months"), r.out());
        assertTrue(r.out().contains("ranking on fatalities (lower is better), at the nominal values: "), r.out());
        assertTrue(r.out().contains("design points keeping it: "), r.out());
        for (String f : List.of("manifest.json", "scenario.resolved.yaml", "points.csv", "effects.csv", "ranking.csv",
                "flips.csv", "sensitivity.csv", "report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<CSVRecord> effects = read(out.resolve("effects.csv"));
        assertEquals(7 * 3, effects.size(), "the nominal values and 6 points, each the baseline and 2 variants");
        List<String> points = new ArrayList<>();
        for (CSVRecord e : effects) {
            if (!points.contains(e.get("point"))) {
                points.add(e.get("point"));
            }
        }
        assertEquals(List.of("nominal", "p0000", "p0001", "p0002", "p0003", "p0004", "p0005"), points);
        assertEquals(List.of("baseline", "mobile_minusma", "sanctions"),
                effects.subList(0, 3).stream().map(e -> e.get("variant")).toList());
        for (CSVRecord e : effects) {
            if (e.get("variant").equals("baseline")) {
                assertEquals("", e.get("rank"));
                continue;
            }
            assertTrue(e.get("rank").equals("1") || e.get("rank").equals("2"), e.toString());
            double low = Double.parseDouble(e.get("diff_ci_low"));
            double high = Double.parseDouble(e.get("diff_ci_high"));
            assertEquals(low > 0 || high < 0, Boolean.parseBoolean(e.get("ci_excludes_zero")), e.toString());
        }
        List<CSVRecord> ranking = read(out.resolve("ranking.csv"));
        assertEquals(7, ranking.size());
        assertEquals("true", ranking.get(0).get("same_as_nominal"));
        for (CSVRecord x : ranking) {
            assertEquals(x.get("ranking").equals(ranking.get(0).get("ranking")),
                    Boolean.parseBoolean(x.get("same_as_nominal")));
        }
        List<CSVRecord> flips = read(out.resolve("flips.csv"));
        assertEquals(1, flips.size(), "one pair of variants");
        long reversed = ranking.stream().skip(1).filter(x -> x.get("same_as_nominal").equals("false")).count();
        assertEquals(Long.toString(reversed), flips.get(0).get("flipped"), "with two variants a ranking differs"
                + " exactly where the pair flips");
        assertEquals(2 * 2 * 3, read(out.resolve("sensitivity.csv")).size(), "2 variants x 2 parameters x mu, mu*,"
                + " sigma");
        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("robustness", m.get("command").asText());
        assertEquals("complete", m.get("status").asText());
        assertEquals(42, m.get("runs").asInt());
        assertEquals(5, m.get("master_seed").asLong());
        assertEquals(3, m.get("scenario_files").size(), "the robustness file, the experiment and the baseline");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("not a forecast") && html.contains("Where the order of two variants flips"));
        int answerAt = html.indexOf("<h2>Ranking");
        int trustAt = html.indexOf("<section id=\"trust\"");
        int flipsAt = html.indexOf("Where the order of two variants flips");
        int provenanceAt = html.lastIndexOf("<h2>Provenance");
        assertTrue(answerAt > 0 && answerAt < trustAt && trustAt < flipsAt && flipsAt < provenanceAt,
                "the answer, how far to trust it, the details, provenance: " + answerAt + ", " + trustAt + ", "
                        + flipsAt + ", " + provenanceAt);
        assertTrue(html.contains("<div id=\"validation\">"), "the validation status is in the trust box");
    }

    @Test
    void nominalEffectsEqualCompareWithTheSameSeedAndReplications() throws Exception {
        Path out = tmp.resolve("o");
        assertEquals(0, robustness(file, out).code());
        assertNominalEqualsCompare(out, 2);
    }

    @Test
    void nominalReplicationsGiveTheReferenceRankingCompareReplicationsWhilePointsKeepTheirs() throws Exception {
        Path f = Files.writeString(tmp.resolve("rob4.yaml"), ROBUSTNESS.replace("replications: 2\n",
                "replications: 2\nnominal_replications: 4\n"));
        Path out = tmp.resolve("o4");
        CliResult r = robustness(f, out);
        assertEquals(0, r.code(), r.toString());
        assertNominalEqualsCompare(out, 4);
        for (CSVRecord e : read(out.resolve("effects.csv"))) {
            assertEquals(e.get("point").equals("nominal") ? "4" : "2", e.get("n"), e.get("point") + " " + e.get("variant"));
        }
        var m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(3 * 4 + 6 * 3 * 2, m.get("runs").asInt(), "3 variants x 4 at the nominal values, 6 points x 3 x 2");
        assertEquals(4, m.get("nominal_replications").asInt());
        Path bad = Files.writeString(tmp.resolve("bad4.yaml"), ROBUSTNESS.replace("replications: 2\n",
                "replications: 2\nnominal_replications: 1\n"));
        CliResult b = robustness(bad, tmp.resolve("b4"));
        assertEquals(2, b.code(), b.toString());
        assertTrue(b.err().contains("nominal_replications") && b.err().contains("bad4.yaml:6:"), b.err());
    }

    private void assertNominalEqualsCompare(Path out, int reps) throws Exception {
        Path cmp = tmp.resolve("c" + reps);
        CliResult c = CliResult.of("compare", tmp.resolve("small.yaml").toString(), "--reps", Integer.toString(reps),
                "--seed", "5", "--series", "none", "--out", cmp.toString());
        assertEquals(0, c.code(), c.toString());
        Map<String, CSVRecord> summary = new LinkedHashMap<>();
        for (CSVRecord s : read(cmp.resolve("summary.csv"))) {
            if (s.get("metric").equals("fatalities")) {
                summary.put(s.get("variant"), s);
            }
        }
        int compared = 0;
        for (CSVRecord e : read(out.resolve("effects.csv"))) {
            if (!e.get("point").equals("nominal")) {
                continue;
            }
            CSVRecord s = summary.get(e.get("variant"));
            assertEquals(s.get("mean"), e.get("mean"), e.get("variant"));
            assertEquals(s.get("diff_mean"), e.get("diff_mean"), e.get("variant"));
            assertEquals(s.get("diff_ci_low"), e.get("diff_ci_low"), e.get("variant"));
            assertEquals(s.get("diff_ci_high"), e.get("diff_ci_high"), e.get("variant"));
            compared++;
        }
        assertEquals(3, compared);
    }

    @Test
    void effectsAtEachPointEqualThePairedDifferenceOfSweepsOfTheBaselineAndTheVariant() throws Exception {
        Path out = tmp.resolve("o");
        assertEquals(0, robustness(file, out).code());
        Path base = Files.writeString(tmp.resolve("sweep-base.yaml"), SWEEP.formatted(""));
        Path lever = Files.writeString(tmp.resolve("sweep-sanctions.yaml"), SWEEP.formatted(
                "  levers.sanctions: {enabled: true, targets: [GATIA], enforcement: 0.6}"));
        assertEquals(0, CliResult.of("sweep", base.toString(), "--out", tmp.resolve("sb").toString()).code());
        assertEquals(0, CliResult.of("sweep", lever.toString(), "--out", tmp.resolve("sl").toString()).code());
        assertEquals(Files.readString(tmp.resolve("sb/points.csv")), Files.readString(out.resolve("points.csv")),
                "the same design, drawn from the same seed");
        List<CSVRecord> b = read(tmp.resolve("sb/runs.csv"));
        List<CSVRecord> v = read(tmp.resolve("sl/runs.csv"));
        Map<String, String> expected = new LinkedHashMap<>();
        for (int p = 0; p < 6; p++) {
            double[] x = new double[2];
            double[] y = new double[2];
            for (int rep = 0; rep < 2; rep++) {
                x[rep] = Double.parseDouble(v.get(2 * p + rep).get("fatalities"));
                y[rep] = Double.parseDouble(b.get(2 * p + rep).get("fatalities"));
            }
            expected.put(b.get(2 * p).get("variant"), Numbers.format(PairedStats.paired(x, y).mean()));
        }
        Map<String, String> actual = new LinkedHashMap<>();
        for (CSVRecord e : read(out.resolve("effects.csv"))) {
            if (e.get("variant").equals("sanctions") && !e.get("point").equals("nominal")) {
                actual.put(e.get("point"), e.get("diff_mean"));
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void sameBytesWithOneAndTwoThreads() throws Exception {
        Path one = tmp.resolve("t1");
        Path two = tmp.resolve("t2");
        assertEquals(0, robustness(file, one, "--threads", "1").code());
        assertEquals(0, robustness(file, two, "--threads", "2").code());
        for (String f : List.of("points.csv", "effects.csv", "ranking.csv", "flips.csv", "sensitivity.csv",
                "scenario.resolved.yaml")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test
    void rejectsUnknownMetricWithLineColumnAndFieldAndWritesNothing() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), ROBUSTNESS.replace("metric: fatalities",
                "metric: fatalitys"));
        Path out = tmp.resolve("o");
        CliResult r = robustness(bad, out);
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("bad.yaml:3:9: metric: 'fatalitys' is not a metric."), r.err());
        assertTrue(r.err().contains("fatalities"), "did you mean: " + r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void rejectsUnknownVariantWithLineColumnAndField() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), ROBUSTNESS.replace("better: lower",
                "variants: [sanctions, mobile_minusm]"));
        CliResult r = robustness(bad, tmp.resolve("o"));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("bad.yaml:4:23: variants[1]: 'mobile_minusm' is not a variant of the experiment"
                + " small."), r.err());
    }

    @Test
    void rejectsBadParameterAndSweepOnlyKeysAsASweepFileWould() throws Exception {
        Path path = Files.writeString(tmp.resolve("bad.yaml"), ROBUSTNESS.replace("params.clash_rent",
                "params.clash_rnt"));
        CliResult r = robustness(path, tmp.resolve("o"));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("bad.yaml:12:3: parameters.params.clash_rnt:"), r.err());
        Path crn = Files.writeString(tmp.resolve("crn.yaml"), ROBUSTNESS + "common_random_numbers: true\n");
        r = robustness(crn, tmp.resolve("o"));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("crn.yaml:13:1: common_random_numbers: unknown key"), r.err());
        Path one = Files.writeString(tmp.resolve("one.yaml"), ROBUSTNESS.replace("replications: 2",
                "replications: 1"));
        r = robustness(one, tmp.resolve("o"));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("one.yaml:5:15: replications: must be between 2 and 1000000, was 1"), r.err());
    }

    @Test
    void readsTheDesignKeysWithTheSweepFilesTypesAndWords() throws Exception {
        Path design = Files.writeString(tmp.resolve("design.yaml"), ROBUSTNESS.replace("design: morris",
                "design: moris"));
        CliResult r = robustness(design, tmp.resolve("o"));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("design.yaml:7:9: design: 'moris' is not allowed here; expected one of"), r.err());
        assertTrue(r.err().contains("Did you mean 'morris'"), r.err());
        Path shape = Files.writeString(tmp.resolve("shape.yaml"), ROBUSTNESS.replace("{min: 0.5, max: 2}",
                "{min: 0.5, maks: 2}"));
        r = robustness(shape, tmp.resolve("o"));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("shape.yaml:11:32: parameters.params.beta_rent.maks: unknown key 'maks'."),
                r.err());
    }

    @Test
    void rejectsAnInvalidExperimentAtTheExperimentKeyQuotingItsOwnMessage() throws Exception {
        Files.writeString(tmp.resolve("small.yaml"), Files.readString(tmp.resolve("small.yaml"))
                .replace("mobile_share: 0.6", "mobile_share: 1.6"));
        CliResult r = robustness(file, tmp.resolve("o"));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("rob.yaml:2:13: experiment: the experiment is not valid: "), r.err());
        assertTrue(r.err().contains("small.yaml:"), r.err());
    }

    @Test
    void shippedAnalysisOfThePolicyLeversChecksOut() {
        CliResult c = CliResult.of("check", Path.of("..", "scenarios", "robustness", "policy-levers-morris.yaml")
                .toString());
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.out().contains("of experiment policy-levers (4 variants: mobile_minusma, targeted_sanctions,"
                + " integrate_non_signatories, combined) on clashes (lower is better), morris design of 270 points over 26"
                + " parameters"), c.out());
    }

    @Test
    void checkAcceptsARobustnessFileAndDryRunWritesNothing() throws Exception {
        CliResult c = CliResult.of("check", file.toString());
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.out().startsWith("OK: robustness small-robustness of experiment small (2 variants: mobile_minusma,"
                + " sanctions) on fatalities (lower is better), morris design of 6 points"), c.out());
        Path out = tmp.resolve("o");
        CliResult d = CliResult.quickly(() -> robustness(file, out, "--dry-run", "--reps", "3"));
        assertEquals(0, d.code(), d.toString());
        assertTrue(d.out().contains("= 63 runs of 3 months"), d.out());
        assertTrue(d.out().contains("nothing was written"), d.out());
        assertTrue(d.out().contains("estimated time: runs ") && d.out().contains(", report "), d.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void sweepAndCompareSendARobustnessFileToTheRobustnessCommand() {
        for (String command : List.of("sweep", "compare")) {
            CliResult r = CliResult.of(command, file.toString(), "--out", tmp.resolve(command).toString());
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().contains("is a robustness file") && r.err().contains("sahelsim robustness"), r.err());
        }
    }
}
