package org.sahelsim.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sahelsim.model.Tiny;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.RunJob;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.format.SweepLoader;

/** Sweep files and folders for the runner's tests. */
public final class SweepFixtures {
    private SweepFixtures() {
    }

    /** The repository root (Maven runs the tests in sim/). */
    public static Path repoRoot() {
        return Tiny.root();
    }

    /** The shipped baseline scenario, from the repository root. */
    public static Path baseline() {
        return Tiny.root().resolve("scenarios/baseline-2015.yaml").toAbsolutePath();
    }

    /** Writes {@code body} (a sweep file without its scenario line) to {@code dir/name} and loads it. */
    public static Sweep sweep(Path dir, String name, String body) throws IOException, ScenarioException {
        Path f = dir.resolve(name);
        Files.writeString(f, "scenario: " + baseline() + "\n" + body);
        List<String> names = SweepJob.metricNames();
        return SweepLoader.load(f, names.subList(0, 18));
    }

    /** A job over every run (or a shard) of {@code s} into {@code out}. */
    public static SweepJob.Spec spec(Sweep s, Path out, int threads, ModelEntry model, SweepJob.Shard shard,
                                     boolean resume) {
        return new SweepJob.Spec(List.of("sweep", "test.yaml"), Map.of(), List.of(new RunJob.HashedFile("test.yaml",
                "0".repeat(64))), s, shard, threads, model, out, resume);
    }

    /** The CSV files of a folder, plain and gzip-compressed (not in charts/), by name, as bytes. */
    public static Map<String, byte[]> csvFiles(Path dir) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".csv") || p.getFileName().toString().endsWith(".csv.gz"))
                    .sorted().forEach(files::add);
        }
        for (Path p : files) {
            out.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
