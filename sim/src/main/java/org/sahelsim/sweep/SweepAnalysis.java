package org.sahelsim.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.sahelsim.analysis.Holm;
import org.sahelsim.analysis.MorrisDesign;
import org.sahelsim.analysis.MorrisEffect;
import org.sahelsim.analysis.MorrisEffects;
import org.sahelsim.analysis.PairedStats;
import org.sahelsim.analysis.ParameterRange;
import org.sahelsim.analysis.Prim;
import org.sahelsim.analysis.PrimBox;
import org.sahelsim.analysis.Saltelli;
import org.sahelsim.analysis.SobolDesign;
import org.sahelsim.analysis.SobolIndex;
import org.sahelsim.analysis.Summary;
import org.sahelsim.run.Columns;
import org.sahelsim.run.CompareJob;
import org.sahelsim.run.Numbers;
import org.sahelsim.run.ResultTables;
import org.sahelsim.run.RunMeasures;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.sweep.SensitivityCharts;

/**
 * The files of a sweep computed over all its runs, from {@code runs.csv} (and, for a
 * discovery question at an earlier month, {@code timeseries.csv}) read again as a stream, so
 * that they cost the same whether the runs were made at once, resumed, or run as shards and
 * merged, and memory holds a few numbers per design point, never the runs:
 * <ul>
 * <li>{@code points.csv}: {@code point}, then one column per parameter: each point's values
 * as they were set in its scenario.</li>
 * <li>{@code summary.csv}: the columns of {@link Summary#COLUMNS}, one row per point (in
 * design order) and metric of interest: n, mean, sd and 95% t interval over the point's
 * replications ({@link PairedStats#describe}); with a {@code baseline_point}, also the paired
 * difference against that point replication by replication ({@link PairedStats#paired}),
 * Cohen's d_z and the Holm-adjusted p-value over all point x metric tests (the baseline
 * point's own difference columns empty); without one, the difference columns are empty.</li>
 * <li>{@code sensitivity.csv} (Sobol and Morris designs): {@code metric, parameter, method,
 * index, value, ci_low, ci_high}; computed on each point's mean over its replications of the
 * metric's value in {@code runs.csv} (the summary's mean). Sobol: indices {@code S1} and
 * {@code ST} ({@link Saltelli}, both by Jansen's estimators, see {@link #sobolOptions};
 * bootstrap 95% intervals); Morris: {@code mu}, {@code mu_star}
 * (with its bootstrap interval) and {@code sigma} ({@link MorrisEffects}). Bootstraps are
 * seeded from the master seed. A metric with a point whose mean is missing (every
 * replication NaN) gets empty values. Charts ranking the parameters per metric go to
 * {@code charts/} ({@link SensitivityCharts}).</li>
 * <li>{@code discovery.csv} (with a discovery question): {@code parameter, low, high,
 * restricted}: the PRIM box ({@link Prim}, defaults but the smallest box) over the design
 * points, each weighted by the share of its replications where the outcome holds; one row
 * per parameter, {@code restricted} saying whether the box cuts it.</li>
 * </ul>
 * Further {@link RunMeasures} of the plan (calibrate's pattern columns) are metrics of interest
 * like the others: they get summary rows and sensitivity indices; so do the measures' per-point
 * outputs ({@link RunMeasures#pointNames()}, e.g. the patterns a point passes), computed from
 * the point's means. Every file is written to a temporary name and then renamed, so a kill never leaves half a
 * file under the real name. Numbers by {@link Numbers#format}.
 */
public final class SweepAnalysis {
    public static final String POINTS = "points.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String SENSITIVITY = "sensitivity.csv";
    public static final String DISCOVERY = "discovery.csv";
    public static final String CHARTS = "charts";
    /** The first column of {@code points.csv}; one column per parameter (its path) follows. */
    public static final String POINT_COLUMN = "point";
    public static final List<String> SENSITIVITY_COLUMNS = List.of("metric", "parameter", "method", "index", "value",
            "ci_low", "ci_high");
    public static final List<String> DISCOVERY_COLUMNS = List.of("parameter", "low", "high", "restricted");
    /** PRIM's settings other than the smallest box: peel 5% a step, coverage at least 0.5, paste. */
    static final double PRIM_ALPHA = 0.05;
    static final double PRIM_COVERAGE_FLOOR = 0.5;

    private SweepAnalysis() {
    }

    /** One row of {@code sensitivity.csv}. */
    public record SensitivityRow(String metric, String parameter, String method, String index, double value,
                                 double ciLow, double ciHigh) {
    }

    /**
     * What the discovery found.
     *
     * @param question  the outcome asked about
     * @param points    design points (PRIM's cases)
     * @param share     the share of all runs where the outcome holds
     * @param box       the box PRIM chose
     */
    public record DiscoveryResult(Sweep.Discovery question, long points, double share, PrimBox box) {
    }

    /**
     * What the analysis wrote, and each design point's mean of the further measures
     * ({@code measureMeans[measure][point]}, empty without measures).
     */
    public record Result(List<SensitivityRow> sensitivity, DiscoveryResult discovery, List<String> notes,
                         List<Path> charts, double[][] measureMeans) {
    }

    // ---- points.csv ----

    /** Writes {@code points.csv} with points {@code from} (inclusive) to {@code to} (exclusive). */
    public static void writePoints(Path folder, SweepPlan plan, long from, long to) throws IOException {
        atomically(folder.resolve(POINTS), w -> {
            try (CSVPrinter p = new CSVPrinter(w, ResultTables.FORMAT)) {
                p.print(POINT_COLUMN);
                p.printRecord(plan.ranges().stream().map(ParameterRange::path).toList());
                for (long i = from; i < to; i++) {
                    p.print(plan.pointId(i));
                    p.printRecord(plan.valueTexts(i));
                }
            }
        });
    }

    // ---- everything over all runs ----

    /** Writes summary, sensitivity (and charts) and discovery of a folder holding every run of the sweep. */
    public static Result analyse(Path folder, SweepPlan plan) throws IOException {
        Sweep s = plan.sweep();
        List<String> metrics = plan.metrics();
        int k = metrics.size();
        long points = plan.points();
        Sweep.Discovery dq = s.discovery();
        boolean discoveryFromRuns = dq != null && dq.step() == s.scenario().months();
        // columns read from runs.csv: the metrics of interest, then the discovery metric if needed
        List<String> columns = new ArrayList<>(metrics);
        int discoveryColumn = -1;
        if (discoveryFromRuns) {
            discoveryColumn = columns.indexOf(dq.metric());
            if (discoveryColumn < 0) {
                columns.add(dq.metric());
                discoveryColumn = columns.size() - 1;
            }
        }
        int base = s.baselinePoint() == null ? -1 : (int) Sweep.pointIndex(s.baselinePoint(), points);
        double[][] baseValues = base < 0 ? null : readPoint(folder, plan, columns, base);

        // pass 1: means (sensitivity), p-values (Holm), discovery counts
        double[][] means = new double[k][(int) points];
        double[] p = base < 0 ? null : new double[(int) (points * k)];
        int[] holds = dq == null ? null : new int[(int) points];
        final int dcol = discoveryColumn;
        forEachPoint(folder, plan, columns, 0, points, (point, x) -> {
            for (int m = 0; m < k; m++) {
                means[m][(int) point] = PairedStats.describe(x[m]).mean();
                if (p != null) {
                    p[(int) (point * k + m)] = point == base ? Double.NaN
                            : PairedStats.paired(x[m], baseValues[m]).pValue();
                }
            }
            if (holds != null && dcol >= 0) {
                for (double v : x[dcol]) {
                    holds[(int) point] += dq.holds(v) ? 1 : 0;
                }
            }
        });
        double[] adjusted = p == null ? null : Holm.adjust(p);

        // pass 2: summary.csv, row by row
        atomically(folder.resolve(SUMMARY), w -> {
            try (CSVPrinter out = new CSVPrinter(w, ResultTables.FORMAT)) {
                out.printRecord(Summary.COLUMNS);
                forEachPoint(folder, plan, columns, 0, points, (point, x) -> {
                    for (int m = 0; m < k; m++) {
                        PairedStats.Describe d = PairedStats.describe(x[m]);
                        PairedStats.Paired q = base < 0 || point == base ? null
                                : PairedStats.paired(x[m], baseValues[m]);
                        double nan = Double.NaN;
                        double adj = adjusted == null ? nan : adjusted[(int) (point * k + m)];
                        out.printRecord(CompareJob.SummaryTable.record(new Summary.Row(plan.pointId(point),
                                metrics.get(m), d.n(), d.mean(), d.sd(), d.ciLow(), d.ciHigh(),
                                q == null ? nan : q.mean(), q == null ? nan : q.ciLow(),
                                q == null ? nan : q.ciHigh(), q == null ? nan : q.pValue(), adj,
                                q == null ? nan : q.effectSize())));
                    }
                });
            }
        });

        List<String> notes = new ArrayList<>();
        List<SensitivityRow> sens = new ArrayList<>();
        List<Path> charts = new ArrayList<>();
        if (s.design().sensitivity()) {
            for (int m = 0; m < k; m++) {
                sens.addAll(sensitivity(plan, metrics.get(m), means[m], notes));
            }
            double[][] perPoint = pointOutputs(plan, means);
            List<String> pointNames = plan.measures().pointNames();
            for (int j = 0; j < pointNames.size(); j++) {
                sens.addAll(sensitivity(plan, pointNames.get(j), perPoint[j], notes));
            }
            writeSensitivity(folder.resolve(SENSITIVITY), sens);
            charts.addAll(SensitivityCharts.write(folder.resolve(SENSITIVITY), folder.resolve(CHARTS)));
        }

        DiscoveryResult discovery = null;
        if (dq != null) {
            if (!discoveryFromRuns) {
                countFromTimeseries(folder, plan, dq, holds);
            }
            discovery = discover(plan, dq, holds);
            writeDiscovery(folder.resolve(DISCOVERY), discovery.box());
        }
        int own = s.metrics().size();
        return new Result(List.copyOf(sens), discovery, List.copyOf(notes), List.copyOf(charts),
                Arrays.copyOfRange(means, own, k));
    }

    /** The measures' per-point outputs, {@code [output][point]}, from the points' means of the measures. */
    private static double[][] pointOutputs(SweepPlan plan, double[][] means) {
        RunMeasures rm = plan.measures();
        int own = plan.sweep().metrics().size();
        int n = rm.names().size();
        double[][] out = new double[rm.pointNames().size()][(int) plan.points()];
        for (int point = 0; point < plan.points(); point++) {
            double[] m = new double[n];
            for (int i = 0; i < n; i++) {
                m[i] = means[own + i][point];
            }
            double[] v = rm.pointValues(m, plan.reps());
            for (int j = 0; j < out.length; j++) {
                out[j][point] = v[j];
            }
        }
        return out;
    }

    /** Receives each design point's values: {@code x[column][rep]}. */
    private interface PointConsumer {
        void accept(long point, double[][] x) throws IOException;
    }

    /**
     * Streams runs.csv point by point, checking every run is there once and in order up to point
     * {@code to} (exclusive), and that no row follows when {@code to} is the last point; the
     * values of points {@code from} to {@code to - 1} go to {@code consumer}.
     */
    private static void forEachPoint(Path folder, SweepPlan plan, List<String> columns, long from, long to,
                                     PointConsumer consumer) throws IOException {
        int reps = plan.reps();
        try (Reader r = Files.newBufferedReader(folder.resolve(Columns.RUNS), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(r, ResultTables.FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            int[] index = columnIndices(it, plan, columns);
            for (long point = 0; point < to; point++) {
                double[][] x = new double[columns.size()][reps];
                for (int rep = 0; rep < reps; rep++) {
                    CSVRecord rec = next(it, plan, point * reps + rep);
                    for (int c = 0; c < index.length && point >= from; c++) {
                        x[c][rep] = Numbers.parse(rec.get(index[c]));
                    }
                }
                if (point >= from) {
                    consumer.accept(point, x);
                }
            }
            if (to == plan.points() && it.hasNext()) {
                throw new IOException("runs.csv holds more rows than the sweep's " + plan.runs() + " runs");
            }
        }
    }

    /** The values of one point, {@code x[column][rep]} (the baseline point, read before the others). */
    private static double[][] readPoint(Path folder, SweepPlan plan, List<String> columns, long wanted)
            throws IOException {
        double[][][] x = new double[1][][];
        forEachPoint(folder, plan, columns, wanted, wanted + 1, (point, values) -> x[0] = values);
        return x[0];
    }

    private static int[] columnIndices(Iterator<CSVRecord> it, SweepPlan plan, List<String> columns)
            throws IOException {
        if (!it.hasNext()) {
            throw new IOException("runs.csv is empty");
        }
        List<String> header = it.next().toList();
        if (!header.equals(plan.runsColumns())) {
            throw new IOException("runs.csv has other columns than this version writes: " + header);
        }
        return columns.stream().mapToInt(header::indexOf).toArray();
    }

    private static CSVRecord next(Iterator<CSVRecord> it, SweepPlan plan, long run) throws IOException {
        String want = plan.key((int) run).runId();
        if (!it.hasNext()) {
            throw new IOException("runs.csv ends before run " + want + " (" + run + " of " + plan.runs() + " runs)");
        }
        CSVRecord rec = it.next();
        if (!rec.get(0).equals(want)) {
            throw new IOException("runs.csv row " + (run + 2) + " is run " + rec.get(0) + ", expected " + want);
        }
        return rec;
    }

    // ---- sensitivity ----

    /**
     * The sensitivity rows of one output {@code y} (one value per design point, in design order)
     * of a Sobol or Morris design, labelled {@code metric}; none for other designs. A note is
     * added when some value is not finite (the rows are then empty values).
     */
    public static List<SensitivityRow> sensitivity(SweepPlan plan, String metric, double[] y, List<String> notes) {
        List<SensitivityRow> rows = new ArrayList<>();
        boolean finite = Arrays.stream(y).allMatch(Double::isFinite);
        long seed = plan.sweep().seed();
        double nan = Double.NaN;
        if (!finite) {
            notes.add("sensitivity of " + metric + ": not computed, some design points have no finite mean (every"
                    + " replication missing or infinite)");
        }
        if (plan.design() instanceof SobolDesign sd) {
            List<SobolIndex> idx = finite ? Saltelli.indices(sd, y, sobolOptions(seed)) : null;
            for (int i = 0; i < plan.ranges().size(); i++) {
                String par = plan.ranges().get(i).path();
                // without finite values, every index of the parameter is empty
                SobolIndex x = idx == null ? new SobolIndex(par, nan, nan, nan, nan, nan, nan) : idx.get(i);
                rows.add(new SensitivityRow(metric, par, "sobol", "S1", x.firstOrder(), x.firstOrderLow(),
                        x.firstOrderHigh()));
                rows.add(new SensitivityRow(metric, par, "sobol", "ST", x.total(), x.totalLow(),
                        x.totalHigh()));
            }
        } else if (plan.design() instanceof MorrisDesign md) {
            List<MorrisEffect> eff = finite ? MorrisEffects.compute(md, y, MorrisEffects.Options.defaults(seed)) : null;
            for (int i = 0; i < plan.ranges().size(); i++) {
                String par = plan.ranges().get(i).path();
                MorrisEffect e = eff == null ? new MorrisEffect(par, 1, nan, nan, nan, nan, nan) : eff.get(i);
                rows.add(new SensitivityRow(metric, par, "morris", "mu", e.mu(), nan, nan));
                rows.add(new SensitivityRow(metric, par, "morris", "mu_star", e.muStar(), e.muStarLow(),
                        e.muStarHigh()));
                rows.add(new SensitivityRow(metric, par, "morris", "sigma", e.sigma(), nan, nan));
            }
        }
        return rows;
    }

    /**
     * Jansen's first-order estimator (1999), not Saltelli et al.'s of 2010 (SALib's default):
     * Jansen's uses differences of outputs only, so it does not depend on the output's mean,
     * while the other multiplies outputs by differences and grows noisy when the mean is large
     * against the spread (fatalities near 1,200 that vary by tens): on the example sweep its
     * intervals were twenty times wider. Totals are Jansen's in both.
     */
    static Saltelli.Options sobolOptions(long seed) {
        Saltelli.Options d = Saltelli.Options.defaults(seed);
        return new Saltelli.Options(Saltelli.FirstOrder.JANSEN_1999, d.resamples(), d.confidence(), d.seed());
    }

    /** Writes {@code sensitivity.csv}'s rows to {@code file} ({@link #SENSITIVITY_COLUMNS}). */
    public static void writeSensitivity(Path file, List<SensitivityRow> rows) throws IOException {
        atomically(file, w -> {
            try (CSVPrinter p = new CSVPrinter(w, ResultTables.FORMAT)) {
                p.printRecord(SENSITIVITY_COLUMNS);
                for (SensitivityRow r : rows) {
                    p.printRecord(r.metric(), r.parameter(), r.method(), r.index(), Numbers.format(r.value()),
                            Numbers.format(r.ciLow()), Numbers.format(r.ciHigh()));
                }
            }
        });
    }

    // ---- discovery ----

    /** Counts, per point, the runs whose time-series value at the question's month satisfies it. */
    private static void countFromTimeseries(Path folder, SweepPlan plan, Sweep.Discovery dq, int[] holds)
            throws IOException {
        String step = Integer.toString(dq.step());
        boolean[] seen = new boolean[plan.runs()];
        Path file = org.sahelsim.run.TableLayout.find(folder, Columns.TIMESERIES);
        if (file == null) {
            throw new IOException("the discovery question reads timeseries.csv, which is missing from " + folder);
        }
        try (Reader r = org.sahelsim.run.TableLayout.reader(file);
             CSVParser parser = CSVParser.parse(r, ResultTables.FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (it.hasNext()) {
                it.next();
            }
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                if (rec.get(4).equals(step) && rec.get(6).equals(dq.metric())) {
                    long run = plan.runIndex(rec.get(0));
                    if (run < 0 || seen[(int) run]) {
                        throw new IOException("timeseries.csv: unexpected row of run " + rec.get(0));
                    }
                    seen[(int) run] = true;
                    holds[(int) plan.pointOf(run)] += dq.holds(Numbers.parse(rec.get(7))) ? 1 : 0;
                }
            }
        }
        for (int run = 0; run < seen.length; run++) {
            if (!seen[run]) {
                throw new IOException("timeseries.csv has no value of " + dq.metric() + " at step " + step + " for run "
                        + plan.key(run).runId());
            }
        }
    }

    private static DiscoveryResult discover(SweepPlan plan, Sweep.Discovery dq, int[] holds) {
        int n = (int) plan.points();
        double[][] x = new double[n][];
        double[] share = new double[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            x[i] = plan.values(i);
            share[i] = holds[i] / (double) plan.reps();
            total += holds[i];
        }
        Prim.Options o = new Prim.Options(PRIM_ALPHA, dq.minShare(), PRIM_COVERAGE_FLOOR, true);
        Prim.Result r = Prim.find(plan.ranges(), x, share, o);
        return new DiscoveryResult(dq, n, total / (double) plan.runs(), r.box());
    }

    private static void writeDiscovery(Path file, PrimBox box) throws IOException {
        atomically(file, w -> {
            try (CSVPrinter p = new CSVPrinter(w, ResultTables.FORMAT)) {
                p.printRecord(DISCOVERY_COLUMNS);
                for (PrimBox.Bound b : box.bounds()) {
                    p.printRecord(b.parameter(), Numbers.format(b.low()), Numbers.format(b.high()),
                            Boolean.toString(b.restricted()));
                }
            }
        });
    }

    // ---- files ----

    /** Writes the text of a file. */
    interface Content {
        void write(Writer w) throws IOException;
    }

    /** Writes {@code file} under a temporary name in its folder, then renames it into place. */
    static void atomically(Path file, Content content) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            content.write(w);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
