package org.sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.analysis.PairedStats;
import org.sahelsim.run.Columns;
import org.sahelsim.run.FakeModel;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.Numbers;
import org.sahelsim.run.ParamModel;
import org.sahelsim.run.ResultTables;
import org.sahelsim.run.RunFailedException;
import org.sahelsim.scenario.Sweep;

/**
 * The sweep runner: byte-identical files whatever the threads, shards merged or resumption
 * after a kill at any moment; the analysis over all runs against known answers.
 */
class SweepJobTest {
    @TempDir
    Path tmp;

    private static final String SMALL = """
            design: lhs
            points: 5
            replications: 3
            series: monthly
            set: {months: 4}
            parameters:
              levers.minusma.mobile_share: {min: 0.1, max: 0.6}
              params.rationality: {min: 0.01, max: 0.05}
            metrics: [clashes, splits, alliance_modularity]
            baseline_point: p0002
            """;

    private static final String SOBOL = """
            design: sobol
            base_samples: 8
            replications: 2
            series: yearly
            seed: 3
            set: {months: 13}
            parameters:
              levers.minusma.mobile_share: {min: 0.1, max: 0.6}
              params.rationality: {min: 0.01, max: 0.05}
              factions.GATIA.fighters: {min: 500, max: 2000}
            metrics: [clashes, jihadist_fighter_share]
            baseline_point: p0001
            discovery: {metric: clashes, op: ">", threshold: 2, step: 12}
            """;

    private Sweep sweep(String body) throws Exception {
        return SweepFixtures.sweep(tmp, "s-" + Math.abs(body.hashCode()) + ".yaml", body);
    }

    private SweepJob.Outcome run(Sweep s, Path out, int threads, ModelEntry model, SweepJob.Shard shard,
                                 boolean resume) throws Exception {
        return SweepJob.execute(SweepFixtures.spec(s, out, threads, model, shard, resume), SweepJob.Listener.NONE);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": the same CSV files");
        for (String f : expected.keySet()) {
            assertArrayEquals(expected.get(f), actual.get(f), what + ": " + f + " differs");
        }
    }

    @Test
    void threadsDoNotChangeAByteOfAnyFile() throws Exception {
        Sweep s = sweep(SMALL);
        run(s, tmp.resolve("one"), 1, new FakeModel(2), null, false);
        run(s, tmp.resolve("four"), 4, new FakeModel(2), null, false);
        Map<String, byte[]> one = SweepFixtures.csvFiles(tmp.resolve("one"));
        assertEquals(List.of("codebook.csv", "drivers.csv", "events.csv", "points.csv", "runs.csv", "summary.csv",
                "timeseries.csv"), new ArrayList<>(one.keySet()));
        assertSameFiles(one, SweepFixtures.csvFiles(tmp.resolve("four")), "1 against 4 threads");
        List<String> runs = Files.readAllLines(tmp.resolve("one/runs.csv"));
        assertEquals(16, runs.size());
        assertTrue(runs.get(1).startsWith("p0000/r0,p0000,0,"));
        assertTrue(runs.get(15).startsWith("p0004/r2,p0004,2,"));
        JsonNode m = Manifest.read(tmp.resolve("one/manifest.json"));
        assertEquals("complete", m.get("status").asText());
        assertEquals(15, m.get("runs").asInt());
        assertEquals("lhs", m.get("sweep").get("design").asText());
    }

    @Test
    void shardsMergedEqualASingleMachineSweepByteForByte() throws Exception {
        Sweep s = sweep(SOBOL);
        SweepJob.Outcome whole = run(s, tmp.resolve("whole"), 3, new FakeModel(1), null, false);
        assertEquals(80, whole.to());
        List<Path> shards = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path dir = tmp.resolve("shard-" + i + "-of-3");
            SweepJob.Outcome o = run(s, dir, i, new FakeModel(1), new SweepJob.Shard(i, 3), false);
            assertEquals(SweepPlan.shardRange(80, i, 3)[0], o.from());
            assertFalse(Files.exists(dir.resolve("summary.csv")), "a shard's summary comes from merge");
            shards.add(dir);
        }
        // the order on the command line does not matter
        MergeJob.Outcome merged = MergeJob.execute(new MergeJob.Spec(List.of("merge"), List.of(shards.get(2),
                shards.get(0), shards.get(1)), tmp.resolve("merged")));
        assertEquals(80, merged.runs());
        Map<String, byte[]> expected = SweepFixtures.csvFiles(tmp.resolve("whole"));
        assertTrue(expected.keySet().containsAll(List.of("sensitivity.csv", "discovery.csv", "summary.csv",
                "points.csv")));
        assertSameFiles(expected, SweepFixtures.csvFiles(tmp.resolve("merged")), "merged shards against one machine");
        assertArrayEquals(Files.readAllBytes(tmp.resolve("whole/scenario.resolved.yaml")),
                Files.readAllBytes(tmp.resolve("merged/scenario.resolved.yaml")));
        assertTrue(Files.isRegularFile(tmp.resolve("merged/charts/sensitivity-clashes.png")));
        JsonNode m = Manifest.read(tmp.resolve("merged/manifest.json"));
        assertEquals("merge", m.get("command").asText());
        assertEquals("complete", m.get("status").asText());
        assertEquals(3, m.get("merged_from").size());
        assertEquals("1/3", m.get("merged_from").get(0).get("shard").asText());
    }

    @Test
    void mergeRefusesShardsThatAreMissingTwiceIncompleteOrOfAnotherSweep() throws Exception {
        Sweep s = sweep(SMALL);
        List<Path> shards = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            shards.add(tmp.resolve("sh" + i));
            run(s, shards.get(i - 1), 1, new FakeModel(0), new SweepJob.Shard(i, 3), false);
        }
        Path other = tmp.resolve("other");
        run(s.withSeed(99), other, 1, new FakeModel(0), new SweepJob.Shard(3, 3), false);
        Path whole = tmp.resolve("whole");
        run(s, whole, 1, new FakeModel(0), null, false);
        Map<List<Path>, String> cases = new LinkedHashMap<>();
        cases.put(List.of(shards.get(0), shards.get(2)), "shard 2 of 3 is missing");
        cases.put(List.of(shards.get(0), shards.get(1), shards.get(1), shards.get(2)), "shard 2/3 is given twice");
        cases.put(List.of(shards.get(0), shards.get(1), other), "not shards of the same sweep");
        cases.put(List.of(whole), "holds a whole sweep");
        for (Map.Entry<List<Path>, String> c : cases.entrySet()) {
            Path out = tmp.resolve("m" + c.getValue().hashCode());
            SweepJob.FolderException e = assertThrows(SweepJob.FolderException.class,
                    () -> MergeJob.execute(new MergeJob.Spec(List.of("merge"), c.getKey(), out)));
            assertTrue(e.getMessage().contains(c.getValue()), e.getMessage());
            assertFalse(Files.exists(out), "nothing is written");
        }
        Path m = shards.get(1).resolve("manifest.json");
        Files.writeString(m, Files.readString(m).replace("\"status\" : \"complete\"", "\"status\" : \"incomplete\""));
        SweepJob.FolderException e = assertThrows(SweepJob.FolderException.class, () -> MergeJob.execute(
                new MergeJob.Spec(List.of("merge"), shards, tmp.resolve("m"))));
        assertTrue(e.getMessage().contains("is incomplete") && e.getMessage().contains("--resume"), e.getMessage());
    }

    /** Per table, the byte offset where each run's rows end (runs without rows end where the previous ended). */
    private static long[][] runEnds(Path dir, SweepPlan plan) throws IOException {
        long[][] ends = new long[3][plan.runs()];
        for (int f = 0; f < 3; f++) {
            byte[] b = Files.readAllBytes(dir.resolve(SweepTables.ORDER.get(f)));
            int header = SweepTables.header(SweepTables.ORDER.get(f)).length;
            long[] e = ends[f];
            Arrays.fill(e, -1);
            int lineStart = header;
            for (int i = header; i < b.length; i++) {
                if (b[i] == '\n') {
                    String line = new String(b, lineStart, i - lineStart, StandardCharsets.UTF_8);
                    e[(int) plan.runIndex(line.substring(0, line.indexOf(',')))] = i + 1;
                    lineStart = i + 1;
                }
            }
            long last = header;
            for (int r = 0; r < e.length; r++) {
                e[r] = e[r] < 0 ? last : e[r];
                last = e[r];
            }
        }
        return ends;
    }

    /** Copies the complete folder as a kill would have left it while run {@code k} wrote {@code stage} up to share q. */
    private static void crash(Path ref, Path dir, long[][] ends, int headerOnly, int k, int stage, double q)
            throws IOException {
        Files.createDirectories(dir);
        String manifest = Files.readString(ref.resolve("manifest.json"));
        Files.writeString(dir.resolve("manifest.json"), manifest.replace("\"status\" : \"complete\"",
                "\"status\" : \"incomplete\""));
        Files.writeString(dir.resolve("summary.csv"), "half a summary from an earlier ki");
        if (headerOnly >= 0) {
            // killed while the tables were being created: runs.csv has headerOnly bytes of its header
            for (String f : SweepTables.ORDER) {
                byte[] h = SweepTables.header(f);
                Files.write(dir.resolve(f), f.equals(Columns.RUNS) ? Arrays.copyOf(h, headerOnly) : h);
            }
            return;
        }
        for (int f = 0; f < 3; f++) {
            String name = SweepTables.ORDER.get(f);
            byte[] all = Files.readAllBytes(ref.resolve(name));
            if (k == ends[f].length) {
                // killed after the last run was committed, before the summary was written
                Files.write(dir.resolve(name), all);
                continue;
            }
            long start = k == 0 ? SweepTables.header(name).length : ends[f][k - 1];
            long end = ends[f][k];
            long size = f < stage ? end : f > stage ? start : start + (long) Math.floor(q * (end - start));
            Files.write(dir.resolve(name), Arrays.copyOf(all, (int) size));
        }
    }

    @Test
    void resumeAfterAKillAtAnyMomentEqualsAnUninterruptedSweep() throws Exception {
        Sweep s = sweep(SMALL);
        Path ref = tmp.resolve("ref");
        // FakeModel's sleep draws from the run's seed: the same model everywhere
        run(s, ref, 2, new FakeModel(1), null, false);
        Map<String, byte[]> expected = SweepFixtures.csvFiles(ref);
        SweepPlan plan = new SweepPlan(s);
        long[][] ends = runEnds(ref, plan);
        List<double[]> states = new ArrayList<>();
        // edge cases: no table yet, half a header, before the first row, each stage cut at its first and
        // last byte, the last run's line missing only its line break
        states.add(new double[] {0, 0, 0, 0});
        states.add(new double[] {20, 0, 0, 0});
        states.add(new double[] {-1, 0, 0, 0});
        for (int stage = 0; stage < 3; stage++) {
            states.add(new double[] {-1, 7, stage, 0});
            states.add(new double[] {-1, 7, stage, 0.999999});
        }
        states.add(new double[] {-1, plan.runs() - 1, 2, 0.999999});
        states.add(new double[] {-1, plan.runs(), 0, 0});
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 40; i++) {
            states.add(new double[] {-1, r.nextInt(plan.runs()), r.nextInt(3), r.nextDouble()});
        }
        int n = 0;
        for (double[] st : states) {
            Path dir = tmp.resolve("crash-" + n++);
            crash(ref, dir, ends, (int) st[0], (int) st[1], (int) st[2], st[3]);
            SweepJob.Outcome o = run(s, dir, 3, new FakeModel(1), null, true);
            assertTrue(o.resumed());
            int committed = st[0] >= 0 ? 0 : (int) st[1];
            assertEquals(committed, o.foundOnResume(), "runs found at " + Arrays.toString(st));
            assertSameFiles(expected, SweepFixtures.csvFiles(dir), "resumed after a kill at " + Arrays.toString(st));
            JsonNode m = Manifest.read(dir.resolve("manifest.json"));
            assertEquals("complete", m.get("status").asText());
            assertEquals(1, m.get("resumes").size());
        }
    }

    @Test
    void resumeOfACompleteFolderChangesNothingAndOfAnotherSweepOrABusyFolderIsRefused() throws Exception {
        Sweep s = sweep(SMALL);
        Path out = tmp.resolve("o");
        run(s, out, 2, new FakeModel(0), null, false);
        long modified = Files.getLastModifiedTime(out.resolve("runs.csv")).toMillis();
        SweepJob.Outcome again = run(s, out, 2, new FakeModel(0), null, true);
        assertTrue(again.alreadyComplete());
        assertEquals(modified, Files.getLastModifiedTime(out.resolve("runs.csv")).toMillis());

        SweepJob.FolderException e = assertThrows(SweepJob.FolderException.class,
                () -> run(s.withReplications(4), out, 2, new FakeModel(0), null, true));
        assertTrue(e.getMessage().contains("holds another sweep"), e.getMessage());
        e = assertThrows(SweepJob.FolderException.class,
                () -> run(s, out, 2, new FakeModel(0), new SweepJob.Shard(1, 2), true));
        assertTrue(e.getMessage().contains("holds shard none"), e.getMessage());
        Path m = out.resolve("manifest.json");
        Files.writeString(m, Files.readString(m).replace("\"status\" : \"complete\"", "\"status\" : \"incomplete\""));
        try (var ch = java.nio.channels.FileChannel.open(out.resolve(SweepJob.LOCK),
                java.nio.file.StandardOpenOption.WRITE); var held = ch.lock()) {
            e = assertThrows(SweepJob.FolderException.class, () -> run(s, out, 2, new FakeModel(0), null, true));
            assertTrue(e.getMessage().contains("being written by another sweep"), e.getMessage());
        }
        assertTrue(run(s, out, 2, new FakeModel(0), null, true).resumed(), "once the other sweep let go");
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        e = assertThrows(SweepJob.FolderException.class, () -> run(s, foreign, 2, new FakeModel(0), null, true));
        assertTrue(e.getMessage().contains("not a sweep folder"), e.getMessage());
    }

    @Test
    void aFailingRunStopsTheSweepKeepsTheRunsBeforeItAndResumeFinishesIt() throws Exception {
        Sweep s = sweep(SMALL);
        Path ref = tmp.resolve("ref");
        run(s, ref, 1, new FakeModel(0), null, false);
        long badSeed = new SweepPlan(s).key(9).seed();
        AtomicBoolean broken = new AtomicBoolean(true);
        FakeModel fake = new FakeModel(0);
        ModelEntry flaky = (scenario, seed, sink) -> {
            if (seed == badSeed && broken.get()) {
                throw new IllegalStateException("the model fell over");
            }
            fake.run(scenario, seed, sink);
        };
        Path out = tmp.resolve("o");
        RunFailedException e = assertThrows(RunFailedException.class, () -> run(s, out, 2, flaky, null, false));
        assertEquals("p0003/r0", e.key().runId());
        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("incomplete", m.get("status").asText());
        int written = Files.readAllLines(out.resolve("runs.csv")).size() - 1;
        assertTrue(written <= 9, "the batch stops at once: only runs before the failing one are written");
        assertEquals(written, m.get("runs").asInt(), "the manifest counts the runs written");
        broken.set(false);
        SweepJob.Outcome o = run(s, out, 2, flaky, null, true);
        assertEquals(written, o.foundOnResume());
        assertSameFiles(SweepFixtures.csvFiles(ref), SweepFixtures.csvFiles(out), "after the failure and a resume");
    }

    @Test
    void theAnalysisFindsTheKnownBoxAndIndices() throws Exception {
        // jihadist_fighter_share is the mobile share (plus noise), clashes 200 x rationality a month
        Sweep lhs = sweep("""
                design: lhs
                points: 200
                replications: 2
                set: {months: 2}
                parameters:
                  levers.minusma.mobile_share: {min: 0.1, max: 0.6}
                  params.rationality: {min: 0.01, max: 0.05}
                metrics: [jihadist_fighter_share, clashes]
                discovery: {metric: jihadist_fighter_share, op: "<", threshold: 0.3}
                """);
        SweepJob.Outcome o = run(lhs, tmp.resolve("lhs"), 2, new ParamModel(0.02), null, false);
        SweepAnalysis.DiscoveryResult d = o.analysis().discovery();
        assertEquals(0.4, d.share(), 0.05, "the share below 0.3 is about (0.3 - 0.1) / 0.5");
        var bounds = d.box().bounds();
        assertTrue(bounds.get(0).restricted(), "the box cuts the mobile share");
        assertEquals(0.3, bounds.get(0).high(), 0.03, "up to about 0.3");
        assertFalse(bounds.get(1).restricted(), "rationality does not matter");
        assertTrue(d.box().density() > 0.9, "density " + d.box().density());
        assertTrue(d.box().coverage() > 0.8, "coverage " + d.box().coverage());
        List<String> disc = Files.readAllLines(tmp.resolve("lhs/discovery.csv"));
        assertEquals("parameter,low,high,restricted", disc.get(0));
        assertTrue(disc.get(1).startsWith("levers.minusma.mobile_share,0.1,") && disc.get(1).endsWith(",true"),
                disc.get(1));
        assertEquals("params.rationality,0.01,0.05,false", disc.get(2).replaceAll(",0\\.0(1|5)\\d+", ",0.0$1"));

        Sweep sobol = sweep("""
                design: sobol
                base_samples: 256
                replications: 1
                set: {months: 2}
                parameters:
                  levers.minusma.mobile_share: {min: 0.1, max: 0.6}
                  params.rationality: {min: 0.01, max: 0.05}
                metrics: [jihadist_fighter_share, clashes]
                """);
        SweepJob.Outcome so = run(sobol, tmp.resolve("sobol"), 2, new ParamModel(0), null, false);
        Map<String, Double> st = new LinkedHashMap<>();
        for (SweepAnalysis.SensitivityRow row : so.analysis().sensitivity()) {
            st.put(row.metric() + " " + row.parameter() + " " + row.index(), row.value());
        }
        assertEquals(1, st.get("jihadist_fighter_share levers.minusma.mobile_share ST"), 0.05);
        assertEquals(0, st.get("jihadist_fighter_share params.rationality ST"), 0.05);
        assertEquals(1, st.get("clashes params.rationality S1"), 0.05);
        assertEquals(0, st.get("clashes levers.minusma.mobile_share ST"), 0.05);
        assertEquals(1 + 2 * 2 * 2, Files.readAllLines(tmp.resolve("sobol/sensitivity.csv")).size(),
                "header, then metric x parameter x (S1, ST)");
    }

    @Test
    void summaryHasEveryPointAndMetricWithPairedDifferencesAgainstTheBaselinePoint() throws Exception {
        Sweep s = sweep(SMALL);
        Path out = tmp.resolve("o");
        run(s, out, 2, new FakeModel(0), null, false);
        Map<String, double[]> clashes = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(out.resolve("runs.csv"));
             CSVParser p = CSVParser.parse(r, ResultTables.FORMAT)) {
            Iterator<CSVRecord> it = p.iterator();
            int col = it.next().toList().indexOf("clashes");
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                double[] x = clashes.computeIfAbsent(rec.get(1), k -> new double[3]);
                x[Integer.parseInt(rec.get(2))] = Numbers.parse(rec.get(col));
            }
        }
        List<String> lines = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(1 + 5 * 3, lines.size(), "one row per point and metric of interest");
        assertEquals("variant,metric,n,mean,sd,ci_low,ci_high,diff_mean,diff_ci_low,diff_ci_high,p_value,p_adjusted,"
                + "effect_size", lines.get(0));
        assertTrue(lines.get(7).startsWith("p0002,clashes,3,") && lines.get(7).endsWith(",,,,,,"),
                "the baseline point has no difference: " + lines.get(7));
        String[] row = lines.get(1).split(",", -1);
        assertEquals("p0000", row[0]);
        assertEquals(Numbers.format(PairedStats.describe(clashes.get("p0000")).mean()), row[3]);
        assertEquals(Numbers.format(PairedStats.paired(clashes.get("p0000"), clashes.get("p0002")).mean()), row[7]);
    }
}
