package org.sahelsim.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the shape of the code: the model runs without a display, levers never touch the
 * recording code, and the lower layers never import the upper ones.
 */
class ArchitectureTest {

    private static final Path MAIN = findMain();

    private static Path findMain() {
        Path p = Path.of("").toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            Path m = q.resolve("src/main/java/org/sahelsim");
            if (Files.isDirectory(m)) {
                return m;
            }
            Path s = q.resolve("sim/src/main/java/org/sahelsim");
            if (Files.isDirectory(s)) {
                return s;
            }
        }
        throw new IllegalStateException("cannot find sim/src/main/java from " + p);
    }

    private static List<String> violations(List<String> packages, List<String> forbidden) throws IOException {
        List<String> out = new ArrayList<>();
        for (String pkg : packages) {
            Path dir = MAIN.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).trim();
                        for (String bad : forbidden) {
                            boolean code = !line.startsWith("//") && !line.startsWith("*") && !line.startsWith("/*");
                            if (code && (line.startsWith("import " + bad) || line.startsWith("import static " + bad)
                                    || line.contains(" " + bad + ".") || line.contains("(" + bad + "."))) {
                                out.add(MAIN.relativize(f) + ":" + (i + 1) + ": " + line);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void modelClassesNeverImportSwingAwtOrMasonDisplay() throws IOException {
        List<String> v = violations(List.of("model", "world", "rules", "levers", "scenario", "record", "data"),
                List.of("java.awt", "javax.swing", "sim.display", "sim.portrayal"));
        assertTrue(v.isEmpty(), "model code must run without a display:\n" + String.join("\n", v));
    }

    @Test
    void leversNeverTouchTheRecordingCode() throws IOException {
        List<String> v = violations(List.of("levers"), List.of("org.sahelsim.record", "org.sahelsim.model", "org.sahelsim.run"));
        assertTrue(v.isEmpty(), "a lever changes mechanisms' inputs, never metrics or events:\n" + String.join("\n", v));
    }

    @Test
    void lowerLayersNeverImportUpperOnes() throws IOException {
        List<String> v = violations(List.of("model", "world", "rules", "levers", "scenario", "record", "data"),
                List.of("org.sahelsim.run", "org.sahelsim.cli", "org.sahelsim.gui", "org.sahelsim.report", "org.sahelsim.analysis",
                        "org.sahelsim.robustness"));
        assertTrue(v.isEmpty(), "dependencies point downward only:\n" + String.join("\n", v));
    }

    @Test
    void runnersAndReportsNeverImportTheRobustnessAnalysisOrTheCommandLine() throws IOException {
        // robustness sits above run, analysis and report (it uses them); cli above everything
        List<String> v = violations(List.of("run", "analysis", "report", "sweepcharts", "validation"),
                List.of("org.sahelsim.robustness", "org.sahelsim.cli"));
        assertTrue(v.isEmpty(), "dependencies point downward only:\n" + String.join("\n", v));
    }

    @Test
    void noUnseededRandomness() throws IOException {
        List<String> v = violations(List.of(""), List.of("java.util.Random;", "java.util.concurrent.ThreadLocalRandom"));
        List<String> math = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(f);
                if (text.contains("Math.random(") || text.contains("new Random(")) {
                    math.add(MAIN.relativize(f).toString());
                }
            }
        }
        v.addAll(math);
        assertTrue(v.isEmpty(), "all randomness derives from the run's seed:\n" + String.join("\n", v));
    }
}
