package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a run's parameter set back from {@code ensemble.csv}, as replay and the report's charts do. */
class EnsembleRunsTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheRowOfTheRunAsCsvRatherThanBySplittingAtCommas() throws Exception {
        Path f = tmp.resolve("ensemble.csv");
        Files.writeString(f, "run_id,variant,rep,particle,params.rationality,\"params.a,b\"\n"
                + "baseline-r0000,baseline,0,848,0.03,1.5\n"
                + "\"mobile,x-r0001\",\"mobile,x\",1,12,0.02,2.5\n");
        assertEquals(Map.of("params.rationality", "0.03", "params.a,b", "1.5"),
                EnsembleRuns.valuesOf(f, "baseline-r0000"));
        assertEquals(Map.of("params.rationality", "0.02", "params.a,b", "2.5"), EnsembleRuns.valuesOf(f, "mobile,x-r0001"));
    }

    @Test
    void saysWhenTheRunHasNoRowOrTheFileIsEmpty() throws Exception {
        Path f = tmp.resolve("ensemble.csv");
        Files.writeString(f, "run_id,variant,rep,particle,params.rationality\nbaseline-r0000,baseline,0,848,0.03\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EnsembleRuns.valuesOf(f, "baseline-r0009"));
        assertTrue(e.getMessage().contains("baseline-r0009 has no row"), e.getMessage());
        Files.writeString(f, "");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EnsembleRuns.valuesOf(f, "x")).getMessage()
                .contains("is empty"));
    }
}
