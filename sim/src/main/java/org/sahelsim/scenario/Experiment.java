package org.sahelsim.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A comparison, resolved: the baseline scenario and each variant's scenario (the baseline with
 * the variant's settings applied), the metrics of interest, the replications and the master
 * seed. Read from an experiment file by {@code format.ExperimentLoader}; written back, as run, by
 * {@code format.ExperimentWriter}. The variants are in file order with the baseline first, named
 * {@value #BASELINE}.
 *
 * @param file            the experiment file (null when not read from a file)
 * @param name            short name of the experiment
 * @param description     what it compares, in plain words
 * @param baselineFile    the baseline scenario file, as resolved against the experiment file
 * @param replications    replications per variant (at least 2, for paired statistics)
 * @param seed            master seed: replication r of every variant runs with seed
 *                        {@code Seeds.forRun(seed, r)} (common random numbers)
 * @param metrics         metrics of interest, in file order (summary rows and printed table)
 * @param primaryMetric   the metric whose paired differences {@code --ci-width} watches
 * @param maxReplications the most replications per variant {@code --ci-width} may run
 * @param set             settings applied to the baseline and every variant, path to YAML text
 * @param variants        the baseline, then the variants in file order
 * @param ensemble        the parameter sets replication r of every variant draws from (the key
 *                        {@code ensemble} or {@code compare --ensemble}), or null: every
 *                        replication runs the scenarios as they are
 * @param primaryMetricBetter which direction of the primary metric is better, {@code lower} or
 *                        {@code higher}, so that the report can rank the variants and name the
 *                        best; empty when the experiment does not say (the report then ranks by
 *                        effect and names no best)
 */
public record Experiment(Path file, String name, String description, Path baselineFile, int replications, long seed,
                         List<String> metrics, String primaryMetric, int maxReplications, Map<String, String> set,
                         List<Variant> variants, Ensemble ensemble, String primaryMetricBetter) {
    /** Variant names: appear in run ids, file names and column values. */
    public static final java.util.regex.Pattern VARIANT_NAME =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");
    /** The reserved name of the baseline variant. */
    public static final String BASELINE = "baseline";
    /** Seeds are below 2^53, so that R and pandas read them exactly. */
    public static final long SEED_BOUND = 1L << 53;
    /** Default replications per variant. */
    public static final int DEFAULT_REPLICATIONS = 200;
    /** Default cap of {@code --ci-width}. */
    public static final int DEFAULT_MAX_REPLICATIONS = 2000;
    /** The values of {@code primary_metric_better}. */
    public static final List<String> BETTER = List.of("lower", "higher");

    /**
     * One variant: its name, description, its own settings (dotted scenario path to the YAML
     * text of the value, as written) and the resolved scenario it runs.
     */
    public record Variant(String name, String description, Map<String, String> set, Scenario scenario) {
        public Variant {
            if (name == null || !VARIANT_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("variant name '" + name + "' must start with a letter or digit and "
                        + "hold only letters, digits, '_', '-' and '.' (at most 64 characters)");
            }
            set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
            if (scenario == null) {
                throw new IllegalArgumentException("variant '" + name + "' has no scenario");
            }
        }
    }

    /** An experiment without an ensemble. */
    public Experiment(Path file, String name, String description, Path baselineFile, int replications, long seed,
                      List<String> metrics, String primaryMetric, int maxReplications, Map<String, String> set,
                      List<Variant> variants) {
        this(file, name, description, baselineFile, replications, seed, metrics, primaryMetric, maxReplications, set,
                variants, null, "");
    }

    /** An experiment that does not say which direction of its primary metric is better. */
    public Experiment(Path file, String name, String description, Path baselineFile, int replications, long seed,
                      List<String> metrics, String primaryMetric, int maxReplications, Map<String, String> set,
                      List<Variant> variants, Ensemble ensemble) {
        this(file, name, description, baselineFile, replications, seed, metrics, primaryMetric, maxReplications, set,
                variants, ensemble, "");
    }

    public Experiment {
        primaryMetricBetter = primaryMetricBetter == null ? "" : primaryMetricBetter;
        if (!primaryMetricBetter.isEmpty() && !BETTER.contains(primaryMetricBetter)) {
            throw new IllegalArgumentException("primary_metric_better must be one of " + BETTER + ", was '"
                    + primaryMetricBetter + "'");
        }
        if (replications < 2 || replications > Replications.MAX) {
            throw new IllegalArgumentException("replications must be between 2 and " + Replications.MAX
                    + ", was " + replications);
        }
        if (maxReplications < 2 || maxReplications > Replications.MAX) {
            throw new IllegalArgumentException("max_replications must be between 2 and " + Replications.MAX
                    + ", was " + maxReplications);
        }
        if (seed < 0 || seed >= SEED_BOUND) {
            throw new IllegalArgumentException("seed must be in [0, 2^53), was " + seed);
        }
        metrics = List.copyOf(metrics);
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("an experiment needs at least one metric of interest");
        }
        if (!metrics.contains(primaryMetric)) {
            throw new IllegalArgumentException("primary metric '" + primaryMetric + "' is not among the metrics "
                    + metrics);
        }
        set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
        variants = List.copyOf(variants);
        if (variants.size() < 2 || !variants.get(0).name().equals(BASELINE)) {
            throw new IllegalArgumentException("an experiment needs the baseline first and at least one variant");
        }
        Set<String> seen = new HashSet<>();
        for (Variant v : variants) {
            if (!seen.add(v.name())) {
                throw new IllegalArgumentException("two variants are named '" + v.name() + "'");
            }
        }
    }

    /** The variant names, the baseline first. */
    public List<String> variantNames() {
        return variants.stream().map(Variant::name).toList();
    }

    /** The baseline's resolved scenario. */
    public Scenario baseline() {
        return variants.get(0).scenario();
    }

    /** The variant of that name, or null. */
    public Variant variant(String variantName) {
        return variants.stream().filter(v -> v.name().equals(variantName)).findFirst().orElse(null);
    }

    /** The resolved scenario of a variant by name, or null when there is no such variant. */
    public Scenario scenarioOf(String variantName) {
        Variant v = variant(variantName);
        return v == null ? null : v.scenario();
    }

    /** The same experiment with another number of replications (the command line's {@code --reps}). */
    public Experiment withReplications(int reps) {
        return new Experiment(file, name, description, baselineFile, reps, seed, metrics, primaryMetric,
                maxReplications, set, variants, ensemble, primaryMetricBetter);
    }

    /** The same experiment with another master seed (the command line's {@code --seed}). */
    public Experiment withSeed(long masterSeed) {
        return new Experiment(file, name, description, baselineFile, replications, masterSeed, metrics,
                primaryMetric, maxReplications, set, variants, ensemble, primaryMetricBetter);
    }

    /** The same experiment over an ensemble of parameter sets (the command line's {@code --ensemble}). */
    public Experiment withEnsemble(Ensemble e) {
        return new Experiment(file, name, description, baselineFile, replications, seed, metrics, primaryMetric,
                maxReplications, set, variants, e, primaryMetricBetter);
    }

    /**
     * The ensemble a variant runs over: every path of the ensemble except those the
     * experiment's {@code set} or the variant's own {@code set} give a value (a variant's
     * decision, such as a knock-out's weight of 0, is explicit and wins); the same sets and
     * weights, so replication r of every variant draws the same set.
     */
    public Ensemble ensembleFor(Variant v) {
        java.util.Set<String> own = new java.util.HashSet<>(set.keySet());
        own.addAll(v.set().keySet());
        return ensemble.without(own);
    }
}
