package org.sahelsim.gui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.scenario.Scenario;
import sim.display.Console;

/**
 * Opens the classroom window on a preset, as {@code sahelsim gui} does, for
 * {@link ClassroomScreenTest}, in a JVM of its own on an X server with a window manager; the
 * test presses the keys (xdotool) like an instructor. Writes {@code layout.properties} (the
 * screen, the window and every part of it that must show whole, and the problems found:
 * outside the window, cut, overlapping), then every 100 ms {@code state.properties} (the
 * month shown, whether playing, the window's bounds, side by side's month). A file
 * {@code shoot-NAME} asks for a picture of the screen ({@code NAME.png}, answered by
 * {@code shot-NAME}); {@code check-sbs} for side by side's layout; {@code recheck} for both
 * layouts again; {@code quit} ends.
 *
 * <p>Usage: {@code ScreenDriver OUT_FOLDER PRESET_FILE}
 */
public final class ScreenDriver {
    private ScreenDriver() {
    }

    public static void main(String[] args) {
        try {
            run(Path.of(args[0]), Path.of(args[1]));
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Path out, Path preset) throws Exception {
        Files.createDirectories(out);
        Scenario scenario = ScenarioLoader.load(preset);
        Path posterior = Presets.posteriorBeside(preset.toAbsolutePath().getParent());
        SahelWithUI gui = Launcher.open(new Session(scenario, preset, 1, Launcher.over(posterior, preset, scenario)),
                Locale.ENGLISH);
        long until = System.currentTimeMillis() + 20_000;
        while (!onSwing(() -> gui.window.isShowing() && gui.window.getContentPane().getWidth() > 0)) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("the window did not show in 20 s");
            }
            Thread.sleep(100);
        }
        // the keys and the speed are measured on a run that does not stop by itself; the pause
        // at the first split or clash is switched on again for its own check ("pause-first")
        onSwing(() -> {
            gui.window.pauseAtFirst = false;
            return null;
        });
        Thread.sleep(2500); // the window manager maximises it; the layout follows
        write(out.resolve("layout.properties"), onSwing(() -> layout(gui)));
        Robot robot = new Robot();
        while (true) {
            Properties state = onSwing(() -> {
                Properties p = new Properties();
                p.setProperty("month", Integer.toString(gui.window.month()));
                Console c = (Console) gui.controller;
                p.setProperty("playing", Boolean.toString(c.getPlayState() == Console.PS_PLAYING));
                p.setProperty("paused", Boolean.toString(c.getPlayState() == Console.PS_PAUSED));
                Rectangle b = gui.window.getBounds();
                p.setProperty("window", b.x + "," + b.y + "," + b.width + "," + b.height);
                Rectangle all = gui.window.getGraphicsConfiguration().getBounds();
                p.setProperty("fullscreen", Boolean.toString(Screens.fullScreen(gui.window)
                        && gui.window.getBounds().equals(all)));
                p.setProperty("console.visible", Boolean.toString(c.isVisible()));
                p.setProperty("prompt", Boolean.toString(gui.window.promptShown()));
                // every value set by a change of the session (changes of one month share a timed input)
                p.setProperty("inputs", Integer.toString(gui.session().scenario().timedInputs().stream()
                        .mapToInt(t -> t.set().size()).sum()));
                p.setProperty("changes.hash", Integer.toString(gui.session().scenario().timedInputs().toString().hashCode()));
                java.awt.Component f = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
                p.setProperty("focus", f == null ? "none" : f.getClass().getSimpleName());
                p.setProperty("tab", gui.window.tabs.getTitleAt(gui.window.tabs.getSelectedIndex()));
                // the close-up against the whole map: how much farther apart things are, how much larger the marks
                double zoom = gui.window.map.closeUpDisplay().getScale() / gui.window.map.display.getScale();
                p.setProperty("closeup.zoom", Double.toString(zoom));
                p.setProperty("closeup.marks", Double.toString(
                        MapView.marks(gui.window.map.closeUpDisplay().getScale(), MapView.CLOSE_UP_MARKS)
                                / MapView.marks(gui.window.map.display.getScale(), Double.MAX_VALUE)));
                p.setProperty("status", gui.window.status());
                p.setProperty("closeup.showing", Boolean.toString(gui.window.closeUpPanel.isShowing()));
                p.setProperty("sbs.shown", Boolean.toString(gui.sideBySide != null && gui.sideBySide.isShowing()));
                p.setProperty("time", Long.toString(System.currentTimeMillis()));
                if (gui.sideBySide != null) {
                    p.setProperty("sbs.month", Integer.toString(gui.sideBySide.month()));
                    p.setProperty("sbs.playing", Boolean.toString(gui.sideBySide.playing()));
                }
                return p;
            });
            write(out.resolve("state.properties"), state);
            if (Files.exists(out.resolve("quit"))) {
                return;
            }
            if (Files.exists(out.resolve("recheck"))) {
                // again once months have passed: the month's text is longer than at month 0
                Files.delete(out.resolve("recheck"));
                write(out.resolve("layout-later.properties"), onSwing(() -> layout(gui)));
                if (gui.sideBySide != null) {
                    write(out.resolve("sbs-layout-later.properties"), onSwing(() -> check(gui.sideBySide,
                            gui.sideBySide.getRootPane(), gui.sideBySide.layoutParts(), null)));
                }
                Files.writeString(out.resolve("rechecked"), "done");
            }
            if (Files.exists(out.resolve("pause-first"))) {
                Files.delete(out.resolve("pause-first"));
                onSwing(() -> {
                    gui.window.pauseAtFirst = true;
                    return null;
                });
            }
            if (Files.exists(out.resolve("french"))) {
                Files.delete(out.resolve("french"));
                // the map as the screen shows it, before and after the switch: its names must change
                Rectangle map = onSwing(() -> new Rectangle(gui.window.map.display.insideDisplay.getLocationOnScreen(),
                        gui.window.map.display.insideDisplay.getSize()));
                BufferedImage before = robot.createScreenCapture(map);
                onSwing(() -> {
                    gui.texts().setLocale(Locale.FRENCH);
                    return null;
                });
                Thread.sleep(800);
                BufferedImage after = robot.createScreenCapture(map);
                long changed = 0;
                for (int y = 0; y < before.getHeight(); y++) {
                    for (int x = 0; x < before.getWidth(); x++) {
                        changed += before.getRGB(x, y) != after.getRGB(x, y) ? 1 : 0;
                    }
                }
                Files.writeString(out.resolve("french-map.txt"),
                        Double.toString((double) changed / (before.getWidth() * before.getHeight())));
                Files.writeString(out.resolve("in-french"), "done");
            }
            if (Files.exists(out.resolve("check-sbs"))) {
                Files.delete(out.resolve("check-sbs"));
                write(out.resolve("sbs-layout.properties"), onSwing(() -> check(gui.sideBySide,
                        gui.sideBySide.getRootPane(), gui.sideBySide.layoutParts(), null)));
            }
            try (var files = Files.list(out)) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("shoot-")).toList()) {
                    String name = f.getFileName().toString().substring("shoot-".length());
                    Rectangle screen = new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
                    BufferedImage img = robot.createScreenCapture(screen);
                    ImageIO.write(img, "png", out.resolve(name + ".png").toFile());
                    Files.delete(f);
                    Files.writeString(out.resolve("shot-" + name), "done");
                }
            }
            Thread.sleep(100);
        }
    }

    /** Where each part of the window is, and what is wrong with the layout (empty when nothing). */
    static Properties layout(SahelWithUI gui) {
        ClassroomWindow w = gui.window;
        Properties p = check(w, w.getRootPane(), w.layoutParts(), "map");
        p.setProperty("wide", Boolean.toString(w.wide()));
        if (!w.headerFits()) {
            p.setProperty("problems", (p.getProperty("problems").isEmpty() ? "" : p.getProperty("problems") + "; ")
                    + "the header's texts do not fit its width");
        }
        return p;
    }

    /**
     * The layout of a window: inside the screen and filling it, each part shown, inside the
     * window, not cut (a button, a field or a label narrower than it needs) and overlapping no
     * other; {@code map} names a part that must stay large enough to read (null: none).
     */
    static Properties check(java.awt.Window w, JComponent root, Map<String, JComponent> parts, String map) {
        Properties p = new Properties();
        Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        java.awt.Dimension full = java.awt.Toolkit.getDefaultToolkit().getScreenSize();
        p.setProperty("screen", full.width + "x" + full.height);
        Rectangle wb = w.getBounds();
        p.setProperty("window", wb.x + "," + wb.y + "," + wb.width + "," + wb.height);
        List<String> problems = new ArrayList<>();
        // what the window draws (its frame's border may lie off screen when the window manager maximises it)
        java.awt.Point o = root.getLocationOnScreen();
        Rectangle drawn = new Rectangle(o.x, o.y, root.getWidth(), root.getHeight());
        p.setProperty("drawn", drawn.x + "," + drawn.y + "," + drawn.width + "," + drawn.height);
        if (!new Rectangle(full).contains(drawn)) {
            problems.add("the window's content " + drawn + " is not inside the screen " + full);
        }
        if (wb.width < screen.width * 0.95 || wb.height < screen.height * 0.9) {
            problems.add("the window " + wb + " does not fill the screen's usable area " + screen);
        }
        Rectangle inside = new Rectangle(0, 0, root.getWidth(), root.getHeight());
        List<String> names = new ArrayList<>(parts.keySet());
        List<Rectangle> at = new ArrayList<>();
        for (String n : names) {
            JComponent c = parts.get(n);
            Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), root);
            at.add(r);
            p.setProperty("part." + n, r.x + "," + r.y + "," + r.width + "," + r.height);
            if (!c.isShowing() || r.width <= 0 || r.height <= 0) {
                problems.add(n + " is not shown");
            } else if (!inside.contains(r)) {
                problems.add(n + " " + r + " is not inside the window " + inside);
            } else if (c instanceof javax.swing.AbstractButton || c instanceof javax.swing.JTextField
                    || c instanceof javax.swing.JLabel) {
                java.awt.Dimension pref = c.getPreferredSize();
                if (r.width < pref.width - 1 || r.height < pref.height - 1) {
                    problems.add(n + " is cut: " + r.width + "x" + r.height + " for " + pref.width + "x" + pref.height);
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Rectangle x = at.get(i).intersection(at.get(j));
                if (!x.isEmpty()) {
                    problems.add(names.get(i) + " overlaps " + names.get(j));
                }
            }
        }
        if (map != null) {
            Rectangle m = at.get(names.indexOf(map));
            if (m.width < 450 || m.height < 380) {
                problems.add("the map is too small to read: " + m.width + "x" + m.height);
            }
        }
        p.setProperty("problems", String.join("; ", problems));
        return p;
    }

    private static void write(Path file, Properties p) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Work for the Swing thread that gives a value and may throw. */
    interface Call<T> {
        T get() throws Exception;
    }

    /** Does {@code c} on the Swing thread and gives its value; what it throws is thrown here. */
    static <T> T onSwing(Call<T> c) throws Exception {
        AtomicReference<T> v = new AtomicReference<>();
        AtomicReference<Exception> e = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                v.set(c.get());
            } catch (Exception x) {
                e.set(x);
            }
        });
        if (e.get() != null) {
            throw e.get();
        }
        return v.get();
    }
}
