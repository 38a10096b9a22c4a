package org.sahelsim.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.sahelsim.run.Columns;
import org.sahelsim.run.EnsembleRuns;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;

/**
 * Draws the charts of an output folder into {@code charts/} and writes {@code report.html}.
 *
 * <ul>
 * <li>{@code charts/fan-<metric>.png}: for each main metric (those of {@code summary.csv},
 * else {@link FolderData#DEFAULT_METRICS}), one panel per variant with the per-month median
 * and the 50% and 90% bands across replications; event counts cumulative when the series is
 * monthly. Needs a {@code timeseries.csv} with rows.</li>
 * <li>{@code charts/differences.png}: the paired differences from the baseline with their
 * 95% confidence intervals, one panel per main metric (only with {@code summary.csv}).</li>
 * <li>{@code charts/network-<variant>.png}: the alliance network at the end of the
 * representative run (see {@link Representative}) for the baseline, and of the same
 * replication under each other variant, re-run exactly from its seed.</li>
 * </ul>
 *
 * Works on a {@code compare} folder and on a plain {@code run} folder (no {@code summary.csv}:
 * fan charts, run tables, network and provenance). Renders off screen: sets
 * {@code java.awt.headless=true} when no display is set.
 */
public final class Report {
    private Report() {
    }

    /** The report's file in the folder. */
    public static final String HTML = "report.html";
    /** The charts' folder in the folder. */
    public static final String CHARTS = "charts";

    /**
     * Builds the charts and the page from the folder's own {@code scenario.resolved.yaml}
     * (each variant's scenario read from its part of that file).
     */
    public static void build(Path folder) throws Exception {
        build(folder, null);
    }

    /**
     * Builds {@code folder/charts/*.png} and {@code folder/report.html}.
     *
     * @param folder            an output folder of {@code run} or {@code compare}
     * @param scenarioOfVariant the resolved scenario of each variant, to re-run the
     *                          representative run; null to read them from the folder's
     *                          {@code scenario.resolved.yaml}. A variant it returns null for
     *                          (or throws on) gets no network chart, and the page says why.
     * @throws IllegalArgumentException if the folder or one of its files is malformed (the
     *                          message names the file)
     */
    public static void build(Path folder, Function<String, Scenario> scenarioOfVariant) throws Exception {
        build(folder, scenarioOfVariant, SeriesReader.DEFAULT_CAP);
    }

    /** As {@link #build(Path, Function)}, keeping at most {@code cap} replications per variant for the fan charts. */
    static void build(Path folder, Function<String, Scenario> scenarioOfVariant, int cap) throws Exception {
        headless();
        FolderData data = FolderData.read(folder);
        Path charts = folder.resolve(CHARTS);
        Files.createDirectories(charts);
        List<Figure> figures = new ArrayList<>();

        // The pass over timeseries.csv (the slow part on a big folder) runs on its own thread
        // while the representative runs are re-run here; the charts come out in a fixed order.
        List<String> warnings = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor(daemon("report-series"));
        Future<SeriesReader.Result> reading;
        try {
            reading = pool.submit(() -> readSeries(data, warnings, cap));
        } finally {
            pool.shutdown();
        }
        List<Figure> later = new ArrayList<>();
        Figure forest = null;
        if (data.summary() != null) {
            forest = forest(data, charts);
            differences(data, charts, later);
        }
        Representative.Choice choice = Representative.choose(data);
        List<Representative.Rerun> reruns = new ArrayList<>();
        List<String> netWarnings = new ArrayList<>();
        if (choice != null) {
            networks(data, choice, scenarioOfVariant, charts, later, reruns, netWarnings);
        } else {
            netWarnings.add("No network chart: runs.csv has no run of the baseline ('" + data.baseline() + "').");
        }
        SeriesReader.Result series = get(reading);
        if (series != null) {
            fans(data, series, charts, figures, warnings);
        }
        figures.addAll(later);
        warnings.addAll(netWarnings);
        String generated = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String page = HtmlPage.render(data, figures,
                new HtmlPage.Notes(series, choice, reruns, warnings, generated, forest));
        Path tmp = folder.resolve(HTML + ".tmp");
        Files.writeString(tmp, page, StandardCharsets.UTF_8);
        Files.move(tmp, folder.resolve(HTML), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The passes {@link #build} makes over a folder's data files ({@code runs.csv},
     * {@code timeseries.csv}), without drawing: the part of the report's time that grows with
     * the runs. The time estimate of {@code --dry-run} times it on a few runs to scale the
     * report of a rehearsal to the whole job.
     */
    public static void readData(Path folder) throws Exception {
        readSeries(FolderData.read(folder), new ArrayList<>(), SeriesReader.DEFAULT_CAP);
    }

    /** Renders off screen unless a display is there (and never opens a window either way). */
    static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            String display = System.getenv("DISPLAY");
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            boolean desktop = os.contains("win") || os.contains("mac");
            if (!desktop && (display == null || display.isEmpty())) {
                System.setProperty("java.awt.headless", "true");
            }
        }
    }

    /** The fan charts' data, or null (with a warning) when there is none. */
    private static SeriesReader.Result readSeries(FolderData data, List<String> warnings, int cap) throws IOException {
        Path ts = data.folder().resolve("timeseries.csv");
        if (!Files.isRegularFile(ts) || data.mainMetrics().isEmpty()) {
            warnings.add("No fan charts: " + (data.mainMetrics().isEmpty() ? "no metric to chart." : "timeseries.csv is missing."));
            return null;
        }
        Set<String> counts = data.mainMetrics().stream().filter(m -> data.entry(m).isCount())
                .collect(Collectors.toSet());
        SeriesReader.Result res = SeriesReader.read(ts, data.mainMetrics(), counts, cap);
        if (res.runsSeen().isEmpty()) {
            warnings.add("No fan charts: timeseries.csv has no rows (the runs were made with --series none).");
            return null;
        }
        return res;
    }

    private static void fans(FolderData data, SeriesReader.Result res, Path charts, List<Figure> figures,
                             List<String> warnings) throws Exception {
        List<String> variants = data.variants();
        String how = howComputed(res, variants);
        // each chart is independent: render and encode them on all cores, list them in order
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), data.mainMetrics().size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("report-fans"));
        try {
            List<Future<Figure>> done = new ArrayList<>();
            for (String m : data.mainMetrics()) {
                if (panels(res, m, variants) == 0) {
                    warnings.add("No fan chart for " + m + ": it is not in timeseries.csv.");
                    continue;
                }
                done.add(pool.submit(() -> fan(data, res, m, how, charts)));
            }
            for (Future<Figure> f : done) {
                figures.add(get(f));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Figure fan(FolderData data, SeriesReader.Result res, String m, String how, Path charts)
            throws IOException {
        List<String> variants = data.variants();
        JFreeChart chart = FanChart.build(m, data.entry(m), variants, res, data.baseline(), how);
        String file = "fan-" + safe(m) + ".png";
        ChartUtilities.saveChartAsPNG(charts.resolve(file).toFile(), chart, FanChart.width(panels(res, m, variants)),
                FanChart.HEIGHT);
        return new Figure(file, Labels.of(m) + " (" + m + ") over time" + (res.cumulative(m, variants) ? " (cumulative)" : ""),
                "Median (line) and the ranges holding the middle 50% and 90% of replications, month by month"
                        + (variants.size() > 1 ? ", one panel per variant on a common scale; the dashed line repeats "
                        + "the baseline median" : "") + ". " + how + ".");
    }

    /** Threads of the given name that do not keep the program alive. */
    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The value of a finished task, its own exception rethrown as is. */
    private static <T> T get(Future<T> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Exception ex) {
                throw ex;
            }
            throw (Error) c;
        }
    }

    private static int panels(SeriesReader.Result res, String metric, List<String> variants) {
        return (int) variants.stream().filter(v -> res.fan(metric, v) != null).count();
    }

    /** The fan charts' subtitle: how many replications the bands come from. */
    private static String howComputed(SeriesReader.Result res, List<String> variants) {
        IntSummaryStatistics used = res.runsUsed().values().stream().mapToInt(i -> i).summaryStatistics();
        StringBuilder b = new StringBuilder("Bands across ");
        if (used.getMin() == used.getMax()) {
            b.append(Num.num(used.getMin())).append(" replications").append(variants.size() > 1 ? " per variant" : "");
        } else {
            b.append("the replications of each variant (").append(used.getMin()).append(" to ").append(used.getMax())
                    .append(")");
        }
        if (res.sampled()) {
            int total = res.runsSeen().values().stream().mapToInt(i -> i).max().orElse(0);
            b.append("; sampled: the first ").append(Num.num(res.cap())).append(" of up to ").append(Num.num(total))
                    .append(" replications per variant (independent seeds: a random sample)");
        }
        return b.toString();
    }

    /** The forest plot of every variant's effect on every metric of interest, or null with no variant. */
    private static Figure forest(FolderData data, Path charts) throws IOException {
        List<String> compared = data.compared();
        if (compared.isEmpty()) {
            return null;
        }
        ImageIO.write(ForestPlot.draw(data, data.mainMetrics(), compared), "png",
                charts.resolve(ForestPlot.FILE).toFile());
        return new Figure(ForestPlot.FILE, "Change from the baseline, every variant and metric",
                "summary.csv's diff_mean and its interval over the baseline's mean.");
    }

    private static void differences(FolderData data, Path charts, List<Figure> figures) throws IOException {
        List<String> compared = data.compared();
        if (compared.isEmpty()) {
            return;
        }
        BufferedImage img = DifferenceChart.draw(data, data.mainMetrics(), compared);
        String file = "differences.png";
        ImageIO.write(img, "png", charts.resolve(file).toFile());
        figures.add(new Figure(file, "Paired differences from the baseline",
                "For each metric, the mean of the per-replication differences (variant minus baseline, final values) "
                        + "with its 95% confidence interval; the vertical line is no difference. Filled dots: "
                        + "Holm-adjusted p below 0.05. Labels: relative change and Holm-adjusted p."));
    }

    private static void networks(FolderData data, Representative.Choice choice, Function<String, Scenario> scenarios,
                                 Path charts, List<Figure> figures, List<Representative.Rerun> reruns,
                                 List<String> warnings) {
        int rep = choice.run().rep();
        Set<String> used = new java.util.HashSet<>();
        List<String> order = new ArrayList<>(List.of(data.baseline()));
        order.addAll(data.compared());
        for (String v : order) {
            FolderData.RunRow run = Representative.sameRep(data, v, rep);
            if (run == null) {
                warnings.add("No network chart for " + v + ": it has no run with rep " + rep + ".");
                continue;
            }
            Scenario sc;
            try {
                sc = scenarios != null ? scenarios.apply(v) : data.resolved().scenarioOf(v);
            } catch (ScenarioException | RuntimeException e) {
                warnings.add("No network chart for " + v + ": its scenario could not be read (" + e.getMessage() + ").");
                continue;
            }
            if (sc == null) {
                warnings.add("No network chart for " + v + ": no scenario is known for it.");
                continue;
            }
            Path ensembleFile = data.folder().resolve(Columns.ENSEMBLE);
            if (Files.isRegularFile(ensembleFile)) {
                // over an ensemble: the run's own parameter set, as ensemble.csv records it (as replay does)
                try {
                    sc = ScenarioLoader.withOverrides(sc, EnsembleRuns.valuesOf(ensembleFile, run.runId()));
                } catch (ScenarioException | IOException | RuntimeException e) {
                    warnings.add("No network chart for " + v + ": its parameter set in " + Columns.ENSEMBLE
                            + " could not be applied (" + e.getMessage() + ").");
                    continue;
                }
            }
            Representative.Rerun r;
            try {
                r = Representative.rerun(data, run, sc);
            } catch (RuntimeException e) {
                warnings.add("No network chart for " + v + ": re-running " + run.runId() + " failed (" + e + ").");
                continue;
            }
            reruns.add(r);
            if (!r.reproduced()) {
                warnings.add("The re-run of " + run.runId() + " (seed " + run.seed() + ") for its network chart did not "
                        + "reproduce runs.csv (" + r.difference() + "); the chart shows the re-run, which may differ "
                        + "from the recorded run (was the folder made by another program version?).");
            }
            int col = data.column(choice.metric());
            String chosen = v.equals(data.baseline())
                    ? "Representative baseline run: final " + choice.metric() + " = " + Num.num(run.finals()[col])
                        + ", closest to the baseline median " + Num.num(choice.median()) + " (seed " + run.seed() + ")."
                    : "The same replication as the baseline's representative run (seed " + run.seed()
                        + ") under this variant: final " + choice.metric() + " = " + Num.num(run.finals()[col]) + ".";
            List<String> sub = List.of(chosen, r.reproduced()
                    ? "Re-run from its seed; its final metrics equal its row of runs.csv."
                    : "Re-run from its seed; WARNING: it differs from runs.csv (" + r.difference() + ").");
            BufferedImage img = NetworkChart.draw(r.network(),
                    "Alliances at the end of " + run.runId() + " (" + r.endDate() + ")", sub);
            String file = "network-" + safe(v) + ".png";
            for (int k = 2; used.contains(file); k++) {
                // two variant names that differ only in unsafe characters
                file = "network-" + safe(v) + "-" + k + ".png";
            }
            used.add(file);
            try {
                ImageIO.write(img, "png", charts.resolve(file).toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            figures.add(new Figure(file, "Alliance network at the end of " + run.runId(),
                    "Armed groups alive in " + r.endDate() + " (" + r.network().nodes().size() + "), grouped and "
                            + "coloured by coalition; node area: fighters; shape: kind of group; solid lines: alliance "
                            + "ties above " + NetworkChart.ALLIANCE + " (width: weight); dashed lines: rivalries below "
                            + NetworkChart.RIVALRY + ". "
                            + (v.equals(data.baseline()) ? "The baseline replication closest to the median of "
                            + choice.metric() + "." : "The same replication and seed as the baseline's network chart.")));
        }
    }

    /** A file-name-safe form of a metric or variant name. */
    static String safe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._-]", "_");
        return t.isEmpty() || t.startsWith(".") ? "_" + t : t;
    }
}
