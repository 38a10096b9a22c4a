package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.Manifest;

/**
 * {@code compare --resume} after {@code kill -9}: a child JVM comparing the small experiment's
 * three variants is killed at four random moments, each after one more run is in its part
 * files, and resumed; the CSV files (tables, drivers.csv, summary.csv) equal those of the same
 * comparison never interrupted. The stand-in model sleeps up to 40 ms a run.
 */
class CompareKillTest {
    @TempDir
    Path tmp;

    /** The runs in a comparison's part files and the part files themselves. */
    private static Kills.Commits parts(Path out) {
        Path parts = out.resolve(".parts");
        return new Kills.Commits() {
            @Override
            public long runs() throws IOException {
                long n = 0;
                for (Path p : files()) {
                    n += p.getFileName().toString().endsWith("-runs.csv") ? Kills.lines(p) : 0;
                }
                return n;
            }

            @Override
            public List<Path> files() throws IOException {
                if (!Files.isDirectory(parts)) {
                    return List.of();
                }
                try (Stream<Path> s = Files.list(parts)) {
                    return s.sorted().toList();
                }
            }
        };
    }

    @Test
    void resumesAfterFourKillsAtRandomMomentsToIdenticalBytes() throws Exception {
        Files.copy(CliRunTest.BASELINE, tmp.resolve("baseline-2015.yaml"));
        Path experiment = tmp.resolve("small.yaml");
        try (var in = CliCompareTest.class.getResourceAsStream("small-experiment.yaml")) {
            Files.copy(in, experiment);
        }
        List<String> common = List.of("--reps", "60", "--threads", "2");
        Path ref = tmp.resolve("ref");
        Kills.uninterrupted("compare", experiment.toString(), ref, common);

        Path out = tmp.resolve("killed");
        List<String> first = new ArrayList<>(List.of("compare", experiment.toString(), "--out",
                out.toString()));
        first.addAll(common);
        List<String> again = new ArrayList<>(first);
        again.add("--resume");
        Kills.Result kills = Kills.killAndResume(tmp, out, List.of("-Dfake.sleep=40", "-Xmx256m"), first,
                again, 4, 20261208, 300, parts(out));

        Kills.assertSameCsvFiles(ref, out, kills);
        assertTrue(!Files.exists(out.resolve(".parts")), "the parts go at the end");
        JsonNode m = Manifest.read(out.resolve("manifest.json"));
        assertEquals("complete", m.get("status").asText());
        assertEquals(4, m.get("resumes").size(), "every restart is recorded: " + m.get("resumes"));
        kills.assertProgress();
    }
}
