package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.swing.JPanel;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.sahelsim.domain.Kind;
import org.sahelsim.palette.Colours;
import org.sahelsim.record.Metrics;

/**
 * Live charts (JFreeChart 1.0.19), one point per month: armed groups and the effective number
 * of groups; clashes and attacks; jihadist share of fighters and influence; trafficking revenue
 * and peace dividends by kind of group; the largest bloc's share and the signatories' cohesion.
 * Updated on the Swing thread only.
 */
public final class ChartsPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final Font TITLE = Palette.font(Font.BOLD, 15);
    private static final Font AXIS = Palette.font(Font.PLAIN, 12);
    private static final Font LEGEND = Palette.font(Font.PLAIN, 12);

    /** One chart: its title key, and for each series its label key, metric, scale, colour and dash. */
    private record Line(String key, int metric, double scale, Color colour, boolean dashed) {
    }

    /** One chart: its lines' series, and the same lines of the world without the last decision (faint). */
    private record Chart(String titleKey, List<Line> lines, JFreeChart chart, List<XYSeries> series,
                         List<XYSeries> shadow, org.jfree.chart.title.TextTitle note) {
    }

    /** Smallest range of a chart's vertical axis, so that flat curves do not show 1E-9 ticks. */
    private static final double[] MIN_RANGE = {5, 2, 0.2, 100, 100, 0.5};

    private final Texts texts;
    private final List<Chart> charts = new ArrayList<>();
    private final List<ChartPanel> panels = new ArrayList<>();
    /** The chart shown alone, or -1 for all of them, two by three. */
    private int only = -1;
    private int months = 12;

    public ChartsPanel(Texts texts) {
        super(new GridLayout(3, 2, 4, 4));
        this.texts = texts;
        setBackground(Color.WHITE);
        add("chart.groups", List.of(new Line("series.armed", Metrics.ARMED_GROUPS, 1, Colours.BLUE, false),
                new Line("series.effective", Metrics.EFFECTIVE_GROUPS, 1, Colours.VERMILLION, true)));
        add("chart.clashes", List.of(new Line("series.clashes", Metrics.CLASHES, 1, Colours.VERMILLION, false),
                new Line("series.attacks", Metrics.ATTACKS, 1, Colours.BLACK, true)));
        add("chart.jihadist", List.of(new Line("series.jshare", Metrics.JIHADIST_FIGHTER_SHARE, 1, Colours.BLACK, false),
                new Line("series.jnorth", Metrics.JIHADIST_INFLUENCE_NORTH, 1, Colours.ORANGE, true),
                new Line("series.jcentre", Metrics.JIHADIST_INFLUENCE_CENTRE, 1, Colours.REDDISH_PURPLE, true)));
        add("chart.trafficking", byKind(Metrics.TRAFFICKING_BY_KIND));
        add("chart.dividends", byKind(Metrics.DIVIDENDS_BY_KIND));
        add("chart.blocs", List.of(new Line("series.largest", Metrics.LARGEST_BLOC_SHARE, 1, Colours.SKY_BLUE, false),
                new Line("series.cohesion", Metrics.SIGNATORY_COHESION, 1, Colours.BLUISH_GREEN, true)));
        texts.onChange(this::relabel);
    }

    private static List<Line> byKind(int first) {
        Kind[] kinds = Kind.FACTION_KINDS;
        return IntStream.range(0, kinds.length).mapToObj(k -> new Line("kind." + kinds[k].label(), first + k,
                1e-3, Colours.kind(kinds[k]), false)).toList();
    }

    private void add(String titleKey, List<Line> lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<XYSeries> series = lines.stream().map(l -> new XYSeries(texts.t(l.key()), true, true)).toList();
        series.forEach(data::addSeries);
        // the world without the last decision: the same lines, faint and thin, out of the legend
        List<XYSeries> shadow = lines.stream().map(l -> new XYSeries("~" + l.key(), true, true)).toList();
        shadow.forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(texts.t(titleKey), null, null, data,
                PlotOrientation.VERTICAL, true, false, false);
        chart.setAntiAlias(true);
        chart.getTitle().setFont(TITLE);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LEGEND);
        legend.setPosition(org.jfree.ui.RectangleEdge.TOP);
        legend.setBorder(0, 0, 0, 0);
        legend.setItemLabelPadding(new org.jfree.ui.RectangleInsets(1, 2, 1, 6));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setLabelFont(AXIS);
        x.setTickLabelFont(AXIS);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRange(false);
        x.setRange(0, months);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setTickLabelFont(AXIS);
        y.setAutoRangeIncludesZero(true);
        // counts, shares and money are never below 0: the axis starts at 0, not at -0.5 or -20
        y.setRangeType(org.jfree.data.RangeType.POSITIVE);
        y.setAutoRangeMinimumSize(MIN_RANGE[charts.size()]);
        if (titleKey.equals("chart.groups") || titleKey.equals("chart.clashes")) {
            // groups, clashes and attacks are whole numbers: no tick at 2.8 clashes
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            r.setSeriesPaint(i, l.colour());
            r.setSeriesStroke(i, l.dashed()
                    ? new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {8f, 5f}, 0)
                    : new BasicStroke(3f));
            int k = lines.size() + i;
            r.setSeriesPaint(k, Palette.alpha(l.colour(), 90));
            r.setSeriesStroke(k, new BasicStroke(2f));
            r.setSeriesVisibleInLegend(k, false);
        }
        plot.setRenderer(r);
        ChartPanel panel = new ChartPanel(chart, false, false, false, false, false);
        panel.setMinimumDrawWidth(200);
        panel.setMinimumDrawHeight(150);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        super.add(panel);
        panels.add(panel);
        org.jfree.chart.title.TextTitle note = new org.jfree.chart.title.TextTitle("", AXIS);
        note.setPaint(new Color(0x55, 0x55, 0x55));
        note.setVisible(false);
        chart.addSubtitle(note);
        charts.add(new Chart(titleKey, lines, chart, series, shadow, note));
    }

    /**
     * Shows one chart alone, filling the panel (a small screen), or with {@code index} -1 all six,
     * two by three.
     */
    public void showOnly(int index) {
        if (index == only && getComponentCount() > 0) {
            return;
        }
        only = index < 0 || index >= panels.size() ? -1 : index;
        removeAll();
        setLayout(only < 0 ? new GridLayout(3, 2, 4, 4) : new GridLayout(1, 1));
        if (only < 0) {
            panels.forEach(super::add);
        } else {
            super.add(panels.get(only));
        }
        revalidate();
        repaint();
    }

    /** The charts' titles, in order, in the current language. */
    public List<String> titles() {
        return charts.stream().map(c -> texts.t(c.titleKey())).toList();
    }

    /**
     * Marks on every chart the months where a decision was taken: a dashed vertical line with
     * the decision's words at its top (the marks shown before are replaced).
     */
    public void marks(java.util.Map<Integer, String> decisions) {
        for (Chart c : charts) {
            XYPlot plot = c.chart().getXYPlot();
            plot.clearDomainMarkers();
            int[] i = {0};
            decisions.forEach((month, label) -> {
                org.jfree.chart.plot.ValueMarker m = new org.jfree.chart.plot.ValueMarker(month, Colours.BLACK,
                        new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {6f, 4f}, 0));
                m.setLabel(label);
                m.setLabelFont(AXIS);
                m.setLabelPaint(Colours.BLACK);
                m.setLabelAnchor(org.jfree.ui.RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(org.jfree.ui.TextAnchor.TOP_LEFT);
                // marks a few months apart would write over each other: each label a line lower
                m.setLabelOffset(new org.jfree.ui.RectangleInsets(2 + 15 * (i[0]++ % 3), 3, 2, 3));
                plot.addDomainMarker(m);
            });
        }
    }

    /** The number of decision marks on the first chart (for tests). */
    public int markCount() {
        java.util.Collection<?> m = charts.get(0).chart().getXYPlot().getDomainMarkers(org.jfree.ui.Layer.FOREGROUND);
        return m == null ? 0 : m.size();
    }

    /**
     * Starts the faint lines of the world without a decision ({@code label} says which, under
     * each chart's title), or with a null label removes them.
     */
    public void shadow(String label) {
        for (Chart c : charts) {
            c.shadow().forEach(XYSeries::clear);
            c.note().setText(label == null ? "" : label);
            c.note().setVisible(label != null);
        }
    }

    /** Adds a month of the world without the decision (a copy of its row). */
    public void addShadow(int step, double[] row) {
        put(step, row, true);
    }

    /** Points of the first faint line (for tests). */
    public int shadowPoints() {
        return charts.get(0).shadow().get(0).getItemCount();
    }

    /** Forgets the curves; the month axis runs to {@code months}. */
    public void clear(int runMonths) {
        months = Math.max(1, runMonths);
        shadow(null);
        for (Chart c : charts) {
            c.series().forEach(XYSeries::clear);
            ((NumberAxis) c.chart().getXYPlot().getDomainAxis()).setRange(0, months);
        }
    }

    /** Adds the metrics of a step (a copy of the row). */
    public void add(int step, double[] row) {
        put(step, row, false);
    }

    /** A step's metrics into every chart's lines, or into their faint twins. */
    private void put(int step, double[] row, boolean faint) {
        for (Chart c : charts) {
            List<XYSeries> into = faint ? c.shadow() : c.series();
            for (int i = 0; i < c.lines().size(); i++) {
                Line l = c.lines().get(i);
                into.get(i).addOrUpdate(step, row[l.metric()] * l.scale());
            }
        }
    }

    /** Number of points of the first curve (for tests). */
    public int points() {
        return charts.get(0).series().get(0).getItemCount();
    }

    private void relabel() {
        for (Chart c : charts) {
            c.chart().setTitle(texts.t(c.titleKey()));
            c.chart().getTitle().setFont(TITLE);
            for (int i = 0; i < c.lines().size(); i++) {
                c.series().get(i).setKey(texts.t(c.lines().get(i).key()));
            }
        }
    }
}
