package org.sahelsim.format;

import java.util.List;
import java.util.Map;
import org.sahelsim.format.YNode;
import org.sahelsim.format.ListShorthand;
import org.sahelsim.scenario.Param;
import org.sahelsim.scenario.Replications;
import org.sahelsim.scenario.Sweep;

/**
 * A sweep file as written (the input of {@code sweep}, and of {@code calibrate} over a
 * designed experiment), bound by the {@link Binder} from the annotations below: keys, types,
 * ranges, defaults and closed sets of words, the same annotations the JSON Schema
 * ({@code scenarios/sweep.schema.json}) is generated from. What needs more than one value, or
 * the scenario (a design's sizes, each parameter tried on the scenario, the discovery month,
 * the baseline point, the files named), {@link SweepLoader} checks and resolves into a
 * {@link Sweep}. A key left out is null unless it has a default.
 *
 * @param name                short name of the sweep (null: the file name without .yaml)
 * @param description         what the sweep explores, in plain words
 * @param scenario            the scenario file every design point starts from, relative to this
 *                            file, or the scenario itself as a map (as in a resolved sweep)
 * @param design              the kind of design: factorial, lhs, sobol, morris or ensemble
 * @param points              lhs and ensemble: the number of points
 * @param baseSamples         sobol: N, the rows of the matrices A and B
 * @param trajectories        morris: r, the number of trajectories
 * @param levels              morris: p, the levels of the grid (null: 4)
 * @param replications        runs per design point
 * @param seed                master seed
 * @param commonRandomNumbers whether replication r of every point runs with the same seed
 * @param series              what goes to {@code timeseries.csv}
 * @param metrics             metrics of interest (null: the caller's list)
 * @param set                 fixed scenario values by dotted path, as written
 * @param parameters          the swept values by dotted path, in file order (null for design
 *                            ensemble, which takes them from its file)
 * @param baselinePoint       the id of the point the others are compared with, or null
 * @param discovery           the scenario-discovery question, or null
 * @param patterns            a patterns file measured on every run by {@code calibrate}, or null
 * @param ensemble            design ensemble: the ensemble file its points are drawn from
 * @param compression         how the time series and events are stored: none or gzip
 * @param events              whether events.csv is written
 */
public record SweepSpec(
        @Param(doc = "Short name of the sweep. Default: the file name without .yaml", def = "null") String name,
        @Param(doc = "What the sweep explores, in plain words", def = "''") String description,
        @Param(doc = "The scenario file every design point starts from, relative to this file (for example"
                + " ../baseline-2015.yaml); or the scenario itself as a map (as in a resolved sweep)") YNode scenario,
        @Param(doc = "factorial: every combination of the levels; lhs: Latin hypercube of 'points' points; sobol:"
                + " Saltelli's scheme, base_samples x (k + 2) points, with first-order and total indices; morris:"
                + " trajectories x (k + 1) points, with elementary effects; ensemble: 'points' parameter sets drawn by"
                + " weight from the file 'ensemble' (a calibration's posterior), whose columns are the parameters")
        String design,
        @Param(doc = "lhs and ensemble only: the number of points, for example points: 100", min = 1,
                max = Integer.MAX_VALUE - 1, def = "null") Integer points,
        @Param(doc = "sobol only: N, the rows of the matrices A and B, for example base_samples: 64 (a power of 2 is"
                + " best)", min = 2, max = Integer.MAX_VALUE - 1, def = "null") Integer baseSamples,
        @Param(doc = "morris only: r, the number of trajectories, for example trajectories: 10", min = 2,
                max = Integer.MAX_VALUE - 1, def = "null") Integer trajectories,
        @Param(doc = "morris only: p, the levels of the grid, even (4 to 8 are usual). Default: 4", min = 2,
                max = 1000, def = "null") Integer levels,
        @Param(doc = "Runs per design point (the command line's --reps wins)", min = 1,
                max = Replications.MAX,
                def = "" + Sweep.DEFAULT_REPLICATIONS) int replications,
        @Param(doc = "Master seed: draws the design and every run's seed (the command line's --seed wins); below"
                + " 2^53 so that R and pandas read it exactly", min = 0, max = Sweep.SEED_BOUND - 1, def = "1")
        long seed,
        @Param(doc = "Whether replication r of every design point runs with the same seed (mixed from the master"
                + " seed and r), so that points differ only by their parameters", def = "false")
        boolean commonRandomNumbers,
        @Param(doc = "What goes to timeseries.csv (the command line's --series wins)", def = "none") String series,
        @Param(doc = "Metrics of interest (summary.csv, sensitivity.csv). Default: the eighteen main metrics",
                min = 1, def = "null") List<String> metrics,
        @Param(doc = "Fixed scenario values by dotted path (for example months: 24), applied to the scenario before"
                + " any design point", def = "{}") Map<String, YNode> set,
        @Param(doc = "The swept scenario values by dotted path (levers.minusma.mobile_share, factions.GATIA.fighters,"
                + " params.rationality, levers.minusma.start), in the order of points.csv; required except by design"
                + " ensemble", min = 1, def = "null") Map<String, Parameter> parameters,
        @Param(doc = "The design point the others are compared with in summary.csv (paired by replication), for"
                + " example p0000", def = "null") String baselinePoint,
        @Param(doc = "Scenario discovery: the parameter ranges where the outcome 'metric op threshold at month step'"
                + " holds most often (PRIM), written to discovery.csv", def = "null") Discovery discovery,
        @Param(doc = "A patterns file (relative to this file, for example ../validation/history-patterns.yaml) whose"
                + " patterns 'sahelsim calibrate' measures on every run; 'sahelsim sweep' does not read it",
                def = "null") String patterns,
        @Param(doc = "ensemble only: the ensemble file (particle, weight, then one column per dotted path), relative"
                + " to this file", def = "null") String ensemble,
        @Param(doc = "How timeseries.csv and events.csv are stored: none (plain CSV) or gzip (timeseries.csv.gz and"
                + " events.csv.gz, 6 to 10 times smaller, read directly by pandas, R and zcat); runs.csv stays plain"
                + " (the command line's --compression wins)", def = "none") String compression,
        @Param(doc = "Whether events.csv is written: false leaves it and drivers.csv out, the largest file of a sweep"
                + " that keeps no monthly series (the command line's --events or --no-events wins)", def = "true")
        boolean events) {

    /**
     * One swept parameter as written: a list of values, or a range with an optional step; a
     * list alone ({@code [500, 1000]}) stands for {@code {values: [500, 1000]}}.
     *
     * @param values the values, or null for a range
     * @param min    the lowest value of a range
     * @param max    the highest value of a range, above min
     * @param step   the step of a range, or null for a continuous range
     * @param type   int or double (null: the type of the scenario value it sets)
     */
    @ListShorthand("values")
    public record Parameter(
            @Param(doc = "The values (a list alone is shorthand for {values: [...]})", min = 1, def = "null")
            List<Double> values,
            @Param(doc = "Lowest value of a range", def = "null") Double min,
            @Param(doc = "Highest value of a range (above min)", def = "null") Double max,
            @Param(doc = "Step of a range: the levels min, min + step, ... up to max", def = "null") Double step,
            @Param(doc = "int or double. Default: the type of the scenario value (int for whole numbers and month"
                    + " numbers)", def = "null") String type) {
    }

    /**
     * A scenario-discovery question as written.
     *
     * @param metric    the metric looked at
     * @param op        the comparison: {@code <}, {@code <=}, {@code >}, {@code >=} or lt, le, gt, ge
     * @param threshold the threshold
     * @param step      the month looked at (null: the last month)
     * @param minShare  the smallest box, as a share of the design points
     */
    public record Discovery(
            @Param(doc = "The metric looked at") String metric,
            @Param(doc = "The comparison (quote it in YAML: \"<\"; a bare > starts a text block)") String op,
            @Param(doc = "The threshold, in the metric's unit") double threshold,
            @Param(doc = "The month looked at. Default: the last month (the value as runs.csv holds it)", min = 0,
                    def = "null") Integer step,
            @Param(doc = "The smallest box, as a share of the design points (more than 0)", unit = "share", max = 1,
                    def = "" + Sweep.Discovery.DEFAULT_MIN_SHARE) double minShare) {
    }
}
