package org.sahelsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A forest plot of every variant's effect on every metric of interest, small multiples: one
 * column per variant, one row per metric, each effect the relative change from the baseline mean
 * (variant minus baseline, paired by replication, over the baseline mean) with its 95% interval,
 * on one symmetric scale for the whole figure (wide enough for nine interval ends in ten), a
 * line at no change. A filled dot is a clear effect
 * (Holm-adjusted p below 0.05), a hollow one is not; an interval beyond the scale ends in an
 * arrow; a metric whose baseline mean is 0 has no relative change and shows "n/a".
 */
final class ForestPlot {
    private ForestPlot() {
    }

    static final String FILE = "forest.png";
    // drawn at about twice the size it is shown at in half of a page 1280 pixels wide
    private static final int LABEL_W = 430;
    private static final int COL_W = 230;
    private static final int MIN_W = 1000;
    private static final int ROW_H = 44;
    private static final int TOP = 200;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 24);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 22);

    static BufferedImage draw(FolderData data, List<String> metrics, List<String> compared) {
        // columns widen when there are few variants, so that the figure is never narrow
        int colW = Math.max(COL_W, (MIN_W - LABEL_W - 30) / Math.max(1, compared.size()));
        int w = LABEL_W + colW * compared.size() + 30;
        int h = TOP + ROW_H * metrics.size() + 70;
        // one symmetric scale, wide enough for nine intervals in ten: a few very large effects end
        // in an arrow rather than squeezing all the others into a dot at zero
        List<Double> ends = new java.util.ArrayList<>();
        for (String v : compared) {
            for (String m : metrics) {
                double[] rel = Num.relativeChange(data.summary(v, m), data.summary(data.baseline(), m));
                if (rel != null) {
                    ends.add(Math.abs(rel[1]));
                    ends.add(Math.abs(rel[2]));
                }
            }
        }
        java.util.Collections.sort(ends);
        double reach = ends.isEmpty() ? 0.05 : ends.get((int) Math.floor(0.9 * (ends.size() - 1)));
        double limit = nice(Math.max(0.01, reach * 1.1));
        double lo = -limit;
        double hi = limit;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Style.canvas(img);
        try {
            g.setColor(Color.BLACK);
            g.setFont(TITLE);
            g.drawString("Change from the baseline mean, 95% CI", 20, 40);
            g.setFont(SMALL);
            g.fill(new Ellipse2D.Double(20, 62, 18, 18));
            g.drawString("clear (Holm-adjusted p < 0.05)", 46, 79);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Ellipse2D.Double(400, 62, 18, 18));
            g.drawString("not clear", 426, 79);
            g.drawString("(variant - baseline) / baseline mean, paired by replication", 20, 112);
            for (int c = 0; c < compared.size(); c++) {
                String v = compared.get(c);
                int x0 = LABEL_W + c * colW;
                g.setColor(Style.variant(data.variants().indexOf(v)));
                g.setFont(TEXT.deriveFont(Font.BOLD));
                g.setFont(SMALL.deriveFont(Font.BOLD));
                // a long name goes over two lines, broken at the underscore nearest its middle
                String[] lines = twoLines(v, g.getFontMetrics(), colW - 8);
                for (int i = 0; i < lines.length; i++) {
                    g.drawString(lines[i], x0 + (colW - g.getFontMetrics().stringWidth(lines[i])) / 2,
                            TOP - 16 - (lines.length - 1 - i) * 26);
                }
                // zero line and scale ends
                double zero = x(0, lo, hi, x0, colW);
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(2f));
                g.draw(new Line2D.Double(zero, TOP - 8, zero, TOP + ROW_H * metrics.size()));
                g.setColor(Style.GREY);
                g.setFont(SMALL);
                int yAxis = TOP + ROW_H * metrics.size() + 30;
                // the scale's ends inside the column, left- and right-aligned, so neighbours do not meet
                for (double t : new double[] {lo, 0, hi}) {
                    String label = t == 0 ? "0" : (t > 0 ? "+" : "-") + Num.num(Math.abs(t) * 100) + "%";
                    double tx = x(t, lo, hi, x0, colW);
                    int lw = g.getFontMetrics().stringWidth(label);
                    g.drawString(label, (int) (t < 0 ? tx : t > 0 ? tx - lw : tx - lw / 2.0), yAxis);
                }
            }
            for (int r = 0; r < metrics.size(); r++) {
                String m = metrics.get(r);
                int y = TOP + r * ROW_H + ROW_H / 2;
                if (r % 2 == 0) {
                    g.setColor(new Color(0xF3F3F3));
                    g.fillRect(0, y - ROW_H / 2, w, ROW_H);
                }
                g.setColor(Color.BLACK);
                g.setFont(TEXT);
                // the plain label, cut to the label column; the column names are in the page's table
                g.drawString(fit(Labels.of(m), g.getFontMetrics(), LABEL_W - 30), 20, y + 8);
                for (int c = 0; c < compared.size(); c++) {
                    String v = compared.get(c);
                    int x0 = LABEL_W + c * colW;
                    SummaryRow row = data.summary(v, m);
                    double[] rel = Num.relativeChange(row, data.summary(data.baseline(), m));
                    Color col = Style.variant(data.variants().indexOf(v));
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke(2f));
                    double zero = x(0, lo, hi, x0, colW);
                    g.draw(new Line2D.Double(zero, y - ROW_H / 2.0, zero, y + ROW_H / 2.0));
                    if (rel == null) {
                        g.setColor(Style.GREY);
                        g.setFont(SMALL);
                        g.drawString("n/a", (int) zero + 8, y + 7);
                        continue;
                    }
                    double a = x(Math.max(lo, rel[1]), lo, hi, x0, colW);
                    double b = x(Math.min(hi, rel[2]), lo, hi, x0, colW);
                    g.setColor(col);
                    g.setStroke(new BasicStroke(4f));
                    g.draw(new Line2D.Double(a, y, b, y));
                    if (rel[1] < lo) {
                        arrow(g, a, y, -1);
                    }
                    if (rel[2] > hi) {
                        arrow(g, b, y, 1);
                    }
                    double p = x(Math.max(lo, Math.min(hi, rel[0])), lo, hi, x0, colW);
                    Ellipse2D dot = new Ellipse2D.Double(p - 10, y - 10, 20, 20);
                    boolean clear = row.pAdjusted() < DifferenceChart.ALPHA;
                    if (clear) {
                        g.fill(dot);
                    } else {
                        g.setColor(Color.WHITE);
                        g.fill(dot);
                        g.setColor(col);
                        g.setStroke(new BasicStroke(3f));
                        g.draw(dot);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** {@code name} on one line, or two broken at the underscore nearest the middle, each cut to {@code width}. */
    private static String[] twoLines(String name, java.awt.FontMetrics fm, int width) {
        if (fm.stringWidth(name) <= width) {
            return new String[] {name};
        }
        int best = -1;
        for (int i = name.indexOf('_'); i >= 0; i = name.indexOf('_', i + 1)) {
            if (best < 0 || Math.abs(i - name.length() / 2) < Math.abs(best - name.length() / 2)) {
                best = i;
            }
        }
        String[] l = best < 0 ? new String[] {name} : new String[] {name.substring(0, best + 1), name.substring(best + 1)};
        for (int i = 0; i < l.length; i++) {
            l[i] = fit(l[i], fm, width);
        }
        return l;
    }

    /** {@code text}, cut and ended with an ellipsis when it is wider than {@code width}. */
    private static String fit(String text, java.awt.FontMetrics fm, int width) {
        String t = text;
        while (fm.stringWidth(t) > width && t.length() > 2) {
            t = t.substring(0, t.length() - 2) + "\u2026";
        }
        return t;
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten at or above {@code x}. */
    static double nice(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * p >= x - 1e-12) {
                return f * p;
            }
        }
        return 10 * p;
    }

    private static double x(double v, double lo, double hi, int x0, int colW) {
        return x0 + 16 + (v - lo) / (hi - lo) * (colW - 32);
    }

    private static void arrow(Graphics2D g, double x, double y, int dir) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(x + dir * 12, y);
        p.lineTo(x, y - 8);
        p.lineTo(x, y + 8);
        p.closePath();
        g.fill(p);
    }
}
