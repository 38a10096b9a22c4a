package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.analysis.PairedStats;
import org.sahelsim.analysis.Summary;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.scenario.Scenario;

/** The comparison runner on small scenarios and a stand-in model. */
class CompareJobTest {
    @TempDir
    Path tmp;

    static Scenario scenario(String description, int months) {
        return TestScenarios.build(Scenario.class, Map.of("name", "tiny", "description", description, "start",
                YearMonth.of(2015, 6), "months", months, "factions", Map.of()));
    }

    /** The baseline and two variants: clashes raised by 1.5 a month, and by nothing but noise. */
    static Experiment experiment(int reps, int max) {
        List<Experiment.Variant> v = List.of(
                new Experiment.Variant("baseline", "", Map.of(), scenario("", 4)),
                new Experiment.Variant("more", "more clashes", Map.of("x", "1"), scenario("shift=1.5", 4)),
                new Experiment.Variant("noise", "", Map.of(), scenario("shift=0.0001", 4)));
        return new Experiment(null, "test", "", null, reps, 1, List.of("clashes", "splits", "armed_groups"),
                "clashes", max, Map.of(), v);
    }

    private static CompareJob.Spec spec(Experiment e, Double ci, int threads, ModelEntry model, Path out,
                                        ReportHook report) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("reps", e.replications());
        return new CompareJob.Spec(List.of("compare", "x.yaml"), options, List.of(), e, ci, threads, Series.MONTHLY,
                model, out, report);
    }

    private static CompareJob.Outcome run(Experiment e, Double ci, int threads, ModelEntry model, Path out)
            throws Exception {
        return CompareJob.execute(spec(e, ci, threads, model, out, ReportHook.NONE), CompareJob.Listener.NONE);
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file);
             CSVParser p = CSVParser.parse(r, ResultTables.FORMAT)) {
            return new ArrayList<>(p.getRecords());
        }
    }

    @Test
    void rowsComeInVariantThenRepOrderWithTheSameSeedForEachRep() throws Exception {
        Path out = run(experiment(3, 100), null, 2, new ShiftModel(2), tmp.resolve("o")).folder();
        List<CSVRecord> runs = read(out.resolve(Columns.RUNS));
        List<String> ids = new ArrayList<>();
        for (CSVRecord r : runs.subList(1, runs.size())) {
            ids.add(r.get(0));
            assertEquals(r.get(0), r.get(1) + "/r" + r.get(2));
            assertEquals(Long.toString(Seeds.forRun(1, Integer.parseInt(r.get(2)))), r.get(3),
                    "replication r of every variant starts from the same seed");
        }
        assertEquals(List.of("baseline/r0", "baseline/r1", "baseline/r2", "more/r0", "more/r1", "more/r2", "noise/r0",
                "noise/r1", "noise/r2"), ids);
        List<CSVRecord> ts = read(out.resolve(Columns.TIMESERIES));
        String previous = "";
        int seen = 0;
        for (CSVRecord r : ts.subList(1, ts.size())) {
            if (!r.get(0).equals(previous)) {
                assertEquals(ids.get(seen++), r.get(0), "timeseries.csv follows the same run order");
                previous = r.get(0);
            }
        }
        assertEquals(ids.size(), seen);
        assertFalse(Files.exists(out.resolve(CompareJob.PARTS)), "the part files are removed");
        JsonNode m = Manifest.read(out.resolve(Columns.MANIFEST));
        assertEquals("complete", m.get("status").asText());
        assertEquals("compare", m.get("command").asText());
        assertEquals(9, m.get("runs").asInt());
        assertEquals(3, m.get("replications").asInt());
        assertEquals("clashes", m.get("primary_metric").asText());
        assertEquals("[\"baseline\",\"more\",\"noise\"]", m.get("variants").toString());
        assertTrue(m.get("ci_width").isNull());
        assertEquals(Provenance.sha256(out.resolve(Columns.RESOLVED)), m.get("resolved_sha256").asText());
    }

    @Test
    void filesAreByteIdenticalOnOneAndThreeThreads() throws Exception {
        Path one = run(experiment(7, 100), null, 1, new ShiftModel(3), tmp.resolve("t1")).folder();
        Path three = run(experiment(7, 100), null, 3, new ShiftModel(3), tmp.resolve("t3")).folder();
        for (String f : List.of(Columns.RUNS, Columns.TIMESERIES, Columns.EVENTS, CompareJob.SUMMARY,
                Columns.RESOLVED, Columns.CODEBOOK)) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(three.resolve(f)), f);
        }
    }

    @Test
    void summaryIsComputedFromTheValuesOfRunsCsv() throws Exception {
        CompareJob.Outcome o = run(experiment(6, 100), null, 2, new ShiftModel(0), tmp.resolve("s"));
        List<CSVRecord> runs = read(o.folder().resolve(Columns.RUNS));
        int col = runs.get(0).toList().indexOf("clashes");
        Map<String, double[]> clashes = new LinkedHashMap<>();
        for (CSVRecord r : runs.subList(1, runs.size())) {
            clashes.computeIfAbsent(r.get(1), k -> new double[6])[Integer.parseInt(r.get(2))] =
                    Double.parseDouble(r.get(col));
        }
        List<CSVRecord> summary = read(o.folder().resolve(CompareJob.SUMMARY));
        assertEquals(Summary.COLUMNS, summary.get(0).toList());
        assertEquals(1 + 3 * 3, summary.size(), "one row per variant and metric of interest");
        CSVRecord more = summary.get(4);
        assertEquals(List.of("more", "clashes", "6"), more.toList().subList(0, 3));
        PairedStats.Paired p = PairedStats.paired(clashes.get("more"), clashes.get("baseline"));
        PairedStats.Describe d = PairedStats.describe(clashes.get("more"));
        assertEquals(Numbers.format(d.mean()), more.get(3));
        assertEquals(Numbers.format(d.sd()), more.get(4));
        assertEquals(Numbers.format(p.mean()), more.get(7));
        assertEquals(Numbers.format(p.ciLow()), more.get(8));
        assertEquals(Numbers.format(p.ciHigh()), more.get(9));
        assertEquals(Numbers.format(p.pValue()), more.get(10));
        assertEquals(Numbers.format(p.effectSize()), more.get(12));
        assertTrue(p.mean() > 4 * 1.5 - 3 && p.mean() < 4 * 1.5 + 3, "four months of +1.5 clashes: " + p.mean());
        CSVRecord base = summary.get(1);
        assertEquals(List.of("baseline", "clashes", "6"), base.toList().subList(0, 3));
        for (int c = 7; c < 13; c++) {
            assertEquals("", base.get(c), "the baseline has no difference columns");
        }
        assertEquals(o.summary().size(), summary.size() - 1);
    }

    @Test
    void ciWidthAddsRoundsAndEqualsAPlainRunWithTheFinalReplications() throws Exception {
        CompareJob.Outcome ci = run(experiment(4, 40), 1.5, 2, new ShiftModel(1), tmp.resolve("ci"));
        assertTrue(ci.rounds().size() >= 3, "the target needs several rounds: " + ci.rounds());
        List<Integer> reps = ci.rounds().stream().map(CompareJob.Round::replications).toList();
        assertEquals(4, reps.get(0));
        for (int i = 1; i < reps.size(); i++) {
            int before = reps.get(i - 1);
            assertEquals(Math.min(40, (int) Math.ceil(before * 1.5)), reps.get(i), "half again each round: " + reps);
        }
        assertTrue(ci.ciReached() == ci.rounds().get(reps.size() - 1).widestCi() < 1.5);
        assertTrue(ci.ciReached() || ci.replications() == 40);
        for (int i = 0; i < reps.size() - 1; i++) {
            assertTrue(ci.rounds().get(i).widestCi() >= 1.5, "no round before the last met the target");
        }
        int n = ci.replications();
        Path plain = run(experiment(n, 40), null, 3, new ShiftModel(1), tmp.resolve("plain")).folder();
        for (String f : List.of(Columns.RUNS, Columns.TIMESERIES, Columns.EVENTS, CompareJob.SUMMARY)) {
            assertArrayEquals(Files.readAllBytes(plain.resolve(f)), Files.readAllBytes(ci.folder().resolve(f)), f);
        }
        JsonNode m = Manifest.read(ci.folder().resolve(Columns.MANIFEST));
        assertEquals(1.5, m.get("ci_width").asDouble());
        assertEquals(n, m.get("replications").asInt());
        assertEquals(4, m.get("replications_initial").asInt());
        assertEquals(reps.size(), m.get("ci_rounds").size());
        assertEquals(ci.ciReached(), m.get("ci_width_reached").asBoolean());
        assertEquals(ci.ciReached() ? n : 0, m.get("replications_needed").asInt());
        assertEquals(n * 3, m.get("runs").asInt());
        assertTrue(Files.readString(ci.folder().resolve(Columns.RESOLVED)).contains("\n  replications: " + n + "\n"));
    }

    @Test
    void ciWidthStopsAtTheCap() throws Exception {
        CompareJob.Outcome o = run(experiment(3, 5), 1e-6, 1, new ShiftModel(0), tmp.resolve("cap"));
        assertEquals(List.of(3, 5), o.rounds().stream().map(CompareJob.Round::replications).toList());
        assertFalse(o.ciReached());
        JsonNode m = Manifest.read(o.folder().resolve(Columns.MANIFEST));
        assertFalse(m.get("ci_width_reached").asBoolean());
        assertTrue(m.get("replications_needed").isNull());
    }

    @Test
    void aFailingRunNamesVariantRepAndSeedAndLeavesTheManifestIncomplete() throws Exception {
        Path out = tmp.resolve("f");
        RunFailedException e = assertThrows(RunFailedException.class,
                () -> run(experiment(4, 100), null, 2, new ShiftModel(0, "shift=1.5", 2), out));
        assertEquals("more", e.key().variant());
        assertEquals(2, e.key().rep());
        assertTrue(e.getMessage().contains("variant more") && e.getMessage().contains("rep 2")
                && e.getMessage().contains("seed " + Seeds.forRun(1, 2)), e.getMessage());
        JsonNode m = Manifest.read(out.resolve(Columns.MANIFEST));
        assertEquals("incomplete", m.get("status").asText());
        assertTrue(m.get("error").asText().contains("model broke"));
        assertFalse(Files.exists(out.resolve(CompareJob.SUMMARY)), "no statistics of an incomplete comparison");
        assertTrue(Files.isDirectory(out.resolve(CompareJob.PARTS)), "the parts stay for --resume");
        assertTrue(m.get("parts").asText().contains("--resume"), "and the manifest says so");
        List<CSVRecord> runs = read(out.resolve(Columns.RUNS));
        assertEquals("baseline/r0", runs.get(1).get(0), "the runs written before the failure stay readable");
        assertTrue(runs.stream().noneMatch(r -> r.get(0).equals("more/r2")));
        assertEquals(runs.size() - 1, m.get("runs").asInt());
    }

    @Test
    void theReportHookRunsAfterTheFilesWithEachVariantsScenario() throws Exception {
        Experiment e = experiment(2, 100);
        List<String> seen = new ArrayList<>();
        ReportHook hook = (folder, scenarios) -> {
            assertTrue(Files.isRegularFile(folder.resolve(CompareJob.SUMMARY)));
            assertEquals("complete", Manifest.read(folder.resolve(Columns.MANIFEST)).get("status").asText());
            assertSame(e.scenarioOf("more"), scenarios.apply("more"));
            assertNull(scenarios.apply("nope"));
            seen.add(folder.getFileName().toString());
        };
        CompareJob.execute(spec(e, null, 1, new ShiftModel(0), tmp.resolve("r"), hook), CompareJob.Listener.NONE);
        assertEquals(List.of("r"), seen);
        ReportHook broken = (folder, scenarios) -> {
            throw new IOException("no fonts");
        };
        IllegalStateException x = assertThrows(IllegalStateException.class, () -> CompareJob.execute(
                spec(e, null, 1, new ShiftModel(0), tmp.resolve("b"), broken), CompareJob.Listener.NONE));
        assertTrue(x.getMessage().contains("building the report failed") && x.getMessage().contains("no fonts"));
        assertTrue(Manifest.read(tmp.resolve("b").resolve(Columns.MANIFEST)).get("report_error").asText()
                .contains("no fonts"));
    }

    @Test
    void theEmptyHookBuildsNothing() {
        assertFalse(ReportHook.NONE.present());
        assertTrue(((ReportHook) (folder, scenarios) -> { }).present());
    }

    @Test
    void valuesAreTakenAsRunsCsvWritesThem() {
        assertEquals(0.3333333333, CompareJob.asWritten(1.0 / 3));
        assertTrue(Double.isNaN(CompareJob.asWritten(Double.NaN)));
        assertEquals(Double.NEGATIVE_INFINITY, CompareJob.asWritten(Double.NEGATIVE_INFINITY));
    }
}
