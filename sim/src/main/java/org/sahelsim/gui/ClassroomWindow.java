package org.sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.WindowConstants;
import org.sahelsim.palette.Colours;
import org.sahelsim.record.Event;
import org.sahelsim.scenario.LeverSpec;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.Scenario;
import sim.display.Display2D;

/**
 * The classroom window, made for a projector. Top: a header with the scenario, the simulated
 * month, the seed, the levers in force and the notice that the model is not a forecast; under
 * it the preset's teaching note. Left: the map with its legend beside it. Middle: the alliance
 * network above the narration. Right: the live charts, two by three. Bottom: buttons that trigger sanctions,
 * integration or base closures now, the last change recorded, the teaching-note and language
 * switches. Menus: open a preset, save the session, pictures and frames, side by side, help.
 */
public final class ClassroomWindow extends JFrame {
    private static final long serialVersionUID = 1L;

    private final SahelWithUI gui;
    private final Texts texts;
    final MapView map;
    final NetworkView network;
    final ChartsPanel charts;
    final NarrationPanel narration;
    final ViewPanel mapPanel;
    final ViewPanel networkPanel;
    final ViewPanel chartsPanel;
    final ViewPanel narrationPanel;
    private final Header header = new Header();
    private final JTextArea note = new JTextArea();
    private final JLabel status = new JLabel(" ");
    private final List<Runnable> relabel = new ArrayList<>();
    private Scenario scenario;
    private int month;
    private long seed;
    /** The particle of the calibrated set the world runs on, or -1 (the scenario's own values). */
    private int particle = -1;
    private LeversSpec inForce;

    ClassroomWindow(SahelWithUI gui, Texts texts, MapGeometry geo) {
        this.gui = gui;
        this.texts = texts;
        setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        map = new MapView(gui, texts, geo);
        network = new NetworkView(gui);
        charts = new ChartsPanel(texts);
        narration = new NarrationPanel(texts);
        fit(map.display, MapGeometry.WIDTH, geo.height());
        fit(network.display, NetworkView.WIDTH, NetworkView.HEIGHT);
        mapPanel = new ViewPanel(texts, "view.map", map.display, map.display.display,
                new Legend(texts, Legend.Kind2.MAP_COLUMN, map::coalitionColours), true);
        networkPanel = new ViewPanel(texts, "view.network", network.display, network.display.display,
                new Legend(texts, Legend.Kind2.NETWORK, LinkedHashMap::new));
        chartsPanel = new ViewPanel(texts, "view.charts", charts, charts, null);
        narrationPanel = new ViewPanel(texts, "view.narration", narration, narration, null);

        JSplitPane middle = new JSplitPane(JSplitPane.VERTICAL_SPLIT, networkPanel, narrationPanel);
        middle.setResizeWeight(0.5);
        JSplitPane right = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, middle, chartsPanel);
        right.setResizeWeight(0.5);
        JSplitPane centre = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, mapPanel, right);
        centre.setResizeWeight(0.42);
        centre.setDividerLocation(680);
        right.setDividerLocation(450);
        middle.setDividerLocation(400);

        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        note.setEditable(false);
        note.setFont(Palette.CAPTION);
        note.setBackground(new Color(0xFF, 0xF8, 0xE1));
        note.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        JPanel top = new JPanel(new BorderLayout());
        top.add(header, BorderLayout.NORTH);
        top.add(note, BorderLayout.CENTER);

        JPanel content = new JPanel(new BorderLayout());
        content.add(top, BorderLayout.NORTH);
        content.add(centre, BorderLayout.CENTER);
        content.add(buttons(), BorderLayout.SOUTH);
        setContentPane(content);
        setJMenuBar(menus());
        texts.onChange(this::relabelAll);
        relabelAll();
        setSize(1600, 1000);
        setLocation(0, 0);
    }

    /** Keeps a MASON display's field fitted to its drawing area. */
    static void fit(Display2D d, double w, double h) {
        d.display.setHorizontalScrollBarPolicy(javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        d.display.setVerticalScrollBarPolicy(javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_NEVER);
        d.display.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                java.awt.Dimension size = d.display.getViewport().getExtentSize();
                double s = Math.min((size.width - 2) / w, (size.height - 2) / h);
                if (s > 0.05 && Math.abs(s - d.getScale()) > 1e-3) {
                    d.setScale(s);
                }
            }
        });
    }

    private JButton button(String key, Runnable action) {
        JButton b = new JButton();
        b.setFont(Palette.CAPTION_BOLD);
        b.addActionListener(e -> action.run());
        relabel.add(() -> b.setText(texts.t(key)));
        return b;
    }

    private JPanel buttons() {
        JPanel bar = new JPanel(new BorderLayout());
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 6));
        left.add(button("btn.sanctions", gui.settings()::sanctionsNow));
        left.add(button("btn.integration", gui.settings()::integrationNow));
        left.add(button("btn.bases", gui.settings()::closeBasesNow));
        status.setFont(Palette.CAPTION);
        left.add(status);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 6));
        right.add(button("btn.note", () -> {
            note.setVisible(!note.isVisible());
            revalidate();
        }));
        right.add(button("btn.language", () -> texts.setLocale(texts.other())));
        bar.add(left, BorderLayout.CENTER);
        bar.add(right, BorderLayout.EAST);
        return bar;
    }

    private JMenuItem item(String key, Runnable action) {
        JMenuItem i = new JMenuItem();
        i.setFont(Palette.CAPTION);
        i.addActionListener(e -> action.run());
        relabel.add(() -> i.setText(texts.t(key)));
        return i;
    }

    private JMenu menu(String key) {
        JMenu m = new JMenu();
        m.setFont(Palette.CAPTION);
        relabel.add(() -> m.setText(texts.t(key)));
        return m;
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("menu.file");
        file.add(item("menu.open", gui::openPreset));
        file.add(item("menu.openfile", gui::openFile));
        file.addSeparator();
        file.add(item("menu.save", gui::saveSession));
        file.add(item("menu.reset", gui::resetSession));
        file.addSeparator();
        JMenu pictures = menu("menu.picture");
        for (String v : List.of("view.map", "view.network", "view.charts", "view.narration", "view.window",
                "view.sidebyside")) {
            pictures.add(item(v, () -> gui.savePicture(v)));
        }
        file.add(pictures);
        file.add(item("menu.frames", gui::toggleFrames));
        bar.add(file);
        JMenu view = menu("menu.view");
        view.add(item("menu.sidebyside", gui::askSideBySide));
        JMenu lang = menu("menu.language");
        for (Locale l : Texts.LANGUAGES) {
            JMenuItem i = new JMenuItem(l.getDisplayLanguage(l));
            i.setFont(Palette.CAPTION);
            i.addActionListener(e -> texts.setLocale(l));
            lang.add(i);
        }
        view.add(lang);
        bar.add(view);
        JMenu help = menu("menu.help");
        help.add(item("menu.howto", gui::showHelp));
        bar.add(help);
        return bar;
    }

    private void relabelAll() {
        relabel.forEach(Runnable::run);
        setTitle(texts.t("app.title") + (scenario == null ? "" : " — " + scenario.name()));
        header.repaint();
        updateCaptions();
    }

    /** Starts showing a new run (Swing thread). */
    /** The particle of the calibrated posterior the next run is drawn on, shown in the header (-1: none). */
    void setParticle(int p) {
        particle = p;
    }

    void startRun(Scenario s, long runSeedShown) {
        scenario = s;
        seed = runSeedShown;
        month = 0;
        note.setText(s.teachingNote().isBlank() ? s.description() : s.teachingNote());
        note.setVisible(!note.getText().isBlank());
        charts.clear(s.months());
        narration.clear(s.start());
        setTitle(texts.t("app.title") + " — " + s.name());
        updateCaptions();
        header.repaint();
    }

    /** Shows a month: its metrics, its new events, the levers in force (Swing thread). */
    void showMonth(int m, double[] row, List<Event> newEvents, LeversSpec levers) {
        month = m;
        inForce = levers;
        if (row != null) {
            charts.add(m, row);
        }
        narration.add(newEvents);
        updateCaptions();
        header.repaint();
    }

    void setStatus(String text) {
        status.setText(text);
    }

    private String dateText() {
        return scenario == null ? "" : texts.month(scenario.start().plusMonths(month));
    }

    private void updateCaptions() {
        views().values().forEach(v -> v.setRun(dateText(), seed));
    }

    /** The views by their title key. */
    Map<String, ViewPanel> views() {
        Map<String, ViewPanel> out = new LinkedHashMap<>();
        out.put("view.map", mapPanel);
        out.put("view.network", networkPanel);
        out.put("view.charts", chartsPanel);
        out.put("view.narration", narrationPanel);
        return out;
    }

    /** The levers active in a month, by their short names. */
    static List<String> active(LeversSpec l, YearMonth start, int m, Texts texts) {
        List<LeverSpec> all = l == null ? List.of() : l.all();
        return IntStream.range(0, all.size())
                .filter(i -> all.get(i).enabled() && all.get(i).start().step(start) <= Math.max(1, m)
                        && (all.get(i).end() == null || all.get(i).end().step(start) > m))
                .mapToObj(i -> texts.t("short." + LeversSpec.NAMES.get(i))).toList();
    }

    /** The header: scenario, month, seed, levers in force, and the notice. */
    private final class Header extends JComponent {
        private static final long serialVersionUID = 1L;

        @Override
        public Dimension getPreferredSize() {
            return new Dimension(800, 74);
        }

        @Override
        protected void paintComponent(Graphics g0) {
            Graphics2D g = (Graphics2D) g0;
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x1F, 0x2A, 0x38));
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setColor(Color.WHITE);
            g.setFont(Palette.TITLE);
            String name = scenario == null ? "" : scenario.name();
            g.drawString(texts.t("app.title") + "  ·  " + name, 14, 30);
            String when = scenario == null ? "" : texts.f("header.date", dateText(), month, scenario.months());
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
            int ww = g.getFontMetrics().stringWidth(when);
            g.setColor(Colours.YELLOW);
            g.drawString(when, getWidth() - ww - 20, 32);
            g.setFont(Palette.CAPTION);
            g.setColor(Color.WHITE);
            List<String> act = scenario == null ? List.of() : active(inForce, scenario.start(), month, texts);
            String levers = act.isEmpty() ? texts.t("header.levers.none") : texts.f("header.levers", String.join(", ", act));
            String seedText = particle < 0 ? texts.f("header.seed", seed) : texts.f("header.seed.set", seed, particle);
            g.drawString(seedText + "   ·   " + levers, 14, 58);
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC | Font.BOLD, 16));
            g.setColor(Colours.SKY_BLUE);
            String notice = texts.t("notice");
            g.drawString(notice, getWidth() - g.getFontMetrics().stringWidth(notice) - 20, 60);
        }
    }

    /** The month last shown. */
    int month() {
        return month;
    }
}
