package org.sahelsim.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a sweep file (the input of {@code sweep}) into a checked {@link Sweep}. The format, in
 * plain words (README, section "sweep"; schema {@code scenarios/sweep.schema.json}):
 * <pre>
 * name: minusma-lhs                 # default: the file name without .yaml
 * description: ...                  # default: empty
 * scenario: ../baseline-2015.yaml   # required: a scenario file, relative to this file
 *                                   #   (or the scenario itself as a map, as in a resolved sweep)
 * design: lhs                       # required: factorial, lhs, sobol or morris
 * points: 100                       # lhs: the number of points (required)
 * base_samples: 64                  # sobol: N, giving N (k + 2) points (required; a power of 2 is best)
 * trajectories: 10                  # morris: r, giving r (k + 1) points (required)
 * levels: 4                         # morris: p, the grid levels, even (default 4)
 * replications: 10                  # runs per point, at least 1 (default 10; --reps wins)
 * seed: 1                           # master seed (default 1; --seed wins)
 * common_random_numbers: false      # rep r of every point runs with the same seed (default false)
 * series: none                      # monthly, yearly or none (default none; --series wins)
 * metrics: [clashes, splits]        # metrics of interest (default: the caller's list)
 * set:                              # fixed settings, dotted path: YAML value (optional)
 *   months: 24
 * parameters:                       # required, at least one, in the order of the outputs
 *   levers.minusma.mobile_share: {min: 0.1, max: 0.6}       # a range
 *   params.rationality: {min: 0.01, max: 0.05, step: 0.01}  # a range with a step
 *   factions.GATIA.fighters: {values: [500, 1000, 1500]}    # a list (or just [500, 1000, 1500])
 *   levers.minusma.start: {min: 1, max: 24}                # a lever's start month: whole numbers
 * baseline_point: p0000             # optional: the point the others are compared with
 * discovery:                        # optional: when does an outcome hold (PRIM)?
 *   metric: jihadist_fighter_share
 *   op: "<"                         # <, <=, >, >= (quoted: YAML reads a bare > as a text block)
 *   threshold: 0.3
 *   step: 60                        # default: the last month
 *   min_share: 0.05                 # smallest box, as a share of the points (default 0.05)
 * patterns: ../validation/history-patterns.yaml  # optional: a patterns file, relative to this file,
 *                                   #   measured on every run by calibrate (sweep does not read it)
 * </pre>
 *
 * <p>Rules: the base scenario is the scenario file ({@code extends} applied) with {@code set}
 * laid over it by the rules of overrides ({@link Overrides}), bound and checked as a scenario
 * file. A parameter's {@code type} (int or double) defaults to that of the scenario value it
 * sets (a lever's {@code start} and {@code end} are month numbers, so int); a double type on
 * a whole-number value is refused. Each parameter is tried at load time: the scenario is
 * built with its lowest, middle and highest value, so a path that does not exist or a range
 * the scenario refuses stops here, at the parameter's line. Designs: a factorial needs levels
 * (a list, a step or an int range); the sizes a design does not use may not be given.
 *
 * <p>Every problem is a {@link ScenarioException} naming the sweep file, line, column and field
 * ({@code parameters.<path>.min}, {@code set.<path>}, {@code discovery.op}); a problem of the
 * scenario file itself is reported at the {@code scenario} key, quoting the scenario file's
 * own message.
 */
public final class SweepLoader {
    /** The top-level keys of a sweep file, in the documented order. */
    public static final List<String> KEYS = List.of("name", "description", "scenario", "design", "points",
            "base_samples", "trajectories", "levels", "replications", "seed", "common_random_numbers", "series",
            "metrics", "set", "parameters", "baseline_point", "discovery", "patterns", "ensemble");
    /** The keys of one parameter. */
    public static final List<String> PARAMETER_KEYS = List.of("values", "min", "max", "step", "type");
    /** The keys of {@code discovery}. */
    public static final List<String> DISCOVERY_KEYS = List.of("metric", "op", "threshold", "step", "min_share");
    /** Words accepted for the discovery operators (YAML needs {@code >} quoted). */
    static final Map<String, String> OP_WORDS = Map.of("lt", "<", "le", "<=", "gt", ">", "ge", ">=");

    private SweepLoader() {
    }

    /**
     * Whether a YAML file is a sweep file: a map at the top with a {@code design} or
     * {@code parameters} key (scenario files have neither). Errors as in reading YAML.
     */
    public static boolean isSweep(Path file) throws ScenarioException {
        YNode root = YamlReader.readFile(file);
        return root instanceof YNode.Map m && (m.entries.containsKey("design") || m.entries.containsKey("parameters"));
    }

    /**
     * Loads and checks a sweep file.
     *
     * @param knownMetrics   the metric names a run records (anything else is an error)
     * @param defaultMetrics the metrics of interest when the file names none
     */
    public static Sweep load(Path file, List<String> knownMetrics, List<String> defaultMetrics)
            throws ScenarioException {
        return load(file, knownMetrics, defaultMetrics, Map.of());
    }

    /**
     * As {@link #load(Path, List, List)}, with further settings laid over the file's
     * {@code set} (dotted path to YAML text; errors name them as given on the command line),
     * for example {@code months: 3} to try a sweep quickly.
     */
    public static Sweep load(Path file, List<String> knownMetrics, List<String> defaultMetrics,
                             Map<String, String> extraSet) throws ScenarioException {
        return new Reader(file, knownMetrics).read(YamlReader.readFile(file), defaultMetrics, extraSet);
    }

    /**
     * Reads a sweep from a tree already parsed (errors name {@code file}): for files that hold a
     * sweep's design among other keys, such as a robustness file ({@link RobustnessLoader}).
     */
    static Sweep read(Path file, YNode root, List<String> knownMetrics, List<String> defaultMetrics)
            throws ScenarioException {
        return new Reader(file, knownMetrics).read(root, defaultMetrics, Map.of());
    }

    /** The reading of one file. */
    private static final class Reader {
        private final Path file;
        private final List<String> knownMetrics;

        Reader(Path file, List<String> knownMetrics) {
            this.file = file;
            this.knownMetrics = List.copyOf(knownMetrics);
        }

        Sweep read(YNode root, List<String> defaultMetrics, Map<String, String> extraSet) throws ScenarioException {
            if (root == null) {
                throw new ScenarioException(file, 0, 0, "", "the file is empty; a sweep needs at least scenario,"
                        + " design and parameters");
            }
            if (!(root instanceof YNode.Map)) {
                throw Binder.error(root.pos, "", "a sweep file must be a map of keys and values at the top level,"
                        + " found " + root.describe());
            }
            YNode.Map m = (YNode.Map) root;
            unknownKeys(m, KEYS, "", " A scenario setting goes under set; a swept value under parameters.");
            String name = text(m, "name", "name", ExperimentLoader.baseName(file));
            String description = text(m, "description", "description", "");

            // ---- the base scenario: the file (or inline map), then set ----
            YNode scenarioNode = m.entries.get("scenario");
            if (YNode.isNull(scenarioNode)) {
                throw Binder.error(m.pos, "scenario", "the required key 'scenario' is missing: the scenario file the"
                        + " sweep starts from, relative to this file (for example scenario: ../baseline-2015.yaml)");
            }
            Path scenarioFile = null;
            YNode.Map tree;
            if (scenarioNode instanceof YNode.Map) {
                tree = (YNode.Map) YNode.copy(scenarioNode);
                if (tree.entries.containsKey(ScenarioLoader.EXTENDS)) {
                    throw Binder.error(tree.keyPos(ScenarioLoader.EXTENDS), "scenario.extends", "a scenario written"
                            + " inline cannot extend a file; name the scenario file instead (scenario: my.yaml)");
                }
            } else {
                scenarioFile = scenarioFile(scenarioNode);
                try {
                    tree = ScenarioLoader.tree(scenarioFile);
                } catch (ScenarioException e) {
                    throw Binder.error(scenarioNode.pos, "scenario", "the scenario is not valid: " + e.getMessage());
                }
            }
            Map<String, String> set = applySet(m, tree);
            Scenario base = bind(tree, scenarioNode, scenarioFile != null);
            if (!extraSet.isEmpty()) {
                base = ScenarioTemplate.of(base).with(extraSet);
            }
            ScenarioTemplate template = ScenarioTemplate.of(base);

            // ---- the design ----
            YNode designNode = m.entries.get("design");
            if (YNode.isNull(designNode)) {
                throw Binder.error(m.pos, "design", "the required key 'design' is missing: one of factorial, lhs,"
                        + " sobol, morris");
            }
            String designText = designNode instanceof YNode.Scalar ? ((YNode.Scalar) designNode).text : "";
            Sweep.DesignKind design = Sweep.DesignKind.parse(designText);
            if (design == null) {
                throw Binder.error(designNode.pos, "design", "expected one of factorial, lhs, sobol, morris, ensemble,"
                        + " found " + designNode.describe() + "." + Names.didYouMean(designText,
                        List.of("factorial", "lhs", "sobol", "morris", "ensemble")));
            }
            boolean ensembleDesign = design == Sweep.DesignKind.ENSEMBLE;
            int points = size(m, "points", design == Sweep.DesignKind.LHS || ensembleDesign, design, 1,
                    Integer.MAX_VALUE - 1, ensembleDesign ? "the number of points drawn from the ensemble, for example"
                            + " points: 200" : "the number of Latin hypercube points, for example points: 100");
            int baseSamples = size(m, "base_samples", design == Sweep.DesignKind.SOBOL, design, 2,
                    Integer.MAX_VALUE - 1, "N, the rows of the Sobol matrices A and B, for example base_samples: 64"
                            + " (a power of 2 is best)");
            int trajectories = size(m, "trajectories", design == Sweep.DesignKind.MORRIS, design, 2,
                    Integer.MAX_VALUE - 1, "r, the number of Morris trajectories, for example trajectories: 10");
            int levels = 0;
            if (design == Sweep.DesignKind.MORRIS) {
                levels = (int) whole(m, "levels", Sweep.DEFAULT_LEVELS, 2, 1000,
                        "the levels of the Morris grid: even, 4 to 8 are usual");
                if (levels % 2 != 0) {
                    throw Binder.error(m.entries.get("levels").pos, "levels", "must be even (so that the step"
                            + " p / (2 (p - 1)) lies on the grid), was " + levels);
                }
            } else if (!YNode.isNull(m.entries.get("levels"))) {
                throw notForDesign(m, "levels", design, "morris");
            }

            int replications = (int) whole(m, "replications", Sweep.DEFAULT_REPLICATIONS, 1, Sweep.MAX_REPLICATIONS,
                    "runs per design point");
            long seed = whole(m, "seed", 1, 0, Sweep.SEED_BOUND - 1,
                    "a master seed is a whole number from 0 to 2^53 - 1 so that R and pandas read it exactly");
            boolean crn = bool(m, "common_random_numbers", false);
            String series = text(m, "series", "series", "none");
            if (!Sweep.SERIES.contains(series)) {
                throw Binder.error(m.entries.get("series").pos, "series", "expected monthly, yearly or none, was '"
                        + series + "'." + Names.didYouMean(series, Sweep.SERIES));
            }
            List<String> metrics = metrics(m, defaultMetrics);

            // ---- parameters: the file's, or for an ensemble design the ensemble's columns ----
            Path ensembleFile = null;
            List<Sweep.Parameter> parameters;
            if (ensembleDesign) {
                if (YNode.isNull(m.entries.get("ensemble"))) {
                    throw Binder.error(designNode.pos, "ensemble", "design ensemble needs the key 'ensemble': the"
                            + " ensemble file its points are drawn from, relative to this file (for example ensemble:"
                            + " ../calibration/history-2012-2015-posterior.csv)");
                }
                if (!YNode.isNull(m.entries.get("parameters"))) {
                    throw Binder.error(m.entries.get("parameters").pos, "parameters", "design ensemble takes its"
                            + " parameters from the ensemble file's columns; remove 'parameters'");
                }
                ensembleFile = relativeFile(m.entries.get("ensemble"), "ensemble", "an ensemble file such as"
                        + " ../calibration/history-2012-2015-posterior.csv");
                parameters = ensembleParameters(m.entries.get("ensemble").pos, ensembleFile, base);
            } else {
                if (!YNode.isNull(m.entries.get("ensemble"))) {
                    throw notForDesign(m, "ensemble", design, "ensemble");
                }
                parameters = parameters(m, template, design);
            }
            checkDesignSize(m, design, points, baseSamples, trajectories, designNode, parameters, replications);
            long size = Sweep.size(design, points, baseSamples, trajectories, parameters);

            String baselinePoint = null;
            YNode bp = m.entries.get("baseline_point");
            if (!YNode.isNull(bp)) {
                baselinePoint = bp instanceof YNode.Scalar ? ((YNode.Scalar) bp).text : "";
                if (Sweep.pointIndex(baselinePoint, size) < 0) {
                    throw Binder.error(bp.pos, "baseline_point", "'" + baselinePoint + "' is not a point of this "
                            + design.label() + " design, whose points are " + Sweep.pointId(0, size) + " to "
                            + Sweep.pointId(size - 1, size) + " (see points.csv of a run of it, or sahelsim sweep"
                            + " --dry-run)");
                }
            }
            Sweep.Discovery discovery = discovery(m, base, series);
            Path patterns = YNode.isNull(m.entries.get("patterns")) ? null
                    : relativeFile(m.entries.get("patterns"), "patterns", "a patterns file such as"
                    + " ../validation/history-patterns.yaml");
            try {
                return new Sweep(file, name, description, scenarioFile, base, set, design, points, baseSamples,
                        trajectories, levels, replications, seed, crn, series, metrics, parameters, baselinePoint,
                        discovery, patterns, ensembleFile);
            } catch (IllegalArgumentException e) {
                // every rule is checked above with its position; this is a last guard
                throw Binder.error(m.pos, "", e.getMessage());
            }
        }

        /**
         * The parameters of an ensemble design: one per column of the ensemble file, over the
         * range of its values (a column of one value, a list of it), each checked against the
         * scenario as the ensemble is read.
         */
        private List<Sweep.Parameter> ensembleParameters(YNode.Pos at, Path ensembleFile, Scenario base)
                throws ScenarioException {
            Ensemble e;
            try {
                e = EnsembleLoader.load(ensembleFile, base);
            } catch (ScenarioException x) {
                throw Binder.error(at, "ensemble", "the ensemble file is not valid: " + x.getMessage());
            }
            List<Sweep.Parameter> out = new ArrayList<>();
            for (int i = 0; i < e.paths().size(); i++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (double[] v : e.values()) {
                    lo = Math.min(lo, v[i]);
                    hi = Math.max(hi, v[i]);
                }
                out.add(lo < hi ? new Sweep.Parameter(e.paths().get(i), Sweep.NumberType.DOUBLE, null, lo, hi, Double.NaN)
                        : new Sweep.Parameter(e.paths().get(i), Sweep.NumberType.DOUBLE, List.of(lo), Double.NaN,
                        Double.NaN, Double.NaN));
            }
            return out;
        }

        // ---- scenario and set ----

        private Path scenarioFile(YNode n) throws ScenarioException {
            return relativeFile(n, "scenario", "a scenario file such as ../baseline-2015.yaml");
        }

        /** The existing file a key names, relative to this file. */
        private Path relativeFile(YNode n, String key, String what) throws ScenarioException {
            if (!(n instanceof YNode.Scalar) || ((YNode.Scalar) n).type != YNode.ScalarType.STR
                    || ((YNode.Scalar) n).text.isBlank()) {
                throw Binder.error(n.pos, key, "expected the name of " + what + ", found " + n.describe());
            }
            String text = ((YNode.Scalar) n).text;
            Path p;
            try {
                p = (file == null ? Path.of(text) : file.resolveSibling(text)).normalize();
            } catch (InvalidPathException e) {
                throw Binder.error(n.pos, key, "'" + text + "' is not a valid file name");
            }
            if (!Files.isRegularFile(p)) {
                throw Binder.error(n.pos, key, "the " + key + " file '" + text + "' was not found (looked for " + p
                        + "; the path is relative to the sweep file)");
            }
            return p;
        }

        /** Lays the {@code set} entries over the tree, shorter paths first; returns them as text. */
        private Map<String, String> applySet(YNode.Map m, YNode.Map tree) throws ScenarioException {
            YNode n = m.entries.get("set");
            Map<String, String> out = new LinkedHashMap<>();
            if (YNode.isNull(n)) {
                return out;
            }
            if (!(n instanceof YNode.Map)) {
                throw Binder.error(n.pos, "set", "expected a map of dotted scenario paths to values, such as"
                        + " months: 24, found " + n.describe());
            }
            YNode.Map s = (YNode.Map) n;
            List<String> paths = new ArrayList<>(s.entries.keySet());
            Map<String, Integer> depth = new LinkedHashMap<>();
            for (String path : paths) {
                try {
                    depth.put(path, Overrides.segments(path).size());
                } catch (ScenarioException e) {
                    throw Binder.error(s.keyPos(path), "set." + path, e.problem());
                }
                out.put(path, ExperimentLoader.flow(s.entries.get(path)));
            }
            paths.sort(Comparator.<String>comparingInt(depth::get).thenComparing(Comparator.naturalOrder()));
            for (String path : paths) {
                try {
                    Overrides.apply(tree, path, YNode.copy(s.entries.get(path)), s.keyPos(path));
                } catch (ScenarioException e) {
                    throw Binder.error(s.keyPos(path), "set." + path, e.problem());
                }
            }
            return out;
        }

        /** Binds the base scenario; a problem at a value this file set is reported there, others at {@code scenario}. */
        private Scenario bind(YNode.Map tree, YNode scenarioNode, boolean fromFile) throws ScenarioException {
            try {
                return ScenarioLoader.bindTree(tree);
            } catch (ScenarioException e) {
                boolean here = file != null && e.file() != null
                        && e.file().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
                if (here) {
                    // a value this file wrote: under set, or in the scenario written inline
                    throw fromFile ? new ScenarioException(file, e.line(), e.column(), Binder.child("set", e.field()),
                            e.problem()) : e;
                }
                throw Binder.error(scenarioNode.pos, "scenario", "with this sweep's settings the scenario is not"
                        + " valid: " + e.getMessage());
            }
        }

        // ---- parameters ----

        private List<Sweep.Parameter> parameters(YNode.Map m, ScenarioTemplate template, Sweep.DesignKind design)
                throws ScenarioException {
            YNode n = m.entries.get("parameters");
            if (YNode.isNull(n)) {
                throw Binder.error(m.pos, "parameters", "the required key 'parameters' is missing: name at least one"
                        + " scenario value to sweep, for example levers.minusma.mobile_share: {min: 0.1, max: 0.6}");
            }
            if (!(n instanceof YNode.Map) || ((YNode.Map) n).entries.isEmpty()) {
                throw Binder.error(n.pos, "parameters", "expected a map of at least one dotted scenario path to its"
                        + " values, found " + n.describe());
            }
            YNode.Map pm = (YNode.Map) n;
            List<Sweep.Parameter> out = new ArrayList<>();
            List<String> normal = new ArrayList<>();
            for (Map.Entry<String, YNode> e : pm.entries.entrySet()) {
                String path = e.getKey();
                YNode.Pos at = pm.keyPos(path);
                String field = "parameters." + path;
                List<String> segs;
                try {
                    segs = Overrides.segments(path);
                } catch (ScenarioException ex) {
                    throw Binder.error(at, field, ex.problem());
                }
                String norm = String.join(".", segs);
                for (String other : normal) {
                    if (norm.equals(other) || norm.startsWith(other + ".") || other.startsWith(norm + ".")) {
                        throw Binder.error(at, field, "overlaps the parameter " + other + ": a path and one inside"
                                + " it cannot both be swept");
                    }
                }
                normal.add(norm);
                Sweep.Parameter p = parameter(path, field, at, e.getValue(), template);
                if (design == Sweep.DesignKind.FACTORIAL && !p.isDiscrete()) {
                    throw Binder.error(at, field, "a factorial design needs the levels of every parameter: give a list"
                            + " of values or a step (the range " + Binder.fmt(p.min()) + " to " + Binder.fmt(p.max())
                            + " has none), or use design lhs, sobol or morris for a continuous range");
                }
                out.add(p);
            }
            return out;
        }

        private Sweep.Parameter parameter(String path, String field, YNode.Pos at, YNode spec,
                                          ScenarioTemplate template) throws ScenarioException {
            // the scenario value's own type decides int or double
            Sweep.NumberType fieldType = numberType(path, field, at, template);
            YNode.Map map;
            if (spec instanceof YNode.Seq) {
                map = new YNode.Map(spec.pos);
                map.put("values", spec.pos, spec);
            } else if (spec instanceof YNode.Map) {
                map = (YNode.Map) spec;
            } else {
                throw Binder.error(spec.pos, field, "expected the parameter's values: a list such as [0.1, 0.2],"
                        + " {values: [...]}, or a range {min: 0.1, max: 0.6} with an optional step, found "
                        + spec.describe());
            }
            unknownKeys(map, PARAMETER_KEYS, field, "");
            Sweep.NumberType type = fieldType;
            YNode typeNode = map.entries.get("type");
            if (!YNode.isNull(typeNode)) {
                String t = typeNode instanceof YNode.Scalar ? ((YNode.Scalar) typeNode).text : "";
                if (t.equals("int")) {
                    type = Sweep.NumberType.INT;
                } else if (t.equals("double")) {
                    if (fieldType == Sweep.NumberType.INT) {
                        throw Binder.error(typeNode.pos, field + ".type", "the scenario value " + path + " is a whole"
                                + " number, so the parameter's type is int");
                    }
                    type = Sweep.NumberType.DOUBLE;
                } else {
                    throw Binder.error(typeNode.pos, field + ".type", "expected int or double, found "
                            + typeNode.describe());
                }
            }
            YNode values = map.entries.get("values");
            boolean anyRange = !YNode.isNull(map.entries.get("min")) || !YNode.isNull(map.entries.get("max"))
                    || !YNode.isNull(map.entries.get("step"));
            Sweep.Parameter p;
            if (!YNode.isNull(values)) {
                if (anyRange) {
                    throw Binder.error(values.pos, field, "give either values or a range (min, max and an optional"
                            + " step), not both");
                }
                if (!(values instanceof YNode.Seq) || ((YNode.Seq) values).items.isEmpty()) {
                    throw Binder.error(values.pos, field + ".values", "expected a list of at least one number, found "
                            + values.describe());
                }
                List<YNode> items = ((YNode.Seq) values).items;
                List<Double> list = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    String f = field + ".values[" + i + "]";
                    double v = number(items.get(i), f, type);
                    if (list.contains(v) || (v == 0 && list.contains(-v))) {
                        throw Binder.error(items.get(i).pos, f, Binder.fmt(v) + " is listed twice");
                    }
                    list.add(v);
                }
                p = new Sweep.Parameter(path, type, list, Double.NaN, Double.NaN, Double.NaN);
            } else {
                YNode minNode = map.entries.get("min");
                YNode maxNode = map.entries.get("max");
                if (YNode.isNull(minNode) || YNode.isNull(maxNode)) {
                    throw Binder.error(YNode.isNull(minNode) ? map.pos : maxNode.pos, field + "."
                            + (YNode.isNull(minNode) ? "min" : "max"), "a range needs min and max (and an optional"
                            + " step), or give values: [...]");
                }
                double min = number(minNode, field + ".min", type);
                double max = number(maxNode, field + ".max", type);
                if (!(min < max)) {
                    throw Binder.error(maxNode.pos, field + ".max", "must be above min (" + Binder.fmt(min) + "), was "
                            + Binder.fmt(max) + "; for a single value use values: [" + Binder.fmt(min) + "] or set:");
                }
                double step = Double.NaN;
                YNode stepNode = map.entries.get("step");
                if (!YNode.isNull(stepNode)) {
                    step = number(stepNode, field + ".step", type);
                    if (!(step > 0)) {
                        throw Binder.error(stepNode.pos, field + ".step", "must be positive, was " + Binder.fmt(step));
                    }
                    if (step > max - min) {
                        throw Binder.error(stepNode.pos, field + ".step", "is wider than the range " + Binder.fmt(min)
                                + " to " + Binder.fmt(max));
                    }
                    if ((max - min) / step > Integer.MAX_VALUE - 2) {
                        throw Binder.error(stepNode.pos, field + ".step", "gives too many levels");
                    }
                }
                p = new Sweep.Parameter(path, type, List.of(), min, max, step);
            }
            tryValues(p, field, at, template);
            return p;
        }

        /** Int for whole-number scenario values (and month numbers), double for other numbers; anything else is refused. */
        private Sweep.NumberType numberType(String path, String field, YNode.Pos at, ScenarioTemplate template)
                throws ScenarioException {
            Type t = leafType(path);
            if (t == null) {
                // the path does not exist: the overrides explain why, with a "did you mean"
                try {
                    template.with(Map.of(path, "0"));
                } catch (ScenarioException e) {
                    throw Binder.error(at, field, e.problem());
                }
                throw Binder.error(at, field, "is not a scenario value that can be swept");
            }
            if (t == int.class || t == Integer.class || t == MonthRef.class) {
                return Sweep.NumberType.INT;
            }
            if (t == double.class || t == Double.class) {
                return Sweep.NumberType.DOUBLE;
            }
            throw Binder.error(at, field, "is " + describe(t) + ", not a number: only numbers (and month numbers such"
                    + " as a lever's start) can be swept; fix other values with set:");
        }

        private static String describe(Type t) {
            if (t instanceof Class<?> c) {
                if (Overrides.isRecord(c)) {
                    return "a group of settings";
                }
                return Binder.expected(c);
            }
            return "a list or a map";
        }

        /** Builds the scenario with the parameter's lowest, middle and highest value. */
        private void tryValues(Sweep.Parameter p, String field, YNode.Pos at, ScenarioTemplate template)
                throws ScenarioException {
            double mid;
            if (p.isDiscrete()) {
                mid = p.level(p.levelCount() / 2);
            } else {
                mid = (p.min() + p.max()) / 2;
            }
            for (double v : new double[] {p.lower(), mid, p.upper()}) {
                String text = p.type() == Sweep.NumberType.INT ? Long.toString((long) v) : YamlWriter.number(v);
                try {
                    template.with(Map.of(p.path(), text));
                } catch (ScenarioException e) {
                    String where = e.field().isEmpty() || e.field().equals(p.path()) ? ""
                            : " (at " + e.field() + ")";
                    throw Binder.error(at, field, "with the value " + text + where + ": " + e.problem());
                }
            }
        }

        private double number(YNode n, String field, Sweep.NumberType type) throws ScenarioException {
            Double d = null;
            if (n instanceof YNode.Scalar s) {
                if (s.type == YNode.ScalarType.INT) {
                    BigInteger b = Binder.parseInt(s.text);
                    d = b == null ? null : b.doubleValue();
                } else if (s.type == YNode.ScalarType.FLOAT) {
                    d = Binder.parseFloat(s.text);
                }
            }
            if (d == null) {
                throw Binder.error(n.pos, field, "expected a number, found " + n.describe());
            }
            if (!Double.isFinite(d)) {
                throw Binder.error(n.pos, field, "must be a finite number, was " + ((YNode.Scalar) n).text);
            }
            if (type == Sweep.NumberType.INT && (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE)) {
                throw Binder.error(n.pos, field, "must be a whole number (the parameter's type is int), was "
                        + ((YNode.Scalar) n).text);
            }
            return d;
        }

        private void checkDesignSize(YNode.Map m, Sweep.DesignKind design, int points, int baseSamples,
                                     int trajectories, YNode designNode, List<Sweep.Parameter> parameters,
                                     int replications) throws ScenarioException {
            int k = parameters.size();
            if (design == Sweep.DesignKind.SOBOL && k > Sweep.SOBOL_MAX_PARAMETERS) {
                throw Binder.error(m.entries.get("parameters").pos, "parameters", "a sobol design takes at most "
                        + Sweep.SOBOL_MAX_PARAMETERS + " parameters, this sweep has " + k);
            }
            if (design == Sweep.DesignKind.LHS && (long) points * k > Sweep.LHS_MAX_CELLS) {
                throw Binder.error(m.entries.get("points").pos, "points", "a latin hypercube of " + points
                        + " points over " + k + " parameters keeps " + (long) points * k + " strata, more than the "
                        + "limit " + Sweep.LHS_MAX_CELLS + "; use fewer points or a sobol design");
            }
            long size = Sweep.size(design, points, baseSamples, trajectories, parameters);
            if (size < 0 || size > Sweep.MAX_RUNS / replications) {
                throw Binder.error(designNode.pos, "design", "the " + design.label() + " design has "
                        + (size < 0 ? "more than 2^63" : Long.toString(size)) + " points, times " + replications
                        + " replications that is more than the " + Sweep.MAX_RUNS + " runs a sweep may have");
            }
        }

        /** A design size: required for its design, refused for the others. */
        private int size(YNode.Map m, String key, boolean mine, Sweep.DesignKind design, int min, int max, String what)
                throws ScenarioException {
            YNode n = m.entries.get(key);
            if (!mine) {
                if (!YNode.isNull(n)) {
                    String owner = key.equals("points") ? "lhs or ensemble" : key.equals("base_samples") ? "sobol" : "morris";
                    throw notForDesign(m, key, design, owner);
                }
                return 0;
            }
            if (YNode.isNull(n)) {
                throw Binder.error(m.entries.get("design").pos, key, "design " + design.label() + " needs " + key
                        + ": " + what);
            }
            return (int) whole(m, key, 0, min, max, what);
        }

        private ScenarioException notForDesign(YNode.Map m, String key, Sweep.DesignKind design, String owner) {
            return Binder.error(m.keyPos(key), key, key + " belongs to design " + owner + ", but this sweep's design"
                    + " is " + design.label() + "; remove it");
        }

        // ---- discovery ----

        private Sweep.Discovery discovery(YNode.Map m, Scenario base, String series) throws ScenarioException {
            YNode n = m.entries.get("discovery");
            if (YNode.isNull(n)) {
                return null;
            }
            if (!(n instanceof YNode.Map)) {
                throw Binder.error(n.pos, "discovery", "expected a map with metric, op, threshold and optionally step"
                        + " and min_share, found " + n.describe());
            }
            YNode.Map d = (YNode.Map) n;
            unknownKeys(d, DISCOVERY_KEYS, "discovery", "");
            for (String required : List.of("metric", "op", "threshold")) {
                if (YNode.isNull(d.entries.get(required))) {
                    throw Binder.error(d.pos, "discovery." + required, "the outcome needs metric, op and threshold,"
                            + " for example {metric: jihadist_fighter_share, op: \"<\", threshold: 0.3}");
                }
            }
            String metric = metricName(d.entries.get("metric"), "discovery.metric");
            YNode opNode = d.entries.get("op");
            String opText = opNode instanceof YNode.Scalar ? ((YNode.Scalar) opNode).text.trim() : "";
            String op = OP_WORDS.getOrDefault(opText, opText);
            if (!Sweep.Discovery.OPS.contains(op)) {
                throw Binder.error(opNode.pos, "discovery.op", "expected one of \"<\", \"<=\", \">\", \">=\" (in"
                        + " quotes: YAML reads a bare > as the start of a text block) or lt, le, gt, ge, found "
                        + opNode.describe());
            }
            double threshold = number(d.entries.get("threshold"), "discovery.threshold", Sweep.NumberType.DOUBLE);
            int step = base.months();
            YNode stepNode = d.entries.get("step");
            if (!YNode.isNull(stepNode)) {
                step = (int) number(stepNode, "discovery.step", Sweep.NumberType.INT);
                if (step < 0 || step > base.months()) {
                    throw Binder.error(stepNode.pos, "discovery.step", "must be a month of the run, 0 to "
                            + base.months() + ", was " + step);
                }
                if (step != base.months() && !Sweep.seriesKeeps(series, step, base.months())) {
                    throw Binder.error(stepNode.pos, "discovery.step", Sweep.discoveryNeedsSeries(step, series));
                }
            }
            double minShare = Sweep.Discovery.DEFAULT_MIN_SHARE;
            YNode ms = d.entries.get("min_share");
            if (!YNode.isNull(ms)) {
                minShare = number(ms, "discovery.min_share", Sweep.NumberType.DOUBLE);
                if (!(minShare > 0 && minShare <= 1)) {
                    throw Binder.error(ms.pos, "discovery.min_share", "must be more than 0 and at most 1 (a share of"
                            + " the design points), was " + Binder.fmt(minShare));
                }
            }
            return new Sweep.Discovery(metric, op, threshold, step, minShare);
        }

        // ---- plain values ----

        private List<String> metrics(YNode.Map m, List<String> defaults) throws ScenarioException {
            return MetricLists.read(m, knownMetrics, defaults);
        }

        private String metricName(YNode n, String field) throws ScenarioException {
            return MetricLists.name(n, field, knownMetrics);
        }

        private void unknownKeys(YNode.Map m, List<String> keys, String path, String hint) throws ScenarioException {
            for (String k : m.entries.keySet()) {
                if (!keys.contains(k)) {
                    String more = path.isEmpty() && k.contains(".") ? hint : "";
                    throw Binder.error(m.keyPos(k), Binder.child(path, k), "unknown key '" + k + "'."
                            + Names.didYouMean(k, keys) + " Valid keys here: " + String.join(", ", keys) + "." + more);
                }
            }
        }

        private String text(YNode.Map m, String key, String field, String def) throws ScenarioException {
            return FileValues.text(m, key, field, def);
        }

        private boolean bool(YNode.Map m, String key, boolean def) throws ScenarioException {
            YNode n = m.entries.get(key);
            if (YNode.isNull(n)) {
                return def;
            }
            if (!(n instanceof YNode.Scalar) || ((YNode.Scalar) n).type != YNode.ScalarType.BOOL) {
                throw Binder.error(n.pos, key, "expected true or false, found " + n.describe());
            }
            return Boolean.parseBoolean(((YNode.Scalar) n).text.toLowerCase(java.util.Locale.ROOT));
        }

        private long whole(YNode.Map m, String key, long def, long min, long max, String why)
                throws ScenarioException {
            return FileValues.whole(m, key, def, min, max, why);
        }
    }

    /**
     * A problem found after loading (by a caller that knows more, such as the checks of a
     * patterns file) reported at a top-level key of a sweep file: its file, line and column
     * (the start of the file's map when the key is absent).
     */
    public static ScenarioException errorAt(Path file, String key, String problem) throws ScenarioException {
        YNode root = YamlReader.readFile(file);
        if (root instanceof YNode.Map m) {
            return Binder.error(m.entries.containsKey(key) ? m.entries.get(key).pos : m.pos, key, problem);
        }
        return new ScenarioException(file, 0, 0, key, problem);
    }

    /**
     * The Java type of the scenario value at a dotted path, following the record types (map
     * values and list items by their declared types), or null when the path does not name one.
     */
    static Type leafType(String path) {
        List<String> segs;
        try {
            segs = Overrides.segments(path);
        } catch (ScenarioException e) {
            return null;
        }
        Type t = Scenario.class;
        for (String seg : segs) {
            if (Overrides.isRecord(t)) {
                RecordModel.Component c = RecordModel.of((Class<?>) t).component(seg);
                if (c == null) {
                    return null;
                }
                t = c.type;
            } else if (t instanceof ParameterizedType pt && pt.getRawType() == Map.class) {
                t = pt.getActualTypeArguments()[1];
            } else if (t instanceof ParameterizedType pt && pt.getRawType() == List.class) {
                t = pt.getActualTypeArguments()[0];
            } else {
                return null;
            }
        }
        return t;
    }
}
