package org.sahelsim.report;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.sahelsim.palette.Colours;

/**
 * The fan chart of one metric: one panel per variant side by side on a shared value axis, each
 * with the per-step median (line) and the bands holding the middle 50% and 90% of the
 * replications; panels after the baseline repeat the baseline's median as a dashed line so
 * that a shift is visible without looking across.
 */
final class FanChart {
    private FanChart() {
    }

    static final int HEIGHT = 640;

    /** Width for {@code panels} panels: wide enough for year labels in each. */
    static int width(int panels) {
        return Math.max(1000, Math.min(2400, 460 + 400 * panels));
    }

    /**
     * Builds the chart.
     *
     * @param variants the variants in file order (colour by position; the first is the baseline)
     * @param subtitle what the bands are computed from, in plain words
     */
    static JFreeChart build(String metric, FolderData.Entry entry, List<String> variants, SeriesReader.Result data,
                            String baseline, String subtitle) {
        SeriesReader.Fan base = data.fan(metric, baseline);
        boolean cumulative = data.cumulative(metric, variants);
        String unit = entry.unit().isEmpty() ? "" : entry.unit();
        String axisLabel = metric + (cumulative ? " (cumulative" + (unit.isEmpty() ? "" : ", " + unit) + ")"
                : unit.isEmpty() ? "" : " (" + unit + ")");
        NumberAxis range = new NumberAxis(axisLabel);
        range.setAutoRangeIncludesZero(cumulative);
        range.setLabelFont(Style.AXIS_LABEL);
        range.setTickLabelFont(Style.TICK);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(range);
        plot.setGap(18);
        for (int i = 0; i < variants.size(); i++) {
            String v = variants.get(i);
            SeriesReader.Fan f = data.fan(metric, v);
            if (f == null) {
                continue;
            }
            plot.add(panel(v, f, Style.variant(i), v.equals(baseline) ? null : base), 1);
        }
        JFreeChart chart = new JFreeChart(Labels.of(metric) + " (" + metric + ")" + (cumulative ? ", cumulative" : ""),
                Style.TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(10, 10, 10, 18));
        if (!entry.definition().isEmpty()) {
            chart.addSubtitle(new TextTitle(entry.definition() + (cumulative
                    ? " (counts per month summed from month 1, as the totals of runs.csv)" : ""), Style.SUBTITLE));
        }
        TextTitle how = new TextTitle(subtitle, Style.SUBTITLE);
        how.setPaint(new Color(0x444444));
        chart.addSubtitle(how);
        LegendTitle legend = new LegendTitle(() -> legendItems(variants.size() > 1));
        legend.setItemFont(Style.LEGEND);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 18));
        chart.addLegend(legend);
        return chart;
    }

    private static XYPlot panel(String variant, SeriesReader.Fan f, Color colour, SeriesReader.Fan base) {
        YIntervalSeries wide = new YIntervalSeries("90%");
        YIntervalSeries mid = new YIntervalSeries("50%");
        for (int i = 0; i < f.steps(); i++) {
            wide.add(f.millis()[i], f.q()[2][i], f.q()[0][i], f.q()[4][i]);
            mid.add(f.millis()[i], f.q()[2][i], f.q()[1][i], f.q()[3][i]);
        }
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(wide);
        bands.addSeries(mid);
        DeviationRenderer r = new DeviationRenderer(true, false);
        // the band colours carry their own transparency; the renderer adds none
        r.setAlpha(1.0f);
        r.setSeriesFillPaint(0, Style.alpha(colour, 0.16));
        r.setSeriesFillPaint(1, Style.alpha(colour, 0.34));
        r.setSeriesLinesVisible(0, false);
        r.setSeriesPaint(0, colour);
        r.setSeriesPaint(1, colour);
        r.setSeriesStroke(1, Style.MEDIAN);
        XYPlot p = new XYPlot(bands, dateAxis(variant, f.millis()), null, r);
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(Style.LIGHT_GRID);
        p.setRangeGridlinePaint(Style.LIGHT_GRID);
        p.setOutlinePaint(Style.GREY);
        if (base != null) {
            XYSeries ref = new XYSeries("baseline median");
            for (int i = 0; i < base.steps(); i++) {
                ref.add(base.millis()[i], base.q()[2][i]);
            }
            p.setDataset(1, new XYSeriesCollection(ref));
            XYLineAndShapeRenderer rr = new XYLineAndShapeRenderer(true, false);
            rr.setSeriesPaint(0, Style.alpha(Colours.BLACK, 0.75));
            rr.setSeriesStroke(0, Style.REFERENCE);
            p.setRenderer(1, rr);
            // drawn over the bands
            p.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        }
        return p;
    }

    private static DateAxis dateAxis(String label, long[] millis) {
        DateAxis x = new DateAxis(label);
        TimeZone utc = TimeZone.getTimeZone("UTC");
        x.setTimeZone(utc);
        x.setLabelFont(Style.PANEL_TITLE);
        x.setTickLabelFont(Style.TICK);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        long span = millis.length == 0 ? 0 : millis[millis.length - 1] - millis[0];
        double months = span / (1000.0 * 3600 * 24 * 30.44);
        SimpleDateFormat fmt;
        DateTickUnit unit;
        if (months >= 30) {
            int years = (int) Math.ceil(months / 12 / 6);
            fmt = new SimpleDateFormat("yyyy", Locale.ROOT);
            unit = new DateTickUnit(DateTickUnitType.YEAR, Math.max(1, years), fmt);
        } else {
            int step = months >= 12 ? 6 : months >= 6 ? 2 : 1;
            fmt = new SimpleDateFormat("yyyy-MM", Locale.ROOT);
            unit = new DateTickUnit(DateTickUnitType.MONTH, step, fmt);
        }
        fmt.setTimeZone(utc);
        x.setTickUnit(unit);
        return x;
    }

    private static LegendItemCollection legendItems(boolean reference) {
        Color ink = new Color(0x333333);
        LegendItemCollection items = new LegendItemCollection();
        Line2D line = new Line2D.Double(-14, 0, 14, 0);
        items.add(new LegendItem("median", "", "", "", line, Style.MEDIAN, ink));
        Rectangle2D box = new Rectangle2D.Double(-10, -8, 20, 16);
        items.add(new LegendItem("middle 50% of replications", "", "", "", box, Style.alpha(ink, 0.5)));
        items.add(new LegendItem("middle 90%", "", "", "", box, Style.alpha(ink, 0.2)));
        if (reference) {
            items.add(new LegendItem("baseline median (dashed)", "", "", "", line, Style.REFERENCE, ink));
        }
        return items;
    }
}
