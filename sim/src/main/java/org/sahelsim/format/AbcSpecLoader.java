package org.sahelsim.format;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.scenario.AbcSpec;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;

/**
 * Reads a calibration file of method {@code abc-smc} into a checked {@link AbcSpec}, with the
 * reader and binder of scenario files ({@link YamlReader}, {@link Binder}): safe YAML,
 * snake_case keys, defaults, ranges, "did you mean" hints. Then the cross-checks: the scenario
 * loads; the patterns file exists; every parameter is a number of the scenario that takes any
 * value of its range (its lowest, its highest and a value between that is not a whole number,
 * each set on the scenario and checked as a scenario is). Every problem is a
 * {@link ScenarioException} naming file, line, column and field.
 */
public final class AbcSpecLoader {
    private AbcSpecLoader() {
    }

    /**
     * A loaded calibration file.
     *
     * @param file      the file
     * @param spec      its values
     * @param scenario  the scenario it names, loaded
     * @param positions where each value was written, by dotted path (for later checks' messages)
     */
    public record Loaded(Path file, AbcSpec spec, Scenario scenario, Map<String, YNode.Pos> positions) {
        /** A problem with the value at {@code path}, at its place in the file (the top of the file when unknown). */
        public ScenarioException errorAt(String path, String problem) {
            YNode.Pos p = positions.get(path);
            return p == null ? new ScenarioException(file, 1, 1, path, problem) : Binder.error(p, path, problem);
        }

        /** The scenario file, resolved against the calibration file's folder. */
        public Path scenarioFile() {
            return spec.scenarioFile(file);
        }

        /** The patterns file, resolved against the calibration file's folder. */
        public Path patternsFile() {
            return spec.patternsFile(file);
        }
    }

    /** Whether a YAML file is a calibration file of this kind: a map at the top with a {@code method} key. */
    public static boolean isAbc(Path file) throws ScenarioException {
        YNode root = YamlReader.readFile(file);
        return root instanceof YNode.Map m && m.entries.containsKey(AbcSpec.MARKER);
    }

    /** Loads and checks a calibration file and the scenario it names. */
    public static Loaded load(Path file) throws ScenarioException {
        Binder binder = new Binder();
        AbcSpec spec = binder.bindTop(file, YamlReader.readFile(file), AbcSpec.class, "a calibration file",
                "a calibration file needs at least name, method, scenario, patterns, period and parameters", "");
        Map<String, YNode.Pos> positions = new LinkedHashMap<>(binder.positions);
        for (Map.Entry<String, YNode.Pos> e : binder.keyPositions.entrySet()) {
            positions.putIfAbsent(e.getKey(), e.getValue());
        }
        Loaded loaded = new Loaded(file, spec, null, positions);

        Path scenarioFile = Binder.found(spec.scenarioFile(file), binder.positions.get("scenario"),
                "scenario", spec.scenario());
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(scenarioFile);
        } catch (ScenarioException x) {
            throw loaded.errorAt("scenario", "the scenario is not valid: " + x.getMessage());
        }
        Binder.found(spec.patternsFile(file), binder.positions.get("patterns"), "patterns", spec.patterns());
        for (Map.Entry<String, AbcSpec.Range> e : spec.parameters().entrySet()) {
            checkParameter(loaded, scenario, e.getKey(), e.getValue());
        }
        return new Loaded(file, spec, scenario, positions);
    }

    /**
     * Checks that a parameter path takes every value of its range: its lowest, its highest and
     * a fraction between them (so that a whole-number value, which a continuous prior cannot
     * feed, is refused here and not in the middle of a calibration).
     */
    private static void checkParameter(Loaded loaded, Scenario scenario, String path, AbcSpec.Range r)
            throws ScenarioException {
        String at = "parameters." + path;
        double between = r.min() + (r.max() - r.min()) / Math.PI;
        for (double v : new double[] {r.min(), r.max(), between}) {
            try {
                ScenarioLoader.withOverrides(scenario, Map.of(path, Double.toString(v)));
            } catch (ScenarioException x) {
                throw loaded.errorAt(at, String.format(Locale.ROOT, "the prior's value %s cannot be set: %s",
                        Double.toString(v), x.problem()));
            }
        }
    }
}
