package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.RunJob;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.format.SweepLoader;
import org.sahelsim.sweep.SweepFixtures;
import org.sahelsim.sweep.SweepJob;

/**
 * The shipped example sweeps ({@code scenarios/sweeps/}): one per design, each loads and runs
 * with the real model. Kept short: one replication of three months per point (more when a
 * lever's start month is swept); the examples as shipped run in well under a minute on 2 cores
 * (README, section sweep).
 */
class ExampleSweepsTest {
    @TempDir
    Path tmp;

    static List<Path> examples() throws Exception {
        Path dir = SweepFixtures.repoRoot().resolve("scenarios/sweeps");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void thereIsOneExampleForEachDesign() throws Exception {
        List<String> designs = new ArrayList<>();
        for (Path p : examples()) {
            List<String> names = SweepJob.metricNames();
            designs.add(SweepLoader.load(p, names).design().label());
        }
        assertEquals(List.of("factorial", "lhs", "morris", "sobol"), designs.stream().sorted().toList());
    }

    @Test
    void everyExampleRunsWithTheRealModelAndWritesItsAnalysis() throws Exception {
        for (Path p : examples()) {
            List<String> names = SweepJob.metricNames();
            // three months, or as many as a swept lever start needs
            int months = 3;
            for (Sweep.Parameter par : SweepLoader.load(p, names).parameters()) {
                if (par.path().endsWith(".start") || par.path().endsWith(".end")) {
                    months = Math.max(months, (int) par.upper() + 1);
                }
            }
            Sweep s = SweepLoader.load(p, names.subList(0, 18), Map.of("months", Integer.toString(months)))
                    .withReplications(1);
            Path out = tmp.resolve(p.getFileName().toString());
            SweepJob.Outcome o = SweepJob.execute(new SweepJob.Spec(List.of("sweep", p.toString()), Map.of(),
                    List.of(new RunJob.HashedFile(p.toString(), "0".repeat(64))), s, null, 2, ModelEntry.DEFAULT, out,
                    false), SweepJob.Listener.NONE);
            assertEquals(s.designSize(), o.to(), p.getFileName() + ": one run per point");
            assertEquals(s.designSize() + 1, Files.readAllLines(out.resolve("runs.csv")).size());
            assertTrue(Files.isRegularFile(out.resolve("summary.csv")), p.toString());
            if (s.design().sensitivity()) {
                List<String> rows = Files.readAllLines(out.resolve("sensitivity.csv"));
                int indices = s.design() == Sweep.DesignKind.SOBOL ? 2 : 3;
                assertEquals(1 + s.metrics().size() * s.parameters().size() * indices, rows.size(), p.toString());
                // a chart for every metric with an index (a metric that never varies has none)
                for (String metric : s.metrics()) {
                    boolean any = rows.stream().map(l -> l.split(",", -1))
                            .anyMatch(f -> f[0].equals(metric) && !f[4].isEmpty());
                    assertEquals(any, Files.isRegularFile(out.resolve("charts/sensitivity-" + metric + ".png")),
                            p + " " + metric);
                }
            }
            if (s.discovery() != null) {
                assertEquals(s.parameters().size() + 1, Files.readAllLines(out.resolve("discovery.csv")).size());
            }
            // the report page: self-contained, with the notice, the discovery box and the charts embedded
            String html = Files.readString(out.resolve("report.html"));
            org.junit.jupiter.api.Assertions.assertTrue(html.contains("it is not a forecast"), p.toString());
            org.junit.jupiter.api.Assertions.assertFalse(html.contains("src=\"http"), p.toString());
            if (s.discovery() != null) {
                org.junit.jupiter.api.Assertions.assertTrue(html.contains("Scenario discovery (PRIM)") && html.contains("coverage"), p.toString());
            }
            if (Files.isDirectory(out.resolve("charts"))) {
                org.junit.jupiter.api.Assertions.assertTrue(html.contains("data:image/png;base64,"), p.toString());
            }
        }
    }

    @Test
    void theMemoryProofOfTheReadmeIsAHundredThousandRuns() throws Exception {
        Path p = SweepFixtures.repoRoot().resolve("scenarios/sweeps/large/lhs-100k.yaml");
        List<String> names = SweepJob.metricNames();
        Sweep s = SweepLoader.load(p, names);
        assertEquals(100_000, s.runs());
        assertEquals("none", s.series());
    }
}
