package org.sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridLayout;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.WindowConstants;

/**
 * Side by side: two maps of the same scenario and seed, stepped together, without (left) and
 * with (right) one decision from a given month, so the class sees the worlds stay identical
 * until that month and then diverge. Under each map, a line of figures (groups, clashes so far,
 * jihadist share).
 */
public final class SideBySideWindow extends JFrame {
    private static final long serialVersionUID = 1L;

    final MapView left;
    final MapView right;
    final ViewPanel leftPanel;
    final ViewPanel rightPanel;
    private final JLabel leftStats = stats();
    private final JLabel rightStats = stats();
    private final Texts texts;
    private final JLabel header = new JLabel(" ");
    private String decision = "";
    private int from;

    SideBySideWindow(SahelWithUI gui, Texts texts, MapGeometry geo) {
        this.texts = texts;
        setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        left = new MapView(gui, texts, geo);
        right = new MapView(gui, texts, geo);
        ClassroomWindow.fit(left.display, MapGeometry.WIDTH, geo.height());
        ClassroomWindow.fit(right.display, MapGeometry.WIDTH, geo.height());
        leftPanel = new ViewPanel(texts, "view.sidebyside", left.display, left.display.display, leftStats);
        rightPanel = new ViewPanel(texts, "view.sidebyside", right.display, right.display.display, rightStats);
        JPanel both = new JPanel(new GridLayout(1, 2, 6, 0));
        both.setBackground(Color.WHITE);
        both.add(leftPanel);
        both.add(rightPanel);
        JPanel content = new JPanel(new BorderLayout());
        header.setFont(Palette.CAPTION_BOLD);
        header.setOpaque(true);
        header.setBackground(new Color(0x1F, 0x2A, 0x38));
        header.setForeground(Color.WHITE);
        header.setBorder(BorderFactory.createEmptyBorder(8, 12, 8, 12));
        content.add(header, BorderLayout.NORTH);
        content.add(both, BorderLayout.CENTER);
        content.add(new Legend(texts, Legend.Kind2.MAP, left::coalitionColours), BorderLayout.SOUTH);
        setContentPane(content);
        texts.onChange(this::relabel);
        setSize(1400, 980);
        setLocation(100, 10);
    }

    private static JLabel stats() {
        JLabel l = new JLabel(" ");
        l.setFont(Palette.CAPTION_BOLD);
        l.setOpaque(true);
        l.setBackground(Color.WHITE);
        l.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        return l;
    }

    /** Names the decision compared and its month. */
    void configure(String decisionText, int month) {
        decision = decisionText;
        from = month;
        relabel();
    }

    private void relabel() {
        setTitle(texts.t("sbs.title"));
        header.setText(texts.t("sbs.title") + "   ·   " + texts.t("notice"));
        leftPanel.setTitle(texts.f("sbs.without", decision, from));
        rightPanel.setTitle(texts.f("sbs.with", decision, from));
    }

    /** Shows a month: captions and the figures under each map (Swing thread). */
    void showMonth(String date, long seed, double[] l, int lClashes, double[] r, int rClashes) {
        leftPanel.setRun(date, seed);
        rightPanel.setRun(date, seed);
        leftStats.setText(line(l, lClashes));
        rightStats.setText(line(r, rClashes));
    }

    private String line(double[] row, int clashes) {
        if (row == null) {
            return " ";
        }
        return texts.f("sbs.stats", texts.whole(row[org.sahelsim.record.Metrics.ARMED_GROUPS]),
                texts.num(row[org.sahelsim.record.Metrics.EFFECTIVE_GROUPS], 1), clashes,
                texts.whole(100 * row[org.sahelsim.record.Metrics.JIHADIST_FIGHTER_SHARE]));
    }
}
