package org.sahelsim.format;

import java.util.List;
import java.util.Map;
import org.sahelsim.format.YNode;
import org.sahelsim.scenario.Param;
import org.sahelsim.scenario.Replications;
import org.sahelsim.scenario.Sweep;

/**
 * A robustness file as written (the input of {@code robustness}): an experiment whose variants
 * are ranked on a metric, and a design over uncertain parameters written exactly as in a sweep
 * file. Bound by {@link Binder} (keys, defaults, ranges, metric names); {@link RobustnessLoader}
 * checks what needs more than one value, reads the design part with {@link SweepLoader} and
 * resolves it all into a {@link Robustness}. The JSON Schema
 * {@code scenarios/robustness.schema.json} is generated from this record.
 *
 * @param name                short name of the analysis; empty: the file name without .yaml
 * @param description         what it asks, in plain words
 * @param experiment          the experiment file whose variants are ranked, relative to this file
 * @param metric              the metric the variants are ranked on; empty: the experiment's
 *                            primary metric
 * @param better              whether lower or higher values of the metric are better
 * @param variants            the variants to rank; empty: all of the experiment's
 * @param replications        runs per variant at each design point
 * @param nominalReplications runs per variant at the nominal values, the reference ranking; 0:
 *                            {@code replications}
 * @param seed                master seed
 * @param set                 scenario values for the baseline and every variant, by dotted path
 * @param design              the design, as in a sweep file (read by {@link SweepLoader})
 * @param points              the design's number of points, as in a sweep file
 * @param baseSamples         a Sobol design's N, as in a sweep file
 * @param trajectories        a Morris design's r, as in a sweep file
 * @param levels              a Morris design's grid levels, as in a sweep file
 * @param parameters          the uncertain parameters, as in a sweep file
 * @param ensemble            an ensemble design's file of parameter sets, as in a sweep file
 */
public record RobustnessSpec(
        @Param(doc = "Short name of the analysis. Default: the file name without .yaml", def = "''") String name,
        @Param(doc = "What the analysis asks, in plain words", def = "''") String description,
        @Param(doc = "The experiment file whose variants are ranked, relative to this file (for example"
                + " ../policy-levers.yaml)") String experiment,
        @Param(doc = "The metric the variants are ranked on. Default: the experiment's primary metric", def = "''")
        String metric,
        @Param(doc = "Whether lower or higher values of the metric are better", def = "lower") String better,
        @Param(doc = "The variants to rank, each once; the baseline is always run. Default: all of the experiment's",
                def = "[]") List<String> variants,
        @Param(doc = "Runs per variant at each design point (the command line's --reps wins); the paired interval of"
                + " each variant against the baseline needs at least 2; at most as in a sweep file", min = 2,
                max = Replications.MAX, def = "" + Sweep.DEFAULT_REPLICATIONS) int replications,
        @Param(doc = "Runs per variant at the nominal values, the reference ranking; at least replications. Default"
                + " (or 0): replications", min = 0, max = Replications.MAX,
                def = "0") int nominalReplications,
        @Param(doc = "Master seed: draws the design and every run's seed (the command line's --seed wins)", min = 0,
                max = Sweep.SEED_BOUND - 1, def = "1") long seed,
        @Param(doc = "Scenario values set for the baseline and every variant, by dotted path (for example months: 24)",
                def = "{}") Map<String, YNode> set,
        @Param(doc = "The design, as in a sweep file: factorial, lhs, sobol, morris or ensemble", def = "null")
        String design,
        @Param(doc = "The number of points of an lhs or ensemble design, as in a sweep file", min = 1,
                max = Integer.MAX_VALUE - 1, def = "null") Integer points,
        @Param(doc = "N of a sobol design, as in a sweep file", min = 2, max = Integer.MAX_VALUE - 1, def = "null")
        Integer baseSamples,
        @Param(doc = "r, the trajectories of a morris design, as in a sweep file", min = 2, max = Integer.MAX_VALUE - 1,
                def = "null") Integer trajectories,
        @Param(doc = "The grid levels of a morris design, even, as in a sweep file", min = 2, max = 1000, def = "null")
        Integer levels,
        @Param(doc = "The uncertain parameters by dotted scenario path, as in a sweep file (a list of values, or min,"
                + " max, step, type)", min = 1, def = "null") Map<String, SweepSpec.Parameter> parameters,
        @Param(doc = "The file of parameter sets of an ensemble design, relative to this file, as in a sweep file",
                def = "null") String ensemble) {
}
