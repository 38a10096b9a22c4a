package org.sahelsim.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.scenario.Robustness;
import org.sahelsim.format.RobustnessSpec;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.Sweep;

/**
 * Reads a robustness file (the input of {@code robustness}) into a checked {@link Robustness}:
 * the values are bound to a {@link RobustnessSpec} by the binder of scenario files (keys,
 * defaults, ranges, metric names, "did you mean" hints), then checked together here. The
 * format, in plain words (README, section "robustness"; schema
 * {@code scenarios/robustness.schema.json}, generated from {@link RobustnessSpec}):
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
     * @param defaultMetrics the experiment's metrics of interest when it names none
     */
    public static Robustness load(Path file, List<String> defaultMetrics) throws ScenarioException {
        YNode root = YamlReader.readFile(file);
        Binder binder = new Binder();
        RobustnessSpec spec = binder.bindTop(file, root, RobustnessSpec.class, "a robustness file",
                "a robustness file needs at least experiment, design and parameters",
                " A scenario setting goes under set; an uncertain value under parameters.");
        YNode.Map m = (YNode.Map) root;

        // ---- the experiment ----
        YNode.Pos expAt = binder.positions.get("experiment");
        Path expFile = Binder.existingFile(file, "robustness", spec.experiment(), expAt, "experiment", "experiment");
        Experiment exp;
        try {
            exp = ExperimentLoader.load(expFile, defaultMetrics);
        } catch (ScenarioException e) {
            throw Binder.error(expAt, "experiment", "the experiment is not valid: " + e.getMessage());
        }
        String metric = spec.metric().isEmpty() ? exp.primaryMetric() : spec.metric();
        Robustness.Better better = Robustness.Better.valueOf(spec.better().toUpperCase(Locale.ROOT));

        // ---- the design: read as a sweep over the experiment's baseline ----
        YNode.Map sweepRoot = new YNode.Map(m.pos);
        for (Map.Entry<String, YNode> e : m.entries.entrySet()) {
            if (!OWN.contains(e.getKey())) {
                sweepRoot.put(e.getKey(), m.keyPos(e.getKey()), e.getValue());
            }
        }
        YNode baseline = YamlReader.readString(ScenarioWriter.toYaml(exp.baseline()), null);
        // errors of the baseline itself (cannot happen: compare runs it) would point at the experiment key
        sweepRoot.put("scenario", m.keyPos("experiment"), YNode.copy(baseline, expAt));
        Sweep sweep = SweepLoader.read(file, sweepRoot, List.of(metric));

        // ---- every variant ranked, with this file's settings ----
        List<String> chosen = chosenVariants(spec.variants(), binder, exp);
        List<Experiment.Variant> variants = new ArrayList<>();
        for (Experiment.Variant v : exp.variants()) {
            if (!chosen.contains(v.name())) {
                continue;
            }
            Scenario s = v.scenario();
            if (!sweep.set().isEmpty()) {
                try {
                    s = ScenarioLoader.withOverrides(s, sweep.set());
                } catch (ScenarioException e) {
                    throw Binder.error(m.keyPos("set"), "set", "with the settings of variant " + v.name()
                            + " the scenario is not valid: " + e.getMessage());
                }
            }
            variants.add(new Experiment.Variant(v.name(), v.description(), v.set(), s));
        }
        int nominal = spec.nominalReplications() == 0 ? sweep.replications() : spec.nominalReplications();
        if (nominal < sweep.replications()) {
            throw Binder.error(binder.positions.get("nominal_replications"), "nominal_replications", "must be at"
                    + " least replications (" + sweep.replications() + "), the runs of every point, as the reference"
                    + " ranking; was " + nominal);
        }
        Experiment asRun = new Experiment(exp.file(), exp.name(), exp.description(), exp.baselineFile(),
                nominal, sweep.seed(), exp.metrics(), exp.primaryMetric(),
                Math.max(exp.maxReplications(), nominal), exp.set(), variants, null, exp.primaryMetricBetter());
        try {
            return new Robustness(file, sweep.name(), sweep.description(), expFile, asRun, sweep, metric, better);
        } catch (IllegalArgumentException e) {
            throw Binder.error(m.pos, "", e.getMessage());
        }
    }

    /** The baseline and the variants named under {@code variants} (all when none), in the experiment's order. */
    private static List<String> chosenVariants(List<String> listed, Binder binder, Experiment exp)
            throws ScenarioException {
        List<String> all = exp.variantNames();
        if (listed.isEmpty()) {
            if (binder.keyPositions.containsKey("variants")) {
                throw Binder.error(binder.positions.get("variants"), "variants", "needs at least 1 item, has 0");
            }
            return all;
        }
        List<String> names = all.subList(1, all.size());
        List<String> chosen = new ArrayList<>();
        chosen.add(Experiment.BASELINE);
        for (int i = 0; i < listed.size(); i++) {
            String v = listed.get(i);
            String field = "variants[" + i + "]";
            YNode.Pos at = binder.positions.get(field);
            if (v.equals(Experiment.BASELINE)) {
                throw Binder.error(at, field, "the baseline is always run: every effect is measured against it;"
                        + " list the variants to rank");
            }
            if (!names.contains(v)) {
                throw Binder.error(at, field, "'" + v + "' is not a variant of the experiment " + exp.name() + "."
                        + Names.didYouMean(v, names) + " Its variants: " + String.join(", ", names) + ".");
            }
            if (chosen.contains(v)) {
                throw Binder.error(at, field, "'" + v + "' is listed twice");
            }
            chosen.add(v);
        }
        return chosen;
    }
}
