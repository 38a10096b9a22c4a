package org.sahelsim.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an experiment file (the input of {@code compare}) into a checked {@link Experiment}.
 * The format, in plain words (README, section "compare"; schema
 * {@code scenarios/experiment.schema.json}):
 * <pre>
 * name: policy-levers                 # default: the file name without .yaml
 * description: ...                    # default: empty
 * baseline: baseline-2015.yaml        # required: scenario file, relative to this file
 * replications: 200                   # per variant, at least 2 (default 200)
 * seed: 1                             # master seed, 0 to 2^53 - 1 (default 1)
 * metrics: [clashes, fatalities]      # metrics of interest (default: the caller's list)
 * primary_metric: clashes             # one of metrics, for --ci-width (default: the first)
 * max_replications: 2000              # cap for --ci-width (default 2000, at least replications)
 * set:                                # settings for the baseline and every variant (optional)
 *   months: 36
 * variants:                           # required, at least one; 'baseline' is reserved
 *   mobile_minusma:
 *     description: ...
 *     set:                            # dotted scenario path: YAML value
 *       levers.minusma.enabled: true
 *       levers.minusma.close_bases: [Tessalit, Ansongo]
 * ensemble: calibration/history-2012-2015-posterior.csv   # optional: replication r of every
 *                                     # variant runs the parameter set drawn by weight from
 *                                     # (seed, r); a variant's own set wins (Ensemble)
 * </pre>
 * Each variant's scenario is the baseline file ({@code extends} applied) with the top-level
 * {@code set} and then the variant's own {@code set} laid over it by the rules of scenario
 * overrides ({@link Overrides}: a path must exist, values replace; a path in both, the
 * variant's value wins; shorter paths first, then alphabetically), then bound and checked
 * exactly as a scenario file. The baseline variant gets the top-level {@code set} only.
 *
 * <p>Every problem is a {@link ScenarioException} naming the experiment file, line, column and
 * field: a value set by the experiment is reported at its line in the experiment file with
 * the field {@code variants.<name>.set.<path>} (or {@code set.<path>}); a problem that shows
 * elsewhere once a variant's settings apply (say a lever's start outside a shortened run) is
 * reported at the variant's name, quoting the original message; a problem of the baseline
 * file itself at the {@code baseline} key, quoting the baseline file's own message.
 */
public final class ExperimentLoader {
    /** Variant names: appear in run ids, file names and column values. */
    static final Pattern VARIANT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");
    /** The top-level keys of an experiment file, in the documented order. */
    public static final List<String> KEYS = List.of("name", "description", "baseline", "replications", "seed",
            "metrics", "primary_metric", "max_replications", "set", "variants", "ensemble");
    /** The keys of one variant. */
    /** Whether an experiment file names an ensemble (its key {@code ensemble} has a value). */
    public static boolean hasEnsemble(Path file) throws ScenarioException {
        YNode root = YamlReader.readFile(file);
        return root instanceof YNode.Map m && !YNode.isNull(m.entries.get("ensemble"));
    }

    public static final List<String> VARIANT_KEYS = List.of("description", "set");
    /** The top-level keys of a resolved experiment ({@code scenario.resolved.yaml} of {@code compare}). */
    public static final List<String> RESOLVED_KEYS = List.of("experiment", "variants");

    /** What a YAML file holds, judged by its top-level keys. */
    public enum FileKind {
        /** A scenario (no {@code variants}, {@code baseline} or {@code experiment} key). */
        SCENARIO,
        /** An experiment file, the input of {@code compare} (a top-level {@code variants} or {@code baseline}). */
        EXPERIMENT,
        /** The resolved experiment of a {@code compare} folder (top-level {@code experiment} and {@code variants}). */
        RESOLVED_EXPERIMENT
    }

    private ExperimentLoader() {
    }

    /** Whether a file is a scenario, an experiment or a resolved experiment. Errors as in reading YAML. */
    public static FileKind kind(Path file) throws ScenarioException {
        YNode root = YamlReader.readFile(file);
        if (!(root instanceof YNode.Map)) {
            return FileKind.SCENARIO;
        }
        YNode.Map m = (YNode.Map) root;
        if (m.entries.containsKey("experiment") && m.entries.containsKey("variants")) {
            return FileKind.RESOLVED_EXPERIMENT;
        }
        if (m.entries.containsKey("variants") || m.entries.containsKey("baseline")) {
            return FileKind.EXPERIMENT;
        }
        return FileKind.SCENARIO;
    }

    /**
     * Loads and checks an experiment file.
     *
     * @param knownMetrics   the metric names a run records (anything else is an error)
     * @param defaultMetrics the metrics of interest when the file names none
     */
    public static Experiment load(Path file, List<String> knownMetrics, List<String> defaultMetrics)
            throws ScenarioException {
        return new ExperimentLoader.Reader(file, knownMetrics).read(YamlReader.readFile(file), defaultMetrics);
    }

    /**
     * The variants of a resolved experiment ({@code scenario.resolved.yaml} written by
     * {@code compare}): variant name to its scenario, in file order, each bound and checked
     * as a scenario file.
     */
    public static Map<String, Scenario> readResolved(Path file) throws ScenarioException {
        YNode root = YamlReader.readFile(file);
        if (!(root instanceof YNode.Map)) {
            throw new ScenarioException(file, 0, 0, "", "not a resolved experiment: expected a map with the keys "
                    + String.join(", ", RESOLVED_KEYS));
        }
        YNode.Map m = (YNode.Map) root;
        YNode vs = m.entries.get("variants");
        if (!(vs instanceof YNode.Map) || !m.entries.containsKey("experiment")) {
            throw Binder.error(m.pos, "variants", "not a resolved experiment: expected the keys "
                    + String.join(", ", RESOLVED_KEYS) + ", with variants a map of variant name to scenario");
        }
        Map<String, Scenario> out = new LinkedHashMap<>();
        for (Map.Entry<String, YNode> e : ((YNode.Map) vs).entries.entrySet()) {
            if (!(e.getValue() instanceof YNode.Map)) {
                throw Binder.error(e.getValue().pos, "variants." + e.getKey(), "expected a scenario, found "
                        + e.getValue().describe());
            }
            out.put(e.getKey(), ScenarioLoader.bindTree((YNode.Map) e.getValue()));
        }
        if (out.isEmpty()) {
            throw Binder.error(vs.pos, "variants", "a resolved experiment needs at least one variant");
        }
        return out;
    }

    /** One entry of a {@code set} map: where it was written and by whom. */
    private record SetEntry(String path, String normalPath, YNode.Pos keyPos, YNode value, String variant) {
        /** The field path in the experiment file: {@code variants.<v>.set.<path>} or {@code set.<path>}. */
        String field() {
            return (variant == null ? "" : "variants." + variant + ".") + "set." + path;
        }

        /** Whether a position lies on this entry's key or anywhere in its value. */
        boolean covers(int line, int column) {
            return at(keyPos, line, column) || covers(value, line, column);
        }

        private static boolean covers(YNode n, int line, int column) {
            if (n == null) {
                return false;
            }
            if (at(n.pos, line, column)) {
                return true;
            }
            if (n instanceof YNode.Seq) {
                for (YNode i : ((YNode.Seq) n).items) {
                    if (covers(i, line, column)) {
                        return true;
                    }
                }
            } else if (n instanceof YNode.Map) {
                YNode.Map m = (YNode.Map) n;
                for (Map.Entry<String, YNode> e : m.entries.entrySet()) {
                    if (at(m.keyPos(e.getKey()), line, column) || covers(e.getValue(), line, column)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean at(YNode.Pos p, int line, int column) {
            return p.line() == line && p.column() == column;
        }
    }

    /** The reading of one file. */
    private static final class Reader {
        private final Path file;
        private final List<String> knownMetrics;

        Reader(Path file, List<String> knownMetrics) {
            this.file = file;
            this.knownMetrics = List.copyOf(knownMetrics);
        }

        Experiment read(YNode root, List<String> defaultMetrics) throws ScenarioException {
            if (root == null) {
                throw new ScenarioException(file, 0, 0, "", "the file is empty; an experiment needs at least baseline"
                        + " and variants");
            }
            if (!(root instanceof YNode.Map)) {
                throw Binder.error(root.pos, "", "an experiment file must be a map of keys and values at the top"
                        + " level, found " + root.describe());
            }
            YNode.Map m = (YNode.Map) root;
            unknownKeys(m, KEYS, "");
            String name = text(m, "name", "name", file == null ? "experiment" : baseName(file));
            String description = text(m, "description", "description", "");
            YNode baselineNode = m.entries.get("baseline");
            Path baselineFile = baselineFile(m, baselineNode);
            int replications = whole(m, "replications", Experiment.DEFAULT_REPLICATIONS, 2,
                    Experiment.MAX_REPLICATIONS, "paired statistics need at least 2 replications");
            long seed = whole(m, "seed", 1, 0, Experiment.SEED_BOUND - 1,
                    "a master seed is a whole number from 0 to 2^53 - 1 so that R and pandas read it exactly");
            List<String> metrics = metrics(m, defaultMetrics);
            String primary = primary(m, metrics);
            int maxReps = whole(m, "max_replications", Math.max(Experiment.DEFAULT_MAX_REPLICATIONS, replications),
                    2, Experiment.MAX_REPLICATIONS, "the cap of --ci-width");
            if (maxReps < replications) {
                YNode n = m.entries.get("max_replications");
                throw Binder.error(n.pos, "max_replications", "must be at least replications (" + replications
                        + "), was " + maxReps);
            }
            List<SetEntry> common = setEntries(m, "", null);
            YNode vs = m.entries.get("variants");
            if (vs == null) {
                throw Binder.error(m.pos, "variants", "the required key 'variants' is missing: name at least one"
                        + " variant with its settings (see the README, section compare)");
            }
            if (!(vs instanceof YNode.Map) || ((YNode.Map) vs).entries.isEmpty()) {
                throw Binder.error(vs.pos, "variants", "expected a map of at least one variant name to its settings,"
                        + " found " + vs.describe());
            }
            YNode.Map variantsMap = (YNode.Map) vs;

            YNode.Map baseTree;
            try {
                baseTree = ScenarioLoader.tree(baselineFile);
            } catch (ScenarioException e) {
                throw Binder.error(baselineNode.pos, "baseline", "the baseline scenario is not valid: " + e.getMessage());
            }
            List<Experiment.Variant> variants = new ArrayList<>();
            Scenario base = build(baseTree, common, List.of(), baselineNode.pos, "baseline",
                    "the baseline scenario is not valid: ");
            variants.add(new Experiment.Variant(Experiment.BASELINE, "the baseline scenario, " + base.name(),
                    Map.of(), base));
            for (Map.Entry<String, YNode> e : variantsMap.entries.entrySet()) {
                String v = e.getKey();
                YNode.Pos at = variantsMap.keyPos(v);
                String field = "variants." + v;
                if (v.equalsIgnoreCase(Experiment.BASELINE)) {
                    throw Binder.error(at, field, "the name '" + v + "' is reserved for the baseline scenario, which"
                            + " every comparison includes; give this variant another name");
                }
                if (!VARIANT_NAME.matcher(v).matches()) {
                    throw Binder.error(at, field, "a variant name must start with a letter or digit and hold only"
                            + " letters, digits, '_', '-' and '.' (at most 64 characters), was '" + v + "'");
                }
                YNode body = e.getValue();
                if (!(body instanceof YNode.Map)) {
                    throw Binder.error(body.pos, field, "expected the variant's description and set, found "
                            + body.describe());
                }
                YNode.Map vm = (YNode.Map) body;
                unknownKeys(vm, VARIANT_KEYS, field);
                String vdesc = text(vm, "description", field + ".description", "");
                List<SetEntry> own = setEntries(vm, field + ".", v);
                Scenario s = build(baseTree, common, own, at, field,
                        "with this variant's settings the scenario is not valid: ");
                variants.add(new Experiment.Variant(v, vdesc, texts(own), s));
            }
            return new Experiment(file, name, description, baselineFile, replications, seed, metrics, primary,
                    maxReps, texts(common), variants, ensemble(m, base));
        }

        /** The key {@code ensemble}: a file of parameter sets, relative to this file, checked against the baseline. */
        private Ensemble ensemble(YNode.Map m, Scenario base) throws ScenarioException {
            YNode n = m.entries.get("ensemble");
            if (YNode.isNull(n)) {
                return null;
            }
            String text = text(m, "ensemble", "ensemble", "");
            if (text.isBlank()) {
                throw Binder.error(n.pos, "ensemble", "expected the path of an ensemble file (such as"
                        + " ../scenarios/calibration/history-2012-2015-posterior.csv), relative to this file");
            }
            Path p = (file == null ? Path.of(text) : file.resolveSibling(text)).normalize();
            try {
                return EnsembleLoader.load(p, base);
            } catch (ScenarioException e) {
                throw Binder.error(n.pos, "ensemble", "the ensemble file is not valid: " + e.getMessage());
            }
        }

        /** A copy of the baseline tree with the settings applied, bound and checked; errors placed in this file. */
        private Scenario build(YNode.Map baseTree, List<SetEntry> common, List<SetEntry> own, YNode.Pos at,
                               String field, String intro) throws ScenarioException {
            // the same path in both: the variant's own value wins
            Map<String, SetEntry> merged = new LinkedHashMap<>();
            for (SetEntry s : common) {
                merged.put(s.normalPath(), s);
            }
            for (SetEntry s : own) {
                merged.put(s.normalPath(), s);
            }
            List<SetEntry> ordered = new ArrayList<>(merged.values());
            // the order of scenario overrides: shorter paths first, then alphabetically
            ordered.sort(Comparator.<SetEntry>comparingInt(s -> depth(s.normalPath())).thenComparing(SetEntry::path));
            YNode.Map tree = (YNode.Map) YNode.copy(baseTree);
            for (SetEntry s : ordered) {
                try {
                    Overrides.apply(tree, s.path(), YNode.copy(s.value()), s.keyPos());
                } catch (ScenarioException e) {
                    throw Binder.error(s.keyPos(), s.field(), e.problem());
                }
            }
            try {
                return ScenarioLoader.bindTree(tree);
            } catch (ScenarioException e) {
                throw place(e, ordered, at, field, intro);
            }
        }

        /** Names the experiment file's line of a problem (see the class comment). */
        private ScenarioException place(ScenarioException e, List<SetEntry> applied, YNode.Pos at, String field,
                                        String intro) {
            if (file != null && file.equals(e.file()) && e.line() > 0) {
                for (int i = applied.size() - 1; i >= 0; i--) {
                    SetEntry s = applied.get(i);
                    if (s.covers(e.line(), e.column())) {
                        String f = e.field();
                        String p = s.normalPath();
                        if (f.equals(p)) {
                            return new ScenarioException(file, e.line(), e.column(), s.field(), e.problem());
                        }
                        if (f.startsWith(p) && (f.charAt(p.length()) == '.' || f.charAt(p.length()) == '[')) {
                            return new ScenarioException(file, e.line(), e.column(), s.field() + f.substring(p.length()),
                                    e.problem());
                        }
                        return new ScenarioException(file, e.line(), e.column(), s.field(),
                                (f.isEmpty() ? "" : f + ": ") + e.problem());
                    }
                }
                return e;
            }
            return Binder.error(at, field, intro + e.getMessage());
        }

        private Path baselineFile(YNode.Map m, YNode n) throws ScenarioException {
            if (n == null) {
                throw Binder.error(m.pos, "baseline", "the required key 'baseline' is missing: the baseline scenario"
                        + " file, relative to this file (for example baseline: baseline-2015.yaml)");
            }
            if (!(n instanceof YNode.Scalar) || ((YNode.Scalar) n).type != YNode.ScalarType.STR
                    || ((YNode.Scalar) n).text.isBlank()) {
                throw Binder.error(n.pos, "baseline", "expected the name of a scenario file such as"
                        + " baseline-2015.yaml, found " + n.describe());
            }
            String text = ((YNode.Scalar) n).text;
            Path p;
            try {
                p = (file == null ? Path.of(text) : file.resolveSibling(text)).normalize();
            } catch (InvalidPathException e) {
                throw Binder.error(n.pos, "baseline", "'" + text + "' is not a valid file name");
            }
            if (!Files.isRegularFile(p)) {
                throw Binder.error(n.pos, "baseline", "the baseline scenario '" + text + "' was not found (looked for "
                        + p + "; the path is relative to the experiment file)");
            }
            return p;
        }

        private List<String> metrics(YNode.Map m, List<String> defaults) throws ScenarioException {
            return MetricLists.read(m, knownMetrics, defaults);
        }

        private String primary(YNode.Map m, List<String> metrics) throws ScenarioException {
            YNode n = m.entries.get("primary_metric");
            if (YNode.isNull(n)) {
                return metrics.get(0);
            }
            String name = metricName(n, "primary_metric");
            if (!metrics.contains(name)) {
                throw Binder.error(n.pos, "primary_metric", "'" + name + "' is not one of this experiment's metrics ("
                        + String.join(", ", metrics) + "); add it to metrics or choose one of them");
            }
            return name;
        }

        private String metricName(YNode n, String field) throws ScenarioException {
            return MetricLists.name(n, field, knownMetrics);
        }

        private List<SetEntry> setEntries(YNode.Map m, String prefix, String variant) throws ScenarioException {
            YNode n = m.entries.get("set");
            List<SetEntry> out = new ArrayList<>();
            if (YNode.isNull(n)) {
                return out;
            }
            if (!(n instanceof YNode.Map)) {
                throw Binder.error(n.pos, prefix + "set", "expected a map of dotted scenario paths to values, such as"
                        + " levers.minusma.enabled: true, found " + n.describe());
            }
            YNode.Map s = (YNode.Map) n;
            for (Map.Entry<String, YNode> e : s.entries.entrySet()) {
                String path = e.getKey();
                YNode.Pos at = s.keyPos(path);
                List<String> segs;
                try {
                    segs = Overrides.segments(path);
                } catch (ScenarioException ex) {
                    throw Binder.error(at, prefix + "set." + path, ex.problem());
                }
                out.add(new SetEntry(path, join(segs), at, e.getValue(), variant));
            }
            return out;
        }

        private void unknownKeys(YNode.Map m, List<String> keys, String path) throws ScenarioException {
            for (String k : m.entries.keySet()) {
                if (!keys.contains(k)) {
                    String more = path.isEmpty() && k.contains(".") ? " A scenario setting goes under a variant's set."
                            : "";
                    throw Binder.error(m.keyPos(k), Binder.child(path, k), "unknown key '" + k + "'."
                            + Names.didYouMean(k, keys) + " Valid keys here: " + String.join(", ", keys) + "." + more);
                }
            }
        }

        private String text(YNode.Map m, String key, String field, String def) throws ScenarioException {
            return FileValues.text(m, key, field, def);
        }

        private int whole(YNode.Map m, String key, int def, int min, int max, String why) throws ScenarioException {
            return (int) whole(m, key, (long) def, min, max, why);
        }

        private long whole(YNode.Map m, String key, long def, long min, long max, String why)
                throws ScenarioException {
            return FileValues.whole(m, key, def, min, max, why);
        }
    }

    /** The YAML text of each entry's value, keyed by path, in file order. */
    private static Map<String, String> texts(List<SetEntry> entries) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SetEntry s : entries) {
            out.put(s.path(), flow(s.value()));
        }
        return out;
    }

    private static int depth(String normalPath) {
        try {
            return Overrides.segments(normalPath).size();
        } catch (ScenarioException e) {
            return Integer.MAX_VALUE; // cannot happen: the path was split once already
        }
    }

    /** Segments joined back: {@code a.b[2].c}. */
    private static String join(List<String> segs) {
        StringBuilder b = new StringBuilder();
        for (String s : segs) {
            if (b.length() > 0 && !s.startsWith("[")) {
                b.append('.');
            }
            b.append(s);
        }
        return b.toString();
    }

    static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.(yaml|yml)$", "");
    }

    /** A value as one line of YAML (flow style) that reads back to the same value. */
    static String flow(YNode n) {
        return YamlWriter.flow(n);
    }
}
