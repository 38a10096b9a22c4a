package org.sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.sahelsim.model.SahelModel;
import org.sahelsim.palette.Colours;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Metrics;
import org.sahelsim.scenario.Scenario;

/**
 * Side by side: two maps of the session's scenario on the same seed, without (left) and with
 * (right) one decision from a given month, so the class sees the worlds stay identical until
 * that month and then diverge. The window runs its own two models with its own controls (the
 * classroom window's bar: reset, play, pause, step, speed; the same keys), opens paused at month
 * 0 with both maps drawn, names the decision and the month in its header, and leaves the
 * classroom window's run as it was. Under each map, a line of figures (groups, clashes so far,
 * jihadist share); one legend for both maps, with the coalitions of either.
 */
public final class SideBySideWindow extends JFrame {
    private static final long serialVersionUID = 1L;

    final MapView left;
    final MapView right;
    final ViewPanel leftPanel;
    final ViewPanel rightPanel;
    final ControlBar controls;
    private final JLabel leftStats = stats();
    private final JLabel rightStats = stats();
    private final Texts texts;
    private final Session session;
    private final JLabel title = new JLabel(" ");
    private final JLabel when = new JLabel(" ");
    private final JLabel notice = new JLabel(" ");
    private final Timer timer;
    private String choiceKey;
    private int from;
    private SahelModel without;
    private SahelModel with;
    private GuiSink withoutSink;
    private GuiSink withSink;

    SideBySideWindow(SahelWithUI gui, Texts texts, MapGeometry geo, Session session) {
        this.texts = texts;
        this.session = session;
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

        JPanel header = new JPanel(new BorderLayout());
        header.setBackground(new Color(0x1F, 0x2A, 0x38));
        header.setBorder(BorderFactory.createEmptyBorder(6, 14, 6, 20));
        title.setFont(Palette.font(Font.BOLD, 18));
        title.setForeground(Color.WHITE);
        when.setFont(Palette.font(Font.BOLD, 24));
        when.setForeground(Colours.YELLOW);
        notice.setFont(Palette.font(Font.ITALIC | Font.BOLD, 15));
        notice.setForeground(Colours.SKY_BLUE);
        // the decision on a line of its own; under it the notice, and the month at the right
        JPanel line2 = new JPanel(new BorderLayout());
        line2.setOpaque(false);
        line2.add(notice, BorderLayout.CENTER);
        line2.add(when, BorderLayout.EAST);
        header.add(title, BorderLayout.NORTH);
        header.add(line2, BorderLayout.CENTER);

        timer = new Timer((int) ControlBar.Speed.NORMAL.pauseMs, e -> stepMonth());
        controls = new ControlBar(texts, new Controls());
        JPanel top = new JPanel(new BorderLayout());
        top.add(header, BorderLayout.NORTH);
        top.add(controls, BorderLayout.CENTER);

        JPanel content = new JPanel(new BorderLayout());
        content.add(top, BorderLayout.NORTH);
        content.add(both, BorderLayout.CENTER);
        content.add(new Legend(texts, Legend.Kind2.MAP, this::coalitions), BorderLayout.SOUTH);
        setContentPane(content);
        controls.bindKeys(getRootPane());
        // the keys need the focus on the maps, not in the seed field
        both.setFocusable(true);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                both.requestFocusInWindow();
            }

            @Override
            public void windowActivated(java.awt.event.WindowEvent e) {
                if (!controls.seedField.isFocusOwner()) {
                    both.requestFocusInWindow();
                }
            }
        });
        controls.onSeedTyped(both::requestFocusInWindow);
        texts.onChange(this::relabel);
        Screens.maximise(this);
    }

    private static JLabel stats() {
        JLabel l = new JLabel(" ");
        l.setFont(Palette.CAPTION_BOLD);
        l.setOpaque(true);
        l.setBackground(Color.WHITE);
        l.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        return l;
    }

    /** The coalitions of either map, the left's first: one legend for both. */
    private Map<String, Color> coalitions() {
        Map<String, Color> both = new LinkedHashMap<>(left.coalitionColours());
        right.coalitionColours().forEach(both::putIfAbsent);
        return both;
    }

    /**
     * Compares the session without and with the decision {@code key} (one of
     * {@link SahelWithUI#SIDE_BY_SIDE}) from {@code month}: a new pair of runs, shown at month
     * 0, paused. Swing thread.
     */
    void configure(String key, int month) {
        choiceKey = key;
        from = month;
        relabel();
        reset();
    }

    /** The two runs again from month 0, on the session's scenario and seed as they are now; paused. */
    void reset() {
        timer.stop();
        Scenario s = session.scenario();
        withoutSink = new GuiSink();
        withSink = new GuiSink();
        without = new SahelModel(SahelWithUI.plus(s, SahelWithUI.sideBySideOff(choiceKey, from)), session.runSeed(),
                withoutSink);
        with = new SahelModel(SahelWithUI.plus(s, SahelWithUI.sideBySideInput(choiceKey, from, session.base())),
                session.runSeed(), withSink);
        without.start();
        with.start();
        left.bind(without.world());
        right.bind(with.world());
        show(0);
        controls.refresh();
    }

    /** One month of both runs; at the last month the window pauses. */
    void stepMonth() {
        if (without == null) {
            return;
        }
        if (month() >= without.scenario().months()) {
            timer.stop();
            controls.refresh();
            return;
        }
        without.stepMonth();
        with.stepMonth();
        show(month());
        if (month() >= without.scenario().months()) {
            timer.stop();
            controls.refresh();
        }
    }

    /** The month both runs have reached. */
    int month() {
        return without == null ? 0 : without.month();
    }

    boolean playing() {
        return timer.isRunning();
    }

    private void show(int m) {
        left.sync(withoutSink.eventsOf(m), m > 0 ? withoutSink.eventsOf(m - 1) : List.of());
        right.sync(withSink.eventsOf(m), m > 0 ? withSink.eventsOf(m - 1) : List.of());
        left.display.repaint();
        right.display.repaint();
        String date = texts.month(without.scenario().dateOf(m));
        leftPanel.setRun(date, session.seed());
        rightPanel.setRun(date, session.seed());
        leftStats.setText(line(withoutSink));
        rightStats.setText(line(withSink));
        when.setText(texts.f("header.date", date, m, without.scenario().months()));
        getContentPane().repaint();
    }

    private void relabel() {
        String decision = choiceKey == null ? "" : texts.t(choiceKey);
        setTitle(texts.t("sbs.title"));
        title.setText(texts.f("sbs.header", decision, from));
        notice.setText(texts.t("notice"));
        leftPanel.setTitle(texts.t("sbs.left"));
        rightPanel.setTitle(texts.f("sbs.right", from));
        if (without != null) {
            show(month());
        }
    }

    /**
     * What lessons compare under each map: armed groups, clashes and the jihadist share; then
     * jihadist influence in the north and the centre and the attacks on MINUSMA so far (lesson 3).
     */
    private String line(GuiSink sink) {
        double[] row = sink.lastRow();
        if (row == null) {
            return " ";
        }
        // short lines, so that half a small screen holds them whole
        return "<html>" + texts.f("sbs.stats1", texts.whole(row[Metrics.ARMED_GROUPS]),
                texts.num(row[Metrics.EFFECTIVE_GROUPS], 1)) + "<br>" + texts.f("sbs.stats2",
                sink.count(EventType.CLASH), texts.whole(100 * row[Metrics.JIHADIST_FIGHTER_SHARE])) + "<br>"
                + texts.f("sbs.stats3", texts.whole(100 * row[Metrics.JIHADIST_INFLUENCE_NORTH]),
                texts.whole(100 * row[Metrics.JIHADIST_INFLUENCE_CENTRE]),
                (int) Math.round(sink.total(Metrics.ATTACKS_ON_MINUSMA))) + "</html>";
    }

    /** The parts a class must see whole, by name (for the layout checks of the tests). */
    Map<String, javax.swing.JComponent> layoutParts() {
        Map<String, javax.swing.JComponent> out = new LinkedHashMap<>();
        out.put("title", title);
        out.put("when", when);
        out.put("notice", notice);
        out.putAll(controls.parts());
        out.put("leftStats", leftStats);
        out.put("rightStats", rightStats);
        out.put("leftMap", left.display);
        out.put("rightMap", right.display);
        return out;
    }

    /** Stops playing (the window is closed or hidden). */
    void stop() {
        timer.stop();
    }

    /** The bar's actions on the two runs of this window. */
    private final class Controls implements ControlBar.Run {
        @Override
        public boolean playing() {
            return timer.isRunning();
        }

        @Override
        public void playPause() {
            if (timer.isRunning()) {
                timer.stop();
            } else if (month() < without.scenario().months()) {
                timer.start();
            }
        }

        @Override
        public void step() {
            if (timer.isRunning()) {
                timer.stop();
                return;
            }
            stepMonth();
        }

        @Override
        public void reset() {
            SideBySideWindow.this.reset();
        }

        @Override
        public void speed(ControlBar.Speed s) {
            timer.setDelay((int) s.pauseMs);
            timer.setInitialDelay((int) s.pauseMs);
        }

        @Override
        public void seed(long seed) {
            session.setSeed(seed);
            SideBySideWindow.this.reset();
        }

        @Override
        public long seed() {
            return session.seed();
        }

        @Override
        public void fullScreen() {
            Screens.toggleFullScreen(SideBySideWindow.this);
        }
    }
}
