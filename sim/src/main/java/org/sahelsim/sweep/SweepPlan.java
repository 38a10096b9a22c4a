package org.sahelsim.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import org.sahelsim.analysis.Design;
import org.sahelsim.analysis.DesignPoint;
import org.sahelsim.analysis.EnsembleDesign;
import org.sahelsim.analysis.Factorial;
import org.sahelsim.analysis.LatinHypercube;
import org.sahelsim.analysis.MorrisDesign;
import org.sahelsim.analysis.ParameterRange;
import org.sahelsim.analysis.SobolDesign;
import org.sahelsim.format.EnsembleLoader;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.run.Columns;
import org.sahelsim.run.EnsembleRuns;
import org.sahelsim.run.Numbers;
import org.sahelsim.run.RunKey;
import org.sahelsim.run.RunMeasures;
import org.sahelsim.run.RunPlan;
import org.sahelsim.run.Seeds;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.Sweep;

/**
 * The runs of a sweep, numbered: run {@code i} is replication {@code i % R} of design point
 * {@code i / R} (R replications per point), so the runs go through the points in design
 * order and, inside a point, through its replications ({@code interface.md}: "design points
 * in file order, then rep"). Everything is computed from the index, so a shard, a resumed
 * sweep and a second pass over the results need no list of runs: memory does not grow with
 * the number of runs.
 *
 * <p>Rules, in plain words:
 * <ul>
 * <li>The design is built from the sweep with the master seed ({@link Factorial},
 * {@link LatinHypercube}, {@link SobolDesign}, {@link MorrisDesign}).</li>
 * <li>A point's values are written into the scenario as {@code points.csv} shows them: whole
 * numbers for int parameters, other values by {@link Numbers#format} (10 significant digits),
 * so a point can be rebuilt exactly from {@code points.csv}.</li>
 * <li>Each run's seed is {@link Seeds#forPoint(long, int, int) Seeds.forPoint(S, p, r)}, or
 * {@link Seeds#forRun(long, int) Seeds.forRun(S, r)} with common random numbers (then
 * replication r of every point has the same seed).</li>
 * <li>Shard I of N ({@code --shard I/N}, I from 1) is the contiguous slice of runs
 * {@code floor((I-1) T / N)} to {@code floor(I T / N) - 1} of the T runs: the shards cover
 * every run exactly once, in order, and differ in size by at most one run.</li>
 * <li>Further {@link RunMeasures} (calibrate's patterns) add columns to {@code runs.csv} after
 * the metrics, and count as metrics of interest after the sweep's own ({@link #metrics()}).</li>
 * </ul>
 * Safe to use from several threads.
 */
public final class SweepPlan {
    /** Scenarios of points kept for the runs in flight (points are built once per point, not per run). */
    private static final int SCENARIO_CACHE = 256;

    private final Sweep sweep;
    private final List<ParameterRange> ranges;
    private final Design design;
    private final Scenario scenario;
    private final int reps;
    private final long points;
    private final int runs;
    private final RunMeasures measures;
    private final Map<Long, FutureTask<Scenario>> scenarios = recentlyUsed(SCENARIO_CACHE);

    public SweepPlan(Sweep sweep) throws ScenarioException {
        this(sweep, RunMeasures.NONE);
    }

    /** The plan of a sweep whose runs also take {@code measures}. */
    public SweepPlan(Sweep sweep, RunMeasures measures) throws ScenarioException {
        this.sweep = sweep;
        this.measures = measures;
        for (String name : measures.names()) {
            if (Columns.runsColumns().contains(name)) {
                throw new IllegalArgumentException("measure " + name + " has the name of a column of runs.csv");
            }
        }
        this.ranges = sweep.parameters().stream().map(SweepPlan::range).toList();
        this.design = sweep.design() == Sweep.DesignKind.ENSEMBLE ? ensembleDesign(sweep, ranges)
                : design(sweep, ranges);
        this.scenario = sweep.scenario();
        this.reps = sweep.replications();
        this.points = design.size();
        long n = points * reps;
        if (n > Sweep.MAX_RUNS) {
            throw new IllegalArgumentException("the sweep has " + n + " runs, more than " + Sweep.MAX_RUNS);
        }
        this.runs = (int) n;
    }

    /** A map that keeps the {@code capacity} entries used last (not thread-safe). */
    public static <K, V> Map<K, V> recentlyUsed(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The swept parameter as the designs take it. */
    public static ParameterRange range(Sweep.Parameter p) {
        ParameterRange.Type t = p.type() == Sweep.NumberType.INT ? ParameterRange.Type.INT : ParameterRange.Type.DOUBLE;
        return new ParameterRange(p.path(), t, p.values(), p.min(), p.max(), p.step());
    }

    /**
     * The design of a sweep over an ensemble: its file read again and checked against the base
     * scenario (the sweep was built from it), the points drawn by weight from the master seed.
     */
    static Design ensembleDesign(Sweep s, List<ParameterRange> ranges) throws ScenarioException {
        Ensemble e = EnsembleLoader.load(s.ensemble(), s.scenario());
        if (!e.paths().equals(ranges.stream().map(ParameterRange::path).toList())) {
            throw new ScenarioException(s.ensemble(), 1, 0, "", "the ensemble's columns " + e.paths() + " are not the"
                    + " sweep's parameters " + ranges.stream().map(ParameterRange::path).toList() + ": was the file"
                    + " changed since the sweep was read?");
        }
        // point k drawn as compare draws replication k
        return new EnsembleDesign(ranges, e.values(), k -> EnsembleRuns.set(e, s.seed(), k), s.points());
    }

    /** The design of a sweep, drawn from its master seed. */
    static Design design(Sweep s, List<ParameterRange> ranges) {
        return switch (s.design()) {
            case FACTORIAL -> new Factorial(ranges);
            case LHS -> new LatinHypercube(ranges, s.points(), s.seed());
            case SOBOL -> new SobolDesign(ranges, s.baseSamples(), s.seed());
            default -> new MorrisDesign(ranges, s.trajectories(), s.levels(), s.seed());
        };
    }

    public Sweep sweep() {
        return sweep;
    }

    /** How the folder's per-run tables are stored: the sweep's compression and whether it keeps events. */
    public org.sahelsim.run.TableLayout layout() {
        return org.sahelsim.run.TableLayout.of(sweep.compression(), sweep.events());
    }

    public Design design() {
        return design;
    }

    public List<ParameterRange> ranges() {
        return ranges;
    }

    /** The further measures of every run. */
    public RunMeasures measures() {
        return measures;
    }

    /** The metrics of interest: the sweep's, then the further measures' columns. */
    public List<String> metrics() {
        return Stream.concat(sweep.metrics().stream(), measures.names().stream()).toList();
    }

    /** The columns of {@code runs.csv}: the identifiers, every metric, then the further measures. */
    public List<String> runsColumns() {
        return Stream.concat(Columns.runsColumns().stream(), measures.names().stream()).toList();
    }

    /** Replications per point. */
    public int reps() {
        return reps;
    }

    /** Design points. */
    public long points() {
        return points;
    }

    /** All runs of the sweep. */
    public int runs() {
        return runs;
    }

    /** The design point of run {@code run}. */
    public long pointOf(long run) {
        return run / reps;
    }

    /** The id of point {@code point}, e.g. {@code p0041}. */
    public String pointId(long point) {
        return design.id(point);
    }

    /** The key (variant = point id, rep, seed) of run {@code run}. */
    public RunKey key(int run) {
        int point = (int) (run / reps);
        int rep = run % reps;
        long seed = sweep.commonRandomNumbers() ? Seeds.forRun(sweep.seed(), rep)
                : Seeds.forPoint(sweep.seed(), point, rep);
        return new RunKey(design.id(point), rep, seed);
    }

    /** The run index of a run id of this sweep ({@code p0041/r3}), or -1 when it is not one. */
    public long runIndex(String runId) {
        int slash = runId.lastIndexOf("/r");
        if (slash <= 0 || slash + 2 >= runId.length() || runId.length() - slash > 12) {
            return -1;
        }
        long point = Sweep.pointIndex(runId.substring(0, slash), points);
        if (point < 0) {
            return -1;
        }
        String repText = runId.substring(slash + 2);
        if (!repText.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        long rep = Long.parseLong(repText);
        if (rep >= reps || !Long.toString(rep).equals(repText)) {
            return -1;
        }
        return point * reps + rep;
    }

    /** Each parameter's value at point {@code point} as written to {@code points.csv} and into the scenario. */
    public List<String> valueTexts(long point) {
        DesignPoint p = design.point(point);
        List<String> out = new ArrayList<>(ranges.size());
        for (ParameterRange r : ranges) {
            Object v = p.values().get(r.path());
            out.add(v instanceof Integer ? v.toString() : Numbers.format(((Number) v).doubleValue()));
        }
        return out;
    }

    /** Each parameter's value at point {@code point} as a number, as {@code points.csv} holds it. */
    public double[] values(long point) {
        List<String> t = valueTexts(point);
        double[] x = new double[t.size()];
        for (int i = 0; i < x.length; i++) {
            ParameterRange r = ranges.get(i);
            // rounding to 10 digits may step a hair outside a bound given with more digits
            x[i] = Math.min(r.upper(), Math.max(r.lower(), Numbers.parse(t.get(i))));
        }
        return x;
    }

    /** The scenario of design point {@code point}: the base scenario with the point's values set. */
    public Scenario pointScenario(long point) throws ScenarioException {
        return pointScenario(point, scenario);
    }

    /** {@code base} with the values of design point {@code point} set (as {@code points.csv} writes them). */
    public Scenario pointScenario(long point, Scenario base) throws ScenarioException {
        List<String> t = valueTexts(point);
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < t.size(); i++) {
            overrides.put(ranges.get(i).path(), t.get(i));
        }
        return ScenarioLoader.withOverrides(base, overrides);
    }

    /** The scenario of run {@code run}, built once per point while its runs are in flight. */
    public Scenario scenario(int run) {
        long point = pointOf(run);
        FutureTask<Scenario> task;
        boolean mine = false;
        synchronized (scenarios) {
            task = scenarios.get(point);
            if (task == null) {
                task = new FutureTask<>(() -> pointScenario(point));
                scenarios.put(point, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the scenario of point " + pointId(point), e);
        } catch (ExecutionException e) {
            throw new PointException("design point " + pointId(point) + " " + valueTexts(point)
                    + " is not a valid scenario: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * A design point whose values the scenario refuses (a combination no single value shows), of
     * a sweep or, for one of its variants, of a robustness analysis.
     */
    public static final class PointException extends IllegalStateException {
        public PointException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Runs {@code from} (inclusive) to {@code to} (exclusive) as a plan for {@link Batch}. */
    public RunPlan slice(int from, int to) {
        if (from < 0 || to > runs || from > to) {
            throw new IndexOutOfBoundsException("runs " + from + " to " + to + " of " + runs);
        }
        return RunPlan.of(to - from, i -> key(from + i), i -> scenario(from + i), measures);
    }

    /** The runs {@code {from, to}} (to exclusive) of shard {@code index} (from 1) of {@code count} over {@code total} runs. */
    public static int[] shardRange(int total, int index, int count) {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": need 1 <= I <= N");
        }
        return new int[] {(int) ((long) (index - 1) * total / count), (int) ((long) index * total / count)};
    }
}
