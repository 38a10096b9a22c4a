package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelsim.report.Report;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.Provenance;
import org.sahelsim.run.ReportHook;
import org.sahelsim.run.Seeds;

/**
 * {@code compare} end to end with the real model on a small experiment (test resource
 * small-experiment.yaml: three months, three replications, two variants), copied next to a
 * copy of the shipped baseline.
 */
class CliCompareTest {
    @TempDir
    Path tmp;

    Path experiment;

    @BeforeEach
    void copyFiles() throws Exception {
        Files.copy(CliRunTest.BASELINE, tmp.resolve("baseline-2015.yaml"));
        experiment = tmp.resolve("small.yaml");
        try (var in = CliCompareTest.class.getResourceAsStream("small-experiment.yaml")) {
            Files.copy(in, experiment);
        }
    }

    @AfterEach
    void restoreHooks() {
        Hooks.model = ModelEntry.DEFAULT;
        Hooks.report = Report::build;
    }

    @Test
    void dryRunPrintsThePlanAndAnEstimateOfRunsAndReportAndWritesNothing() throws Exception {
        List<Path> drawn = new ArrayList<>();
        Hooks.report = (folder, scenarios) -> {
            assertTrue(Files.isRegularFile(folder.resolve("summary.csv")), "the rehearsal is a whole comparison");
            drawn.add(folder);
        };
        List<Path> before = CliRunTest.dryRunScratch();
        Path out = tmp.resolve("o");
        CliResult r = CliResult.quickly(() -> compare(out, "--reps", "6", "--threads", "2", "--ci-width", "1",
                "--dry-run"));
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("compare small: baseline and 2 variants x 6 replications = 18 runs of 3 months"
                + " on 2 threads, --series monthly\n"), r.out());
        assertTrue(r.out().matches("(?s).*estimated time: runs \\d[^,]* s, report \\d[^,]* s, total \\d.* on 2 threads\n"
                + ".*runs timed.*; nothing was written\n.*"), r.out());
        assertTrue(r.out().contains("--ci-width may add rounds up to max_replications 9 (27 runs)"), r.out());
        assertEquals(1, drawn.size(), "the report is drawn once, in a rehearsal");
        assertFalse(drawn.get(0).startsWith(tmp), drawn.toString());
        assertFalse(Files.exists(drawn.get(0)), "and deleted");
        assertFalse(Files.exists(out), "no output folder");
        assertEquals(before, CliRunTest.dryRunScratch());

        CliResult real = compare(out, "--threads", "2");
        assertEquals(0, real.code(), real.toString());
        assertTrue(real.out().matches("(?s)compare small: .* in \\S+ s on 2 threads \\(runs \\S+ s, report \\S+ s\\): .*"),
                "the closing line separates the runs from the report: " + real.out());
    }

    @Test
    void dryRunStillFailsLoudlyOnBadInput() throws Exception {
        Path out = tmp.resolve("never");
        for (List<String> extra : List.of(List.of("--reps", "1"), List.of("--ci-width", "0"), List.of("--seed", "-1"),
                List.of("--threads", "0"))) {
            List<String> args = new ArrayList<>(extra);
            args.add("--dry-run");
            CliResult r = compare(out, args.toArray(String[]::new));
            assertEquals(2, r.code(), extra + ": " + r);
            assertTrue(r.out().isEmpty(), r.out());
        }
        CliResult scenario = CliResult.of("compare", tmp.resolve("baseline-2015.yaml").toString(), "--dry-run");
        assertEquals(2, scenario.code(), scenario.toString());
        assertTrue(scenario.err().contains("is a scenario, not an experiment"), scenario.err());
        assertFalse(Files.exists(out));
    }

    private CliResult compare(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("compare", experiment.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliResult.of(args.toArray(String[]::new));
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file);
    }

    @Test
    void compareWritesEveryFileRecordsTheExperimentAndPrintsTheTable() throws Exception {
        List<Path> reported = new ArrayList<>();
        Hooks.report = (folder, scenarios) -> {
            assertTrue(scenarios.apply("mobile_minusma").levers().minusma().enabled());
            reported.add(folder);
        };
        Path out = tmp.resolve("o");
        CliResult r = compare(out, "--threads", "2");
        assertEquals(0, r.code(), r.toString());
        assertEquals(List.of(out), reported, "the report hook is called once, with the folder");
        for (String f : List.of("manifest.json", "scenario.resolved.yaml", "codebook.csv", "runs.csv", "timeseries.csv",
                "events.csv", "summary.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("complete", m.get("status").asText());
        assertEquals("compare", m.get("command").asText());
        assertEquals(9, m.get("runs").asInt());
        assertEquals(7, m.get("master_seed").asLong());
        assertEquals(3, m.get("options").get("reps").asInt());
        assertEquals(2, m.get("options").get("threads").asInt());
        assertTrue(m.get("options").get("ci_width").isNull());
        assertEquals(Provenance.sha256(experiment), m.get("scenario_files").get(0).get("sha256").asText());
        assertEquals(Provenance.sha256(tmp.resolve("baseline-2015.yaml")),
                m.get("scenario_files").get(1).get("sha256").asText());
        assertEquals(3, m.get("scenario").get("months").asInt());
        assertEquals("clashes", m.get("primary_metric").asText());
        List<String> summary = lines(out.resolve("summary.csv"));
        assertEquals("variant,metric,n,mean,sd,ci_low,ci_high,diff_mean,diff_ci_low,diff_ci_high,p_value,p_adjusted,"
                + "effect_size", summary.get(0));
        assertEquals(1 + 3 * 7, summary.size());
        assertTrue(summary.get(1).startsWith("baseline,clashes,3,") && summary.get(1).endsWith(",,,,,,"),
                summary.get(1));
        assertTrue(summary.get(8).startsWith("mobile_minusma,clashes,3,"), summary.get(8));
        List<String> runs = lines(out.resolve("runs.csv"));
        assertTrue(runs.get(4).startsWith("mobile_minusma/r0,mobile_minusma,0," + Seeds.forRun(7, 0) + ","),
                runs.get(4));
        assertTrue(r.out().contains("compare small: baseline and 2 variants x 3 replications (9 runs of 3 months)"),
                r.out());
        assertTrue(r.out().contains("difference [95% CI]") && r.out().contains("change [95% CI]")
                && r.out().contains("sanctions"), r.out());
        assertTrue(Files.readString(out.resolve("scenario.resolved.yaml")).contains("\nvariants:\n  baseline:\n"));
    }

    @Test
    void baselineRowsEqualAPlainRunWithTheSameSeed() throws Exception {
        Path cmp = tmp.resolve("cmp");
        assertEquals(0, compare(cmp).code());
        Path run = tmp.resolve("run");
        CliResult r = CliResult.of("run", tmp.resolve("baseline-2015.yaml").toString(), "--months", "3", "--seed", "7",
                "--reps", "3", "--out", run.toString());
        assertEquals(0, r.code(), r.toString());
        for (String f : List.of("runs.csv", "timeseries.csv", "events.csv")) {
            List<String> all = lines(cmp.resolve(f));
            List<String> base = new ArrayList<>();
            base.add(all.get(0));
            all.stream().filter(l -> l.startsWith("baseline/")).forEach(base::add);
            assertEquals(lines(run.resolve(f)), base, f + ": the baseline rows of a comparison are a plain run");
            assertTrue(all.size() > base.size(), f + " also holds the variants");
        }
    }

    /**
     * The rows of one variant's runs before step {@code step}: the rep, then the fields from
     * column {@code cut} on (leaving out run_id and variant, which name the variant).
     */
    private static List<String> before(Path file, String variant, int stepColumn, int cut, int step) throws Exception {
        List<String> out = new ArrayList<>();
        try (var reader = Files.newBufferedReader(file);
             var parser = org.apache.commons.csv.CSVParser.parse(reader, org.sahelsim.run.ResultTables.FORMAT)) {
            boolean header = true;
            for (var rec : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                List<String> f = rec.toList();
                if (f.get(1).equals(variant) && Integer.parseInt(f.get(stepColumn)) < step) {
                    out.add(f.get(2) + "|" + String.join("|", f.subList(cut, f.size())));
                }
            }
        }
        return out;
    }

    @Test
    void aVariantWhoseLeversStartAtMonthFiveEqualsTheBaselineBeforeStepFive() throws Exception {
        Path file = tmp.resolve("late.yaml");
        Files.writeString(file, """
                baseline: baseline-2015.yaml
                replications: 3
                set:
                  months: 8
                variants:
                  late_mobile:
                    set:
                      levers.minusma: {enabled: true, start: 5, close_bases: [Tessalit, Ansongo], mobile_share: 0.6}
                  late_sanctions:
                    set:
                      levers.sanctions: {enabled: true, start: 5, targets: [GATIA, MNLA], enforcement: 0.9}
                  late_integration:
                    set:
                      levers.integration: {enabled: true, start: 5}
                """);
        Path out = tmp.resolve("late");
        CliResult r = CliResult.of("compare", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        Path ts = out.resolve("timeseries.csv");
        Path ev = out.resolve("events.csv");
        // timeseries: run_id,variant,rep,seed,step,...; events: run_id,variant,rep,step,...
        List<String> baseTs = before(ts, "baseline", 4, 3, 5);
        List<String> baseEv = before(ev, "baseline", 3, 3, 5);
        assertTrue(baseTs.size() > 100 && baseEv.size() > 3, "rows before step 5: " + baseTs.size() + ", " + baseEv.size());
        for (String v : List.of("late_mobile", "late_sanctions", "late_integration")) {
            assertEquals(baseTs, before(ts, v, 4, 3, 5), v + ": metrics before the levers start");
            assertEquals(baseEv, before(ev, v, 3, 3, 5), v + ": events before the levers start");
        }
        assertFalse(before(ts, "late_mobile", 4, 3, 9).equals(before(ts, "baseline", 4, 3, 9)),
                "closing bases acts from month 5");
    }

    @Test
    void filesAreByteIdenticalOnOneAndTwoThreads() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, compare(a, "--threads", "1").code());
        assertEquals(0, compare(b, "--threads", "2").code());
        for (String f : List.of("runs.csv", "timeseries.csv", "events.csv", "summary.csv", "scenario.resolved.yaml")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void ciWidthGivesTheFilesOfAPlainCompareWithTheFinalReplications() throws Exception {
        Path ci = tmp.resolve("ci");
        CliResult r = compare(ci, "--reps", "2", "--ci-width", "0.001", "--series", "yearly");
        assertEquals(0, r.code(), r.toString());
        JsonNode m = Manifest.read(ci.resolve("manifest.json"));
        int n = m.get("replications").asInt();
        assertTrue(m.get("ci_rounds").size() >= 2 || m.get("ci_width_reached").asBoolean(), m.toString());
        assertTrue(r.out().contains("--ci-width 0.001: "), r.out());
        Path plain = tmp.resolve("plain");
        assertEquals(0, compare(plain, "--reps", Integer.toString(n), "--series", "yearly").code());
        for (String f : List.of("runs.csv", "timeseries.csv", "events.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(plain.resolve(f)), Files.readAllBytes(ci.resolve(f)), f);
        }
    }

    @Test
    void replayReproducesBaselineAndVariantRunsOfACompareFolder() throws Exception {
        Path out = tmp.resolve("o");
        assertEquals(0, compare(out).code());
        for (String id : List.of("baseline/r1", "mobile_minusma/r2", "sanctions/r0")) {
            CliResult r = CliResult.of("replay", out.toString(), id, "--out", tmp.resolve("re-" + id.replace('/', '-'))
                    .toString());
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().startsWith("identical: replay of " + id), r.out());
        }
        CliResult check = CliResult.of("check", out.resolve("scenario.resolved.yaml").toString());
        assertEquals(0, check.code(), check.toString());
        assertTrue(check.out().startsWith("OK: resolved experiment with 3 variants (baseline, mobile_minusma, sanctions)"),
                check.out());
    }

    @Test
    void aFailingVariantRunExitsOneNamingVariantRepAndSeed() throws Exception {
        long bad = Seeds.forRun(7, 1);
        Hooks.model = (s, seed, sink) -> {
            if (s.levers().minusma().enabled() && seed == bad) {
                throw new IllegalStateException("model broke");
            }
            ModelEntry.DEFAULT.run(s, seed, sink);
        };
        Path out = tmp.resolve("f");
        CliResult r = compare(out);
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("mobile_minusma/r1") && r.err().contains("variant mobile_minusma")
                && r.err().contains("rep 1") && r.err().contains("seed " + bad) && r.err().contains("model broke"),
                r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
        assertEquals("incomplete", Manifest.read(out.resolve("manifest.json")).get("status").asText());
        assertFalse(Files.exists(out.resolve("summary.csv")));
    }

    @Test
    void helpOfCompareAndCheckPrintsCleanly() {
        for (String c : List.of("compare", "check")) {
            CliResult r = CliResult.of(c, "--help");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.err().isEmpty(), "no formatting warnings: " + r.err());
            assertTrue(r.out().contains("experiment"), r.out());
        }
    }

    @Test
    void theShippedPolicyLeversExperimentChecks() {
        Path shipped = CliRunTest.BASELINE.resolveSibling("policy-levers.yaml");
        CliResult r = CliResult.of("check", shipped.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("OK: experiment policy-levers, baseline baseline-2015"), r.out());
    }

    @Test
    void checkAcceptsAnExperimentFile() {
        CliResult r = CliResult.of("check", experiment.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("OK: experiment small, baseline baseline-2015 (13 factions, 3 months from 2015-06)"
                + " and 2 variants (mobile_minusma, sanctions), 3 replications each, seed 7"), r.out());
    }

    /** Bad experiment files: the text, then what the message must start with after the file name. */
    static Stream<Arguments> badExperiments() {
        String head = "baseline: baseline-2015.yaml\nvariants:\n  v:\n    set:\n";
        return Stream.of(
                Arguments.of("unknown key", "baseline: baseline-2015.yaml\nreps: 3\nvariants:\n  v: {set: {months: 3}}\n",
                        ":2:1: reps: unknown key 'reps'"),
                Arguments.of("unknown metric", "baseline: baseline-2015.yaml\nmetrics: [clashes, wars]\nvariants:\n"
                        + "  v: {set: {months: 3}}\n", ":2:20: metrics[1]: 'wars' is not a metric"),
                Arguments.of("unknown override path", head + "      levers.minusma.closed_bases: [Tessalit]\n",
                        ":5:7: variants.v.set.levers.minusma.closed_bases: unknown key 'closed_bases'"),
                Arguments.of("unknown lever", head + "      levers.embargo.enabled: true\n",
                        ":5:7: variants.v.set.levers.embargo.enabled: unknown key 'embargo'"),
                Arguments.of("unknown base", head + "      levers.minusma.close_bases: [Kidal, Tesalit]\n",
                        ":5:43: variants.v.set.levers.minusma.close_bases[1]: 'Tesalit' is not a place"),
                Arguments.of("unknown faction", head + "      levers.sanctions.targets: [GATIA, FOO]\n",
                        ":5:41: variants.v.set.levers.sanctions.targets[1]: 'FOO' is not a faction"),
                Arguments.of("unknown coalition", head + "      levers.integration.coalition: CMAA\n",
                        ":5:37: variants.v.set.levers.integration.coalition: 'CMAA' is not a coalition"),
                Arguments.of("month outside the run", head + "      months: 12\n      levers.accord.start: 13\n",
                        ":6:28: variants.v.set.levers.accord.start: month number 13 is outside the run"),
                Arguments.of("one replication", "baseline: baseline-2015.yaml\nreplications: 1\nvariants:\n"
                        + "  v: {set: {months: 3}}\n", ":2:15: replications: must be between 2 and"),
                Arguments.of("duplicate variant", "baseline: baseline-2015.yaml\nvariants:\n  v: {set: {months: 3}}\n"
                        + "  v: {set: {months: 4}}\n", ":4:3: variants.v: duplicate key 'v'"),
                Arguments.of("variant named baseline", "baseline: baseline-2015.yaml\nvariants:\n"
                        + "  baseline: {set: {months: 3}}\n", ":3:3: variants.baseline: the name 'baseline' is reserved"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badExperiments")
    void badExperimentIsExitTwoWithFileLineColumnAndFieldAndWritesNothing(String what, String text, String expected)
            throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, text);
        Path out = tmp.resolve("never");
        CliResult r = CliResult.of("compare", bad.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("error: " + bad + expected), what + ": " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one message on one line: " + r.err());
        assertFalse(r.err().contains("\tat "));
        assertFalse(Files.exists(out), "nothing is written on bad input");
        CliResult check = CliResult.of("check", bad.toString());
        assertEquals(2, check.code(), check.toString());
        assertTrue(check.err().startsWith("error: " + bad + expected), "check says the same: " + check.err());
    }

    @Test
    void badOptionsAreExitTwoAndWriteNothing() throws Exception {
        Path out = tmp.resolve("never");
        for (List<String> extra : List.of(List.of("--reps", "1"), List.of("--ci-width", "0"),
                List.of("--ci-width", "2", "--reps", "10"), List.of("--seed", "-1"), List.of("--threads", "0"))) {
            CliResult r = compare(out, extra.toArray(String[]::new));
            assertEquals(2, r.code(), extra + ": " + r);
            assertFalse(Files.exists(out), extra.toString());
        }
        CliResult r = compare(out, "--ci-width", "2", "--reps", "10");
        assertTrue(r.err().contains("max_replications 9"), r.err());
        CliResult scenario = CliResult.of("compare", tmp.resolve("baseline-2015.yaml").toString(), "--out",
                out.toString());
        assertEquals(2, scenario.code(), scenario.toString());
        assertTrue(scenario.err().contains("is a scenario, not an experiment"), scenario.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void primaryMetricBetterTakesLowerOrHigherAndAnythingElseExitsTwoAtItsLine() throws Exception {
        String text = Files.readString(experiment);
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), text.replace("primary_metric: clashes\n",
                "primary_metric: clashes\nprimary_metric_better: best\n"));
        CliResult r = CliResult.of("check", bad.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("bad.yaml:10:") && r.err().contains("primary_metric_better")
                && r.err().contains("lower") && r.err().contains("higher"), r.err());

        Path good = Files.writeString(tmp.resolve("good.yaml"), text.replace("primary_metric: clashes\n",
                "primary_metric: clashes\nprimary_metric_better: lower\n"));
        Path out = tmp.resolve("o");
        CliResult c = CliResult.of("compare", good.toString(), "--out", out.toString());
        assertEquals(0, c.code(), c.toString());
        assertTrue(Files.readString(out.resolve("scenario.resolved.yaml")).contains("primary_metric_better: lower"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("is better, as the experiment declares") || html.contains("No variant does better"),
                "the report ranks in the declared direction");
    }
}
