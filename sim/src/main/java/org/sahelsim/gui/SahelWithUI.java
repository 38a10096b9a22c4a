package org.sahelsim.gui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.WorldBuilder;
import org.sahelsim.record.Event;
import org.sahelsim.scenario.LeverSpec;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.scenario.TimedInput;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The classroom window's MASON {@link GUIState} (in the manner of MASON's tutorials: the model
 * holds no drawing code; the portrayals and panels live in this package). MASON's Console
 * runs it, hidden: the window's own {@link ControlBar} drives it (reset, play, pause, step,
 * speed, seed), and the window's "Levers" tab is the inspector of the {@link LeverPanel} of
 * the {@link LeverSettings} (the Console, shown from the View menu, has the same tab).
 *
 * <p>Each run ({@link #start()}) builds a new {@link SahelModel} from the session's scenario
 * (the loaded scenario plus the changes recorded so far) and seed, so pressing stop then play
 * replays the session. After every month, with MASON's schedule locked, the views copy the
 * world; the charts, narration and header are then updated on the Swing thread. A change of
 * levers is recorded in the session as a timed input for the next month and passed to the
 * running model. Side by side, a second model with one more timed input is stepped in lockstep.
 * MASON's {@code doLoop} is never used.
 */
public final class SahelWithUI extends GUIState {
    private final Session session;
    private final Texts texts;
    private final MapGeometry geo;
    private final LeverSettings settings;
    private final LeverPanel panel;
    ClassroomWindow window;
    SideBySideWindow sideBySide;
    private SimpleInspector leverInspector;
    /** The levers in the classroom window itself (a tab beside the charts), in the current language. */
    private SimpleInspector windowLevers;
    private final javax.swing.JPanel leversHolder = new javax.swing.JPanel(new java.awt.BorderLayout());
    private GuiSink sink = new GuiSink();
    private volatile boolean running;
    private int shownEvents;
    private FrameRecorder frames;
    /**
     * The world without the last decision taken during the run (same seed), stepped with the
     * run and drawn faintly on the charts; null before any. {@code before} is the session's
     * scenario as it was before that decision.
     */
    private SahelModel shadow;
    private GuiSink shadowSink;
    private Scenario before;
    /** The seed the Console's field showed when last read: a different request means the instructor typed one. */
    private long consoleSeed;

    /** The decisions offered side by side, by text key. */
    static final List<String> SIDE_BY_SIDE = List.of("sbs.choice.sanctions", "sbs.choice.integration",
            "sbs.choice.mobile", "sbs.choice.accord", "sbs.choice.forums", "sbs.choice.arming");

    public SahelWithUI(Session session, Texts texts) {
        super(new GuiModel(session.scenario(), session.runSeed(), session.seed(), null));
        this.session = session;
        this.texts = texts;
        this.geo = new MapGeometry(WorldBuilder.build(session.base()));
        this.settings = new LeverSettings(session, texts, this::nextMonth, this::problem, this::changed);
        this.panel = settings.panel(); // built here so a lever the panel cannot show fails at startup
        this.consoleSeed = session.seed();
    }

    public static String getName() {
        return "SahelSim classroom";
    }

    /** What MASON's Console shows in its About tab before the window's language is known (then {@link #rebuildLeverTab}). */
    public static Object getInfo() {
        return new Texts(java.util.Locale.ENGLISH).f("about.html");
    }

    public Session session() {
        return session;
    }

    public Texts texts() {
        return texts;
    }

    public LeverSettings settings() {
        return settings;
    }

    SahelModel model() {
        return (SahelModel) state;
    }

    /** The events of the run shown, so far. */
    public GuiSink sink() {
        return sink;
    }

    /** The month a change made now applies from: the next month, or 1 before a run starts. */
    int nextMonth() {
        synchronized (state.schedule) {
            return running ? model().month() + 1 : 1;
        }
    }

    private void problem(String message) {
        java.awt.Toolkit.getDefaultToolkit().beep();
        if (window != null) {
            window.setProblem(message);
        }
    }

    /** A change was recorded: the running models get it; the status line says it. */
    private void changed(TimedInput t) {
        String without = null;
        synchronized (state.schedule) {
            if (running) {
                model().setTimedInputs(session.scenario().timedInputs());
                // the same seed without this decision, caught up to the month shown
                shadowSink = new GuiSink();
                shadow = new SahelModel(before, session.runSeed(), shadowSink);
                shadow.start();
                while (shadow.month() < model().month()) {
                    shadow.stepMonth();
                }
                without = texts.f("chart.without", plainLevers(t));
            }
            before = session.scenario();
        }
        if (window != null && without != null) {
            String label = without;
            List<double[]> rows = new java.util.ArrayList<>();
            for (int m = 0; m <= shadow.month(); m++) {
                rows.add(shadowSink.row(m));
            }
            Runnable show = () -> {
                window.charts.shadow(label);
                for (int m = 0; m < rows.size(); m++) {
                    if (rows.get(m) != null) {
                        window.charts.addShadow(m, rows.get(m));
                    }
                }
            };
            if (SwingUtilities.isEventDispatchThread()) {
                show.run();
            } else {
                SwingUtilities.invokeLater(show);
            }
        }
        if (window != null) {
            window.setStatus(() -> plain(t));
            window.showDecisions(session.scenario());
        }
        refreshInspector();
    }

    /**
     * A change said in plain words for the class: "From July 2016 the groups outside the accord
     * are offered a place in it." for a lever switched on that has a sentence of its own
     * ({@code msg.on.<lever>}), else the month and each value by the lever panel's name
     * ("From July 2016: MINUSMA: mobile share 0.5"), never a dotted path.
     */
    String plain(TimedInput t) {
        String when = texts.month(session.base().start().plusMonths(t.at().step(session.base().start())));
        List<String> said = new java.util.ArrayList<>();
        // a lever switched on or off: its own sentence, or the general one naming it
        java.util.Set<String> levers = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, String> e : t.set().entrySet()) {
            String lever = LeverPanel.leverOf(e.getKey());
            if (e.getKey().equals(TimedInput.PREFIX + lever + ".enabled") && levers.add(lever)) {
                String way = "true".equals(e.getValue()) ? "on" : "off";
                said.add(texts.has("msg." + way + "." + lever) ? texts.f("msg." + way + "." + lever, when)
                        : texts.f("msg.lever." + way, when, texts.lever(lever)));
            }
        }
        List<String> values = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : t.set().entrySet()) {
            if (levers.contains(LeverPanel.leverOf(e.getKey()))) {
                continue; // said by the lever's own sentence
            }
            String key = LeverPanel.textKey(e.getKey());
            String name = texts.has(key) ? texts.t(key)
                    : e.getKey().substring(TimedInput.PREFIX.length()).replace('.', ' ').replace('_', ' ');
            String value = switch (e.getValue()) {
                case "true" -> texts.t("msg.value.on");
                case "false" -> texts.t("msg.value.off");
                case "null" -> texts.t("msg.value.none");
                default -> e.getValue().replace("[", "").replace("]", "");
            };
            values.add(name + " " + value);
        }
        if (!values.isEmpty()) {
            said.add(texts.f("msg.changed", when, String.join("; ", values)));
        }
        return String.join(" ", said);
    }

    /** The short names of the levers a change sets ("sanctions", "integration"). */
    private String plainLevers(TimedInput t) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (String key : t.set().keySet()) {
            names.add(texts.lever(LeverPanel.leverOf(key)));
        }
        return String.join(", ", names);
    }

    /** The lever inspectors, where shown, read the levers again. */
    private void refreshInspector() {
        if (leverInspector != null) {
            leverInspector.updateInspector();
        }
        if (windowLevers != null) {
            windowLevers.updateInspector();
        }
    }

    /** The levers' tab of the classroom window, built again in the current language. */
    private void rebuildWindowLevers() {
        windowLevers = new SimpleInspector(panel, this, null, 100);
        windowLevers.setVolatile(false);
        translateRefresh(windowLevers);
        leversHolder.removeAll();
        leversHolder.add(new JScrollPane(windowLevers), java.awt.BorderLayout.CENTER);
        leversHolder.revalidate();
        leversHolder.repaint();
    }

    /** MASON's inspector has a "Refresh" button of its own: it says so in the window's language. */
    private void translateRefresh(java.awt.Container c) {
        for (javax.swing.AbstractButton b : Components.all(c, javax.swing.AbstractButton.class)) {
            if ("Refresh".equals(b.getText())) {
                b.setText(texts.t("ctl.refresh"));
                b.setToolTipText(texts.t("ctl.refresh.tip"));
                // MASON sized the button for its own word: as wide as the new one needs
                b.setPreferredSize(null);
                b.setMinimumSize(null);
                b.setMaximumSize(null);
                b.revalidate();
            }
        }
    }

    /** Shows MASON's Console (View menu): kept out of the way, for those who want its tabs. */
    void showConsole() {
        if (controller instanceof Console console) {
            console.setVisible(true);
            console.toFront();
        }
    }

    /**
     * The classroom window's controls acting on MASON's Console, which stays hidden: play from
     * the month shown (never a single step), pause, one month, a new run at month 0 paused.
     */
    private final class Controls implements ControlBar.Run {
        /** Acts on the Console when the window has one (a test may run the window without). */
        private void withConsole(java.util.function.Consumer<Console> action) {
            if (controller instanceof Console c) {
                action.accept(c);
            }
        }

        @Override
        public boolean playing() {
            return controller instanceof Console c && c.getPlayState() == Console.PS_PLAYING;
        }

        @Override
        public void playPause() {
            withConsole(c -> {
                if (c.getPlayState() == Console.PS_STOPPED) {
                    c.pressPlay(); // a new run from month 0
                } else {
                    c.pressPause(); // playing: pause; paused: play on from the month shown
                }
            });
        }

        @Override
        public void step() {
            withConsole(c -> {
                if (c.getPlayState() == Console.PS_PLAYING) {
                    c.pressPause(); // stop where it is: the next press steps
                    return;
                }
                if (c.getPlayState() == Console.PS_STOPPED) {
                    c.pressPause(); // a new run, paused at month 0
                }
                c.pressPlay(); // paused: one month
            });
        }

        @Override
        public void reset() {
            withConsole(c -> {
                c.pressStop();
                c.pressPause(); // a new run, shown at month 0, not running
            });
        }

        @Override
        public void speed(ControlBar.Speed s) {
            withConsole(c -> c.setPlaySleep(s.pauseMs));
        }

        @Override
        public void seed(long seed) {
            session.setSeed(seed);
            reset();
        }

        @Override
        public long seed() {
            return session.seed();
        }

        @Override
        public void fullScreen() {
            window.toggleFullScreen();
        }
    }

    // ------------------------------------------------------------------ MASON hooks

    @Override
    public void init(Controller c) {
        super.init(c);
        rebuildWindowLevers();
        window = new ClassroomWindow(this, texts, geo, new Controls(), leversHolder);
        c.registerFrame(window);
        window.setParticle(session.ensembleParticle());
        window.startRun(session.scenario(), session.seed());
        showPreview();
        window.setVisible(true);
        if (c instanceof Console console) {
            window.setDefaultCloseOperation(javax.swing.WindowConstants.DO_NOTHING_ON_CLOSE);
            window.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosing(java.awt.event.WindowEvent e) {
                    console.doClose();
                }
            });
            console.setIncrementSeedOnStop(false);
            console.setPlaySleep(ControlBar.Speed.NORMAL.pauseMs);
            texts.onChange(this::rebuildLeverTab);
            texts.onChange(this::rebuildWindowLevers);
            SwingUtilities.invokeLater(this::rebuildLeverTab);
        }
    }

    /** Before the first run: the world at step 0 (a model started but not stepped), so the map is not empty. */
    private void showPreview() {
        GuiSink previewSink = new GuiSink();
        SahelModel preview = new SahelModel(session.scenario(), session.runSeed(), previewSink);
        preview.start();
        window.map.bind(preview.world());
        window.map.sync(List.of(), List.of());
        window.network.bind();
        window.network.sync(preview.world(), 0);
        window.showMonth(0, previewSink.lastRow(), List.of(), preview.leversInForce());
    }

    @Override
    public Inspector getInspector() {
        leverInspector = new SimpleInspector(panel, this, null, 100);
        leverInspector.setVolatile(false);
        return leverInspector;
    }

    /** Puts the lever inspector, in the current language, in the Console's model tab. */
    /**
     * MASON's Console in the window's language where it speaks of the model: its Model tab is the
     * levers' inspector, named Levers, and its About tab says what the model is.
     */
    private void rebuildLeverTab() {
        if (!(controller instanceof Console)) {
            return;
        }
        JTabbedPane tabs = ((Console) controller).getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            String title = tabs.getTitleAt(i);
            if (List.of("Model", "Levers", "Leviers").contains(title)) {
                tabs.setComponentAt(i, new JScrollPane(getInspector()));
                tabs.setTitleAt(i, texts.t("tab.levers"));
            } else if (List.of("Displays", "Affichages").contains(title)) {
                tabs.setTitleAt(i, texts.t("tab.displays"));
            } else if (List.of("Inspectors", "Inspecteurs").contains(title)) {
                tabs.setTitleAt(i, texts.t("tab.inspectors"));
            } else if (List.of("About", "À propos").contains(title)) {
                javax.swing.JEditorPane about = new javax.swing.JEditorPane("text/html", texts.f("about.html"));
                about.setEditable(false);
                about.setCaretPosition(0);
                tabs.setComponentAt(i, new JScrollPane(about));
                tabs.setTitleAt(i, texts.t("tab.about"));
            }
        }
    }

    @Override
    public void start() {
        long asked = state instanceof GuiModel gm ? gm.requested() : consoleSeed;
        if (asked != consoleSeed) { // typed in the Console's seed field
            consoleSeed = asked;
            if (asked >= 0) {
                session.setSeed(asked);
            } else {
                problem(texts.f("msg.invalid", "seed " + asked + " < 0"));
            }
        }
        sink = new GuiSink();
        Scenario sc = session.scenario();
        before = sc;
        shadow = null;
        shadowSink = null;
        state = new GuiModel(sc, session.runSeed(), session.seed(), sink);
        super.start();
        shownEvents = 0;
        running = true;
        int particle = session.ensembleParticle();
        Runnable begin = () -> {
            window.setParticle(particle);
            window.startRun(sc, session.seed());
        };
        if (SwingUtilities.isEventDispatchThread()) {
            begin.run();
        } else {
            SwingUtilities.invokeLater(begin);
        }
        window.map.bind(model().world());
        window.network.bind();
        scheduleRepeatingImmediatelyAfter(st -> update());
        classroomDisplays().forEach(Display2D::reset);
        update();
    }

    /** The classroom window's MASON displays: the map, its close-up (if any) and the network. */
    private List<Display2D> classroomDisplays() {
        List<Display2D> out = new java.util.ArrayList<>(List.of(window.map.display, window.network.display));
        if (window.map.closeUpDisplay() != null) {
            out.add(1, window.map.closeUpDisplay());
        }
        return out;
    }

    private List<Display2D> displays() {
        List<Display2D> out = classroomDisplays();
        if (sideBySide != null) {
            out.addAll(List.of(sideBySide.left.display, sideBySide.right.display));
        }
        return out;
    }

    /** After a month (and at step 0), with the schedule locked: views copy the world; panels follow on Swing. */
    private void update() {
        SahelModel m = model();
        int month = m.month();
        List<Event> now = sink.eventsOf(month);
        List<Event> last = month > 0 ? sink.eventsOf(month - 1) : List.of();
        window.map.sync(now, last);
        window.network.sync(m.world(), month);
        double[] shadowRow = null;
        if (shadow != null) {
            while (shadow.month() < month) {
                shadow.stepMonth();
            }
            shadowRow = shadowSink.lastRow();
        }
        double[] faint = shadowRow;
        double[] row = sink.lastRow();
        List<Event> fresh = sink.eventsFrom(shownEvents);
        shownEvents += fresh.size();
        LeversSpec levers = m.leversInForce();
        SwingUtilities.invokeLater(() -> {
            window.showMonth(month, row, fresh, levers);
            if (faint != null) {
                window.charts.addShadow(month, faint);
            }
            refreshInspector();
        });
    }

    /** One month; outside MASON's lock, writes a frame if recording. False after the last month. */
    @Override
    public boolean step() {
        boolean more = super.step();
        if (frames != null) {
            int month = model().month();
            Runnable cap = () -> {
                if (frames != null) {
                    frames.capture(Images.of(window.getContentPane()), month);
                }
            };
            if (SwingUtilities.isEventDispatchThread()) {
                cap.run();
            } else {
                try {
                    SwingUtilities.invokeAndWait(cap);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw new IllegalStateException("cannot write a frame: " + e.getCause().getMessage(), e.getCause());
                }
            }
        }
        return more && model().month() < model().scenario().months();
    }

    @Override
    public void finish() {
        super.finish();
        running = false;
    }

    @Override
    public void quit() {
        super.quit();
        running = false;
        if (window != null) {
            // displays not made by Display2D.createFrame must be told (MASON's javadoc)
            displays().forEach(Display2D::quit);
            window.dispose();
        }
        if (sideBySide != null) {
            sideBySide.stop();
            sideBySide.dispose();
        }
        Launcher.closed(this);
    }

    @Override
    public boolean readNewStateFromCheckpoint(File file) {
        throw new UnsupportedOperationException("checkpoints are not used here: save the session as a scenario"
                + " (File menu of the classroom window) and open that file");
    }

    // ------------------------------------------------------------------ actions

    void openPreset() {
        Path p = PresetChooser.choose(window, texts);
        if (p != null) {
            Launcher.replace(this, p);
        }
    }

    void openFile() {
        JFileChooser fc = new JFileChooser(Presets.folder() == null ? null : Presets.folder().toFile());
        fc.setFileFilter(new FileNameExtensionFilter("YAML", "yaml", "yml"));
        if (fc.showOpenDialog(window) == JFileChooser.APPROVE_OPTION) {
            Launcher.replace(this, fc.getSelectedFile().toPath());
        }
    }

    void saveSession() {
        JFileChooser fc = new JFileChooser();
        fc.setSelectedFile(new File(session.base().name() + "-session.yaml"));
        saveAs(fc, p -> {
            session.save(p);
            String saved = texts.f("msg.session.saved", p, p.getFileName(), session.seed());
            JOptionPane.showMessageDialog(window, saved);
        });
    }

    /** What is saved where the instructor chose. */
    private interface Saving {
        void to(Path p) throws IOException;
    }

    /** Asks where to save (a save dialog) and saves there; a failure is reported as a problem. */
    private void saveAs(JFileChooser fc, Saving saving) {
        if (fc.showSaveDialog(window) == JFileChooser.APPROVE_OPTION) {
            try {
                saving.to(fc.getSelectedFile().toPath());
            } catch (IOException e) {
                problem(e.getMessage());
            }
        }
    }

    void resetSession() {
        session.reset();
        synchronized (state.schedule) {
            if (running) {
                // changes already applied stay in this run; the next run starts without them
                window.setStatus(texts.t("menu.reset"));
            }
        }
        refreshInspector();
    }

    /** The picture of a view (by its text key, or "view.window", "view.sidebyside"). Swing thread. */
    public BufferedImage picture(String view) {
        return switch (view) {
            case "view.window" -> Images.of(window.getContentPane());
            case "view.sidebyside" -> sideBySide == null ? Images.of(window.getContentPane())
                    : Images.of(sideBySide.getContentPane());
            default -> window.views().get(view).picture();
        };
    }

    void savePicture(String view) {
        JFileChooser fc = new JFileChooser();
        // the preset's name first, so that a folder of pictures says which lesson each shows
        fc.setSelectedFile(new File(session.base().name() + "-" + view.replace("view.", "") + "-month" + window.month()
                + ".png"));
        saveAs(fc, p -> {
            Images.writePng(picture(view), p);
            window.setStatus(texts.f("msg.saved", fc.getSelectedFile().getName()));
        });
    }

    void toggleFrames() {
        if (frames != null) {
            frames = null;
            window.setStatus(texts.t("menu.frames.stop"));
            return;
        }
        JFileChooser fc = new JFileChooser();
        fc.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        saveAs(fc, this::recordFrames);
    }

    /** Starts writing a PNG of the window after every month into a folder (null stops). */
    public void recordFrames(Path folder) throws IOException {
        frames = folder == null ? null : new FrameRecorder(folder);
        if (frames != null) {
            window.setStatus(() -> texts.f("msg.frames", folder));
        }
    }

    void showHelp() {
        javax.swing.JEditorPane p = new javax.swing.JEditorPane("text/html", texts.f("howto.text"));
        p.setEditable(false);
        p.setPreferredSize(new java.awt.Dimension(640, 420));
        JOptionPane.showMessageDialog(window, new JScrollPane(p), texts.t("menu.howto"), JOptionPane.PLAIN_MESSAGE);
    }

    void askSideBySide() {
        javax.swing.JComboBox<String> choice = new javax.swing.JComboBox<>();
        SIDE_BY_SIDE.forEach(k -> choice.addItem(texts.t(k)));
        choice.setFont(Palette.CAPTION);
        int[] preset = presetDecision(session.scenario());
        choice.setSelectedIndex(preset[0]);
        javax.swing.JSpinner month = new javax.swing.JSpinner(new javax.swing.SpinnerNumberModel(
                Math.max(1, Math.min(preset[1], session.base().months())), 1, session.base().months(), 1));
        month.setFont(Palette.CAPTION);
        javax.swing.JPanel p = new javax.swing.JPanel(new java.awt.GridLayout(2, 2, 8, 8));
        p.add(new javax.swing.JLabel(texts.t("sbs.lever")));
        p.add(choice);
        p.add(new javax.swing.JLabel(texts.t("sbs.month")));
        p.add(month);
        if (JOptionPane.showConfirmDialog(window, p, texts.t("sbs.title"), JOptionPane.OK_CANCEL_OPTION)
                == JOptionPane.OK_OPTION) {
            sideBySide(SIDE_BY_SIDE.get(choice.getSelectedIndex()), (Integer) month.getValue());
        }
    }

    /**
     * The decision a preset is about, offered first side by side, and its month: the first
     * decision whose lever the scenario switches on (in the file or by a timed input), from the
     * month the lever starts; else the first decision from month 6.
     */
    static int[] presetDecision(Scenario s) {
        for (int k = 0; k < SIDE_BY_SIDE.size(); k++) {
            String lever = sideBySideLever(SIDE_BY_SIDE.get(k));
            LeverSpec spec = s.levers().all().get(LeversSpec.NAMES.indexOf(lever));
            if (spec.enabled()) {
                return new int[] {k, Math.max(1, spec.start().step(s.start()))};
            }
            for (TimedInput t : s.timedInputs()) {
                if ("true".equals(t.set().get(TimedInput.PREFIX + lever + ".enabled"))) {
                    return new int[] {k, Math.max(1, t.at().step(s.start()))};
                }
            }
        }
        return new int[] {0, 6};
    }

    /**
     * Opens side by side on a decision from a month: its own two runs of the session on the
     * same seed, without (left) and with (right) the decision, shown paused at month 0. The
     * classroom window's run is left as it was. Swing thread.
     */
    public void sideBySide(String choiceKey, int month) {
        if (!SIDE_BY_SIDE.contains(choiceKey)) {
            throw new IllegalArgumentException("unknown side-by-side decision " + choiceKey);
        }
        int m = Math.max(1, Math.min(month, session.base().months()));
        try {
            ScenarioLoader.withTimedInput(session.scenario(), sideBySideInput(choiceKey, m, session.base()));
            ScenarioLoader.withTimedInput(session.scenario(), sideBySideOff(choiceKey, m));
        } catch (ScenarioException e) {
            problem(texts.f("msg.invalid", e.problem()));
            return;
        }
        if (sideBySide == null) {
            sideBySide = new SideBySideWindow(this, texts, geo, session);
            controller.registerFrame(sideBySide);
            sideBySide.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosing(java.awt.event.WindowEvent e) {
                    sideBySide.stop();
                }
            });
        }
        sideBySide.configure(choiceKey, m);
        sideBySide.setVisible(true);
    }

    static Scenario plus(Scenario s, TimedInput t) {
        return s.withTimedInputs(Session.plus(s.timedInputs(), List.of(t)));
    }

    /** The lever of a side-by-side decision. */
    static String sideBySideLever(String key) {
        return switch (key) {
            case "sbs.choice.sanctions" -> "sanctions";
            case "sbs.choice.integration" -> "integration";
            case "sbs.choice.mobile" -> "minusma";
            case "sbs.choice.accord" -> "accord";
            case "sbs.choice.forums" -> "reconciliation";
            default -> "clientelist_arming";
        };
    }

    /** The decision's lever turned off from a month (the "without" side). */
    static TimedInput sideBySideOff(String key, int month) {
        return input(month, Map.of("levers." + sideBySideLever(key) + ".enabled", "false"));
    }

    /** A timed input of the window's own values (typed as a file's are: a refusal is a bug here). */
    private static TimedInput input(int month, Map<String, String> set) {
        try {
            return ScenarioLoader.timedInput(MonthRef.ofOffset(month), set);
        } catch (ScenarioException e) {
            throw new IllegalStateException("the window's own change is refused: " + e.getMessage(), e);
        }
    }

    /** The lever values of a side-by-side decision from a month. */
    static TimedInput sideBySideInput(String key, int month, Scenario s) {
        Map<String, String> m = new LinkedHashMap<>();
        String lever = sideBySideLever(key);
        m.put("levers." + lever + ".enabled", "true");
        m.put("levers." + lever + ".start", Integer.toString(month));
        m.put("levers." + lever + ".end", "null");
        switch (key) {
            case "sbs.choice.sanctions" -> {
                if (s.levers().sanctions().targets().isEmpty()) {
                    m.put("levers.sanctions.criteria", LeverSettings.list(LeversSpec.Sanctions.CRITERIA));
                }
            }
            case "sbs.choice.mobile" -> {
                m.put("levers.minusma.mobile_share", "0.5");
                m.put("levers.minusma.close_bases", LeverSettings.list(LeverSettings.SEED_BASES.stream()
                        .filter(s.minusma().bases()::contains).toList()));
            }
            case "sbs.choice.accord" -> {
                m.put("levers.accord.pace", "3.0");
                m.put("levers.accord.funding", "2.0");
            }
            default -> {
            }
        }
        return input(month, m);
    }
}
