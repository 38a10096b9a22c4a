package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.Manifest;
import org.sahelsim.sweep.SweepFixtures;
import org.sahelsim.testing.ChildJvm;

/**
 * Memory does not grow with the number of runs: a sweep of 4,000 runs of the real model (its
 * 2,000 design points x 2 replications, two months each) runs in a child JVM limited to a 64 MB
 * heap, with summary and discovery computed over all runs. The README documents the full-size
 * proof: 100,000 runs under {@code -Xmx256m} (measured also under 64 MB).
 */
class SweepMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void fourThousandRunsOfTheRealModelFitInASixtyFourMegabyteHeap() throws Exception {
        Path sweep = Files.writeString(tmp.resolve("memory.yaml"), """
                scenario: %s
                design: lhs
                points: 2000
                replications: 2
                series: none
                set: {months: 2}
                parameters:
                  levers.minusma.mobile_share: {min: 0.1, max: 0.6}
                  params.rationality: {min: 0.01, max: 0.05}
                metrics: [clashes, splits, jihadist_fighter_share]
                discovery: {metric: clashes, op: ">", threshold: 1}
                """.formatted(SweepFixtures.baseline()));
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("log.txt");
        Process p = ChildJvm.start(List.of("-Xmx64m"), Main.class.getName(), List.of("sweep", sweep.toString(), "--out",
                out.toString(), "--threads", "2"), log);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the sweep finishes within 5 minutes");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        assertEquals(4001, Files.readAllLines(out.resolve("runs.csv")).size());
        assertEquals(1 + 2000 * 3, Files.readAllLines(out.resolve("summary.csv")).size());
        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("complete", m.get("status").asText());
        assertEquals(64, m.get("jvm").get("max_heap_mb").asInt(), "the child ran with a 64 MB heap");
    }
}
