package org.sahelsim.format;

import java.util.List;
import java.util.Map;
import org.sahelsim.format.YNode;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.scenario.Param;
import org.sahelsim.scenario.Replications;

/**
 * An experiment file as written (the input of {@code compare}): a baseline scenario file and
 * named variants, each the baseline with some scenario values set by dotted path, compared on
 * common random numbers. Bound by {@link Binder} (keys, defaults, ranges, metric names);
 * {@link ExperimentLoader} checks what needs more than one value and resolves it into an
 * {@link Experiment}. The JSON Schema {@code scenarios/experiment.schema.json} is generated
 * from this record.
 *
 * @param name            short name of the experiment; empty: the file name without .yaml
 * @param description     what the experiment compares, in plain words
 * @param baseline        the baseline scenario file, relative to this file
 * @param replications    replications per variant (the command line's {@code --reps} wins)
 * @param seed            master seed (the command line's {@code --seed} wins), below 2^53
 * @param metrics         metrics of interest, each once; null: the caller's list
 * @param primaryMetricBetter lower or higher: which direction of the primary metric is better;
 *                        empty: not said
 * @param primaryMetric   the metric {@code --ci-width} watches, one of {@code metrics}; empty:
 *                        the first of them
 * @param maxReplications the cap of {@code --ci-width}, at least {@code replications} (when
 *                        not given: 2000, or {@code replications} when more)
 * @param set             scenario values for the baseline and every variant, by dotted path,
 *                        each kept as written (its type depends on the path)
 * @param variants        the variants by name, in file order; 'baseline' is reserved
 * @param ensemble        a file of weighted parameter sets, relative to this file; empty: none
 */
public record ExperimentSpec(
        @Param(doc = "Short name of the experiment. Default: the file name without .yaml", def = "''") String name,
        @Param(doc = "What the experiment compares, in plain words", def = "''") String description,
        @Param(doc = "The baseline scenario file, relative to this file (for example baseline-2015.yaml)")
        String baseline,
        @Param(doc = "Replications per variant (the command line's --reps wins). Replication r of every variant runs"
                + " with the same seed; paired statistics need at least 2", min = 2, max = Replications.MAX,
                def = "" + Experiment.DEFAULT_REPLICATIONS) int replications,
        @Param(doc = "Master seed (the command line's --seed wins), below 2^53 so that R and pandas read it exactly",
                min = 0, max = Experiment.SEED_BOUND - 1, def = "1") long seed,
        @Param(doc = "Metrics of interest, each once, in the order of summary.csv and of the printed table. Default:"
                + " the eighteen main metrics", min = 1, def = "null") List<String> metrics,
        @Param(doc = "The metric whose paired differences --ci-width watches; one of metrics. Default: the first of"
                + " metrics", def = "''") String primaryMetric,
        @Param(doc = "Which direction of the primary metric is better: lower or higher. The report then ranks the"
                + " variants in that direction and names the best; without it, it ranks them by effect and names"
                + " none", def = "''") String primaryMetricBetter,
        @Param(doc = "The most replications per variant --ci-width may run; at least replications. Default: 2000, or"
                + " replications when more", min = 2, max = Replications.MAX,
                def = "" + Experiment.DEFAULT_MAX_REPLICATIONS) int maxReplications,
        @Param(doc = "Scenario values set for the baseline and every variant, by dotted path (for example months: 36)",
                def = "{}") Map<String, YNode> set,
        @Param(doc = "The variants, in the order of the outputs; each is the baseline with its own settings. The name"
                + " 'baseline' is reserved", min = 1) Map<String, Variant> variants,
        @Param(doc = "A file of weighted parameter sets (a calibration's posterior.csv), relative to this file:"
                + " replication r of every variant runs the set drawn by weight from (seed, r); a value the"
                + " experiment's or a variant's set gives wins. The command line's --ensemble wins", def = "''")
        String ensemble) {

    /**
     * One variant as written.
     *
     * @param description what the variant changes
     * @param set         its scenario values by dotted path, each kept as written; they win over
     *                    the top-level set
     */
    public record Variant(
            @Param(doc = "What the variant changes", def = "''") String description,
            @Param(doc = "Scenario values of this variant by dotted path (for example levers.minusma.enabled: true);"
                    + " they win over the top-level set", def = "{}") Map<String, YNode> set) {
    }
}
