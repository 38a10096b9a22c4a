package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.cli.Main;
import org.sahelsim.model.Tiny;
import org.sahelsim.testing.RequiresTool;

/**
 * The classroom window on a real display. The test JVM stays headless (surefire sets
 * {@code java.awt.headless=true}); this test starts its own Xvfb server, runs
 * {@link GuiDriver} in a child JVM on it, stops Xvfb, then checks what the driver wrote to
 * {@code sim/target/gui-screenshots/}: pictures of every view of every classroom preset (not
 * blank, changed between month 0 and the last month), one narration entry per event of
 * {@code sahelsim run} on the saved session, the same events as the window, side by side
 * identical before the decision and different after, frames, and the French narration.
 */
@RequiresTool({"Xvfb"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuiWindowTest {
    private static final int MONTHS = 12;
    private static final long DRIVER_TIMEOUT_S = 150;

    private Path out;
    private Properties report;
    private int caption;
    private List<String> presets;

    @TempDir
    Path tmp;

    @BeforeAll
    void runTheWindowUnderXvfb() throws Exception {
        Path root = Tiny.root();
        Path xawt = Path.of(System.getProperty("java.home"), "lib", "libawt_xawt.so");
        assertTrue(Files.exists(xawt), "this JVM (" + System.getProperty("java.home") + ") cannot draw on X11: it has no"
                + " lib/libawt_xawt.so (a headless runtime); install a full JRE, e.g. Debian's openjdk-17-jre");
        out = root.resolve("sim/target/gui-screenshots");
        XServers.deleteTree(out);
        Files.createDirectories(out);
        int display = XServers.freeDisplay(91);
        Process xvfb = new ProcessBuilder("Xvfb", ":" + display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(out.resolve("xvfb.log").toFile()).start();
        try {
            Path socket = Path.of("/tmp/.X11-unix/X" + display);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!Files.exists(socket) && xvfb.isAlive() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertTrue(xvfb.isAlive() && Files.exists(socket), "Xvfb did not start on :" + display + ": "
                    + Files.readString(out.resolve("xvfb.log")));
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Djava.awt.headless=false", "-Xmx1g",
                    "-cp", System.getProperty("java.class.path"), GuiDriver.class.getName(), out.toString(),
                    root.resolve("scenarios/classroom").toString(), Integer.toString(MONTHS));
            pb.environment().put("DISPLAY", ":" + display);
            pb.redirectErrorStream(true).redirectOutput(out.resolve("driver.log").toFile());
            Process driver = pb.start();
            boolean done = driver.waitFor(DRIVER_TIMEOUT_S, TimeUnit.SECONDS);
            if (!done) {
                driver.destroyForcibly();
            }
            String log = Files.readString(out.resolve("driver.log"));
            assertTrue(done, "the window driver took longer than " + DRIVER_TIMEOUT_S + " s:\n" + log);
            assertEquals(0, driver.exitValue(), "the window driver failed:\n" + log);
        } finally {
            xvfb.destroy();
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        }
        report = new Properties();
        try (Reader r = Files.newBufferedReader(out.resolve("report.properties"), StandardCharsets.UTF_8)) {
            report.load(r);
        }
        caption = Integer.parseInt(report.getProperty("caption.height"));
        presets = List.of(report.getProperty("presets").split(","));
    }


    private BufferedImage image(String name) throws IOException {
        Path p = out.resolve(name);
        assertTrue(Files.exists(p), "missing picture " + name);
        return ImageIO.read(p.toFile());
    }

    /** Distinct colours below the caption: a blank or flat view has very few. */
    private int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = caption; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                seen.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    /** Share of pixels below the caption that differ between two pictures of one view. */
    private double difference(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth(), "same view, same width");
        // the last change's line, shown over the buttons once a change is made, takes a line of height
        assertTrue(Math.abs(a.getHeight() - b.getHeight()) <= 40, "same view, about the same height: "
                + a.getHeight() + " and " + b.getHeight());
        long diff = 0;
        long all = 0;
        for (int y = caption; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                all++;
                if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
                    diff++;
                }
            }
        }
        return (double) diff / all;
    }

    private static String two(int m) {
        return String.format("%02d", m);
    }

    @Test
    void everyViewOfEveryPresetIsPicturedNotBlankAndChangesFromMonthZero() throws IOException {
        assertTrue(presets.size() >= 3, "at least three classroom presets: " + presets);
        for (String preset : presets) {
            for (String view : List.of("map", "network", "charts", "narration")) {
                BufferedImage first = image(preset + "-" + view + "-m00.png");
                BufferedImage last = image(preset + "-" + view + "-m" + two(MONTHS) + ".png");
                int c = colours(last);
                assertTrue(c >= 40, preset + " " + view + " at month " + MONTHS + " has only " + c + " colours");
                if (!view.equals("narration")) { // the narration is empty before the first month
                    assertTrue(colours(first) >= 40, preset + " " + view + " at month 0 looks blank");
                }
                double d = difference(first, last);
                assertTrue(d > 0.005, preset + " " + view + ": only " + d + " of the picture changed from month 0 to "
                        + MONTHS);
            }
            assertTrue(colours(image(preset + "-window-m" + two(MONTHS) + ".png")) >= 100, preset + " window");
        }
    }

    /** The events.csv rows of {@code sahelsim run} on a saved session, seed 1, one replication, up to a month. */
    private List<String> runEvents(String preset) throws IOException {
        Path folder = tmp.resolve(preset);
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new String[] {"run", out.resolve(preset + "-session.yaml").toString(), "--seed", "1",
            "--reps", "1", "--threads", "1", "--out", folder.toString()}, new PrintWriter(o), new PrintWriter(e));
        assertEquals(0, code, "run on the saved session: " + e);
        List<String> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(folder.resolve("events.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                if (Integer.parseInt(rec.get("step")) <= MONTHS) {
                    rows.add(String.join("\t", rec.get("step"), rec.get("type"), rec.get("actor"), rec.get("actor_kind"),
                            rec.get("other"), rec.get("other_kind"), rec.get("region"), rec.get("detail")));
                }
            }
        }
        return rows;
    }

    @Test
    void theHeaderCountsTheSplitsMergersClashesAndTownsTakenOfTheRun() {
        for (String preset : presets) {
            String shown = report.getProperty(preset + ".counts");
            assertEquals(report.getProperty(preset + ".events.counts"), shown, preset + ": splits, mergers, clashes, towns");
            assertTrue(!shown.equals("0,0,0,0"), preset + ": a run of " + MONTHS + " months has something to count");
        }
    }

    @Test
    void aButtonPressedIsSaidInPlainWordsMarkedOnTheChartsAndTheWorldWithoutItDrawnFaintly() {
        for (String preset : presets) {
            String said = report.getProperty(preset + ".status");
            assertTrue(said.startsWith("From ") && said.contains("targeted sanctions cut the rent"), preset + ": " + said);
            assertTrue(!said.contains("levers.") && !said.contains("enabled"), "no dotted path: " + said);
            assertTrue(Integer.parseInt(report.getProperty(preset + ".marks")) >= 1, preset + ": the decision's mark");
            assertEquals(Integer.toString(MONTHS + 1), report.getProperty(preset + ".shadow.points"),
                    preset + ": the world without the decision drawn faintly, from month 0 to the month shown");
        }
    }

    @Test
    void theNarrationHasOneEntryPerEventOfEventsCsv() throws IOException {
        for (String preset : presets) {
            List<String> rows = runEvents(preset);
            assertTrue(rows.size() > 10, preset + ": a lively run has events");
            assertEquals(MONTHS, Integer.parseInt(report.getProperty(preset + ".shown")), preset + " months shown");
            assertEquals(rows.size(), Integer.parseInt(report.getProperty(preset + ".narration")),
                    preset + ": narration entries against events.csv rows up to month " + MONTHS);
        }
    }

    @Test
    void aSavedSessionReplayedWithRunGivesTheEventsOfTheWindow() throws IOException {
        for (String preset : presets) {
            assertTrue(Integer.parseInt(report.getProperty(preset + ".particle")) >= 0,
                    preset + ": the window runs on a set of the calibrated posterior, as 'gui' opens it");
            assertTrue(Integer.parseInt(report.getProperty(preset + ".recorded")) >= 1,
                    preset + ": the session recorded the sanctions pressed in the window");
            assertTrue(Files.readString(out.resolve(preset + "-session.yaml")).contains("timed_inputs:\n  - at: 4"));
            List<String> window = Files.readAllLines(out.resolve(preset + "-window-events.csv"), StandardCharsets.UTF_8);
            assertEquals(window, runEvents(preset), preset + ": events of the window and of run on the saved session");
        }
    }

    @Test
    void sideBySideViewsAreIdenticalBeforeTheDecisionAndDifferAfter() throws IOException {
        int before = Integer.parseInt(report.getProperty("sbs.before"));
        int after = Integer.parseInt(report.getProperty("sbs.after"));
        assertTrue(before < Integer.parseInt(report.getProperty("sbs.month")));
        BufferedImage w0 = image("sidebyside-without-m" + two(before) + ".png");
        BufferedImage l0 = image("sidebyside-with-m" + two(before) + ".png");
        assertTrue(colours(w0) >= 40, "side by side is not blank");
        assertEquals(0.0, difference(w0, l0), "the same seed without and with the decision, before its month");
        BufferedImage w1 = image("sidebyside-without-m" + two(after) + ".png");
        BufferedImage l1 = image("sidebyside-with-m" + two(after) + ".png");
        double d = difference(w1, l1);
        assertTrue(d > 0.0005, "the worlds diverge after the decision; differing share " + d);
        assertTrue(difference(w0, w1) > 0.005, "and time passes on the left");
    }

    @Test
    void sideBySideOpensPausedAtMonthZeroOnThePresetsDecisionAndLeavesTheWindowsRunAsItWas() throws IOException {
        assertEquals("sbs.choice.mobile@6", report.getProperty("sbs.default"), "lesson 3's decision, from its month");
        assertEquals("0", report.getProperty("sbs.opened.month"));
        assertEquals("false", report.getProperty("sbs.opened.playing"));
        assertTrue(colours(image("sidebyside-without-m00.png")) >= 40, "both maps are drawn at month 0, before any play");
        assertTrue(colours(image("sidebyside-with-m00.png")) >= 40);
        assertEquals("true", report.getProperty("sbs.main.unchanged"), "the classroom window's world is untouched");
    }

    @Test
    void framesArePicturesOfSuccessiveMonths() throws IOException {
        List<Path> frames;
        try (Stream<Path> s = Files.list(out.resolve("frames"))) {
            frames = s.sorted().toList();
        }
        assertEquals(3, frames.size(), "one frame per month recorded: " + frames);
        BufferedImage a = ImageIO.read(frames.get(0).toFile());
        BufferedImage b = ImageIO.read(frames.get(2).toFile());
        assertTrue(colours(a) >= 100);
        assertTrue(difference(a, b) > 0.001, "frames of different months differ");
    }

    @Test
    void everyTextOfTheWindowSideBySideAndTheNarrationIsFrenchInFrenchButProperNames() {
        assertTrue(Integer.parseInt(report.getProperty("french.walked")) > 150, "the walk saw the window: "
                + report.getProperty("french.walked") + " texts");
        assertEquals("", report.getProperty("french.same"), "texts left in English in the French window");
        assertTrue(Integer.parseInt(report.getProperty("french.narrated")) > 10, "events narrated");
        assertEquals("", report.getProperty("french.narration.same"), "sentences of the narration left in English");
    }

    @Test
    void theNarrationAndTheLeversSwitchToFrench() throws IOException {
        String fr = report.getProperty("narration.fr");
        assertTrue(fr.startsWith("Mois "), "French narration: " + fr);
        assertEquals("Leviers", report.getProperty("levers.tab"), "the window's tab of lever sliders, in French");
        assertTrue(colours(image("window-levers-fr.png")) >= 20, "the lever inspector is drawn");
        // MASON's Console, hidden but in the View menu: its tabs on the model speak French
        List<String> tabs = List.of(report.getProperty("console.tabs.fr").split(","));
        assertTrue(tabs.containsAll(List.of("À propos", "Leviers", "Affichages", "Inspecteurs")), "the Console's tabs: " + tabs);
        assertTrue(report.getProperty("console.about.fr", "").contains("ce n’est pas une prévision"),
                "the About tab in French: " + report.getProperty("console.about.fr"));
    }
}
