package org.sahelsim.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.cli.Main;
import org.sahelsim.sweep.SweepFixtures;

/**
 * A real sweep on a real SLURM (issue 4, no mock): a single-node cluster on this machine
 * ({@link SlurmCluster}), {@code scenarios/slurm/submit-and-merge.sh} submitting
 * {@code sweep-array.sbatch} as a job array of 3 tasks, each running {@code sahelsim sweep
 * --shard I/3} with the real model, then {@code sahelsim merge}; the merged folder equals, byte
 * for byte in every CSV file, the same sweep run on one machine. The sweep keeps its series and
 * events compressed ({@code compression: gzip}): the 32 runs' shards cut blocks of 16 runs at
 * runs 10 and 21, which merge joins. Nothing new is built: the tasks
 * run the command-line classes of this build ({@code java -cp <test classpath>
 * org.sahelsim.cli.Main}) through the scripts' {@code SAHELSIM_CMD}. The cluster's daemons are
 * stopped at the end whatever happens.
 */
@RequiresTool(value = {"sbatch", "slurmctld", "munged"}, root = true)
class SlurmSweepTest {
    @TempDir
    Path tmp;

    static final String SWEEP = """
            name: cluster-sweep
            scenario: %s
            design: sobol
            base_samples: 4
            replications: 2
            series: monthly
            compression: gzip
            set: {months: 3}
            parameters:
              levers.minusma.mobile_share: {min: 0.1, max: 0.6}
              params.rationality: {min: 0.01, max: 0.05}
            metrics: [clashes, splits]
            discovery: {metric: clashes, op: ">", threshold: 1}
            """;

    @Test
    void submitAndMergeOnARealClusterEqualsTheSingleMachineSweep() throws Exception {
        Path sweep = Files.writeString(tmp.resolve("cluster.yaml"), SWEEP.formatted(SweepFixtures.baseline()));
        Path single = tmp.resolve("single");
        StringWriter out = new StringWriter();
        int code = Main.execute(new String[] {"sweep", sweep.toString(), "--out", single.toString()},
                new PrintWriter(out, true), new PrintWriter(out, true));
        assertEquals(0, code, out.toString());

        String classpath = ChildJvm.classpath();
        assertFalse(classpath.matches("(?s).*\\s.*"), "SAHELSIM_CMD is split on spaces: the test classpath must have"
                + " none: " + classpath);
        String command = ChildJvm.java() + " -Xmx256m -cp " + classpath + " " + Main.class.getName();
        Path work = tmp.resolve("cluster-sweep");
        try (SlurmCluster cluster = SlurmCluster.start()) {
            SlurmCluster.ProcessResult r = cluster.runWithCluster(List.of(
                    cluster.scriptsDir().resolve("submit-and-merge.sh").toString(), sweep.toString(), work.toString(),
                    "3"), Map.of("SAHELSIM_CMD", command, "SBATCH_ARGS",
                    "--cpus-per-task=1 --mem=1G --time=00:10:00"), Duration.ofMinutes(4));
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("all 3 shards succeeded"), r.output());
        }
        for (int i = 1; i <= 3; i++) {
            assertEquals("0", Files.readString(work.resolve("status/shard-" + i + "-of-3.exit"),
                    StandardCharsets.UTF_8).strip(), "shard " + i + " succeeded");
            String log = Files.readString(work.resolve("logs/task-" + (i - 1) + ".out"), StandardCharsets.UTF_8);
            assertTrue(log.contains("(shard " + i + "/3: runs"), log);
        }
        Path merged = work.resolve("merged");
        Map<String, byte[]> expected = SweepFixtures.csvFiles(single);
        Map<String, byte[]> actual = SweepFixtures.csvFiles(merged);
        assertEquals(expected.keySet(), actual.keySet());
        assertTrue(expected.keySet().containsAll(List.of("runs.csv", "summary.csv", "sensitivity.csv",
                "discovery.csv", "points.csv", "timeseries.csv.gz", "events.csv.gz")), expected.keySet().toString());
        for (String f : expected.keySet()) {
            assertArrayEquals(expected.get(f), actual.get(f), f + ": merged cluster shards differ from one machine");
        }
    }
}
