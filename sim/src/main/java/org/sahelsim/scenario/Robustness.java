package org.sahelsim.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A robustness analysis, resolved: an experiment (the baseline and its variants, the levers),
 * a design over uncertain parameters read exactly as a sweep's, the metric the variants are
 * ranked on and which direction is better. Read by {@code format.RobustnessLoader}; run by
 * {@code org.sahelsim.robustness.RobustnessJob}.
 *
 * <p>How the parts fit: every run of design point p is variant v's resolved scenario (the
 * baseline with the experiment's settings and v's own, as {@code compare} runs it, then this
 * file's {@code set}) with the point's parameter values laid on top. The experiment's own
 * {@code replications} and {@code seed} are not used: both come from this file (and the
 * command line), so {@link #experiment()} carries them: its replications are the nominal
 * replications ({@code nominal_replications}, by default the points' {@code replications}).
 *
 * @param file           the robustness file (null when not read from a file)
 * @param name           short name of the analysis
 * @param description    what it asks, in plain words
 * @param experimentFile the experiment file named by {@code experiment:}
 * @param experiment     the experiment, with this file's {@code set} applied to every variant,
 *                       and this file's replications and seed
 * @param sweep          the design part: parameters, design, sizes, replications per point,
 *                       master seed; its scenario is the experiment's baseline with {@code set}
 * @param metric         the metric the variants are ranked on
 * @param better         whether a lower or a higher value of the metric is better
 */
public record Robustness(Path file, String name, String description, Path experimentFile, Experiment experiment,
                         Sweep sweep, String metric, Better better) {

    /** Which direction of the metric is better. */
    public enum Better {
        /** Lower values are better (clashes, fatalities). */
        LOWER,
        /** Higher values are better (signatory cohesion). */
        HIGHER;

        /** The words in the file. */
        public static final List<String> LABELS = List.of("lower", "higher");

        /** The word in the file. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Robustness {
        if (experiment == null || sweep == null) {
            throw new IllegalArgumentException("a robustness analysis needs an experiment and a design");
        }
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("a robustness analysis needs a metric to rank the variants on");
        }
        if (better == null) {
            throw new IllegalArgumentException("better must be lower or higher");
        }
        if (sweep.replications() < 2) {
            throw new IllegalArgumentException("replications must be at least 2 (paired intervals), was "
                    + sweep.replications());
        }
        if (experiment.replications() < sweep.replications() || experiment.seed() != sweep.seed()) {
            throw new IllegalArgumentException("the experiment's seed must be the analysis's, and its replications (the"
                    + " nominal replications, " + experiment.replications() + ") at least those of every point ("
                    + sweep.replications() + ")");
        }
    }

    /** Replications per variant at every design point. */
    public int replications() {
        return sweep.replications();
    }

    /**
     * Replications per variant at the nominal values ({@code nominal_replications}, at least
     * {@link #replications()}; by default equal to it): the reference ranking every point is
     * compared with, so it may be given more replications than each point.
     */
    public int nominalReplications() {
        return experiment.replications();
    }

    /** The master seed: draws the design and every run's seed. */
    public long seed() {
        return sweep.seed();
    }

    /** The variant names, the baseline first. */
    public List<String> variantNames() {
        return experiment.variantNames();
    }

    /** This file's settings applied to every variant (dotted path to YAML text). */
    public Map<String, String> set() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(sweep.set()));
    }

    /** The same analysis with another number of replications ({@code --reps}). */
    public Robustness withReplications(int reps) {
        // the nominal values keep their own number when the file gave more, else follow
        int nominal = nominalReplications() > replications() ? Math.max(reps, nominalReplications()) : reps;
        return new Robustness(file, name, description, experimentFile, experiment.withReplications(nominal),
                sweep.withReplications(reps), metric, better);
    }

    /** The same analysis with another master seed ({@code --seed}). */
    public Robustness withSeed(long masterSeed) {
        return new Robustness(file, name, description, experimentFile, experiment.withSeed(masterSeed),
                sweep.withSeed(masterSeed), metric, better);
    }
}
