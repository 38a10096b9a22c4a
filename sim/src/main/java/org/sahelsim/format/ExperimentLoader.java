package org.sahelsim.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.format.ExperimentSpec;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;

/**
 * Reads an experiment file (the input of {@code compare}) into a checked {@link Experiment}:
 * the values are bound to an {@link ExperimentSpec} by the binder of scenario files (keys,
 * defaults, ranges, metric names, "did you mean" hints), then checked together here. The
 * format, in plain words (README, section "compare"; schema
 * {@code scenarios/experiment.schema.json}, generated from {@link ExperimentSpec}):
 * <pre>
 * name: policy-levers                 # default: the file name without .yaml
 * description: ...                    # default: empty
 * baseline: baseline-2015.yaml        # required: scenario file, relative to this file
 * replications: 200                   # per variant, at least 2 (default 200)
 * seed: 1                             # master seed, 0 to 2^53 - 1 (default 1)
 * metrics: [clashes, fatalities]      # metrics of interest (default: the caller's list)
 * primary_metric: clashes             # one of metrics, for --ci-width (default: the first)
 * primary_metric_better: lower        # lower or higher: the report ranks the variants and names the best
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
 * Each variant's scenario is the baseline file ({@code extends} applied, bound once) with the
 * top-level {@code set} and then the variant's own {@code set} set on its records as typed
 * edits by the rules of scenario overrides ({@link Overrides}, {@link TypedEdits}: a path must
 * exist, values replace, each bound and range-checked as in a file; a path in both, the
 * variant's value wins; shorter paths first, then alphabetically), then checked exactly as a
 * scenario file. The baseline variant gets the top-level {@code set} only.
 *
 * <p>Every problem is a {@link ScenarioException} naming the experiment file, line, column and
 * field: a value set by the experiment is reported at its line in the experiment file with
 * the field {@code variants.<name>.set.<path>} (or {@code set.<path>}); a problem that shows
 * elsewhere once a variant's settings apply (say a lever's start outside a shortened run) is
 * reported at the variant's name, quoting the original message; a problem of the baseline
 * file itself at the {@code baseline} key, quoting the baseline file's own message.
 */
public final class ExperimentLoader {

    /** Whether an experiment file names an ensemble (its key {@code ensemble} has a value). */
    public static boolean hasEnsemble(Path file) throws ScenarioException {
        YNode root = YamlReader.readFile(file);
        return root instanceof YNode.Map m && !YNode.isNull(m.entries.get("ensemble"));
    }

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
        if (!(YamlReader.readFile(file) instanceof YNode.Map m)) {
            return FileKind.SCENARIO;
        }
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
     * @param defaultMetrics the metrics of interest when the file names none
     */
    public static Experiment load(Path file, List<String> defaultMetrics) throws ScenarioException {
        Binder binder = new Binder();
        ExperimentSpec spec = binder.bindTop(file, YamlReader.readFile(file), ExperimentSpec.class,
                "an experiment file", "an experiment needs at least baseline and variants",
                " A scenario setting goes under a variant's set.");
        return new Reader(file, binder).read(spec, defaultMetrics);
    }

    /**
     * The variants of a resolved experiment ({@code scenario.resolved.yaml} written by
     * {@code compare}): variant name to its scenario, in file order, each bound and checked
     * as a scenario file.
     */
    public static Map<String, Scenario> readResolved(Path file) throws ScenarioException {
        if (!(YamlReader.readFile(file) instanceof YNode.Map m)) {
            throw new ScenarioException(file, 0, 0, "", "not a resolved experiment: expected a map with the keys "
                    + String.join(", ", RESOLVED_KEYS));
        }
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
            if (n == null || at(n.pos, line, column)) {
                return n != null;
            }
            if (n instanceof YNode.Seq q) {
                return q.items.stream().anyMatch(i -> covers(i, line, column));
            }
            return n instanceof YNode.Map m && m.entries.keySet().stream()
                    .anyMatch(k -> at(m.keyPos(k), line, column) || covers(m.entries.get(k), line, column));
        }

        private static boolean at(YNode.Pos p, int line, int column) {
            return p.line() == line && p.column() == column;
        }
    }

    /** The reading of one file: its bound values and where each was written. */
    private static final class Reader {
        private final Path file;
        private final Binder binder;

        Reader(Path file, Binder binder) {
            this.file = file;
            this.binder = binder;
        }

        /** Whether the file gives the key at {@code path} a value. */
        private boolean given(String path) {
            return binder.keyPositions.containsKey(path);
        }

        Experiment read(ExperimentSpec spec, List<String> defaultMetrics) throws ScenarioException {
            String name = given("name") ? spec.name() : baseName(file);
            YNode.Pos baselineAt = binder.positions.get("baseline");
            Path baselineFile = Binder.existingFile(file, "experiment", spec.baseline(), baselineAt, "baseline",
                    "baseline scenario");
            List<String> metrics = MetricLists.of(spec.metrics(), defaultMetrics, binder);
            String primary = spec.primaryMetric().isEmpty() ? metrics.get(0) : spec.primaryMetric();
            if (!metrics.contains(primary)) {
                throw Binder.error(binder.positions.get("primary_metric"), "primary_metric", "'" + primary + "' is not one of this"
                        + " experiment's metrics (" + String.join(", ", metrics) + "); add it to metrics or choose"
                        + " one of them");
            }
            int replications = spec.replications();
            int maxReps = given("max_replications") ? spec.maxReplications()
                    : Math.max(spec.maxReplications(), replications);
            if (maxReps < replications) {
                throw Binder.error(binder.positions.get("max_replications"), "max_replications", "must be at least"
                        + " replications (" + replications + "), was " + maxReps);
            }
            List<SetEntry> common = setEntries(spec.set(), "", null);

            YNode.Map baseTree;
            try {
                baseTree = ScenarioLoader.tree(baselineFile);
            } catch (ScenarioException e) {
                throw Binder.error(baselineAt, "baseline", "the baseline scenario is not valid: " + e.getMessage());
            }
            Binder baseBinder = new Binder();
            Scenario unchecked;
            try {
                unchecked = ScenarioLoader.bindUnchecked(baseTree, baseBinder);
            } catch (ScenarioException e) {
                throw place(e, List.of(), baselineAt, "baseline", "the baseline scenario is not valid: ");
            }
            List<Experiment.Variant> variants = new ArrayList<>();
            Scenario base = build(unchecked, baseBinder, common, List.of(), baselineAt, "baseline",
                    "the baseline scenario is not valid: ");
            variants.add(new Experiment.Variant(Experiment.BASELINE, "the baseline scenario, " + base.name(),
                    Map.of(), base));
            for (Map.Entry<String, ExperimentSpec.Variant> e : spec.variants().entrySet()) {
                String v = e.getKey();
                String field = "variants." + v;
                YNode.Pos at = binder.keyPositions.get(field);
                if (v.equalsIgnoreCase(Experiment.BASELINE)) {
                    throw Binder.error(at, field, "the name '" + v + "' is reserved for the baseline scenario, which"
                            + " every comparison includes; give this variant another name");
                }
                if (!Experiment.VARIANT_NAME.matcher(v).matches()) {
                    throw Binder.error(at, field, "a variant name must start with a letter or digit and hold only"
                            + " letters, digits, '_', '-' and '.' (at most 64 characters), was '" + v + "'");
                }
                List<SetEntry> own = setEntries(e.getValue().set(), field + ".", v);
                Scenario s = build(unchecked, baseBinder, common, own, at, field,
                        "with this variant's settings the scenario is not valid: ");
                variants.add(new Experiment.Variant(v, e.getValue().description(), texts(own), s));
            }
            return new Experiment(file, name, spec.description(), baselineFile, replications, spec.seed(), metrics,
                    primary, maxReps, texts(common), variants, ensemble(spec.ensemble(), base),
                    spec.primaryMetricBetter());
        }

        /** The key {@code ensemble}: a file of parameter sets, relative to this file, checked against the baseline. */
        private Ensemble ensemble(String text, Scenario base) throws ScenarioException {
            if (!given("ensemble")) {
                return null;
            }
            YNode.Pos n = binder.positions.get("ensemble");
            if (text.isBlank()) {
                throw Binder.error(n, "ensemble", "expected the path of an ensemble file (such as"
                        + " ../scenarios/calibration/history-2012-2015-posterior.csv), relative to this file");
            }
            try {
                return EnsembleLoader.load(file.resolveSibling(text).normalize(), base);
            } catch (ScenarioException e) {
                throw Binder.error(n, "ensemble", "the ensemble file is not valid: " + e.getMessage());
            }
        }

        /**
         * The baseline (bound, not yet checked; {@code where} its values were written) with the
         * settings set as typed edits, then checked; errors placed in this file.
         */
        private Scenario build(Scenario unchecked, Binder where, List<SetEntry> common, List<SetEntry> own,
                               YNode.Pos at, String field, String intro) throws ScenarioException {
            // the same path in both: the variant's own value wins
            Map<String, SetEntry> merged = new LinkedHashMap<>();
            Stream.concat(common.stream(), own.stream()).forEach(s -> merged.put(s.normalPath(), s));
            Map<String, SetEntry> byPath = new LinkedHashMap<>();
            merged.values().forEach(s -> byPath.put(s.path(), s));
            // the order of scenario overrides: shorter paths first, then alphabetically
            List<SetEntry> ordered = Overrides.ordered(byPath).stream().map(Map.Entry::getValue).toList();
            TypedEdits edits = new TypedEdits(unchecked, where.copy());
            for (SetEntry s : ordered) {
                try {
                    edits.set(s.path(), YNode.copy(s.value()), s.keyPos());
                } catch (ScenarioException e) {
                    if (e.file() == null) { // a path the scenario does not have
                        throw Binder.error(s.keyPos(), s.field(), e.problem());
                    }
                    throw place(e, ordered, at, field, intro);
                }
            }
            try {
                return edits.result();
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

        /** The entries of a {@code set} map, with the place of each key; a path that does not parse is an error. */
        private List<SetEntry> setEntries(Map<String, YNode> set, String prefix, String variant)
                throws ScenarioException {
            List<SetEntry> out = new ArrayList<>();
            for (Map.Entry<String, YNode> e : set.entrySet()) {
                String path = e.getKey();
                YNode.Pos at = binder.keyPositions.get(prefix + "set." + path);
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
    }

    /** The YAML text of each entry's value, keyed by path, in file order. */
    private static Map<String, String> texts(List<SetEntry> entries) {
        return entries.stream().collect(Collectors.toMap(SetEntry::path, s -> YamlWriter.flow(s.value()),
                (a, b) -> b, LinkedHashMap::new));
    }

    /** Segments joined back: {@code a.b[2].c}. */
    private static String join(List<String> segs) {
        return String.join(".", segs).replace(".[", "[");
    }

    static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.(yaml|yml)$", "");
    }
}
