package org.sahelsim.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parameter sweep, resolved: the base scenario (the sweep file's {@code scenario} with its
 * {@code set} applied), the design and its size, the swept parameters, replications, master
 * seed, what goes to the time series, the metrics of interest, and optionally the point the
 * others are compared with and a scenario-discovery question. Read by {@code format.SweepLoader}
 * (which checks everything and reports bad input at the file's line); written back as run by
 * {@code format.SweepWriter}. The designs themselves are built from this by the runner
 * ({@code org.sahelsim.analysis}), which this package does not depend on.
 *
 * @param file                the sweep file (null when not read from a file)
 * @param name                short name of the sweep
 * @param description         what it explores, in plain words
 * @param scenarioFile        the scenario file named by {@code scenario:} (null when the
 *                            scenario was written inline, as in a resolved sweep)
 * @param scenario            the base scenario every design point starts from
 * @param set                 the sweep's fixed settings (dotted path to YAML text), already
 *                            applied to {@code scenario}; kept for the record
 * @param design              the kind of design
 * @param points              Latin hypercube: the number of points (0 for other designs)
 * @param baseSamples         Sobol: N, rows of the matrices A and B (0 for other designs)
 * @param trajectories        Morris: r, the number of trajectories (0 for other designs)
 * @param levels              Morris: p, the grid levels, even (0 for other designs)
 * @param replications        runs per design point
 * @param seed                master seed: draws the design and each run's seed
 * @param commonRandomNumbers whether replication r of every point runs with the same seed
 * @param series              what goes to {@code timeseries.csv}: {@code monthly},
 *                            {@code yearly} or {@code none}
 * @param metrics             metrics of interest (summary, sensitivity), in file order
 * @param parameters          the swept parameters, in file order
 * @param baselinePoint       the id of the point the others are compared with, or null
 * @param discovery           the scenario-discovery question, or null
 * @param patterns            the patterns file named by {@code patterns:} (resolved against the sweep
 *                            file), whose patterns {@code calibrate} measures on every run; null when
 *                            none (a plain {@code sweep} does not read it)
 * @param ensemble            for design {@code ensemble}, the ensemble file its points are drawn
 *                            from (resolved against the sweep file); null for the other designs
 * @param compression         how {@code timeseries.csv} and {@code events.csv} are stored:
 *                            {@code none} (plain CSV) or {@code gzip} ({@code .csv.gz})
 * @param events              whether {@code events.csv} is written
 */
public record Sweep(Path file, String name, String description, Path scenarioFile, Scenario scenario,
                    Map<String, String> set, DesignKind design, int points, int baseSamples, int trajectories,
                    int levels, int replications, long seed, boolean commonRandomNumbers, String series,
                    List<String> metrics, List<Parameter> parameters, String baselinePoint, Discovery discovery,
                    Path patterns, Path ensemble, String compression, boolean events) {

    /** A sweep whose tables are plain CSV with events. */
    public Sweep(Path file, String name, String description, Path scenarioFile, Scenario scenario,
                 Map<String, String> set, DesignKind design, int points, int baseSamples, int trajectories,
                 int levels, int replications, long seed, boolean commonRandomNumbers, String series,
                 List<String> metrics, List<Parameter> parameters, String baselinePoint, Discovery discovery,
                 Path patterns, Path ensemble) {
        this(file, name, description, scenarioFile, scenario, set, design, points, baseSamples, trajectories, levels,
                replications, seed, commonRandomNumbers, series, metrics, parameters, baselinePoint, discovery,
                patterns, ensemble, COMPRESSIONS.get(0), true);
    }

    /** A sweep of a design other than {@code ensemble}. */
    public Sweep(Path file, String name, String description, Path scenarioFile, Scenario scenario,
                 Map<String, String> set, DesignKind design, int points, int baseSamples, int trajectories,
                 int levels, int replications, long seed, boolean commonRandomNumbers, String series,
                 List<String> metrics, List<Parameter> parameters, String baselinePoint, Discovery discovery,
                 Path patterns) {
        this(file, name, description, scenarioFile, scenario, set, design, points, baseSamples, trajectories, levels,
                replications, seed, commonRandomNumbers, series, metrics, parameters, baselinePoint, discovery,
                patterns, null);
    }

    /** Default replications per design point. */
    public static final int DEFAULT_REPLICATIONS = 10;
    /** Seeds are below 2^53, so that R and pandas read them exactly. */
    public static final long SEED_BOUND = 1L << 53;
    /** Most runs in one sweep (runs are numbered by int). */
    public static final long MAX_RUNS = Integer.MAX_VALUE - 1L;
    /** Default Morris grid levels. */
    public static final int DEFAULT_LEVELS = 4;
    /** Most parameters of a Sobol design (commons-math3's direction numbers cover 1000 dimensions, the scheme 2k). */
    public static final int SOBOL_MAX_PARAMETERS = 500;
    /** Most strata a Latin hypercube keeps (points times parameters), as {@code LatinHypercube.MAX_CELLS}. */
    public static final long LHS_MAX_CELLS = 16_000_000L;
    /** The values of {@code series}. */
    public static final List<String> SERIES = List.of("monthly", "yearly", "none");
    /** The values of {@code compression}: plain CSV, or gzip-compressed time series and events. */
    public static final List<String> COMPRESSIONS = List.of("none", "gzip");

    private static final Pattern POINT_ID = Pattern.compile("p(\\d+)");

    /** The designs a sweep file may name. */
    public enum DesignKind {
        /** Every combination of the parameters' levels. */
        FACTORIAL,
        /** Latin hypercube sample. */
        LHS,
        /** Saltelli's scheme on a Sobol sequence, with first-order and total indices. */
        SOBOL,
        /** Morris trajectories, with elementary effects. */
        MORRIS,
        /** Points drawn by weight from an ensemble of parameter sets (a calibration's posterior). */
        ENSEMBLE;

        /** The names in the sweep file, in this order. */
        public static final List<String> LABELS = java.util.Arrays.stream(values()).map(DesignKind::label).toList();

        /** The name in the sweep file. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether the design yields sensitivity indices ({@code sensitivity.csv}). */
        public boolean sensitivity() {
            return this == SOBOL || this == MORRIS;
        }
    }

    /** How a swept value is written into the scenario. */
    public enum NumberType {
        /** A real number. */
        DOUBLE,
        /** A whole number: counts, and month numbers such as a lever's start. */
        INT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One swept parameter: the dotted scenario path it sets and its values, either a list
     * ({@code values}) or a range {@code [min, max]} with an optional {@code step} (absent
     * values are NaN). The rules, checked by {@code format.SweepLoader} at the file's lines and again by
     * {@code org.sahelsim.analysis.ParameterRange}, which the runner builds from this: a list of
     * distinct finite values, or {@code min < max} with a positive step no wider than the range;
     * {@link NumberType#INT} values whole.
     */
    public record Parameter(String path, NumberType type, List<Double> values, double min, double max, double step) {
        public Parameter {
            values = values == null ? List.of() : List.copyOf(values);
        }

        /** A list of values was given. */
        public boolean isList() {
            return !values.isEmpty();
        }

        /** Finitely many levels: a list, a step, or an int range. */
        public boolean isDiscrete() {
            return isList() || !Double.isNaN(step) || type == NumberType.INT;
        }

        /** The number of levels of a discrete parameter (as {@code ParameterRange.levelCount}). */
        public long levelCount() {
            if (isList()) {
                return values.size();
            }
            if (!Double.isNaN(step)) {
                BigDecimal span = BigDecimal.valueOf(max).subtract(BigDecimal.valueOf(min));
                return span.divide(BigDecimal.valueOf(step), 0, RoundingMode.FLOOR).longValueExact() + 1;
            }
            if (type == NumberType.INT) {
                return (long) (max - min) + 1;
            }
            throw new IllegalStateException("parameter " + path + " is a continuous range: it has no levels");
        }

        /** Level {@code i} of a discrete parameter, in list order or ascending. */
        public double level(long i) {
            if (isList()) {
                return values.get((int) i);
            }
            if (!Double.isNaN(step)) {
                return BigDecimal.valueOf(min).add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(i)))
                        .doubleValue();
            }
            return min + i;
        }

        /** The smallest value the parameter takes. */
        public double lower() {
            return isList() ? values.stream().mapToDouble(Double::doubleValue).min().orElseThrow() : min;
        }

        /** The largest value the parameter takes. */
        public double upper() {
            return isList() ? values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                    : Double.isNaN(step) ? max : level(levelCount() - 1);
        }
    }

    /**
     * A scenario-discovery question: for which parameter ranges does "{@code metric op
     * threshold} at month {@code step}" hold most often (PRIM).
     *
     * @param metric    the metric looked at
     * @param op        one of {@code <}, {@code <=}, {@code >}, {@code >=}
     * @param threshold the threshold
     * @param step      the month (step) looked at; the value is the time series' value at that
     *                  step, or, at the last month, the value as {@code runs.csv} holds it
     *                  (totals for counts)
     * @param minShare  the smallest box PRIM may return, as a share of the design points
     */
    public record Discovery(String metric, String op, double threshold, int step, double minShare) {
        /** Default smallest box. */
        public static final double DEFAULT_MIN_SHARE = 0.05;

        /** Whether the outcome holds for a value; a missing value (NaN) counts as "does not hold". */
        public boolean holds(double value) {
            if (Double.isNaN(value)) {
                return false;
            }
            return switch (op) {
                case "<" -> value < threshold;
                case "<=" -> value <= threshold;
                case ">" -> value > threshold;
                default -> value >= threshold;
            };
        }

        /** In words: {@code jihadist_fighter_share < 0.3 at month 60}. */
        public String describe() {
            return metric + " " + op + " " + ScenarioException.number(threshold) + " at month " + step;
        }
    }

    /**
     * Keeps what the command line may change within the rules ({@code --reps}, {@code --seed},
     * {@code --series}); the other rules of a sweep are {@code format.SweepLoader}'s, reported at the
     * file's lines, and the designs' and parameters' own are checked again by the runner.
     */
    public Sweep {
        description = description == null ? "" : description;
        set = Collections.unmodifiableMap(new LinkedHashMap<>(set == null ? Map.of() : set));
        metrics = List.copyOf(metrics);
        parameters = List.copyOf(parameters);
        if (replications < 1 || replications > Replications.MAX) {
            throw new IllegalArgumentException("replications must be between 1 and " + Replications.MAX
                    + ", was " + replications);
        }
        if (seed < 0 || seed >= SEED_BOUND) {
            throw new IllegalArgumentException("seed must be in [0, 2^53), was " + seed);
        }
        if (!SERIES.contains(series)) {
            throw new IllegalArgumentException("series must be one of " + SERIES + ", was '" + series + "'");
        }
        if (!COMPRESSIONS.contains(compression)) {
            throw new IllegalArgumentException("compression must be one of " + COMPRESSIONS + ", was '" + compression
                    + "'");
        }
        long size = size(design, points, baseSamples, trajectories, parameters);
        if (size < 1 || size > MAX_RUNS / replications) {
            throw new IllegalArgumentException("the sweep has " + (size < 0 ? "too many" : Long.toString(size))
                    + " design points x " + replications + " replications; at most " + MAX_RUNS + " runs");
        }
        if (discovery != null && discovery.step() != scenario.months()
                && !seriesKeeps(series, discovery.step(), scenario.months())) {
            throw new IllegalArgumentException(discoveryNeedsSeries(discovery.step(), series));
        }
    }

    /** Why a discovery step before the last month needs a time series that keeps it. */
    public static String discoveryNeedsSeries(int step, String series) {
        return "discovery at month " + step + " reads the time series at that month, but series " + series
                + " does not keep it; use series: monthly" + (step % 12 == 0 ? " or yearly" : "")
                + ", or leave step out for the last month (read from runs.csv)";
    }

    /**
     * The number of design points: a factorial's product of level counts, a Latin hypercube's
     * points, Sobol's {@code N (k + 2)}, Morris's {@code r (k + 1)}; -1 when it overflows.
     */
    public static long size(DesignKind design, int points, int baseSamples, int trajectories, List<Parameter> parameters) {
        int k = parameters.size();
        if (design == DesignKind.FACTORIAL) {
            long n = 1;
            for (Parameter p : parameters) {
                try {
                    n = Math.multiplyExact(n, p.levelCount());
                } catch (ArithmeticException e) {
                    return -1;
                }
            }
            return n;
        }
        return switch (design) {
            case LHS, ENSEMBLE -> points;
            case SOBOL -> (long) baseSamples * (k + 2);
            default -> (long) trajectories * (k + 1);
        };
    }

    /** The number of design points. */
    public long designSize() {
        return size(design, points, baseSamples, trajectories, parameters);
    }

    /** Runs of the whole sweep: design points times replications. */
    public long runs() {
        return designSize() * replications;
    }

    /**
     * The id of point {@code index}: {@code p} and the index zero-padded to the digits of the
     * last index, at least 4 ({@code p0041}), as {@code DesignPoint.id}.
     */
    public static String pointId(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("point " + index + " of " + size);
        }
        int width = Math.max(4, Long.toString(size - 1).length());
        String digits = Long.toString(index);
        return "p" + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** The index of point {@code id} in a design of {@code size} points, or -1 when it is not one of its ids. */
    public static long pointIndex(String id, long size) {
        Matcher m = POINT_ID.matcher(id == null ? "" : id);
        if (!m.matches() || m.group(1).length() > 18) {
            return -1;
        }
        long i = Long.parseLong(m.group(1));
        return i < size && pointId(i, size).equals(id) ? i : -1;
    }

    /** The same sweep with another number of replications ({@code --reps}). */
    public Sweep withReplications(int reps) {
        return new Sweep(file, name, description, scenarioFile, scenario, set, design, points, baseSamples,
                trajectories, levels, reps, seed, commonRandomNumbers, series, metrics, parameters, baselinePoint,
                discovery, patterns, ensemble, compression, events);
    }

    /** The same sweep with another master seed ({@code --seed}). */
    public Sweep withSeed(long masterSeed) {
        return new Sweep(file, name, description, scenarioFile, scenario, set, design, points, baseSamples,
                trajectories, levels, replications, masterSeed, commonRandomNumbers, series, metrics, parameters,
                baselinePoint, discovery, patterns, ensemble, compression, events);
    }

    /** The same sweep with another time series ({@code --series}). */
    public Sweep withSeries(String seriesLabel) {
        return new Sweep(file, name, description, scenarioFile, scenario, set, design, points, baseSamples,
                trajectories, levels, replications, seed, commonRandomNumbers, seriesLabel, metrics, parameters,
                baselinePoint, discovery, patterns, ensemble, compression, events);
    }

    /** The same sweep with other tables ({@code --compression}, {@code --events}/{@code --no-events}). */
    public Sweep withTables(String compressionLabel, boolean keepEvents) {
        return new Sweep(file, name, description, scenarioFile, scenario, set, design, points, baseSamples,
                trajectories, levels, replications, seed, commonRandomNumbers, series, metrics, parameters,
                baselinePoint, discovery, patterns, ensemble, compressionLabel, keepEvents);
    }

    /** Whether the time series {@code seriesLabel} of a run of {@code months} months keeps step {@code step}. */
    public static boolean seriesKeeps(String seriesLabel, int step, int months) {
        return switch (seriesLabel) {
            case "monthly" -> true;
            case "yearly" -> step % 12 == 0 || step == months;
            default -> false;
        };
    }
}
