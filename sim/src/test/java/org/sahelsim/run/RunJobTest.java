package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Metrics;
import org.sahelsim.scenario.Scenario;

class RunJobTest {
    @TempDir
    Path tmp;

    private static RunJob.Spec spec(Scenario s, int reps, int threads, Series series, ModelEntry model, Path out) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("reps", reps);
        return new RunJob.Spec("run", List.of("run", "x.yaml"), options, List.of(), s, "name: tiny\n",
                RunPlan.replications(s, "baseline", 1, reps), 1, threads, series, model, out, Map.of());
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file);
             CSVParser p = CSVParser.parse(r, ResultTables.FORMAT)) {
            return new ArrayList<>(p.getRecords());
        }
    }

    @Test
    void filesOfTheInputAreWrittenBeforeTheFirstRunSoACompleteFolderHasThem() throws Exception {
        // a run over an ensemble wrote ensemble.csv after its manifest said complete
        Scenario s = TestScenarios.tiny(6);
        RunJob.Spec plain = spec(s, 4, 1, Series.MONTHLY, new FakeModel(3), tmp.resolve("e"));
        RunJob.Spec spec = new RunJob.Spec(plain.command(), plain.arguments(), plain.options(), plain.files(), s,
                plain.resolvedYaml(), plain.plan(), 1, 1, Series.MONTHLY, plain.model(), plain.out(), Map.of(), false,
                folder -> Files.writeString(folder.resolve("ensemble.csv"), "run_id\n"));
        List<Boolean> thereAtEachRun = new ArrayList<>();
        RunJob.execute(spec, n -> thereAtEachRun.add(Files.exists(plain.out().resolve("ensemble.csv"))));
        assertFalse(thereAtEachRun.isEmpty(), "progress was reported");
        assertFalse(thereAtEachRun.contains(false), "ensemble.csv was there at every run: " + thereAtEachRun);
        assertEquals("run_id\n", Files.readString(plain.out().resolve("ensemble.csv")));
    }

    @Test
    void sameSeedGivesByteIdenticalCsvFilesOnOneTwoAndFourThreads() throws Exception {
        Scenario s = TestScenarios.tiny(6);
        FakeModel model = new FakeModel(3);
        Path one = RunJob.execute(spec(s, 24, 1, Series.MONTHLY, model, tmp.resolve("t1")), n -> { }).folder();
        Path two = RunJob.execute(spec(s, 24, 2, Series.MONTHLY, model, tmp.resolve("t2")), n -> { }).folder();
        Path four = RunJob.execute(spec(s, 24, 4, Series.MONTHLY, model, tmp.resolve("t4")), n -> { }).folder();
        for (String f : List.of(Columns.RUNS, Columns.TIMESERIES, Columns.EVENTS, Columns.CODEBOOK)) {
            byte[] a = Files.readAllBytes(one.resolve(f));
            assertArrayEquals(a, Files.readAllBytes(two.resolve(f)), f + " differs between 1 and 2 threads");
            assertArrayEquals(a, Files.readAllBytes(four.resolve(f)), f + " differs between 1 and 4 threads");
        }
        assertTrue(read(one.resolve(Columns.EVENTS)).size() > 1, "fake model should have produced events");
    }

    @Test
    void writesExactlyTheFilesAndColumnsOfTheInterface() throws Exception {
        Scenario s = TestScenarios.tiny(3);
        Path out = RunJob.execute(spec(s, 2, 2, Series.MONTHLY, new FakeModel(0), tmp.resolve("o")), n -> { })
                .folder();
        try (var files = Files.list(out)) {
            assertEquals(List.of("codebook.csv", "drivers.csv", "events.csv", "manifest.json", "runs.csv",
                    "scenario.resolved.yaml", "timeseries.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<CSVRecord> runs = read(out.resolve("runs.csv"));
        List<String> header = runs.get(0).toList();
        assertEquals(List.of("run_id", "variant", "rep", "seed"), header.subList(0, 4));
        assertEquals(List.of("armed_groups", "effective_groups", "coalitions", "largest_bloc_share", "switches",
                "splits", "mergers", "clashes", "fatalities", "attacks_on_minusma", "jihadist_fighter_share",
                "jihadist_influence_north", "jihadist_influence_centre", "signatory_fighters", "signatory_cohesion",
                "trafficking_revenue", "dividends_paid", "alliance_modularity"), header.subList(4, 22));
        assertEquals(4 + Metrics.count(), header.size());
        assertEquals(List.of("baseline/r0", "baseline", "0", Long.toString(Seeds.forRun(1, 0))),
                runs.get(1).toList().subList(0, 4));
        assertEquals("baseline/r1", runs.get(2).get(0));

        List<CSVRecord> ts = read(out.resolve("timeseries.csv"));
        assertEquals(List.of("run_id", "variant", "rep", "seed", "step", "date", "metric", "value"), ts.get(0).toList());
        assertEquals(1 + 2 * 4 * Metrics.count(), ts.size(), "2 runs x steps 0..3 x every metric");
        assertEquals(List.of("baseline/r0", "baseline", "0", Long.toString(Seeds.forRun(1, 0)), "0", "2015-06",
                "armed_groups"), ts.get(1).toList().subList(0, 7));
        assertEquals("2015-09", ts.get(ts.size() - 1).get(5));

        List<CSVRecord> ev = read(out.resolve("events.csv"));
        assertEquals(List.of("run_id", "variant", "rep", "step", "date", "type", "actor", "actor_kind", "other",
                "other_kind", "region", "detail"), ev.get(0).toList());
        if (ev.size() > 1) {
            CSVRecord e = ev.get(1);
            assertEquals("split", e.get(5));
            assertEquals("separatist", e.get(7));
            assertEquals("", e.get(9), "a null kind is written empty");
            assertTrue(e.get(11).contains("note=\"a, b\""), "detail with comma and quote survives quoting");
        }

        List<CSVRecord> cb = read(out.resolve("codebook.csv"));
        assertEquals(List.of("name", "kind", "unit", "definition"), cb.get(0).toList());
        assertEquals(1 + Metrics.count() + EventType.values().length + org.sahelsim.record.DetailKeys.ALL.size(), cb.size());
        assertEquals(List.of("armed_groups", "level"), cb.get(1).toList().subList(0, 2));
        assertEquals(List.of("switches", "count"), cb.get(5).toList().subList(0, 2));
        assertEquals(List.of("split", "event", ""), cb.get(1 + Metrics.count()).toList().subList(0, 3));

        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals(1, m.get("format_version").asInt());
        assertEquals("complete", m.get("status").asText());
        assertEquals(2, m.get("runs").asInt());
        assertEquals(2, m.get("threads").asInt());
        assertEquals(1, m.get("master_seed").asLong());
        assertFalse(m.get("started").asText().isEmpty());
        assertFalse(m.get("finished").isNull());
        assertTrue(m.has("git_commit") && m.has("version") && m.has("jvm") && m.has("command_line"));
    }

    @Test
    void seriesNoneWritesTheTimeseriesHeaderOnlyButStillEveryRun() throws Exception {
        Scenario s = TestScenarios.tiny(3);
        Path out = RunJob.execute(spec(s, 3, 1, Series.NONE, new FakeModel(0), tmp.resolve("n")), n -> { })
                .folder();
        assertEquals(1, read(out.resolve("timeseries.csv")).size());
        assertEquals(4, read(out.resolve("runs.csv")).size());
    }

    @Test
    void aThrowingRunStopsTheBatchNamesTheRunAndLeavesTheManifestIncomplete() throws Exception {
        Scenario s = TestScenarios.tiny(2);
        long badSeed = Seeds.forRun(1, 5);
        FakeModel ok = new FakeModel(0);
        ModelEntry failing = (sc, seed, sink) -> {
            if (seed == badSeed) {
                throw new IllegalStateException("model broke");
            }
            ok.run(sc, seed, sink);
        };
        Path out = tmp.resolve("f");
        RunFailedException e = assertThrows(RunFailedException.class,
                () -> RunJob.execute(spec(s, 50, 2, Series.MONTHLY, failing, out), n -> { }));
        assertEquals(5, e.key().rep());
        assertEquals(badSeed, e.key().seed());
        assertTrue(e.getMessage().contains("baseline/r5") && e.getMessage().contains("model broke"), e.getMessage());
        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("incomplete", m.get("status").asText());
        assertTrue(m.get("runs").asInt() <= 5, "runs after the failing one must not be written");
        assertTrue(m.get("error").asText().contains("model broke"));
        assertEquals(1 + m.get("runs").asInt(), read(out.resolve("runs.csv")).size());
    }

    @Test
    void refusesAnExistingOutputFolderAndLeavesItUntouched() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("exists"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        assertThrows(FileAlreadyExistsException.class,
                () -> RunJob.execute(spec(TestScenarios.tiny(2), 2, 1, Series.NONE, new FakeModel(0), out), n -> { }));
        try (var files = Files.list(out)) {
            assertEquals(List.of("keep.txt"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void manyRepsNeverBufferMoreThanTwiceTheThreads() throws Exception {
        Scenario s = TestScenarios.tiny(1);
        int threads = 2;
        RunJob.Outcome o = RunJob.execute(spec(s, 400, threads, Series.NONE, new FakeModel(1), tmp.resolve("m")),
                n -> { });
        assertEquals(400, o.batch().runs());
        assertEquals(2 * threads, o.batch().capacity());
        assertTrue(o.batch().maxBuffered() <= 2 * threads,
                "buffered " + o.batch().maxBuffered() + " runs, bound " + 2 * threads);
    }

    @Test
    void progressIsReportedOncePerRunInOrder() throws Exception {
        List<Integer> seen = new ArrayList<>();
        RunJob.execute(spec(TestScenarios.tiny(1), 7, 2, Series.NONE, new FakeModel(1), tmp.resolve("p")), seen::add);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), seen);
    }
}
