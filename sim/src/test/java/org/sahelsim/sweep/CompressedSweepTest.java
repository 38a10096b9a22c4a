package org.sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.Columns;
import org.sahelsim.run.FakeModel;
import org.sahelsim.run.GzipMembers;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.TableLayout;
import org.sahelsim.scenario.Sweep;

/**
 * The compact tables of a sweep ({@code compression: gzip}, {@code events: false}): the same
 * rows as plain CSV, shards merged to the same bytes as one machine, and a resume after a kill
 * at any byte of any table to the bytes of a sweep never interrupted.
 */
class CompressedSweepTest {
    @TempDir
    Path tmp;

    /** 16 x 5 = 80 runs: five blocks of 16; three shards cut blocks at runs 26 and 53. */
    private static final String SOBOL = """
            design: sobol
            base_samples: 4
            replications: 5
            series: yearly
            seed: 3
            set: {months: 13}
            parameters:
              levers.minusma.mobile_share: {min: 0.1, max: 0.6}
              params.rationality: {min: 0.01, max: 0.05}
            metrics: [clashes, jihadist_fighter_share]
            discovery: {metric: clashes, op: ">", threshold: 2, step: 12}
            """;

    private Sweep sweep(String extra) throws Exception {
        return SweepFixtures.sweep(tmp, "s" + Math.abs(extra.hashCode()) + ".yaml", SOBOL + extra);
    }

    private SweepJob.Outcome run(Sweep s, Path out, SweepJob.Shard shard, boolean resume) throws Exception {
        return SweepJob.execute(SweepFixtures.spec(s, out, 3, new FakeModel(1), shard, resume), SweepJob.Listener.NONE);
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    @Test
    void compressedTablesHoldTheRowsOfPlainOnesAndEveryOtherFileIsTheSame() throws Exception {
        run(sweep(""), tmp.resolve("plain"), null, false);
        run(sweep("compression: gzip\n"), tmp.resolve("gz"), null, false);
        Map<String, byte[]> plain = SweepFixtures.csvFiles(tmp.resolve("plain"));
        Map<String, byte[]> gz = SweepFixtures.csvFiles(tmp.resolve("gz"));
        assertEquals(List.of("codebook.csv", "discovery.csv", "drivers.csv", "events.csv.gz", "points.csv", "runs.csv",
                "sensitivity.csv", "summary.csv", "timeseries.csv.gz"), new ArrayList<>(gz.keySet()));
        for (String table : List.of(Columns.TIMESERIES, Columns.EVENTS)) {
            assertArrayEquals(plain.get(table), gunzip(tmp.resolve("gz").resolve(table + ".gz")), table);
            assertTrue(gz.get(table + ".gz").length * 4 < plain.get(table).length, table + " is at least 4 times smaller");
        }
        for (String f : plain.keySet()) {
            if (gz.containsKey(f)) {
                assertArrayEquals(plain.get(f), gz.get(f), f + " is the same whatever the compression");
            }
        }
        // a header member, then one member per block of 16 runs
        List<String> firsts = new ArrayList<>();
        GzipMembers.scan(tmp.resolve("gz/timeseries.csv.gz"), (start, end, data) -> firsts.add(
                GzipMembers.firstField(data)));
        assertEquals(List.of("run_id", "p0000/r0", "p0003/r1", "p0006/r2", "p0009/r3", "p0012/r4"), firsts);
        JsonNode m = Manifest.read(tmp.resolve("gz/manifest.json"));
        assertEquals("gzip", m.get("compression").asText());
        assertTrue(m.get("events").asBoolean());
    }

    @Test
    void shardsThatCutBlocksMergeToTheBytesOfOneMachine() throws Exception {
        Sweep s = sweep("compression: gzip\n");
        run(s, tmp.resolve("whole"), null, false);
        List<Path> shards = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path dir = tmp.resolve("shard-" + i);
            run(s, dir, new SweepJob.Shard(i, 3), false);
            shards.add(dir);
        }
        MergeJob.execute(new MergeJob.Spec(List.of("merge"), shards, tmp.resolve("merged")));
        Map<String, byte[]> whole = SweepFixtures.csvFiles(tmp.resolve("whole"));
        Map<String, byte[]> merged = SweepFixtures.csvFiles(tmp.resolve("merged"));
        assertEquals(whole.keySet(), merged.keySet());
        for (String f : whole.keySet()) {
            assertArrayEquals(whole.get(f), merged.get(f), f);
        }
        assertEquals("gzip", Manifest.read(tmp.resolve("merged/manifest.json")).get("compression").asText());
    }

    @Test
    void eventsLeftOutWriteNoEventsAndNoDriversAndTheSameOtherRows() throws Exception {
        run(sweep(""), tmp.resolve("with"), null, false);
        run(sweep("events: false\n"), tmp.resolve("without"), null, false);
        Map<String, byte[]> with = SweepFixtures.csvFiles(tmp.resolve("with"));
        Map<String, byte[]> without = SweepFixtures.csvFiles(tmp.resolve("without"));
        assertFalse(without.containsKey("events.csv"));
        assertFalse(without.containsKey("drivers.csv"));
        for (String f : without.keySet()) {
            assertArrayEquals(with.get(f), without.get(f), f);
        }
        assertFalse(Manifest.read(tmp.resolve("without/manifest.json")).get("events").asBoolean());
    }

    /** The members of a compressed table: for each, its first run's block and its end. */
    private static List<long[]> members(Path file, SweepPlan plan) throws IOException {
        List<long[]> m = new ArrayList<>();
        GzipMembers.scan(file, (start, end, data) -> {
            long run = plan.runIndex(GzipMembers.firstField(data));
            m.add(new long[] {run < 0 ? -1 : run / TableLayout.RUNS_PER_MEMBER, start, end});
            return true;
        });
        return m;
    }

    /**
     * A kill while block {@code b} was written: the tables before {@code stage} (0 events, 1 time
     * series, 2 runs.csv) hold the block whole, the one at {@code stage} a share {@code q} of its
     * bytes, those after it none of it.
     */
    private static void crash(Path ref, Path dir, SweepPlan plan, int b, int stage, double q) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), Files.readString(ref.resolve("manifest.json"))
                .replace("\"status\" : \"complete\"", "\"status\" : \"incomplete\""));
        List<String> order = List.of("events.csv.gz", "timeseries.csv.gz", "runs.csv");
        for (int f = 0; f < 3; f++) {
            Path src = ref.resolve(order.get(f));
            byte[] all = Files.readAllBytes(src);
            long start;
            long end;
            if (f < 2) {
                List<long[]> ms = members(src, plan);
                start = ms.get(0)[2];
                end = start;
                for (long[] mem : ms) {
                    if (mem[0] >= 0 && mem[0] < b) {
                        start = mem[2];
                    }
                    if (mem[0] >= 0 && mem[0] <= b) {
                        end = mem[2];
                    }
                }
            } else {
                int first = b * TableLayout.RUNS_PER_MEMBER;
                int last = Math.min(plan.runs(), first + TableLayout.RUNS_PER_MEMBER);
                start = lineEnd(all, first + 1);
                end = lineEnd(all, last + 1);
            }
            long size = f < stage ? end : f > stage ? start : start + (long) Math.floor(q * (end - start));
            Files.write(dir.resolve(order.get(f)), Arrays.copyOf(all, (int) size));
        }
    }

    /** The end of the first {@code lines} lines. */
    private static long lineEnd(byte[] b, int lines) {
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && ++n == lines) {
                return i + 1;
            }
        }
        return b.length;
    }

    @Test
    void resumeAfterAKillAtAnyByteOfAnyTableEqualsAnUninterruptedSweep() throws Exception {
        Sweep s = sweep("compression: gzip\n");
        Path ref = tmp.resolve("ref");
        run(s, ref, null, false);
        Map<String, byte[]> expected = SweepFixtures.csvFiles(ref);
        SweepPlan plan = new SweepPlan(s);
        int blocks = (plan.runs() + TableLayout.RUNS_PER_MEMBER - 1) / TableLayout.RUNS_PER_MEMBER;
        List<double[]> states = new ArrayList<>();
        for (int stage = 0; stage < 3; stage++) {
            states.add(new double[] {0, stage, 0});
            states.add(new double[] {2, stage, 0.5});
            states.add(new double[] {blocks - 1, stage, 0.999999});
        }
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 12; i++) {
            states.add(new double[] {r.nextInt(blocks), r.nextInt(3), r.nextDouble()});
        }
        int n = 0;
        for (double[] st : states) {
            Path dir = tmp.resolve("crash-" + n++);
            crash(ref, dir, plan, (int) st[0], (int) st[1], st[2]);
            SweepJob.Outcome o = run(s, dir, null, true);
            assertEquals((int) st[0] * TableLayout.RUNS_PER_MEMBER, o.foundOnResume(),
                    "the runs of whole blocks are kept, at " + Arrays.toString(st));
            Map<String, byte[]> got = SweepFixtures.csvFiles(dir);
            assertEquals(expected.keySet(), got.keySet());
            for (String f : expected.keySet()) {
                assertArrayEquals(expected.get(f), got.get(f), f + " after a kill at " + Arrays.toString(st));
            }
        }
    }

    @Test
    void membersAreTheSameBytesEachTimeAndAMemberCutShortIsNotRead() throws Exception {
        byte[] data = "run_id,x\nbaseline/r0,1\n".repeat(50).getBytes();
        GzipMembers g = new GzipMembers();
        byte[] one = g.member(data);
        assertArrayEquals(one, new GzipMembers().member(data));
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        two.write(one);
        two.write(g.member("tail\n".getBytes()));
        Path f = Files.write(tmp.resolve("t.gz"), two.toByteArray());
        assertArrayEquals((new String(data) + "tail\n").getBytes(), gunzip(f), "any gzip reader reads every member");
        for (int cut = one.length; cut < two.size(); cut++) {
            Files.write(f, Arrays.copyOf(two.toByteArray(), cut));
            List<Integer> seen = new ArrayList<>();
            long end = GzipMembers.scan(f, (start, e, d) -> seen.add(d.length));
            assertEquals(one.length, end, "cut at " + cut);
            assertEquals(List.of(data.length), seen);
        }
    }

    @Test
    void aManifestNamingACompressionThisVersionDoesNotKnowIsRefusedNotReadAsPlain() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals(TableLayout.PLAIN, TableLayout.ofManifest(json.readTree("{}")), "an older folder is plain");
        assertEquals(new TableLayout(true, false), TableLayout.ofManifest(json.readTree(
                "{\"compression\": \"gzip\", \"events\": false}")));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TableLayout.ofManifest(json.readTree("{\"compression\": \"zstd\"}")));
        assertTrue(e.getMessage().contains("'zstd'"), e.getMessage());
    }
}
