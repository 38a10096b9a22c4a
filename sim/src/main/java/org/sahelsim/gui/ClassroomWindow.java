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
    /** The close-up of the Tilemsi valley (null when the scenario's map has none of its towns). */
    final ViewPanel closeUpPanel;
    /** The tab shown before the close-up was called up by its key, to go back to. */
    private java.awt.Component beforeCloseUp;
    private final Header header = new Header();
    final ControlBar controls;
    /** The right of the window: on a wide screen the charts and the levers; on a small one every view but the map. */
    final javax.swing.JTabbedPane tabs = new javax.swing.JTabbedPane();
    final javax.swing.JComboBox<String> chartChooser = new javax.swing.JComboBox<>();
    private final JComponent leversView;
    private final JPanel centre = new JPanel(new BorderLayout());
    /** Whether the wide arrangement is shown (null before the first). */
    private Boolean wide;
    /** The width from which the network and narration stand beside the map and the charts (a 1600 px wide window and more). */
    static final int WIDE = 1560;
    /** On a narrow window, the map's share of the width (with its legend beside it). */
    static final double MAP_SHARE = 0.56;
    private final JTextArea note = new JTextArea();
    /**
     * The note, at most three lines high on a screen under 1000 pixels (a projector of 1280x800:
     * the map keeps its height; the rest scrolls), six on a larger one.
     */
    private final javax.swing.JScrollPane noteArea = new javax.swing.JScrollPane(note,
            javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
            javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER) {
        private static final long serialVersionUID = 1L;

        @Override
        public Dimension getPreferredSize() {
            Dimension d = super.getPreferredSize();
            int lines = ClassroomWindow.this.getHeight() < 1000 ? 3 : 6;
            // the note's top border, then whole lines: no part of the next line peeks out
            int most = 6 + lines * note.getFontMetrics(note.getFont()).getHeight();
            return new Dimension(d.width, Math.min(d.height, most));
        }
    };
    /** The last change, in plain words, on a line of its own over the buttons once there is one (never cut short). */
    private final JTextArea status = new JTextArea();
    private final List<Runnable> relabel = new ArrayList<>();
    private Scenario scenario;
    private int month;
    private long seed;
    /** The particle of the calibrated set the world runs on, or -1 (the scenario's own values). */
    private int particle = -1;
    private LeversSpec inForce;
    /** Whether the run pauses at its first split or clash with the preset's prompt (View menu; on by default). */
    boolean pauseAtFirst = true;
    /** The month the prompt was shown in this run, or -1. */
    private int promptMonth = -1;
    final javax.swing.JCheckBoxMenuItem pauseItem = new javax.swing.JCheckBoxMenuItem();
    /** Splits, mergers, clashes and towns taken so far in the run shown (the lesson's questions). */
    private final int[] counts = new int[4];
    static final List<org.sahelsim.record.EventType> COUNTED = List.of(org.sahelsim.record.EventType.SPLIT,
            org.sahelsim.record.EventType.MERGE, org.sahelsim.record.EventType.CLASH,
            org.sahelsim.record.EventType.CAPTURE);

    ClassroomWindow(SahelWithUI gui, Texts texts, MapGeometry geo, ControlBar.Run run, JComponent levers) {
        this.gui = gui;
        this.texts = texts;
        this.controls = new ControlBar(texts, run);
        this.leversView = levers;
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
        Display2D closeUp = map.closeUp(gui);
        if (closeUp != null) {
            closeUpPanel = new ViewPanel(texts, "view.closeup", closeUp, closeUp.display, null);
        } else {
            closeUpPanel = null;
        }
        // one click on a group: its plain card (MASON's double click still opens the inspector)
        for (Display2D d : closeUp == null ? List.of(map.display) : List.of(map.display, closeUp)) {
            d.insideDisplay.addMouseListener(new java.awt.event.MouseAdapter() {
                @Override
                public void mouseClicked(java.awt.event.MouseEvent e) {
                    if (e.getClickCount() == 1 && javax.swing.SwingUtilities.isLeftMouseButton(e)) {
                        showCard(d, e);
                    }
                }
            });
        }
        narrationPanel = new ViewPanel(texts, "view.narration", narration, narration, null);

        tabs.setFont(Palette.CAPTION_BOLD);
        tabs.setTabLayoutPolicy(javax.swing.JTabbedPane.SCROLL_TAB_LAYOUT); // one row of tabs, never two
        chartChooser.setFont(Palette.CAPTION);
        chartChooser.addActionListener(e -> charts.showOnly(wide != null && !wide ? chartChooser.getSelectedIndex() : -1));

        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        note.setEditable(false);
        note.setFont(Palette.CAPTION);
        note.setBackground(NOTE);
        note.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        note.setFocusable(false);
        // a new note is read from its start, not scrolled to its end
        ((javax.swing.text.DefaultCaret) note.getCaret()).setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
        // the note's height follows its text (a scroll pane would keep its first height)
        note.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                refit();
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
                refit();
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
                refit();
            }

            private void refit() {
                if (noteArea.getParent() != null) {
                    noteArea.getParent().revalidate();
                }
            }
        });
        JPanel top = new JPanel(new BorderLayout());
        top.add(header, BorderLayout.NORTH);
        top.add(controls, BorderLayout.CENTER);
        noteArea.setBorder(BorderFactory.createEmptyBorder());
        top.add(noteArea, BorderLayout.SOUTH);

        JPanel content = new JPanel(new BorderLayout());
        content.add(top, BorderLayout.NORTH);
        content.add(centre, BorderLayout.CENTER);
        content.add(buttons(), BorderLayout.SOUTH);
        setContentPane(content);
        setJMenuBar(menus());
        controls.bindKeys(getRootPane());
        // the rest of a lesson from the keyboard: the "now" buttons, the levers, side by side
        ControlBar.bind(getRootPane(), javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_S, 0), "sahelsim.sanctions",
                gui.settings()::sanctionsNow);
        ControlBar.bind(getRootPane(), javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_I, 0), "sahelsim.integration",
                gui.settings()::integrationNow);
        ControlBar.bind(getRootPane(), javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_B, 0), "sahelsim.bases",
                gui.settings()::closeBasesNow);
        ControlBar.bind(getRootPane(), javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_L, 0), "sahelsim.levers", this::showLevers);
        ControlBar.bind(getRootPane(), javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_D, 0), "sahelsim.sideBySide",
                gui::askSideBySide);
        ControlBar.bind(getRootPane(), javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_Z, 0), "sahelsim.closeUp",
                this::toggleCloseUp);
        // the keys need the focus in the window but not in a text field: it starts on the views,
        // and goes back to them once a seed is typed
        centre.setFocusable(true);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                centre.requestFocusInWindow();
            }
        });
        controls.onSeedTyped(centre::requestFocusInWindow);
        // Escape leaves whatever has the focus (a lever's field, a slider) for the views again
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_ESCAPE, 0), "sahelsim.views");
        getRootPane().getActionMap().put("sahelsim.views", new javax.swing.AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                centre.requestFocusInWindow();
            }
        });
        texts.onChange(this::relabelAll);
        // the whole screen, maximised: the window is for a projector or a laptop's own screen
        Screens.maximise(this);
        arrange(getWidth() >= WIDE);
        content.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                arrange(content.getWidth() >= WIDE);
            }
        });
        relabelAll();
    }

    /**
     * Lays the views out for the window's width: wide, the map, then the network over the
     * narration, then the charts (two by three) with the levers in a tab beside them; narrow,
     * the map and one tabbed area (one chart at a time, chosen from a list; the network; the
     * narration; the levers), so that nothing is cut or too small to read.
     */
    void arrange(boolean wideNow) {
        if (wide != null && wide == wideNow) {
            return;
        }
        wide = wideNow;
        int selected = Math.max(0, tabs.getSelectedIndex());
        tabs.removeAll();
        centre.removeAll();
        JPanel chartsArea = new JPanel(new BorderLayout());
        chartsArea.add(chartsPanel, BorderLayout.CENTER);
        JSplitPane split;
        if (wideNow) {
            charts.showOnly(-1);
            tabs.addTab("", chartsArea);
            addCloseUpTab();
            tabs.addTab("", leversView);
            JSplitPane middle = new JSplitPane(JSplitPane.VERTICAL_SPLIT, networkPanel, narrationPanel);
            middle.setResizeWeight(0.5);
            JSplitPane right = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, middle, tabs);
            right.setResizeWeight(0.45);
            split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, mapPanel, right);
            split.setResizeWeight(0.40);
        } else {
            JPanel choose = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
            choose.setBackground(Color.WHITE);
            choose.add(chartChooser);
            chartsArea.add(choose, BorderLayout.NORTH);
            charts.showOnly(Math.max(0, chartChooser.getSelectedIndex()));
            tabs.addTab("", chartsArea);
            addCloseUpTab();
            tabs.addTab("", networkPanel);
            tabs.addTab("", narrationPanel);
            tabs.addTab("", leversView);
            split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, mapPanel, tabs);
            split.setResizeWeight(0.5);
        }
        split.setContinuousLayout(true);
        centre.add(split, BorderLayout.CENTER);
        relabelTabs();
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
        centre.revalidate();
        centre.repaint();
        // the splits take their weights once laid out
        int w = getContentPane().getWidth() > 0 ? getContentPane().getWidth() : getWidth();
        int h = Math.max(300, (getContentPane().getHeight() > 0 ? getContentPane().getHeight() : getHeight()) - 260);
        split.setDividerLocation((int) (w * (wideNow ? 0.40 : MAP_SHARE)));
        if (split.getRightComponent() instanceof JSplitPane right) {
            right.setDividerLocation((int) (w * 0.60 * 0.45));
            if (right.getLeftComponent() instanceof JSplitPane middle) {
                middle.setDividerLocation(h / 2);
            }
        }
    }

    private void addCloseUpTab() {
        if (closeUpPanel != null) {
            tabs.addTab("", closeUpPanel);
        }
    }

    private void relabelTabs() {
        List<String> keys = new ArrayList<>(wide != null && wide ? List.of("view.charts", "tab.levers")
                : List.of("tab.charts", "tab.network", "tab.narration", "tab.levers"));
        if (closeUpPanel != null) {
            keys.add(1, "tab.closeup");
        }
        for (int i = 0; i < tabs.getTabCount() && i < keys.size(); i++) {
            tabs.setTitleAt(i, texts.t(keys.get(i)));
        }
        int chosen = Math.max(0, chartChooser.getSelectedIndex());
        List<String> titles = charts.titles();
        if (chartChooser.getItemCount() != titles.size() || !titles.get(0).equals(chartChooser.getItemAt(0))) {
            chartChooser.removeAllItems();
            titles.forEach(chartChooser::addItem);
            chartChooser.setSelectedIndex(Math.min(chosen, titles.size() - 1));
        }
    }

    /**
     * Shows the close-up's tab (key Z), or goes back to the tab shown before it when the
     * close-up is already shown.
     */
    void toggleCloseUp() {
        if (closeUpPanel == null) {
            return;
        }
        if (tabs.getSelectedComponent() == closeUpPanel) {
            tabs.setSelectedComponent(beforeCloseUp != null && tabs.indexOfComponent(beforeCloseUp) >= 0
                    ? beforeCloseUp : tabs.getComponentAt(0));
        } else {
            beforeCloseUp = tabs.getSelectedComponent();
            tabs.setSelectedComponent(closeUpPanel);
        }
    }

    /** The card of the group under a click on a map, if any, shown beside it. */
    private void showCard(Display2D d, java.awt.event.MouseEvent e) {
        FactionMarker hit = null;
        for (sim.util.Bag bag : d.objectsHitBy(e.getPoint())) {
            for (Object o : bag) {
                if (o instanceof sim.portrayal.LocationWrapper w && w.getObject() instanceof FactionMarker f && !f.gone) {
                    hit = f;
                }
            }
        }
        if (hit == null || scenario == null) {
            return;
        }
        lastCard = GroupCard.html(hit, texts, new Narrator(texts, scenario.start()), gui.sink().eventsFrom(0));
        javax.swing.JLabel card = new javax.swing.JLabel(lastCard);
        card.setFont(Palette.CAPTION);
        card.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        javax.swing.JPopupMenu popup = new javax.swing.JPopupMenu();
        popup.add(card);
        popup.show(e.getComponent(), e.getX() + 12, e.getY() + 12);
    }

    /** The last card shown, as HTML (for tests). */
    String lastCard = "";

    /** Shows the Levers tab and puts the focus in it, so that Tab and the space bar reach every lever (key L). */
    void showLevers() {
        tabs.setSelectedComponent(leversView);
        // on the first lever's check box, not in a text field, so that the window's keys still
        // work; Tab then walks the levers, the space bar ticks a box, the arrows move a slider
        Components.all(leversView, javax.swing.JCheckBox.class).stream().filter(java.awt.Component::isShowing)
                .findFirst().ifPresent(javax.swing.JCheckBox::requestFocusInWindow);
    }

    /** Full screen on, or back to the maximised window (F11). */
    void toggleFullScreen() {
        Screens.toggleFullScreen(this);
    }

    /** Whether the wide arrangement is shown. */
    boolean wide() {
        return wide != null && wide;
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

    /** The buttons of the bottom bar, by text key (for the layout checks of the tests). */
    private final Map<String, JButton> buttonsByKey = new LinkedHashMap<>();

    /**
     * The parts of the window a class must see whole, by name: the header, every control of the
     * bar, the bottom buttons, the map and the tabbed views. None may be cut or overlap another.
     */
    Map<String, JComponent> layoutParts() {
        Map<String, JComponent> out = new LinkedHashMap<>();
        out.put("header", header);
        out.putAll(controls.parts());
        buttonsByKey.forEach(out::put);
        out.put("map", mapPanel);
        out.put("tabs", tabs);
        return out;
    }

    private JButton button(String key, Runnable action) {
        JButton b = new JButton();
        buttonsByKey.put(key, b);
        b.setFont(Palette.CAPTION_BOLD);
        b.setFocusable(false); // the window's keys (space, arrows) must not press a focused button
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
        status.setFont(Palette.CAPTION_BOLD);
        status.setLineWrap(true);
        status.setWrapStyleWord(true);
        status.setEditable(false);
        status.setFocusable(false);
        status.setBackground(NOTE);
        status.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
        status.setVisible(false);
        left.setFocusable(false);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 6));
        right.add(button("btn.note", () -> {
            noteArea.setVisible(!noteArea.isVisible());
            revalidate();
        }));
        right.add(button("btn.language", () -> texts.setLocale(texts.other())));
        bar.add(left, BorderLayout.WEST);
        bar.add(right, BorderLayout.EAST);
        // the buttons' words are long in French: the last change takes the whole width, over them
        JPanel both = new JPanel(new BorderLayout());
        both.add(status, BorderLayout.NORTH);
        both.add(bar, BorderLayout.CENTER);
        return both;
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
        pauseItem.setFont(Palette.CAPTION);
        pauseItem.setSelected(pauseAtFirst);
        pauseItem.addActionListener(e -> pauseAtFirst = pauseItem.isSelected());
        relabel.add(() -> pauseItem.setText(texts.t("menu.pausefirst")));
        view.add(pauseItem);
        view.add(item("menu.fullscreen", this::toggleFullScreen));
        view.add(item("menu.console", gui::showConsole));
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

    /** The buttons of Swing's dialogs (OK, Cancel, Yes, No, Open, Save) in the window's language. */
    private void dialogButtons() {
        for (String[] k : new String[][] {{"OptionPane.okButtonText", "dlg.ok"},
                {"OptionPane.cancelButtonText", "dlg.cancel"}, {"OptionPane.yesButtonText", "dlg.yes"},
                {"OptionPane.noButtonText", "dlg.no"}, {"FileChooser.openButtonText", "dlg.open"},
                {"FileChooser.saveButtonText", "dlg.save"}, {"FileChooser.cancelButtonText", "dlg.cancel"}}) {
            javax.swing.UIManager.put(k[0], texts.t(k[1]));
        }
    }

    private void relabelAll() {
        dialogButtons();
        relabel.forEach(Runnable::run);
        relabelTabs();
        relabelSet();
        if (scenario != null) {
            note.setText(teachingNote(scenario));
        }
        if (statusText != null) {
            setStatus(statusText);
        }
        setTitle(texts.t("app.title") + (scenario == null ? "" : " — " + texts.title(scenario)));
        header.repaint();
        updateCaptions();
    }

    /** The particle of the calibrated posterior the next run is drawn on, shown beside the seed (-1: none). */
    void setParticle(int p) {
        particle = p;
        relabelSet();
    }

    private void relabelSet() {
        controls.setSet(particle < 0 ? "" : texts.f("ctl.set", particle));
    }

    /** Starts showing a new run (Swing thread). */
    void startRun(Scenario s, long runSeedShown) {
        scenario = s;
        seed = runSeedShown;
        month = 0;
        promptMonth = -1;
        note.setBackground(NOTE);
        java.util.Arrays.fill(counts, 0);
        note.setText(teachingNote(s));
        noteArea.setVisible(!note.getText().isBlank());
        charts.clear(s.months());
        showDecisions(s);
        narration.clear(s.start());
        setTitle(texts.t("app.title") + " — " + texts.title(s));
        updateCaptions();
        header.repaint();
        mapPanel.repaint(); // the legend's coalitions are the new run's, not the last one's
    }

    /**
     * Marks on the charts every month where a decision takes effect in {@code s}: a lever the
     * scenario starts after month 1, and every change recorded in the session (a timed input),
     * labelled by the levers' short names.
     */
    void showDecisions(Scenario s) {
        Map<Integer, java.util.Set<String>> at = new java.util.TreeMap<>();
        List<LeverSpec> all = s.levers().all();
        for (int i = 0; i < all.size(); i++) {
            LeverSpec l = all.get(i);
            int m = l.start().step(s.start());
            if (l.enabled() && m > 1) {
                at.computeIfAbsent(m, k -> new java.util.LinkedHashSet<>()).add(texts.lever(LeversSpec.NAMES.get(i)));
            }
        }
        for (org.sahelsim.scenario.TimedInput t : s.timedInputs()) {
            for (String key : t.set().keySet()) {
                at.computeIfAbsent(t.at().step(s.start()), k -> new java.util.LinkedHashSet<>())
                        .add(texts.lever(LeverPanel.leverOf(key)));
            }
        }
        Map<Integer, String> labels = new LinkedHashMap<>();
        at.forEach((m, names) -> labels.put(m, String.join(", ", names)));
        charts.marks(labels);
    }

    /** The teaching note's colour, and the prompt's when the run pauses at its first split or clash. */
    static final Color NOTE = new Color(0xFF, 0xF8, 0xE1);
    static final Color PROMPT = new Color(0xFF, 0xE0, 0xB2);

    /**
     * What to notice at the first split or clash: the preset's own prompt
     * ({@code prompt.<preset>.<split|clash>} in the window's texts) or the general one.
     */
    String prompt(String what) {
        String own = "prompt." + scenario.name() + "." + what;
        return texts.has(own) ? texts.t(own) : texts.t("prompt." + what);
    }

    /**
     * The preset's teaching note in the window's language: the file's own (English), or its
     * translation {@code note.<scenario name>} in the window's texts when there is one.
     */
    private String teachingNote(Scenario s) {
        return texts.ofScenario("note", s, s.teachingNote().isBlank() ? s.description() : s.teachingNote());
    }

    /** Shows a month: its metrics, its new events, the levers in force (Swing thread). */
    void showMonth(int m, double[] row, List<Event> newEvents, LeversSpec levers) {
        month = m;
        inForce = levers;
        if (row != null) {
            charts.add(m, row);
        }
        narration.add(newEvents);
        boolean firstSplit = counts[0] == 0 && newEvents.stream().anyMatch(e -> e.type() == COUNTED.get(0));
        boolean firstClash = counts[2] == 0 && newEvents.stream().anyMatch(e -> e.type() == COUNTED.get(2));
        for (Event e : newEvents) {
            int k = COUNTED.indexOf(e.type());
            if (k >= 0) {
                counts[k]++;
            }
        }
        if (promptMonth >= 0 && m > promptMonth) {
            // playing on: the teaching note again
            note.setText(teachingNote(scenario));
            note.setBackground(NOTE);
            promptMonth = -2;
        }
        if (pauseAtFirst && promptMonth == -1 && (firstSplit || firstClash) && controls.playing()) {
            controls.pause();
            promptMonth = m;
            noteArea.setVisible(true);
            note.setBackground(PROMPT);
            note.setText(prompt(firstSplit ? "split" : "clash"));
            if (!wide()) {
                // the prompt asks to read the sentence: on a small screen the narration is a tab
                tabs.setSelectedComponent(narrationPanel);
            }
        }
        updateCaptions();
        header.repaint();
    }

    /** A refused change or input, said in vermillion where the last change is. */
    void setProblem(String text) {
        setStatus(text);
        status.setForeground(Colours.VERMILLION);
    }

    void setStatus(String text) {
        status.setForeground(Palette.INK);
        statusText = null;
        status.setText(text);
        boolean shown = text != null && !text.isBlank();
        if (status.isVisible() != shown) {
            status.setVisible(shown);
            revalidate();
        }
    }

    /** The last change's line, said again in the new language when it changes. */
    void setStatus(java.util.function.Supplier<String> text) {
        setStatus(text.get());
        statusText = text;
    }

    private java.util.function.Supplier<String> statusText;

    /** The last change's line, as shown. */
    String status() {
        return status.getText();
    }

    private String dateText() {
        return scenario == null ? "" : texts.month(scenario.start().plusMonths(month));
    }

    private void updateCaptions() {
        views().values().forEach(v -> {
            v.setScenario(scenario == null ? "" : texts.title(scenario));
            v.setRun(dateText(), seed);
        });
    }

    /** The views by their title key. */
    Map<String, ViewPanel> views() {
        Map<String, ViewPanel> out = new LinkedHashMap<>();
        out.put("view.map", mapPanel);
        out.put("view.network", networkPanel);
        out.put("view.charts", chartsPanel);
        out.put("view.narration", narrationPanel);
        if (closeUpPanel != null) {
            out.put("view.closeup", closeUpPanel);
        }
        return out;
    }

    /** The levers active in a month, by their short names. */
    static List<String> active(LeversSpec l, YearMonth start, int m, Texts texts) {
        List<LeverSpec> all = l == null ? List.of() : l.all();
        return IntStream.range(0, all.size())
                .filter(i -> all.get(i).enabled() && all.get(i).start().step(start) <= Math.max(1, m)
                        && (all.get(i).end() == null || all.get(i).end().step(start) > m))
                .mapToObj(i -> texts.lever(LeversSpec.NAMES.get(i))).toList();
    }

    /** The header: scenario, month, seed, levers in force, and the notice. */
    private final class Header extends JComponent {
        private static final long serialVersionUID = 1L;

        @Override
        public Dimension getPreferredSize() {
            return new Dimension(800, Math.round(74 * Palette.SCALE));
        }

        /** Whether the last painting fitted every text without overlap (for the tests). */
        volatile boolean fitted = true;

        @Override
        protected void paintComponent(Graphics g0) {
            Graphics2D g = (Graphics2D) g0;
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x1F, 0x2A, 0x38));
            g.fillRect(0, 0, getWidth(), getHeight());
            String name = scenario == null ? "" : texts.title(scenario);
            String title = texts.t("app.title") + "  ·  " + name;
            String when = scenario == null ? "" : texts.f("header.date", dateText(), month, scenario.months());
            List<String> act = scenario == null ? List.of() : active(inForce, scenario.start(), month, texts);
            String levers = act.isEmpty() ? texts.t("header.levers.none") : texts.f("header.levers", String.join(", ", act));
            // what the lesson asks (fewer splits, or more?) counted so far; the seed is in the bar
            String line2 = countsLine() + "   ·   " + levers;
            String notice = texts.t("notice");
            // the month is the largest text; on a narrow window every text shrinks together until
            // the two lines fit, never below a size read from the back of a room
            int w = getWidth();
            boolean fits = false;
            Font titleFont = Palette.TITLE;
            Font whenFont = Palette.font(Font.BOLD, 26);
            Font smallFont = Palette.CAPTION;
            Font noticeFont = Palette.font(Font.ITALIC | Font.BOLD, 16);
            for (float k = 1f; k >= 0.6f && !fits; k -= 0.05f) {
                titleFont = Palette.TITLE.deriveFont(Palette.TITLE.getSize2D() * k);
                whenFont = Palette.font(Font.BOLD, 26 * k);
                smallFont = Palette.CAPTION.deriveFont(Palette.CAPTION.getSize2D() * k);
                noticeFont = Palette.font(Font.ITALIC | Font.BOLD, 16 * k);
                fits = g.getFontMetrics(titleFont).stringWidth(title) + g.getFontMetrics(whenFont).stringWidth(when)
                        + 54 <= w && g.getFontMetrics(smallFont).stringWidth(line2)
                        + g.getFontMetrics(noticeFont).stringWidth(notice) + 54 <= w;
            }
            fitted = fits;
            g.setColor(Color.WHITE);
            g.setFont(titleFont);
            g.drawString(title, 14, Math.round(30 * Palette.SCALE));
            g.setFont(whenFont);
            g.setColor(Colours.YELLOW);
            g.drawString(when, w - g.getFontMetrics().stringWidth(when) - 20, Math.round(32 * Palette.SCALE));
            g.setFont(smallFont);
            g.setColor(Color.WHITE);
            g.drawString(line2, 14, Math.round(58 * Palette.SCALE));
            g.setFont(noticeFont);
            g.setColor(Colours.SKY_BLUE);
            g.drawString(notice, w - g.getFontMetrics().stringWidth(notice) - 20, Math.round(60 * Palette.SCALE));
        }
    }

    /** What the header says the run has done so far ("2 splits · 1 merger · 14 clashes · no town taken"). */
    String countsLine() {
        return texts.f("header.counts", counts[0], counts[1], counts[2], counts[3]);
    }

    /** Splits, mergers, clashes and towns taken so far in the run shown. */
    int[] counts() {
        return counts.clone();
    }

    /** Whether the run is paused on its first split or clash with the prompt shown. */
    boolean promptShown() {
        return promptMonth >= 0;
    }

    /** Whether the header's texts fitted its width when last painted. */
    boolean headerFits() {
        return header.fitted;
    }

    /** The month last shown. */
    int month() {
        return month;
    }
}
