package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sahelsim.model.Tiny;
import org.sahelsim.testing.RequiresTool;

/**
 * The classroom window as an instructor meets it on a projector of 1280x800, a laptop of
 * 1366x768 and a screen of 1920x1080, each an X server (Xvfb) with a window manager (openbox):
 * the window opens maximised on lesson 3's preset, every control and view shows whole, none
 * overlaps another, the map stays readable; the keyboard alone (xdotool, as a person types)
 * plays, pauses, steps one month, resets to month 0, presses "sanctions now", shows the levers,
 * switches full screen and opens side by side on the preset's decision, which opens paused at
 * month 0, fits the screen and answers the same keys; play after a pause goes on playing; the
 * default speed is about one month a second; the run pauses at its first split or clash with
 * what to notice; MASON's Console stays hidden.
 * Screenshots of each size go to {@code target/classroom-screens/}.
 */
@RequiresTool({"Xvfb", "openbox", "xdotool"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassroomScreenTest {
    static final List<String> SIZES = List.of("1280x800", "1366x768", "1920x1080");
    private static final String PRESET = "3-mobile-minusma.yaml";

    /** Per size: the layout the window reported, and what the keys did (failures; empty when all did right). */
    private final Map<String, Properties> layouts = new LinkedHashMap<>();
    private final Map<String, List<String>> keyFailures = new LinkedHashMap<>();
    private final Map<String, Double> monthsPerSecond = new LinkedHashMap<>();
    private final Map<String, Properties> sbsLayouts = new LinkedHashMap<>();
    private final Map<String, Properties> laterLayouts = new LinkedHashMap<>();
    private final Map<String, Properties> laterSbsLayouts = new LinkedHashMap<>();
    private final Map<String, List<String>> sideBySideFailures = new LinkedHashMap<>();
    private Path shots;

    @BeforeAll
    void runEachScreenSize() throws Exception {
        Path root = Tiny.root();
        shots = root.resolve("sim/target/classroom-screens");
        XServers.deleteTree(shots);
        for (String size : SIZES) {
            Path out = shots.resolve(size);
            Files.createDirectories(out);
            runAt(root, size, out);
        }
    }

    private void runAt(Path root, String size, Path out) throws Exception {
        int display = XServers.freeDisplay(131);
        String d = ":" + display;
        List<Process> started = XServers.startWithWindowManager(display, size, out);
        try {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Djava.awt.headless=false", "-Xmx1g",
                    "-cp", System.getProperty("java.class.path"), ScreenDriver.class.getName(), out.toString(),
                    root.resolve("scenarios/classroom").resolve(PRESET).toString());
            pb.environment().put("DISPLAY", d);
            pb.redirectErrorStream(true).redirectOutput(out.resolve("driver.log").toFile());
            Process driver = pb.start();
            started.add(driver);
            waitFor(() -> Files.exists(out.resolve("state.properties")) || !driver.isAlive(), 60_000,
                    "the window at " + size);
            assertTrue(driver.isAlive(), "the driver ended:\n" + Files.readString(out.resolve("driver.log")));
            layouts.put(size, read(out.resolve("layout.properties")));
            keyFailures.put(size, keys(d, out, size));
            sideBySideFailures.put(size, sideBySide(d, out, size));
            Files.writeString(out.resolve("quit"), "");
            if (!driver.waitFor(20, TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        } finally {
            XServers.stop(started);
        }
    }

    /** Presses the keys of a lesson on display {@code d} and says what did not happen as it should. */
    private List<String> keys(String d, Path out, String size) throws Exception {
        List<String> failures = new ArrayList<>();
        xdotool(d, "search", "--sync", "--name", "SahelSim classroom", "windowactivate", "--sync");
        Thread.sleep(500);
        Properties s = state(out);
        if (!s.getProperty("month").equals("0") || playing(s)) {
            failures.add("opens at month " + s.getProperty("month") + ", playing " + playing(s));
        }
        if (Boolean.parseBoolean(s.getProperty("console.visible"))) {
            failures.add("MASON's Console is shown: it should stay out of the way");
        }
        xdotool(d, "key", "space");
        if (!until(out, x -> playing(x) && month(x) >= 1, 5000)) {
            failures.add("space did not start playing");
        }
        int m0 = month(state(out));
        long t0 = System.nanoTime();
        Thread.sleep(4000);
        int m1 = month(state(out));
        monthsPerSecond.put(size, (m1 - m0) / ((System.nanoTime() - t0) / 1e9));
        Files.writeString(out.resolve("speed.txt"), monthsPerSecond.get(size) + " months a second at Normal\n");
        xdotool(d, "key", "space");
        if (!until(out, x -> !playing(x), 3000)) {
            failures.add("space did not pause");
        }
        int paused = month(state(out));
        Thread.sleep(1500);
        if (month(state(out)) != paused) {
            failures.add("the run went on while paused: " + paused + " then " + month(state(out)));
        }
        xdotool(d, "key", "Right");
        if (!until(out, x -> month(x) == paused + 1 && !playing(x), 3000)) {
            failures.add("the right arrow did not step one month from " + paused + ": " + month(state(out)));
        }
        xdotool(d, "key", "space");
        if (!until(out, x -> playing(x) && month(x) >= paused + 3, 6000)) {
            failures.add("space after a pause did not play on (MASON's play steps once): month " + month(state(out)));
        }
        xdotool(d, "key", "space");
        until(out, x -> !playing(x), 3000);
        shoot(out, "classroom-" + size);
        xdotool(d, "key", "r");
        if (!until(out, x -> month(x) == 0 && !playing(x), 4000)) {
            failures.add("R did not show month 0, not running: month " + month(state(out)) + ", playing "
                    + playing(state(out)));
        }
        // the pause at the first split or clash, with what to notice, then R for month 0 again
        Files.writeString(out.resolve("pause-first"), "");
        Thread.sleep(400);
        xdotool(d, "key", "space");
        if (!until(out, x -> Boolean.parseBoolean(x.getProperty("prompt")) && !playing(x), 20_000)) {
            failures.add("the run did not pause at its first split or clash with a prompt: month "
                    + month(state(out)) + ", playing " + playing(state(out)));
        } else {
            // the prompt says to read the narration: on a small screen its tab is shown
            String tab = state(out).getProperty("tab");
            if (!size.equals("1920x1080") && !"What happened".equals(tab)) {
                failures.add("paused at the first split or clash with the " + tab + " tab shown, not the narration");
            }
            if (size.equals(SIZES.get(0))) {
                shoot(out, "classroom-" + size + "-first");
            }
        }
        xdotool(d, "key", "r");
        until(out, x -> month(x) == 0 && !playing(x), 4000);
        int inputs = Integer.parseInt(state(out).getProperty("inputs"));
        xdotool(d, "key", "s");
        if (!until(out, x -> Integer.parseInt(x.getProperty("inputs")) > inputs, 3000)) {
            failures.add("S did not record sanctions now");
        }
        xdotool(d, "key", "l");
        if (!until(out, x -> "Levers".equals(x.getProperty("tab")), 3000)) {
            failures.add("L did not show the Levers tab: " + state(out).getProperty("tab"));
        }
        // a lever from the keyboard, as lesson 2 asks: L puts the focus on the first lever's
        // check box, the space bar ticks it (and Tab would walk on to the next levers)
        if (!until(out, x -> "JCheckBox".equals(x.getProperty("focus")), 3000)) {
            failures.add("L did not put the focus on a lever: " + state(out).getProperty("focus"));
        }
        int before = Integer.parseInt(state(out).getProperty("inputs"));
        String changesHash = state(out).getProperty("changes.hash");
        xdotool(d, "key", "space");
        if (!until(out, x -> !x.getProperty("inputs").equals(Integer.toString(before))
                || !x.getProperty("changes.hash").equals(changesHash), 3000)) {
            failures.add("L then space did not change a lever: " + state(out).getProperty("inputs")
                    + " timed inputs, " + before + " before; focus on " + state(out).getProperty("focus"));
        }
        // the change is said in plain words: no setting's path or raw value ("MINUSMA: change posture off")
        String said = state(out).getProperty("status");
        if (!said.startsWith("From ") || said.contains(": ") || said.contains("_")) {
            failures.add("the lever's change is not said in plain words: " + said);
        }
        xdotool(d, "key", "Tab");
        Thread.sleep(300);
        String next = state(out).getProperty("focus");
        if (next.equals("JTextField") || next.equals("none")) {
            failures.add("Tab from the first lever went to " + next + ", not to the next control");
        }
        xdotool(d, "key", "Escape");
        // the close-up of the Tilemsi valley (Z), then Z again for the tab shown before
        xdotool(d, "key", "z");
        if (!until(out, x -> Boolean.parseBoolean(x.getProperty("closeup.showing")), 3000)) {
            failures.add("Z did not show the close-up: tab " + state(out).getProperty("tab"));
        } else {
            Properties z = state(out);
            double zoom = Double.parseDouble(z.getProperty("closeup.zoom"));
            double marks = Double.parseDouble(z.getProperty("closeup.marks"));
            // things twice as far apart at least, marks growing at most half as much as the distances
            if (zoom < 2 || marks > 1 + (zoom - 1) / 2) {
                failures.add("the close-up zooms " + zoom + " times with marks " + marks + " times larger");
            }
            Thread.sleep(500);
            shoot(out, "classroom-" + size + "-closeup");
            xdotool(d, "key", "z");
            if (!until(out, x -> "Levers".equals(x.getProperty("tab")), 3000)) {
                failures.add("Z again did not go back to the tab shown before: " + state(out).getProperty("tab"));
            }
        }
        xdotool(d, "key", "F11");
        if (!until(out, x -> Boolean.parseBoolean(x.getProperty("fullscreen")), 4000)) {
            failures.add("F11 did not switch to full screen");
        } else {
            Thread.sleep(800);
            shoot(out, "classroom-" + size + "-fullscreen");
            xdotool(d, "key", "F11");
            if (!until(out, x -> !Boolean.parseBoolean(x.getProperty("fullscreen")), 4000)) {
                failures.add("F11 again did not leave full screen");
            }
        }
        return failures;
    }

    /**
     * Opens side by side as the View menu does, on the preset's own decision: it must open
     * paused at month 0, fit the screen, and answer the keys with its own two runs.
     */
    private List<String> sideBySide(String d, Path out, String size) throws Exception {
        List<String> failures = new ArrayList<>();
        // D opens the dialog on the preset's decision; Enter accepts it
        xdotool(d, "search", "--sync", "--name", "SahelSim classroom", "windowactivate", "--sync");
        xdotool(d, "key", "d");
        Thread.sleep(1500);
        xdotool(d, "key", "Return");
        if (!until(out, x -> Boolean.parseBoolean(x.getProperty("sbs.shown")), 6000)) {
            failures.add("D then Enter did not open side by side");
            sbsLayouts.put(size, new Properties());
            laterSbsLayouts.put(size, new Properties());
            laterLayouts.put(size, new Properties());
            return failures;
        }
        Thread.sleep(2000);
        Files.writeString(out.resolve("check-sbs"), "");
        waitFor(() -> Files.exists(out.resolve("sbs-layout.properties")), 15_000, "side by side at " + size);
        sbsLayouts.put(size, read(out.resolve("sbs-layout.properties")));
        until(out, x -> x.getProperty("sbs.month") != null, 3000);
        Properties s = state(out);
        if (!"0".equals(s.getProperty("sbs.month")) || Boolean.parseBoolean(s.getProperty("sbs.playing"))) {
            failures.add("side by side opens at month " + s.getProperty("sbs.month") + ", playing "
                    + s.getProperty("sbs.playing"));
        }
        xdotool(d, "search", "--sync", "--name", "Side by side", "windowactivate", "--sync");
        Thread.sleep(500);
        xdotool(d, "key", "Right");
        if (!until(out, x -> "1".equals(x.getProperty("sbs.month")), 3000)) {
            failures.add("the right arrow did not step side by side: month " + state(out).getProperty("sbs.month"));
        }
        xdotool(d, "key", "space");
        if (!until(out, x -> Integer.parseInt(x.getProperty("sbs.month")) >= 3, 6000)) {
            failures.add("space did not play side by side: month " + state(out).getProperty("sbs.month"));
        }
        xdotool(d, "key", "space");
        until(out, x -> !Boolean.parseBoolean(x.getProperty("sbs.playing")), 3000);
        Thread.sleep(600);
        shoot(out, "sidebyside-" + size);
        Files.writeString(out.resolve("recheck"), "");
        waitFor(() -> Files.exists(out.resolve("rechecked")), 10_000, "the layouts checked again at " + size);
        laterLayouts.put(size, read(out.resolve("layout-later.properties")));
        laterSbsLayouts.put(size, read(out.resolve("sbs-layout-later.properties")));
        // the same screens in French
        Files.writeString(out.resolve("french"), "");
        waitFor(() -> Files.exists(out.resolve("in-french")), 10_000, "French at " + size);
        // the map on the screen is drawn again in French at once, paused (Tombouctou, Ménaka, frontière...)
        double changed = Double.parseDouble(Files.readString(out.resolve("french-map.txt")));
        if (changed < 0.002) {
            failures.add("the map on the screen did not change to French: " + changed + " of its pixels changed");
        }
        Thread.sleep(800);
        shoot(out, "sidebyside-" + size + "-fr");
        xdotool(d, "search", "--sync", "--onlyvisible", "--name", "SahelSim", "windowactivate", "--sync");
        Thread.sleep(800);
        shoot(out, "classroom-" + size + "-fr");
        xdotool(d, "key", "z");
        if (until(out, x -> Boolean.parseBoolean(x.getProperty("closeup.showing")), 3000)) {
            Thread.sleep(500);
            shoot(out, "classroom-" + size + "-closeup-fr");
        } else {
            failures.add("Z did not show the close-up in French");
        }
        return failures;
    }

    @Test
    void sideBySideFitsEveryScreenOpensPausedAtMonthZeroAndAnswersTheKeys() {
        for (String size : SIZES) {
            assertEquals("", sbsLayouts.get(size).getProperty("problems"), size + ": " + sbsLayouts.get(size));
            assertEquals("", laterSbsLayouts.get(size).getProperty("problems"), size + ", months later: "
                    + laterSbsLayouts.get(size));
            assertEquals(List.of(), sideBySideFailures.get(size), size);
        }
    }

    @Test
    void theWindowAndItsControlsFitEveryScreenWithNothingCutOrOverlapping() {
        for (String size : SIZES) {
            Properties p = layouts.get(size);
            assertEquals(size, p.getProperty("screen"), "the screen of the test");
            assertEquals("", p.getProperty("problems"), size + ": " + p);
            assertEquals("", laterLayouts.get(size).getProperty("problems"), size + ", months later: "
                    + laterLayouts.get(size));
        }
        assertEquals("false", layouts.get("1280x800").getProperty("wide"), "a small screen: the map and one tabbed view");
        assertEquals("true", layouts.get("1920x1080").getProperty("wide"), "a wide screen: every view at once");
    }

    @Test
    void theKeyboardAloneResetsPlaysPausesStepsAndSwitchesFullScreen() {
        for (String size : SIZES) {
            assertEquals(List.of(), keyFailures.get(size), size);
        }
    }

    @Test
    void theDefaultSpeedIsAboutOneMonthASecond() {
        for (String size : SIZES) {
            double r = monthsPerSecond.get(size);
            assertTrue(r >= 0.6 && r <= 1.6, size + ": " + r + " months a second");
        }
    }

    @Test
    void screenshotsAreWrittenForEachSizeInBothLanguages() throws IOException {
        for (String size : SIZES) {
            for (String name : List.of("classroom-" + size, "classroom-" + size + "-fullscreen", "sidebyside-" + size,
                    "classroom-" + size + "-fr", "sidebyside-" + size + "-fr", "classroom-" + size + "-closeup",
                    "classroom-" + size + "-closeup-fr")) {
                Path png = shots.resolve(size).resolve(name + ".png");
                assertTrue(Files.exists(png) && Files.size(png) > 20_000, png + " was written");
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static boolean playing(Properties p) {
        return Boolean.parseBoolean(p.getProperty("playing"));
    }

    private static int month(Properties p) {
        return Integer.parseInt(p.getProperty("month"));
    }

    private static Properties state(Path out) throws IOException {
        for (int i = 0; ; i++) {
            try {
                return read(out.resolve("state.properties"));
            } catch (NoSuchFileException e) {
                if (i > 20) {
                    throw e;
                }
                try {
                    Thread.sleep(50); // between the driver's write and its atomic move
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean until(Path out, Predicate<Properties> ok, long ms) throws Exception {
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            if (ok.test(state(out))) {
                return true;
            }
            Thread.sleep(100);
        }
        return ok.test(state(out));
    }

    private static void shoot(Path out, String name) throws Exception {
        Files.writeString(out.resolve("shoot-" + name), "");
        waitFor(() -> Files.exists(out.resolve("shot-" + name)), 10_000, "the screenshot " + name);
    }

    private static void xdotool(String display, String... args) throws Exception {
        List<String> c = new ArrayList<>(List.of("xdotool"));
        c.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(c).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "xdotool " + args[0] + " ends");
        assertEquals(0, p.exitValue(), "xdotool " + String.join(" ", args) + ": " + said);
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Check c, long ms, String what) throws Exception {
        long end = System.currentTimeMillis() + ms;
        while (!c.ok()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError(what + " did not happen within " + ms + " ms");
            }
            Thread.sleep(100);
        }
    }

    private static Properties read(Path f) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

}
