package org.sahelsim.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.cli.Main;
import org.sahelsim.validation.AbcCalibration;

/**
 * An abc-smc calibration on a real SLURM (no mock): a single-node cluster on this machine
 * ({@link SlurmCluster}); {@code scenarios/slurm/calibrate-submit.sh} merging, then submitting
 * {@code calibrate-array.sbatch} as a job array of 3 shards for each round, with the real model;
 * every file of the calibration equals, byte for byte, the same calibration on one machine.
 */
@RequiresTool(value = {"sbatch", "slurmctld", "munged"}, root = true)
class SlurmCalibrateTest {
    @TempDir
    Path tmp;

    static final Path SCENARIOS = Path.of("..", "scenarios").toAbsolutePath().normalize();

    @Test
    void eachRoundAJobArrayMergesToTheSingleMachineCalibration() throws Exception {
        Path file = Files.writeString(tmp.resolve("cal.yaml"), "name: cluster-abc\nmethod: abc-smc\n"
                + "scenario: " + SCENARIOS.resolve("history-2012-2020.yaml") + "\n"
                + "patterns: " + SCENARIOS.resolve("validation/history-2012-2020-patterns.yaml") + "\n"
                + "period: 2012-2015\nparticles: 6\nmax_simulations: 30\nseed: 11\nparameters:\n"
                + "  params.rationality: {min: 0.005, max: 0.05}\n  params.capture_margin: {min: 2, max: 4}\n");
        Path single = tmp.resolve("single");
        StringWriter out = new StringWriter();
        int code = Main.execute(new String[] {"calibrate", file.toString(), "--out", single.toString()},
                new PrintWriter(out, true), new PrintWriter(out, true));
        assertEquals(0, code, out.toString());

        String classpath = ChildJvm.classpath();
        assertFalse(classpath.matches("(?s).*\\s.*"), "SAHELSIM_CMD is split on spaces: " + classpath);
        String command = ChildJvm.java() + " -Xmx256m -cp " + classpath + " " + Main.class.getName();
        Path work = tmp.resolve("cluster");
        try (SlurmCluster cluster = SlurmCluster.start()) {
            SlurmCluster.ProcessResult r = cluster.runWithCluster(List.of(
                    cluster.scriptsDir().resolve("calibrate-submit.sh").toString(), file.toString(), work.toString(),
                    "3"), Map.of("SAHELSIM_CMD", command, "SBATCH_ARGS",
                    "--cpus-per-task=1 --mem=1G --time=00:10:00"), Duration.ofMinutes(6));
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("calibrate-submit: round 1: sbatch"), r.output());
            assertTrue(r.output().contains("calibrate-submit: done"), r.output());
        }
        assertTrue(Files.isRegularFile(work.resolve("shards/round-0/shard-3-of-3.csv")));
        for (String f : List.of(AbcCalibration.PROPOSALS, AbcCalibration.ROUNDS, AbcCalibration.PARTICLES,
                AbcCalibration.POSTERIOR, AbcCalibration.SUMMARY)) {
            assertArrayEquals(Files.readAllBytes(single.resolve(f)), Files.readAllBytes(work.resolve(f)),
                    f + ": the cluster's calibration differs from one machine's");
        }
    }
}
