package org.sahelsim.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sahelsim.scenario.AbcSpec;
import org.sahelsim.format.AbcSpecLoader;
import org.sahelsim.format.Binder;
import org.sahelsim.format.RobustnessLoader;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.format.SweepLoader;

/**
 * The ranges that the shipped analysis files tried for each documented value: the
 * {@code parameters} of every sweep, calibration and robustness file under
 * {@value #CALIBRATION}, {@value #ROBUSTNESS} and {@value #SWEEPS}, read by the loaders
 * themselves ({@link SweepLoader}, {@link RobustnessLoader}), so a path or range the format
 * refuses fails here as it would on the command line. {@code docs/PARAMETERS.md} shows them in
 * its column "range tried": the issue of calibration asks that every value whose source is an
 * assumption say which range a sensitivity analysis tried.
 *
 * <p>Rules: files are read in the order of their path under {@code scenarios/} (folders
 * included, so the output does not depend on the file system), a row's ranges in that order;
 * YAML files of those folders that are neither a sweep nor a robustness file (the calibration's
 * candidate scenarios) are skipped. A swept path such as {@code factions.GATIA.fighters} counts
 * for the documented row {@code factions.<id>.fighters} and is shown with its own path.
 */
public final class RangesTried {
    /** The folders read, relative to the repository root. */
    public static final String CALIBRATION = "scenarios/calibration";
    /** Robustness analyses (lever rankings over uncertain parameters). */
    public static final String ROBUSTNESS = "scenarios/robustness";
    /** Example and teaching sweeps. */
    public static final String SWEEPS = "scenarios/sweeps";
    /** The folders, in the order they are named in the documentation. */
    public static final List<String> FOLDERS = List.of(CALIBRATION, ROBUSTNESS, SWEEPS);

    /**
     * One range tried.
     *
     * @param path     the swept path as written in the file
     * @param range    the values tried, e.g. {@code 0.005 to 0.05} or {@code 0.15, 0.35, 0.55}
     * @param analysis the file, as its path under {@code scenarios/} without {@code .yaml}
     */
    public record Tried(String path, String range, String analysis) {
        public Tried {
            if (path == null || path.isBlank() || range == null || range.isBlank() || analysis == null
                    || analysis.isBlank()) {
                throw new IllegalArgumentException("a range tried needs a path, a range and an analysis, was " + path
                        + ", " + range + ", " + analysis);
            }
        }

        /** As shown in the documentation: the range, the concrete path when it differs, the file. */
        public String text(String rowPath) {
            return (path.equals(rowPath) ? "" : "`" + path + "` ") + range + " (" + analysis + ")";
        }
    }

    private RangesTried() {
    }

    /**
     * The ranges tried in the shipped files under {@code root}, in file order, each once per
     * file and path.
     *
     * @param metricNames the metric names a run records (the loaders check the files' metrics)
     * @throws ScenarioException when a shipped file is not valid (it would not run either)
     */
    public static List<Tried> read(Path root, List<String> metricNames) throws ScenarioException, IOException {
        Path scenarios = root.resolve("scenarios");
        List<Tried> out = new ArrayList<>();
        for (Path f : analysisFiles(root)) {
            Sweep sweep;
            String rel = scenarios.relativize(f).toString().replace('\\', '/');
            String analysis = rel.substring(0, rel.length() - ".yaml".length());
            if (AbcSpecLoader.isAbc(f)) {
                // a calibration's prior is a range tried
                for (Map.Entry<String, AbcSpec.Range> e : AbcSpecLoader.load(f).spec().parameters().entrySet()) {
                    out.add(new Tried(e.getKey(), Binder.fmt(e.getValue().min()) + " to "
                            + Binder.fmt(e.getValue().max()), analysis));
                }
                continue;
            } else if (RobustnessLoader.isRobustness(f)) {
                sweep = RobustnessLoader.load(f, metricNames).sweep();
            } else if (SweepLoader.isSweep(f)) {
                sweep = SweepLoader.load(f, metricNames);
            } else {
                continue;
            }
            for (Sweep.Parameter p : sweep.parameters()) {
                out.add(new Tried(p.path(), rangeText(p), analysis));
            }
        }
        return out;
    }

    /** The YAML files of the analysis folders under {@code root}, sorted by their path under it. */
    static List<Path> analysisFiles(Path root) throws IOException {
        TreeMap<String, Path> files = new TreeMap<>();
        for (String folder : FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(x -> x.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(x))
                        .forEach(f -> files.put(root.relativize(f).toString().replace('\\', '/'), f));
            }
        }
        return List.copyOf(files.values());
    }

    /** The values of one swept parameter in words: {@code min to max}, with its step, or the list. */
    static String rangeText(Sweep.Parameter p) {
        if (p.isList()) {
            return String.join(", ", p.values().stream().map(Binder::fmt).toList());
        }
        String s = Binder.fmt(p.min()) + " to " + Binder.fmt(p.max());
        return Double.isNaN(p.step()) ? s : s + " by " + Binder.fmt(p.step());
    }

    /**
     * The ranges tried by documented path ({@code rowPaths}, e.g. {@code factions.<id>.fighters}),
     * in the order of {@code rowPaths}; a path with none maps to an empty list.
     *
     * @throws IllegalArgumentException when a swept path matches no documented path (the loaders
     *                                  accept only paths of the format, so this is a bug here)
     */
    public static Map<String, List<Tried>> byRow(List<String> rowPaths, List<Tried> tried) {
        Map<String, List<Tried>> out = new LinkedHashMap<>();
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (String r : rowPaths) {
            out.put(r, new ArrayList<>());
            patterns.put(r, pattern(r));
        }
        for (Tried t : tried) {
            String row = patterns.entrySet().stream().filter(e -> e.getValue().matcher(t.path()).matches())
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the path " + t.path() + " tried in "
                            + t.analysis() + " matches no documented value"));
            out.get(row).add(t);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** The pattern of concrete paths a documented path stands for: {@code <id>} any key,
     * {@code []} any index ({@code shocks[0].at} or {@code shocks.0.at}). */
    static Pattern pattern(String rowPath) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < rowPath.length()) {
            char c = rowPath.charAt(i);
            if (c == '<') {
                int close = rowPath.indexOf('>', i);
                b.append("[^.\\[\\]]+");
                i = close + 1;
            } else if (rowPath.startsWith("[]", i)) {
                b.append("(?:\\[\\d+\\]|\\.\\d+)");
                i += 2;
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(b.toString());
    }
}
