package org.sahelsim.format;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.format.SweepSpec;

/**
 * Reads a sweep file (the input of {@code sweep}) into a checked {@link Sweep}. The format, in
 * plain words (README, section "sweep"; schema {@code scenarios/sweep.schema.json}):
 * <pre>
 * name: minusma-lhs                 # default: the file name without .yaml
 * description: ...                  # default: empty
 * scenario: ../baseline-2015.yaml   # required: a scenario file, relative to this file
 *                                   #   (or the scenario itself as a map, as in a resolved sweep)
 * design: lhs                       # required: factorial, lhs, sobol, morris or ensemble
 * points: 100                       # lhs and ensemble: the number of points (required)
 * base_samples: 64                  # sobol: N, giving N (k + 2) points (required; a power of 2 is best)
 * trajectories: 10                  # morris: r, giving r (k + 1) points (required)
 * levels: 4                         # morris: p, the grid levels, even (default 4)
 * replications: 10                  # runs per point, at least 1 (default 10; --reps wins)
 * seed: 1                           # master seed (default 1; --seed wins)
 * common_random_numbers: false      # rep r of every point runs with the same seed (default false)
 * series: none                      # monthly, yearly or none (default none; --series wins)
 * compression: gzip                 # none or gzip: timeseries.csv.gz, events.csv.gz (default none)
 * events: false                     # leave events.csv out (default true)
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
 * ensemble: ../calibration/history-2012-2015-posterior.csv  # design ensemble: the file its points
 *                                   #   are drawn from by weight, whose columns are the parameters
 * </pre>
 *
 * <p>Rules: the base scenario is the scenario file ({@code extends} applied), bound, with
 * {@code set} set on its records as typed edits by the rules of overrides ({@link Overrides},
 * {@link TypedEdits}), then checked as a scenario file. A parameter's {@code type} (int or double) defaults to that of the scenario value it
 * sets (a lever's {@code start} and {@code end} are month numbers, so int); a double type on
 * a whole-number value is refused. Each parameter is tried at load time: the scenario is
 * built with its lowest, middle and highest value, so a path that does not exist or a range
 * the scenario refuses stops here, at the parameter's line. Designs: a factorial needs levels
 * (a list, a step or an int range); the sizes a design does not use may not be given.
 *
 * <p>The file is bound to {@link SweepSpec} by the {@link Binder} (keys, types, ranges, defaults,
 * closed sets of words, as its annotations say); this class adds what needs more than one value
 * or the scenario, and resolves the file into a {@link Sweep}. Every problem is a
 * {@link ScenarioException} naming the sweep file, line, column and field
 * ({@code parameters.<path>.min}, {@code set.<path>}, {@code discovery.op}); a problem of the
 * scenario file itself is reported at the {@code scenario} key, quoting the scenario file's
 * own message.
 */
public final class SweepLoader {
    /** The comparisons of a discovery question, then words for them in the same order (YAML needs {@code >} quoted). */
    static final List<String> OPS = List.of("<", "<=", ">", ">=", "lt", "le", "gt", "ge");
    /** The keys of a design's sizes and file, each refused by the designs that do not use it. */
    private static final List<String> DESIGN_KEYS = List.of("points", "base_samples", "trajectories", "levels",
            "ensemble");

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
     * @param defaultMetrics the metrics of interest when the file names none
     */
    public static Sweep load(Path file, List<String> defaultMetrics)
            throws ScenarioException {
        return load(file, defaultMetrics, Map.of());
    }

    /**
     * As {@link #load(Path, List, List)}, with further settings laid over the file's
     * {@code set} (dotted path to YAML text; errors name them as given on the command line),
     * for example {@code months: 3} to try a sweep quickly.
     */
    public static Sweep load(Path file, List<String> defaultMetrics,
                             Map<String, String> extraSet) throws ScenarioException {
        return new Reader(file).read(YamlReader.readFile(file), defaultMetrics, extraSet);
    }

    /**
     * Reads a sweep from a tree already parsed (errors name {@code file}): for files that hold a
     * sweep's design among other keys, such as a robustness file ({@link RobustnessLoader}).
     */
    static Sweep read(Path file, YNode root, List<String> defaultMetrics)
            throws ScenarioException {
        return new Reader(file).read(root, defaultMetrics, Map.of());
    }

    /** The reading of one file. */
    private static final class Reader {
        private final Path file;
        /** Binds the file and keeps where each value was written, for the checks that follow. */
        private final Binder binder = new Binder();

        Reader(Path file) {
            this.file = file;
        }

        /** Where the value at {@code path} was written (the top of the file when it was not). */
        private YNode.Pos at(String path) {
            return binder.positions.getOrDefault(path, binder.positions.get(""));
        }

        private ScenarioException error(String path, String problem) {
            return Binder.error(at(path), path, problem);
        }

        Sweep read(YNode root, List<String> defaultMetrics, Map<String, String> extraSet) throws ScenarioException {
            SweepSpec spec = binder.bindTop(file, root, SweepSpec.class, "a sweep file",
                    "a sweep needs at least scenario, design and parameters",
                    " A scenario setting goes under set; a swept value under parameters.");
            YNode.Map m = (YNode.Map) root;
            String name = spec.name() == null ? ExperimentLoader.baseName(file) : spec.name();

            // ---- the base scenario: the file (or inline map), then set ----
            YNode scenarioNode = spec.scenario();
            Path scenarioFile = null;
            YNode.Map tree;
            if (scenarioNode instanceof YNode.Map) {
                tree = (YNode.Map) YNode.copy(scenarioNode);
                if (tree.entries.containsKey(ScenarioLoader.EXTENDS)) {
                    throw Binder.error(tree.keyPos(ScenarioLoader.EXTENDS), "scenario.extends", "a scenario written"
                            + " inline cannot extend a file; name the scenario file instead (scenario: my.yaml)");
                }
            } else {
                scenarioFile = relativeFile(scenarioNode, "scenario", "a scenario file such as ../baseline-2015.yaml");
                try {
                    tree = ScenarioLoader.tree(scenarioFile);
                } catch (ScenarioException e) {
                    throw Binder.error(scenarioNode.pos, "scenario", "the scenario is not valid: " + e.getMessage());
                }
            }
            Map<String, String> set = new LinkedHashMap<>();
            Scenario base = bind(tree, spec.set(), set, scenarioNode, scenarioFile != null);
            if (!extraSet.isEmpty()) {
                base = ScenarioLoader.withOverrides(base, extraSet);
            }

            // ---- the design ----
            Sweep.DesignKind design = Sweep.DesignKind.values()[Sweep.DesignKind.LABELS.indexOf(spec.design())];
            checkDesignKeys(spec, design);
            int levels = design != Sweep.DesignKind.MORRIS ? 0
                    : spec.levels() == null ? Sweep.DEFAULT_LEVELS : spec.levels();
            if (levels % 2 != 0) {
                throw error("levels", "must be even (so that the step p / (2 (p - 1)) lies on the grid), was " + levels);
            }
            List<String> metrics = MetricLists.of(spec.metrics(), defaultMetrics, binder);

            // ---- parameters: the file's, or for an ensemble design the ensemble's columns ----
            Path ensembleFile = null;
            List<Sweep.Parameter> parameters;
            if (design == Sweep.DesignKind.ENSEMBLE) {
                if (spec.parameters() != null) {
                    throw error("parameters", "design ensemble takes its parameters from the ensemble file's columns;"
                            + " remove 'parameters'");
                }
                ensembleFile = relativeFile(m.entries.get("ensemble"), "ensemble", "an ensemble file such as"
                        + " ../calibration/history-2012-2015-posterior.csv");
                parameters = ensembleParameters(at("ensemble"), ensembleFile, base);
            } else {
                if (spec.parameters() == null) {
                    throw Binder.error(m.pos, "parameters", "the required key 'parameters' is missing: name at least"
                            + " one scenario value to sweep, for example levers.minusma.mobile_share: {min: 0.1, max:"
                            + " 0.6}");
                }
                parameters = parameters(spec.parameters(), base, design);
            }
            int points = spec.points() == null ? 0 : spec.points();
            int baseSamples = spec.baseSamples() == null ? 0 : spec.baseSamples();
            int trajectories = spec.trajectories() == null ? 0 : spec.trajectories();
            checkDesignSize(design, points, baseSamples, trajectories, parameters, spec.replications());
            long size = Sweep.size(design, points, baseSamples, trajectories, parameters);

            String baselinePoint = spec.baselinePoint();
            if (baselinePoint != null && Sweep.pointIndex(baselinePoint, size) < 0) {
                throw error("baseline_point", "'" + baselinePoint + "' is not a point of this " + design.label()
                        + " design, whose points are " + Sweep.pointId(0, size) + " to " + Sweep.pointId(size - 1, size)
                        + " (see points.csv of a run of it, or sahelsim sweep --dry-run)");
            }
            Sweep.Discovery discovery = discovery(spec.discovery(), m, base, spec.series());
            Path patterns = spec.patterns() == null ? null : relativeFile(m.entries.get("patterns"), "patterns",
                    "a patterns file such as ../validation/history-patterns.yaml");
            try {
                return new Sweep(file, name, spec.description(), scenarioFile, base, set, design, points, baseSamples,
                        trajectories, levels, spec.replications(), spec.seed(), spec.commonRandomNumbers(),
                        spec.series(), metrics, parameters, baselinePoint, discovery, patterns, ensembleFile,
                        spec.compression(), spec.events());
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
                int column = i;
                DoubleSummaryStatistics range = Arrays.stream(e.values()).mapToDouble(v -> v[column])
                        .summaryStatistics();
                double lo = range.getMin();
                double hi = range.getMax();
                out.add(lo < hi ? new Sweep.Parameter(e.paths().get(i), Sweep.NumberType.DOUBLE, null, lo, hi, Double.NaN)
                        : new Sweep.Parameter(e.paths().get(i), Sweep.NumberType.DOUBLE, List.of(lo), Double.NaN,
                        Double.NaN, Double.NaN));
            }
            return out;
        }

        // ---- scenario and set ----

        /** The existing file a key names, relative to this file. */
        private Path relativeFile(YNode n, String key, String what) throws ScenarioException {
            String text = Binder.fileName(n, key, what);
            return Binder.existingFile(file, "sweep", text, n.pos, key, key + " file");
        }

        /**
         * Binds the base scenario and sets the {@code set} entries on it as typed edits, shorter
         * paths first (their text goes to {@code texts}), then checks it; a problem at a value
         * this file wrote is reported there, others at {@code scenario}.
         */
        private Scenario bind(YNode.Map tree, Map<String, YNode> set, Map<String, String> texts, YNode scenarioNode,
                              boolean fromFile) throws ScenarioException {
            List<Map.Entry<String, YNode>> ordered;
            try {
                ordered = Overrides.ordered(set);
            } catch (ScenarioException e) { // a path that is not a dotted path
                throw Binder.error(binder.keyPositions.get("set." + e.field()), "set." + e.field(), e.problem());
            }
            set.forEach((path, value) -> texts.put(path, YamlWriter.flow(value)));
            try {
                Binder where = new Binder();
                TypedEdits edits = new TypedEdits(ScenarioLoader.bindUnchecked(tree, where), where);
                for (Map.Entry<String, YNode> entry : ordered) {
                    String path = entry.getKey();
                    YNode.Pos keyAt = binder.keyPositions.get("set." + path);
                    try {
                        edits.set(path, YNode.copy(entry.getValue()), keyAt);
                    } catch (ScenarioException e) {
                        if (e.file() == null) { // a path the scenario does not have
                            throw Binder.error(keyAt, "set." + path, e.problem());
                        }
                        throw e;
                    }
                }
                return edits.result();
            } catch (ScenarioException e) {
                boolean here = file != null && e.file() != null
                        && e.file().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
                if (here) {
                    // a value this file wrote: under set, or in the scenario written inline
                    throw fromFile && !e.field().startsWith("set.") ? new ScenarioException(file, e.line(), e.column(),
                            Binder.child("set", e.field()), e.problem()) : e;
                }
                throw Binder.error(scenarioNode.pos, "scenario", "with this sweep's settings the scenario is not"
                        + " valid: " + e.getMessage());
            }
        }

        // ---- the design and its parameters ----

        /** The keys of a design's sizes and file that {@code design} uses ({@link #DESIGN_KEYS}). */
        private static List<String> own(Sweep.DesignKind design) {
            return switch (design) {
                case LHS -> List.of("points");
                case SOBOL -> List.of("base_samples");
                case MORRIS -> List.of("trajectories", "levels");
                case ENSEMBLE -> List.of("points", "ensemble");
                default -> List.of();
            };
        }

        /** A design's sizes and file: required for their design (but levels, which has a default), refused for the others. */
        private void checkDesignKeys(SweepSpec spec, Sweep.DesignKind design) throws ScenarioException {
            List<Object> given = Arrays.asList(spec.points(), spec.baseSamples(), spec.trajectories(), spec.levels(),
                    spec.ensemble());
            for (int i = 0; i < DESIGN_KEYS.size(); i++) {
                String key = DESIGN_KEYS.get(i);
                boolean mine = own(design).contains(key);
                if (given.get(i) != null && !mine) {
                    List<String> owners = Arrays.stream(Sweep.DesignKind.values())
                            .filter(d -> own(d).contains(key)).map(Sweep.DesignKind::label).toList();
                    throw Binder.error(binder.keyPositions.get(key), key, key + " belongs to design "
                            + String.join(" or ", owners) + ", but this sweep's design is " + design.label()
                            + "; remove it");
                }
                if (given.get(i) == null && mine && !key.equals("levels")) {
                    throw Binder.error(at("design"), key, "design " + design.label() + " needs the key '" + key
                            + "' (" + RecordModel.of(SweepSpec.class).component(key).param.doc() + ")");
                }
            }
        }

        private List<Sweep.Parameter> parameters(Map<String, SweepSpec.Parameter> specs, Scenario template,
                                                 Sweep.DesignKind design) throws ScenarioException {
            List<Sweep.Parameter> out = new ArrayList<>();
            List<String> normal = new ArrayList<>();
            for (Map.Entry<String, SweepSpec.Parameter> e : specs.entrySet()) {
                String path = e.getKey();
                String field = "parameters." + path;
                YNode.Pos at = binder.keyPositions.get(field);
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

        private Sweep.Parameter parameter(String path, String field, YNode.Pos at, SweepSpec.Parameter spec,
                                          Scenario template) throws ScenarioException {
            // the scenario value's own type decides int or double
            Sweep.NumberType fieldType = numberType(path, field, at, template);
            if ("double".equals(spec.type()) && fieldType == Sweep.NumberType.INT) {
                throw error(field + ".type", "the scenario value " + path + " is a whole number, so the parameter's"
                        + " type is int");
            }
            Sweep.NumberType type = "int".equals(spec.type()) ? Sweep.NumberType.INT : fieldType;
            Sweep.Parameter p;
            if (spec.values() != null) {
                if (spec.min() != null || spec.max() != null || spec.step() != null) {
                    throw Binder.error(at(field + ".values"), field, "give either values or a range (min, max and an"
                            + " optional step), not both");
                }
                List<Double> list = new ArrayList<>();
                for (int i = 0; i < spec.values().size(); i++) {
                    String f = field + ".values[" + i + "]";
                    double v = number(spec.values().get(i), f, type);
                    if (list.contains(v) || (v == 0 && list.contains(-v))) {
                        throw error(f, Binder.fmt(v) + " is listed twice");
                    }
                    list.add(v);
                }
                p = new Sweep.Parameter(path, type, list, Double.NaN, Double.NaN, Double.NaN);
            } else {
                if (spec.min() == null || spec.max() == null) {
                    throw Binder.error(at(field), field + (spec.min() == null ? ".min" : ".max"), "a range needs min"
                            + " and max (and an optional step), or give values: [...]");
                }
                double min = number(spec.min(), field + ".min", type);
                double max = number(spec.max(), field + ".max", type);
                if (!(min < max)) {
                    throw error(field + ".max", "must be above min (" + Binder.fmt(min) + "), was " + Binder.fmt(max)
                            + "; for a single value use values: [" + Binder.fmt(min) + "] or set:");
                }
                double step = Double.NaN;
                if (spec.step() != null) {
                    String f = field + ".step";
                    step = number(spec.step(), f, type);
                    if (!(step > 0)) {
                        throw error(f, "must be positive, was " + Binder.fmt(step));
                    }
                    if (step > max - min) {
                        throw error(f, "is wider than the range " + Binder.fmt(min) + " to " + Binder.fmt(max));
                    }
                    if ((max - min) / step > Integer.MAX_VALUE - 2) {
                        throw error(f, "gives too many levels");
                    }
                }
                p = new Sweep.Parameter(path, type, List.of(), min, max, step);
            }
            tryValues(p, field, at, template);
            return p;
        }

        /** Int for whole-number scenario values (and month numbers), double for other numbers; anything else is refused. */
        private Sweep.NumberType numberType(String path, String field, YNode.Pos at, Scenario template)
                throws ScenarioException {
            Type t = leafType(path);
            if (t == null) {
                // the path does not exist: the overrides explain why, with a "did you mean"
                try {
                    ScenarioLoader.withOverrides(template, Map.of(path, "0"));
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
                return Overrides.isRecord(c) ? "a group of settings" : Binder.expected(c);
            }
            return "a list or a map";
        }

        /** Builds the scenario with the parameter's lowest, middle and highest value. */
        private void tryValues(Sweep.Parameter p, String field, YNode.Pos at, Scenario template)
                throws ScenarioException {
            double mid = p.isDiscrete() ? p.level(p.levelCount() / 2) : (p.min() + p.max()) / 2;
            for (double v : new double[] {p.lower(), mid, p.upper()}) {
                String text = p.type() == Sweep.NumberType.INT ? Long.toString((long) v) : YamlWriter.number(v);
                try {
                    ScenarioLoader.withOverrides(template, Map.of(p.path(), text));
                } catch (ScenarioException e) {
                    String where = e.field().isEmpty() || e.field().equals(p.path()) ? ""
                            : " (at " + e.field() + ")";
                    throw Binder.error(at, field, "with the value " + text + where + ": " + e.problem());
                }
            }
        }

        /** A number of a parameter: whole for an int parameter. */
        private double number(double d, String field, Sweep.NumberType type) throws ScenarioException {
            if (type == Sweep.NumberType.INT && (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE)) {
                throw error(field, "must be a whole number (the parameter's type is int), was " + Binder.fmt(d));
            }
            return d;
        }

        private void checkDesignSize(Sweep.DesignKind design, int points, int baseSamples, int trajectories,
                                     List<Sweep.Parameter> parameters, int replications) throws ScenarioException {
            int k = parameters.size();
            if (design == Sweep.DesignKind.SOBOL && k > Sweep.SOBOL_MAX_PARAMETERS) {
                throw error("parameters", "a sobol design takes at most " + Sweep.SOBOL_MAX_PARAMETERS
                        + " parameters, this sweep has " + k);
            }
            if (design == Sweep.DesignKind.LHS && (long) points * k > Sweep.LHS_MAX_CELLS) {
                throw error("points", "a latin hypercube of " + points + " points over " + k + " parameters keeps "
                        + (long) points * k + " strata, more than the limit " + Sweep.LHS_MAX_CELLS + "; use fewer"
                        + " points or a sobol design");
            }
            long size = Sweep.size(design, points, baseSamples, trajectories, parameters);
            if (size < 0 || size > Sweep.MAX_RUNS / replications) {
                throw error("design", "the " + design.label() + " design has "
                        + (size < 0 ? "more than 2^63" : Long.toString(size)) + " points, times " + replications
                        + " replications that is more than the " + Sweep.MAX_RUNS + " runs a sweep may have");
            }
        }

        // ---- discovery ----

        private Sweep.Discovery discovery(SweepSpec.Discovery d, YNode.Map m, Scenario base, String series)
                throws ScenarioException {
            if (d == null) {
                return null;
            }
            YNode.Map written = (YNode.Map) m.entries.get("discovery");
            String metric = d.metric();
            int op = OPS.indexOf(d.op().trim());
            if (op < 0) {
                throw error("discovery.op", "expected one of \"<\", \"<=\", \">\", \">=\" (in quotes: YAML reads a"
                        + " bare > as the start of a text block) or lt, le, gt, ge, found "
                        + written.entries.get("op").describe());
            }
            int step = base.months();
            if (d.step() != null) {
                step = d.step();
                if (step > base.months()) {
                    throw error("discovery.step", "must be a month of the run, 0 to " + base.months() + ", was " + step);
                }
                if (step != base.months() && !Sweep.seriesKeeps(series, step, base.months())) {
                    throw error("discovery.step", Sweep.discoveryNeedsSeries(step, series));
                }
            }
            if (!(d.minShare() > 0)) {
                throw error("discovery.min_share", "must be more than 0 and at most 1 (a share of the design points),"
                        + " was " + Binder.fmt(d.minShare()));
            }
            return new Sweep.Discovery(metric, OPS.get(op % 4), d.threshold(), step, d.minShare());
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
