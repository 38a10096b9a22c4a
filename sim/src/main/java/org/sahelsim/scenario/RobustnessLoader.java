package org.sahelsim.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a robustness file (the input of {@code robustness}) into a checked {@link Robustness}.
 * The format, in plain words (README, section "robustness"):
 * <pre>
 * name: policy-levers-morris        # default: the file name without .yaml
 * description: ...                  # default: empty
 * experiment: ../policy-levers.yaml # required: an experiment file, relative to this file
 * metric: clashes                   # the metric the variants are ranked on
 *                                   #   (default: the experiment's primary metric)
 * better: lower                     # lower or higher values are better (default lower)
 * variants: [combined, mobile_minusma]  # the variants to rank (default: all of the experiment's)
 * replications: 20                  # runs per variant at each point, at least 2 (default 10; --reps wins)
 * nominal_replications: 200         # runs per variant at the nominal values, the reference ranking
 *                                   # (at least replications; default: replications)
 * seed: 1                           # master seed (default 1; --seed wins)
 * set:                              # settings for the baseline and every variant (optional)
 *   months: 24
 * design: morris                    # and the design's keys, exactly as in a sweep file:
 * trajectories: 10                  #   points, base_samples, trajectories, levels
 * parameters:                       # the uncertain parameters, as in a sweep file
 *   params.beta_rent: {min: 0.5, max: 2}
 * </pre>
 *
 * <p>Rules: the design part is read by {@link SweepLoader} itself, over the experiment's
 * baseline scenario with this file's {@code set} (so a parameter or a design size is checked,
 * and its errors worded, exactly as in a sweep file); the sweep keys that make no sense here
 * ({@code scenario}, {@code metrics}, {@code series}, {@code common_random_numbers},
 * {@code baseline_point}, {@code discovery}) are unknown keys. The experiment is read by
 * {@link ExperimentLoader}; a problem in it is reported at the {@code experiment} key quoting
 * the experiment file's own message. {@code set} is then laid over every variant's resolved
 * scenario. Every problem is a {@link ScenarioException} naming this file, line, column and
 * field.
 */
public final class RobustnessLoader {
    /** The top-level keys of a robustness file, in the documented order. */
    public static final List<String> KEYS = List.of("name", "description", "experiment", "metric", "better",
            "variants", "replications", "nominal_replications", "seed", "set", "design", "points", "base_samples", "trajectories", "levels",
            "parameters", "ensemble");
    /** The keys this file adds to a sweep's. */
    private static final List<String> OWN = List.of("experiment", "metric", "better", "variants", "nominal_replications");

    private RobustnessLoader() {
    }

    /**
     * Whether a YAML file is a robustness file: a map at the top with an {@code experiment} key
     * and a {@code design} or {@code parameters} key (a resolved experiment has an
     * {@code experiment} key but neither of the others). Errors as in reading YAML.
     */
    public static boolean isRobustness(Path file) throws ScenarioException {
        YNode root = YamlReader.readFile(file);
        return root instanceof YNode.Map m && m.entries.containsKey("experiment")
                && (m.entries.containsKey("design") || m.entries.containsKey("parameters"));
    }

    /**
     * Loads and checks a robustness file.
     *
     * @param knownMetrics   the metric names a run records (anything else is an error)
     * @param defaultMetrics the experiment's metrics of interest when it names none
     */
    public static Robustness load(Path file, List<String> knownMetrics, List<String> defaultMetrics)
            throws ScenarioException {
        YNode root = YamlReader.readFile(file);
        if (root == null) {
            throw new ScenarioException(file, 0, 0, "", "the file is empty; a robustness file needs at least"
                    + " experiment, design and parameters");
        }
        if (!(root instanceof YNode.Map)) {
            throw Binder.error(root.pos, "", "a robustness file must be a map of keys and values at the top level,"
                    + " found " + root.describe());
        }
        YNode.Map m = (YNode.Map) root;
        for (String k : m.entries.keySet()) {
            if (!KEYS.contains(k)) {
                throw Binder.error(m.keyPos(k), k, "unknown key '" + k + "'." + Names.didYouMean(k, KEYS)
                        + " Valid keys here: " + String.join(", ", KEYS) + "."
                        + (k.contains(".") ? " A scenario setting goes under set; an uncertain value under parameters."
                        : ""));
            }
        }

        // ---- the experiment ----
        YNode expNode = m.entries.get("experiment");
        if (YNode.isNull(expNode)) {
            throw Binder.error(m.pos, "experiment", "the required key 'experiment' is missing: the experiment file"
                    + " whose variants are ranked, relative to this file (for example experiment: ../policy-levers.yaml)");
        }
        Path expFile = experimentFile(file, expNode);
        Experiment exp;
        try {
            exp = ExperimentLoader.load(expFile, knownMetrics, defaultMetrics);
        } catch (ScenarioException e) {
            throw Binder.error(expNode.pos, "experiment", "the experiment is not valid: " + e.getMessage());
        }

        // ---- the ranking ----
        YNode metricNode = m.entries.get("metric");
        String metric = YNode.isNull(metricNode) ? exp.primaryMetric()
                : MetricLists.name(metricNode, "metric", knownMetrics);
        YNode betterNode = m.entries.get("better");
        Robustness.Better better = Robustness.Better.LOWER;
        if (!YNode.isNull(betterNode)) {
            String t = betterNode instanceof YNode.Scalar ? ((YNode.Scalar) betterNode).text : "";
            better = Robustness.Better.parse(t);
            if (better == null) {
                throw Binder.error(betterNode.pos, "better", "expected lower or higher (which values of the metric"
                        + " are better), found " + betterNode.describe() + "."
                        + Names.didYouMean(t, List.of("lower", "higher")));
            }
        }

        // ---- the design: read as a sweep over the experiment's baseline ----
        YNode.Map sweepRoot = new YNode.Map(m.pos);
        for (Map.Entry<String, YNode> e : m.entries.entrySet()) {
            if (!OWN.contains(e.getKey())) {
                sweepRoot.put(e.getKey(), m.keyPos(e.getKey()), e.getValue());
            }
        }
        YNode baseline = YamlReader.readString(ScenarioWriter.toYaml(exp.baseline()), null);
        // errors of the baseline itself (cannot happen: compare runs it) would point at the experiment key
        sweepRoot.put("scenario", m.keyPos("experiment"), Binder.relocate(baseline, expNode.pos));
        Sweep sweep = SweepLoader.read(file, sweepRoot, knownMetrics, List.of(metric));
        if (sweep.replications() < 2) {
            YNode n = m.entries.get("replications");
            throw Binder.error(n == null ? m.pos : n.pos, "replications", "must be at least 2 (the paired interval of"
                    + " each variant against the baseline needs two replications), was " + sweep.replications());
        }

        // ---- every variant ranked, with this file's settings ----
        List<String> chosen = chosenVariants(m.entries.get("variants"), exp);
        List<Experiment.Variant> variants = new ArrayList<>();
        for (Experiment.Variant v : exp.variants()) {
            if (!chosen.contains(v.name())) {
                continue;
            }
            Scenario s = v.scenario();
            if (!sweep.set().isEmpty()) {
                try {
                    s = ScenarioTemplate.of(s).with(sweep.set());
                } catch (ScenarioException e) {
                    throw Binder.error(m.keyPos("set"), "set", "with the settings of variant " + v.name()
                            + " the scenario is not valid: " + e.getMessage());
                }
            }
            variants.add(new Experiment.Variant(v.name(), v.description(), v.set(), s));
        }
        int nominal = (int) FileValues.whole(m, "nominal_replications", sweep.replications(), sweep.replications(),
                1_000_000, "at least the replications of every point, as the reference ranking");
        Experiment asRun = new Experiment(exp.file(), exp.name(), exp.description(), exp.baselineFile(),
                nominal, sweep.seed(), exp.metrics(), exp.primaryMetric(),
                Math.max(exp.maxReplications(), nominal), exp.set(), variants);
        try {
            return new Robustness(file, sweep.name(), sweep.description(), expFile, asRun, sweep, metric, better);
        } catch (IllegalArgumentException e) {
            throw Binder.error(m.pos, "", e.getMessage());
        }
    }

    /** The baseline and the variants named under {@code variants} (all when absent), in the experiment's order. */
    private static List<String> chosenVariants(YNode n, Experiment exp) throws ScenarioException {
        List<String> all = exp.variantNames();
        if (YNode.isNull(n)) {
            return all;
        }
        List<String> names = all.subList(1, all.size());
        if (!(n instanceof YNode.Seq) || ((YNode.Seq) n).items.isEmpty()) {
            throw Binder.error(n.pos, "variants", "expected a list of at least one of the experiment's variants ("
                    + String.join(", ", names) + "), found " + n.describe());
        }
        List<String> chosen = new ArrayList<>();
        chosen.add(Experiment.BASELINE);
        List<YNode> items = ((YNode.Seq) n).items;
        for (int i = 0; i < items.size(); i++) {
            YNode item = items.get(i);
            String field = "variants[" + i + "]";
            String v = item instanceof YNode.Scalar ? ((YNode.Scalar) item).text : "";
            if (v.equals(Experiment.BASELINE)) {
                throw Binder.error(item.pos, field, "the baseline is always run: every effect is measured against it;"
                        + " list the variants to rank");
            }
            if (!names.contains(v)) {
                throw Binder.error(item.pos, field, "'" + v + "' is not a variant of the experiment "
                        + exp.name() + "." + Names.didYouMean(v, names) + " Its variants: " + String.join(", ", names)
                        + ".");
            }
            if (chosen.contains(v)) {
                throw Binder.error(item.pos, field, "'" + v + "' is listed twice");
            }
            chosen.add(v);
        }
        return chosen;
    }

    private static Path experimentFile(Path file, YNode n) throws ScenarioException {
        if (!(n instanceof YNode.Scalar) || ((YNode.Scalar) n).type != YNode.ScalarType.STR
                || ((YNode.Scalar) n).text.isBlank()) {
            throw Binder.error(n.pos, "experiment", "expected the name of an experiment file such as"
                    + " ../policy-levers.yaml, found " + n.describe());
        }
        String text = ((YNode.Scalar) n).text;
        Path p;
        try {
            p = (file == null ? Path.of(text) : file.resolveSibling(text)).normalize();
        } catch (InvalidPathException e) {
            throw Binder.error(n.pos, "experiment", "'" + text + "' is not a valid file name");
        }
        if (!Files.isRegularFile(p)) {
            throw Binder.error(n.pos, "experiment", "the experiment '" + text + "' was not found (looked for " + p
                    + "; the path is relative to the robustness file)");
        }
        return p;
    }
}
