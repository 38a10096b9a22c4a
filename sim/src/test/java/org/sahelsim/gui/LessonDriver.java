package org.sahelsim.gui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.geom.Rectangle2D;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Metrics;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.world.World;
import sim.display.Console;

/**
 * Walks the three lessons of TEACHING.md in the classroom window, for {@link LessonScreensTest},
 * in a JVM of its own on an X server of 1280x800 with a window manager, in English and then in
 * French: each lesson's preset on seed 1, stepped to the months its text names, with the view
 * the text points at shown (the network, the narration, a chart, the close-up, the levers, side
 * by side) and the screen captured as the class sees it ({@code <lang>/<lesson>-<moment>.png}).
 * Writes {@code lessons.properties}: what the window showed at each moment (the counts of its
 * header, the narration's newest sentence, the figures under side by side's maps) and what the
 * run did (first split and clash, captures, recognitions, groups), and the sizes of the marks
 * and texts on this screen, for the test to check against the lessons' promises.
 *
 * <p>Usage: {@code LessonDriver OUT_FOLDER PRESETS_FOLDER}
 */
public final class LessonDriver {
    private final Path out;
    private final Path presets;
    private final Properties facts = new Properties();
    private final Robot robot;
    private SahelWithUI gui;
    private String lang;

    private LessonDriver(Path out, Path presets) throws Exception {
        this.out = out;
        this.presets = presets;
        this.robot = new Robot();
    }

    public static void main(String[] args) {
        try {
            LessonDriver d = new LessonDriver(Path.of(args[0]), Path.of(args[1]));
            d.run();
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1); // Swing's threads would keep the JVM alive
        }
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            lang = l.getLanguage();
            Files.createDirectories(out.resolve(lang));
            lessonOne(l);
            lessonTwo(l);
            lessonThree(l);
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("lessons.properties"), StandardCharsets.UTF_8)) {
            facts.store(w, "what the classroom window showed in each lesson, seed 1, 1280x800");
        }
    }

    // ------------------------------------------------------------------ the lessons

    /** Lesson 1: the signatories in the network, the first split, dividends and groups, then "integrate now". */
    private void lessonOne(Locale l) throws Exception {
        open("1-dividends-for-signatories.yaml", l);
        World w = gui.window.map.world();
        fact("1.signatories", on(() -> w.coalitions.stream().filter(c -> c.alive && c.signatory && !c.members.isEmpty())
                .map(c -> c.name).sorted().collect(Collectors.joining(","))));
        fact("1.alone", on(() -> w.factions.stream().filter(f -> f.coalition == null).map(f -> f.id).sorted()
                .collect(Collectors.joining(","))));
        tab(gui.window.networkPanel);
        shoot("1-m00-network");
        while (on(() -> gui.window.counts()[0]) == 0 && month() < 30) {
            step();
        }
        Event split = first(EventType.SPLIT);
        fact("1.split.first", split.step() + ":" + split.actor() + ">" + split.other());
        tab(gui.window.narrationPanel);
        fact("1.split.shown", shownAt(split));
        shoot("1-first-split");
        to(12);
        fact("1.groups.m12", whole(row(12)[Metrics.ARMED_GROUPS]));
        to(30);
        fact("1.groups.m30", whole(row(30)[Metrics.ARMED_GROUPS]));
        fact("1.effective.m0", String.format(Locale.ROOT, "%.1f", row(0)[Metrics.EFFECTIVE_GROUPS]));
        fact("1.effective.m30", String.format(Locale.ROOT, "%.1f", row(30)[Metrics.EFFECTIVE_GROUPS]));
        double[] end = row(30);
        fact("1.dividends.m30", Arrays.stream(end, Metrics.DIVIDENDS_BY_KIND, Metrics.DIVIDENDS_BY_KIND + 4)
                .mapToObj(v -> whole(v)).collect(Collectors.joining(",")));
        fact("1.recognitions", events(EventType.RECOGNITION, e -> e.step() + ":" + e.actor()));
        fact("1.merges", events(EventType.MERGE, e -> e.step() + ":" + e.actor() + "<" + e.other()));
        fact("1.splits", events(EventType.SPLIT, e -> e.step() + ":" + e.actor() + ">" + e.other()));
        fact("1.counts.m30", counts());
        tab(gui.window.chartsPanel.getParent());
        chart(4);
        shoot("1-m30-dividends");
        chart(0);
        shoot("1-m30-groups");
        // again, with "integrate now" pressed while month 8 is shown: it acts from month 9
        reset();
        to(8);
        onSwing(gui.settings()::integrationNow);
        fact("1.integrate.status", on(() -> gui.window.status()));
        to(30);
        fact("1.integrated.counts.m30", counts());
        fact("1.integrated.splits.after", Long.toString(on(() -> gui.sink().eventsFrom(0).stream()
                .filter(e -> e.type() == EventType.SPLIT && e.step() >= 9).count())));
        fact("1.integrated.marks", Integer.toString(on(() -> gui.window.charts.markCount())));
        fact("1.integrated.shadow", Integer.toString(on(() -> gui.window.charts.shadowPoints())));
        shoot("1-m30-integrated-groups");
        close();
    }

    /** Lesson 2: the corridors and the close-up, the first clash, the clashes of 24 months, the levers. */
    private void lessonTwo(Locale l) throws Exception {
        open("2-war-over-routes.yaml", l);
        tab(gui.window.closeUpPanel);
        shoot("2-m00-closeup");
        while (on(() -> gui.window.counts()[2]) == 0 && month() < 24) {
            step();
        }
        Event clash = first(EventType.CLASH);
        fact("2.clash.first", clash.step() + ":" + clash.actor() + "/" + clash.other() + ":"
                + Narrator.terms(clash.detail()).getOrDefault("route", "?"));
        tab(gui.window.narrationPanel);
        fact("2.clash.shown", shownAt(clash));
        shoot("2-first-clash");
        to(24);
        fact("2.counts.m24", counts());
        fact("2.captures", events(EventType.CAPTURE, e -> e.step() + ":" + e.actor() + "<" + e.other() + "@"
                + Narrator.terms(e.detail()).getOrDefault("place", "?")));
        tab(gui.window.chartsPanel.getParent());
        chart(1);
        shoot("2-m24-clashes");
        tab(gui.window.closeUpPanel);
        shoot("2-m24-closeup");
        onSwing(gui.window::showLevers);
        shoot("2-m24-levers");
        close();
    }

    /** Lesson 3: the bases at month 0, mobile units from month 6, then side by side to month 30. */
    private void lessonThree(Locale l) throws Exception {
        open("3-mobile-minusma.yaml", l);
        fact("3.bases.m0", bases());
        tab(gui.window.closeUpPanel);
        shoot("3-m00-closeup");
        to(7);
        fact("3.bases.m7", bases());
        fact("3.mobile.m7", on(() -> Arrays.stream(gui.window.map.world().regions).filter(r -> r.mobileTroops >= 50)
                .map(r -> r.name).collect(Collectors.joining(","))));
        fact("3.influence.m7", on(() -> Arrays.stream(gui.window.map.world().regions).filter(r -> !r.border)
                .map(r -> r.name + "=" + Math.round(100 * r.influence)).collect(Collectors.joining(","))));
        shoot("3-m07-map");
        onSwing(() -> gui.sideBySide("sbs.choice.mobile", SahelWithUI.presetDecision(gui.session().scenario())[1]));
        settle();
        while (on(() -> gui.sideBySide.month()) < 30) {
            onSwing(gui.sideBySide::stepMonth);
        }
        settle();
        fact("3.sbs.left", on(() -> ((JLabel) gui.sideBySide.layoutParts().get("leftStats")).getText()));
        fact("3.sbs.right", on(() -> ((JLabel) gui.sideBySide.layoutParts().get("rightStats")).getText()));
        shoot("3-m30-sidebyside");
        onSwing(() -> gui.sideBySide.setVisible(false));
        // what a class reads from the back of the room on this screen
        sizes();
        close();
    }

    /** The sizes, in pixels on this screen, of the marks and texts the lessons point at. */
    private void sizes() throws Exception {
        double map = on(() -> gui.window.map.display.getScale());
        double close = on(() -> gui.window.map.closeUpDisplay().getScale());
        double sm = MapView.marks(map, Double.MAX_VALUE);
        double sc = MapView.marks(close, MapView.CLOSE_UP_MARKS);
        Rectangle2D tag = MapView.baseTag(0, 0, sm);
        Rectangle2D tagClose = MapView.baseTag(0, 0, sc);
        fact(lang + ".size.map.scale", String.format(Locale.ROOT, "%.2f", map));
        fact(lang + ".size.closeup.scale", String.format(Locale.ROOT, "%.2f", close));
        fact(lang + ".size.tag", Math.round(tag.getWidth()) + "x" + Math.round(tag.getHeight()));
        fact(lang + ".size.tag.closeup", Math.round(tagClose.getWidth()) + "x" + Math.round(tagClose.getHeight()));
        fact(lang + ".size.chevron", Long.toString(Math.round(2 * Math.max(9, 8 * sm))));
        fact(lang + ".size.group.smallest", Long.toString(Math.round(2 * MapView.FactionPortrayal.radius(0) * sm)));
        fact(lang + ".size.font.smallest", Integer.toString(Palette.SMALL.getSize()));
        fact(lang + ".size.font.narration", Integer.toString(on(() -> gui.window.narration.getFont() == null ? 0
                : Palette.CAPTION.getSize())));
        fact(lang + ".size.font.month", Integer.toString(Math.round(26 * Palette.SCALE)));
    }

    // ------------------------------------------------------------------ helpers

    private void open(String preset, Locale l) throws Exception {
        Path file = presets.resolve(preset);
        Scenario scenario = ScenarioLoader.load(file);
        Path posterior = Presets.posteriorBeside(presets);
        SahelWithUI before = gui;
        gui = Launcher.open(new Session(scenario, file, 1, Launcher.over(posterior, file, scenario)), l);
        if (before != null) {
            // MASON ends the program when its last Console closes: the last one closes once the next is open
            onSwing(((Console) before.controller)::doClose);
        }
        long until = System.currentTimeMillis() + 20_000;
        while (!on(() -> gui.window.isShowing() && gui.window.getContentPane().getWidth() > 0)) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("the window did not show in 20 s");
            }
            Thread.sleep(100);
        }
        Thread.sleep(1500); // the window manager maximises it
        onSwing(() -> gui.window.pauseAtFirst = false); // the moments are stepped to, not played to
        onSwing(((Console) gui.controller)::pressPause); // a run shown at month 0, paused
        settle();
        fact(lang + "." + preset.charAt(0) + ".title", on(() -> gui.window.getTitle()));
    }

    /** The lesson's window out of the way (closed when the next one is open). */
    private void close() throws Exception {
        onSwing(() -> gui.window.setVisible(false));
    }

    private void reset() throws Exception {
        Console c = (Console) gui.controller;
        onSwing(() -> {
            c.pressStop();
            c.pressPause();
        });
        settle();
    }

    private int month() throws Exception {
        return on(() -> gui.window.month());
    }

    /** One month on, waiting until the window shows it. */
    private void step() throws Exception {
        int m = month();
        onSwing(((Console) gui.controller)::pressPlay); // paused: one month
        long until = System.currentTimeMillis() + 10_000;
        while (month() <= m) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("month " + m + " did not move on");
            }
            Thread.sleep(20);
        }
    }

    private void to(int m) throws Exception {
        while (month() < m) {
            step();
        }
    }

    private double[] row(int m) throws Exception {
        double[] r = on(() -> gui.sink().row(m));
        if (r == null) {
            throw new IllegalStateException("no metrics for month " + m);
        }
        return r;
    }

    private Event first(EventType t) throws Exception {
        return on(() -> gui.sink().eventsFrom(0).stream().filter(e -> e.type() == t).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + t + " by month " + gui.window.month())));
    }

    /** Where the narration lists an event's sentence, counted from the newest (-1: not listed), and the sentence. */
    private String shownAt(Event e) throws Exception {
        return on(() -> {
            String said = new Narrator(gui.texts(), gui.session().scenario().start()).sentence(e);
            for (int i = 0; i < gui.window.narration.entries(); i++) {
                if (gui.window.narration.sentence(i).equals(said)) {
                    return i + ":" + said;
                }
            }
            return "-1:" + said;
        });
    }

    private String events(EventType t, java.util.function.Function<Event, String> f) throws Exception {
        return on(() -> gui.sink().eventsFrom(0).stream().filter(e -> e.type() == t).map(f)
                .collect(Collectors.joining(",")));
    }

    private String counts() throws Exception {
        return on(() -> Arrays.toString(gui.window.counts()).replaceAll("[\\[\\] ]", "")) + "|"
                + on(() -> gui.window.countsLine());
    }

    private String bases() throws Exception {
        return on(() -> Arrays.stream(gui.window.map.world().places).filter(p -> p.base).map(p -> p.name)
                .collect(Collectors.joining(",")));
    }

    private static String whole(double v) {
        return Long.toString(Math.round(v));
    }

    private void fact(String key, String value) {
        // facts of the model are the same in both languages; what the window says is kept per language
        String k = key.startsWith(lang + ".") ? key : lang + "." + key;
        facts.setProperty(k, value);
    }

    private void tab(java.awt.Component c) throws Exception {
        onSwing(() -> gui.window.tabs.setSelectedComponent(c));
        settle();
    }

    private void chart(int i) throws Exception {
        onSwing(() -> gui.window.chartChooser.setSelectedIndex(i));
        settle();
    }

    /** The screen as the class sees it, once the window has drawn the month. */
    private void shoot(String name) throws Exception {
        settle();
        Thread.sleep(400);
        onSwing(() -> gui.window.repaint());
        settle();
        Rectangle screen = new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
        ImageIO.write(robot.createScreenCapture(screen), "png", out.resolve(lang).resolve(name + ".png").toFile());
    }

    // the Swing thread as the other drivers reach it
    private static void settle() throws InterruptedException {
        GuiDriver.settle();
    }

    private static void onSwing(Runnable r) {
        GuiDriver.onSwing(r);
    }

    private static <T> T on(ScreenDriver.Call<T> c) throws Exception {
        return ScreenDriver.onSwing(c);
    }
}
