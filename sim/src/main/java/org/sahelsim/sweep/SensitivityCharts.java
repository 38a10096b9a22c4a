package org.sahelsim.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.ui.RectangleEdge;
import org.sahelsim.run.Numbers;

/**
 * Charts ranking the swept parameters by their influence on each metric, drawn from a sweep
 * folder's {@code sensitivity.csv} (JFreeChart): one horizontal bar chart per metric,
 * {@code charts/sensitivity-<metric>.png}, the most influential parameter on top, each bar
 * with its 95% bootstrap interval as a whisker.
 * <ul>
 * <li>Sobol: two bars per parameter, the first-order index S1 (its effect alone) and the total
 * index ST (with all its interactions), ranked by ST.</li>
 * <li>Morris: mu* (the mean absolute elementary effect: overall influence, with its
 * interval) and sigma (their spread: non-linearity or interactions), ranked by mu*.</li>
 * </ul>
 * A metric whose values are all missing gets no chart. Reads the file the runner wrote, so
 * the same charts come from a single machine's folder and from a merged one.
 */
public final class SensitivityCharts {
    /** Width of a chart in pixels; the height grows with the number of parameters. */
    static final int WIDTH = 900;

    private SensitivityCharts() {
    }

    /** One value of {@code sensitivity.csv}. */
    private record Value(String parameter, String index, double value, double low, double high) {
    }

    /**
     * Draws one chart per metric of {@code sensitivityCsv} into {@code chartsDir} (created if
     * needed) and returns the files written, in the metrics' order.
     */
    public static List<Path> write(Path sensitivityCsv, Path chartsDir) throws IOException {
        Map<String, List<Value>> byMetric = new LinkedHashMap<>();
        Map<String, String> method = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(sensitivityCsv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .build())) {
            for (CSVRecord rec : p) {
                String metric = rec.get("metric");
                method.put(metric, rec.get("method"));
                byMetric.computeIfAbsent(metric, m -> new ArrayList<>()).add(new Value(rec.get("parameter"),
                        rec.get("index"), Numbers.parse(rec.get("value")), Numbers.parse(rec.get("ci_low")),
                        Numbers.parse(rec.get("ci_high"))));
            }
        }
        List<Path> out = new ArrayList<>();
        if (byMetric.isEmpty()) {
            return out;
        }
        Files.createDirectories(chartsDir);
        for (Map.Entry<String, List<Value>> e : byMetric.entrySet()) {
            JFreeChart chart = chart(e.getKey(), method.get(e.getKey()), e.getValue());
            if (chart == null) {
                continue;
            }
            int bars = (int) e.getValue().stream().map(Value::parameter).distinct().count();
            Path file = chartsDir.resolve("sensitivity-" + safe(e.getKey()) + ".png");
            try (OutputStream os = Files.newOutputStream(file)) {
                ChartUtilities.writeChartAsPNG(os, chart, WIDTH, 160 + 48 * bars);
            }
            out.add(file);
        }
        return out;
    }

    /** The chart of one metric, or null when it has no value to show. */
    static JFreeChart chart(String metric, String method, List<Value> values) {
        boolean sobol = "sobol".equals(method);
        String rankBy = sobol ? "ST" : "mu_star";
        List<String> series = sobol ? List.of("S1", "ST") : List.of("mu_star", "sigma");
        Map<String, String> labels = Map.of("S1", "S1: first order (alone)", "ST", "ST: total (with interactions)",
                "mu_star", "mu*: overall influence", "sigma", "sigma: non-linearity or interactions");
        Map<String, Map<String, Value>> byParameter = new LinkedHashMap<>();
        for (Value v : values) {
            byParameter.computeIfAbsent(v.parameter(), k -> new LinkedHashMap<>()).put(v.index(), v);
        }
        if (values.stream().noneMatch(v -> Double.isFinite(v.value()))) {
            return null;
        }
        List<String> order = new ArrayList<>(byParameter.keySet());
        // most influential first; a missing value last; ties keep the sweep's parameter order
        order.sort(Comparator.comparingDouble((String par) -> {
            Value v = byParameter.get(par).get(rankBy);
            return v == null || Double.isNaN(v.value()) ? Double.POSITIVE_INFINITY : -v.value();
        }));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[][] low = new double[series.size()][order.size()];
        double[][] high = new double[series.size()][order.size()];
        for (int s = 0; s < series.size(); s++) {
            for (int c = 0; c < order.size(); c++) {
                Value v = byParameter.get(order.get(c)).get(series.get(s));
                data.addValue(v == null || !Double.isFinite(v.value()) ? null : v.value(), labels.get(series.get(s)),
                        order.get(c));
                low[s][c] = v == null ? Double.NaN : v.low();
                high[s][c] = v == null ? Double.NaN : v.high();
            }
        }
        CategoryAxis domain = new CategoryAxis("parameter");
        domain.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis range = new NumberAxis(sobol ? "Sobol index (share of the variance of the point means)"
                : "elementary effect over the parameter's whole range, in the metric's unit");
        // the axis spans the bars and their whole intervals (autorange would look at the bars only)
        DoubleSummaryStatistics span = values.stream().filter(v -> series.contains(v.index()))
                .flatMapToDouble(v -> DoubleStream.of(v.value(), v.low(), v.high())).filter(Double::isFinite)
                .summaryStatistics();
        double lo = Math.min(0, span.getMin());
        double hi = Math.max(0, span.getMax());
        double pad = (hi - lo) * 0.04 + (hi == lo ? 1 : 0);
        range.setRange(lo - (lo < 0 ? pad : 0), hi + pad);
        IntervalBarRenderer renderer = new IntervalBarRenderer(low, high);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, new Color(0x4c, 0x72, 0xb0));
        renderer.setSeriesPaint(1, new Color(0xdd, 0x84, 0x52));
        CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        String title = "What drives " + metric + ": " + (sobol ? "Sobol indices" : "Morris screening")
                + ", 95% bootstrap intervals";
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** A metric name as a file name: letters, digits, '_', '.' and '-' kept, anything else '_'. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_.\\-]", "_");
    }

    /** Bars with an interval whisker each (asymmetric: bootstrap percentile intervals). */
    static final class IntervalBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final double[][] low;
        private final double[][] high;

        IntervalBarRenderer(double[][] low, double[][] high) {
            this.low = low;
            this.high = high;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                             int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            if (pass != getPassCount() - 1 || dataset.getValue(row, column) == null) {
                return;
            }
            double lo = low[row][column];
            double hi = high[row][column];
            int visibleRow = state.getVisibleSeriesIndex(row);
            if (visibleRow < 0 || !Double.isFinite(lo) || !Double.isFinite(hi)) {
                return;
            }
            PlotOrientation orientation = plot.getOrientation();
            double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow, column);
            double mid = w0 + state.getBarWidth() / 2;
            double cap = state.getBarWidth() / 4;
            RectangleEdge edge = plot.getRangeAxisEdge();
            double a = rangeAxis.valueToJava2D(lo, dataArea, edge);
            double b = rangeAxis.valueToJava2D(hi, dataArea, edge);
            g2.setPaint(Color.BLACK);
            g2.setStroke(new BasicStroke(1.2f));
            if (orientation == PlotOrientation.HORIZONTAL) {
                g2.draw(new Line2D.Double(a, mid, b, mid));
                g2.draw(new Line2D.Double(a, mid - cap, a, mid + cap));
                g2.draw(new Line2D.Double(b, mid - cap, b, mid + cap));
            } else {
                g2.draw(new Line2D.Double(mid, a, mid, b));
                g2.draw(new Line2D.Double(mid - cap, a, mid + cap, a));
                g2.draw(new Line2D.Double(mid - cap, b, mid + cap, b));
            }
        }
    }
}
