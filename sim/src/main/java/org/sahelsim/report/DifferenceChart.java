package org.sahelsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * The paired differences from the baseline with their 95% confidence intervals, one panel per
 * metric (each in its own unit), one horizontal interval per variant, a line at zero; a filled
 * dot marks a Holm-adjusted p below 0.05, a hollow one a result that is not. The panels are
 * drawn by JFreeChart into cells of one image.
 */
final class DifferenceChart {
    private DifferenceChart() {
    }

    static final double ALPHA = 0.05;
    private static final int CELL_W = 900;
    private static final int HEADER = 110;

    /**
     * Draws the panels of {@code metrics} for the variants other than the baseline, each variant
     * in the colour of its position in the folder (as in the fan charts).
     */
    static BufferedImage draw(FolderData data, List<String> metrics, List<String> compared) {
        int cols = metrics.size() > 1 ? 2 : 1;
        int rows = (metrics.size() + cols - 1) / cols;
        int cellH = 190 + 74 * compared.size();
        int w = CELL_W * cols;
        int h = HEADER + rows * cellH + 10;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Style.canvas(img);
        try {
            header(g, w);
            for (int k = 0; k < metrics.size(); k++) {
                Rectangle2D cell = new Rectangle2D.Double((k % cols) * CELL_W, HEADER + (k / cols) * cellH, CELL_W,
                        cellH);
                panel(data, metrics.get(k), compared).draw(g, cell);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void header(Graphics2D g, int w) {
        g.setColor(Color.BLACK);
        g.setFont(Style.TITLE);
        String t = "Paired differences from the baseline (variant minus baseline), 95% CI";
        g.drawString(t, (w - g.getFontMetrics().stringWidth(t)) / 2, 42);
        g.setFont(Style.SUBTITLE);
        int y = 82;
        int x = Math.max(20, w / 2 - 430);
        g.fill(new Ellipse2D.Double(x, y - 14, 16, 16));
        g.drawString("Holm-adjusted p < 0.05", x + 24, y);
        x += 270;
        g.setStroke(new BasicStroke(2f));
        g.draw(new Ellipse2D.Double(x, y - 14, 16, 16));
        g.drawString("not significant after Holm", x + 24, y);
        x += 300;
        g.drawString("labels: relative change, Holm p", x, y);
    }

    private static JFreeChart panel(FolderData data, String metric, List<String> compared) {
        int k = compared.size();
        String[] symbols = new String[k];
        XIntervalSeriesCollection ds = new XIntervalSeriesCollection();
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(true);
        r.setDrawYError(false);
        r.setCapLength(12);
        r.setErrorStroke(new BasicStroke(3.5f));
        r.setBaseLinesVisible(false);
        // the axis range: every interval and zero, padded, so labels can be placed inside it
        double lo = 0;
        double hi = 0;
        for (String v : compared) {
            SummaryRow row = data.summary(v, metric);
            if (row != null && row.compared()) {
                lo = DoubleStream.of(lo, row.diffCiLow(), row.diffMean()).filter(x -> !Double.isNaN(x)).min()
                        .orElse(lo);
                hi = DoubleStream.of(hi, row.diffCiHigh(), row.diffMean()).filter(x -> !Double.isNaN(x)).max()
                        .orElse(hi);
            }
        }
        double span = hi - lo > 0 ? hi - lo : Math.max(1e-9, Math.abs(hi));
        lo -= 0.08 * span;
        hi += 0.08 * span;
        List<XYTextAnnotation> labels = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            String v = compared.get(i);
            double y = k - 1 - i;
            symbols[k - 1 - i] = v;
            XIntervalSeries s = new XIntervalSeries(v);
            SummaryRow row = data.summary(v, metric);
            SummaryRow base = data.summary(data.baseline(), metric);
            if (row != null && row.compared()) {
                s.add(row.diffMean(), row.diffCiLow(), row.diffCiHigh(), y);
                double[] rel = Num.relativeChange(row, base);
                String text = (rel == null ? "" : Num.pct(rel[0]) + ",  ") + Num.pIs("p", row.pAdjusted());
                // keep the label inside the plot: start it at the interval's left end near the
                // left edge, end it at the right end near the right edge, centre it otherwise
                double at = (row.diffMean() - lo) / (hi - lo);
                XYTextAnnotation a = new XYTextAnnotation(text, at < 0.3 ? Math.max(lo, row.diffCiLow())
                        : at > 0.7 ? Math.min(hi, row.diffCiHigh()) : row.diffMean(), y + 0.3);
                a.setTextAnchor(at < 0.3 ? TextAnchor.BOTTOM_LEFT : at > 0.7 ? TextAnchor.BOTTOM_RIGHT
                        : TextAnchor.BOTTOM_CENTER);
                a.setFont(Style.NOTE.deriveFont(Font.BOLD, 16f));
                a.setPaint(new Color(0x222222));
                labels.add(a);
            }
            ds.addSeries(s);
            // series i: one per variant
            r.setSeriesPaint(i, Style.variant(data.variants().indexOf(v)));
            r.setSeriesShape(i, new Ellipse2D.Double(-8, -8, 16, 16));
            r.setSeriesShapesFilled(i, row != null && row.pAdjusted() < ALPHA);
            r.setSeriesOutlineStroke(i, new BasicStroke(2.5f));
            r.setUseOutlinePaint(false);
            r.setDrawOutlines(true);
        }
        FolderData.Entry e = data.entry(metric);
        NumberAxis x = new NumberAxis("difference" + (e.unit().isEmpty() ? "" : " (" + e.unit() + ")"));
        x.setRange(lo, hi);
        x.setLabelFont(Style.AXIS_LABEL.deriveFont(18f));
        x.setTickLabelFont(Style.TICK);
        SymbolAxis y = new SymbolAxis(null, symbols);
        y.setGridBandsVisible(false);
        y.setTickLabelFont(Style.AXIS_LABEL.deriveFont(18f));
        y.setRange(-0.6, k - 0.25);
        XYPlot p = new XYPlot(ds, x, y, r);
        p.setBackgroundPaint(Color.WHITE);
        p.setOutlinePaint(Style.GREY);
        p.setDomainGridlinePaint(Style.LIGHT_GRID);
        p.setRangeGridlinesVisible(false);
        p.addDomainMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(2f)));
        labels.forEach(p::addAnnotation);
        JFreeChart c = new JFreeChart(Labels.of(metric) + " (" + metric + ")", Style.PANEL_TITLE, p, false);
        c.setBackgroundPaint(Color.WHITE);
        c.setPadding(new RectangleInsets(12, 12, 12, 24));
        if (!e.definition().isEmpty()) {
            TextTitle t = new TextTitle(Num.shorten(e.definition(), 90), Style.NOTE);
            t.setPaint(new Color(0x444444));
            c.addSubtitle(t);
        }
        return c;
    }
}
