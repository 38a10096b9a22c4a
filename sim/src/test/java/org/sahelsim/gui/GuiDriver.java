package org.sahelsim.gui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import javax.swing.SwingUtilities;
import org.sahelsim.record.Event;
import sim.display.Console;

/**
 * Drives the classroom window for {@link GuiWindowTest}, in a JVM of its own with a display
 * (Xvfb): opens each classroom preset, runs months with MASON's Console (pause to start, then
 * play steps one month), presses "sanctions now" once, writes pictures of every view at month 0
 * and at the last month, the window's events and the saved session; then side by side, frame
 * recording and the French narration. Writes {@code report.properties} for the test to check.
 *
 * <p>Usage: {@code GuiDriver OUT_FOLDER PRESETS_FOLDER MONTHS}
 */
public final class GuiDriver {
    /** The views pictured, by their text key, and the file name part of each. */
    static final List<String> VIEWS = List.of("view.map", "view.network", "view.charts", "view.narration");

    private GuiDriver() {
    }

    public static void main(String[] args) {
        try {
            run(args);
            System.out.println("GuiDriver: done");
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1); // Swing's threads would keep the JVM alive
        }
    }

    private static void run(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path presets = Path.of(args[1]);
        int months = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        Properties report = new Properties();
        report.setProperty("caption.height", Integer.toString(ViewPanel.CAPTION_HEIGHT));
        report.setProperty("months", Integer.toString(months));
        List<Presets.Preset> list = Presets.list(presets);
        StringBuilder names = new StringBuilder();
        SahelWithUI last = null;
        for (Presets.Preset p : list) {
            if (p.scenario() == null) {
                throw new IllegalStateException(p.file() + ": " + p.problem());
            }
            String name = p.file().getFileName().toString().replace(".yaml", "");
            names.append(names.length() == 0 ? "" : ",").append(name);
            // as 'gui' opens a preset: over the calibrated posterior beside the presets' folder
            Path posterior = Presets.posteriorBeside(presets);
            SahelWithUI gui = Launcher.open(new Session(p.scenario(), p.file(), 1,
                    Launcher.over(posterior, p.file(), p.scenario())), Locale.ENGLISH);
            if (last != null) {
                close(last);
            }
            last = gui;
            Console console = (Console) gui.controller;
            onSwing(console::pressPause); // starts the run, paused at month 0
            settle();
            pictures(gui, out, name, 0);
            for (int m = 1; m <= months; m++) {
                if (m == 4) {
                    onSwing(gui.settings()::sanctionsNow); // while month 3 is shown: applies from month 4
                    onSwing(() -> report.setProperty(name + ".status", gui.window.status()));
                }
                onSwing(console::pressPlay); // paused: one month
            }
            settle();
            pictures(gui, out, name, months);
            onSwing(() -> {
                // the header's counts against the run's own events
                int[] shown = gui.window.counts();
                StringBuilder own = new StringBuilder();
                for (org.sahelsim.record.EventType t : ClassroomWindow.COUNTED) {
                    own.append(own.length() == 0 ? "" : ",").append(gui.sink().count(t));
                }
                report.setProperty(name + ".counts", java.util.Arrays.toString(shown).replaceAll("[\\[\\] ]", ""));
                report.setProperty(name + ".events.counts", own.toString());
                report.setProperty(name + ".marks", Integer.toString(gui.window.charts.markCount()));
                report.setProperty(name + ".shadow.points", Integer.toString(gui.window.charts.shadowPoints()));
            });
            onSwing(() -> write(gui.picture("view.window"), out.resolve(name + "-window-m" + two(months) + ".png")));
            int[] counts = new int[2];
            onSwing(() -> {
                counts[0] = gui.window.narration.entries();
                counts[1] = gui.sink().eventCount();
            });
            report.setProperty(name + ".narration", Integer.toString(counts[0]));
            report.setProperty(name + ".events", Integer.toString(counts[1]));
            report.setProperty(name + ".shown", Integer.toString(gui.window.month()));
            report.setProperty(name + ".particle", Integer.toString(gui.session().ensembleParticle()));
            report.setProperty(name + ".recorded", Integer.toString(gui.session().recorded().size()));
            gui.session().save(out.resolve(name + "-session.yaml"));
            writeEvents(gui.sink().eventsFrom(0), out.resolve(name + "-window-events.csv"));
        }
        report.setProperty("presets", names.toString());

        // side by side on the last preset (a mobile MINUSMA from month 6): the same seed without
        // and with that decision from month 6
        SahelWithUI gui = last;
        Console console = (Console) gui.controller;
        int t = 6;
        int[] mainMonth = new int[1];
        String[] mainInputs = new String[1];
        onSwing(() -> {
            gui.session().reset(); // the preset as it is: without the sanctions pressed above
            mainMonth[0] = gui.window.month();
            mainInputs[0] = gui.session().scenario().timedInputs().toString();
            int[] preset = SahelWithUI.presetDecision(gui.session().scenario());
            report.setProperty("sbs.default", SahelWithUI.SIDE_BY_SIDE.get(preset[0]) + "@" + preset[1]);
            gui.sideBySide("sbs.choice.mobile", t);
            report.setProperty("sbs.opened.month", Integer.toString(gui.sideBySide.month()));
            report.setProperty("sbs.opened.playing", Boolean.toString(gui.sideBySide.playing()));
        });
        settle();
        sideBySide(gui, out, 0);
        for (int m = 1; m <= t - 1; m++) {
            onSwing(gui.sideBySide::stepMonth);
        }
        settle();
        sideBySide(gui, out, t - 1);
        for (int m = t; m <= t + 6; m++) {
            onSwing(gui.sideBySide::stepMonth);
        }
        settle();
        sideBySide(gui, out, t + 6);
        onSwing(() -> {
            // the classroom window's world is as it was: same month, no input added
            report.setProperty("sbs.main.unchanged", Boolean.toString(gui.window.month() == mainMonth[0]
                    && gui.session().scenario().timedInputs().toString().equals(mainInputs[0])));
            gui.sideBySide.setVisible(false);
        });
        report.setProperty("sbs.month", Integer.toString(t));
        report.setProperty("sbs.before", Integer.toString(t - 1));
        report.setProperty("sbs.after", Integer.toString(t + 6));
        report.setProperty("sbs.preset", names.substring(names.lastIndexOf(",") + 1));

        // frames of three months, then French
        Path frames = out.resolve("frames");
        onSwing(() -> {
            try {
                gui.recordFrames(frames);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (int m = 0; m < 3; m++) {
            onSwing(console::pressPlay);
        }
        onSwing(() -> {
            try {
                gui.recordFrames(null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        leversTab(gui, console, out.resolve("window-levers-en.png"));
        Map<String, String> english = new LinkedHashMap<>();
        onSwing(() -> {
            english.putAll(Walk.texts(gui.window));
            Walk.texts(gui.sideBySide).forEach((k, v) -> english.put("sbs/" + k, v));
        });
        onSwing(() -> gui.texts().setLocale(Locale.FRENCH));
        settle();
        Map<String, String> french = new LinkedHashMap<>();
        onSwing(() -> {
            french.putAll(Walk.texts(gui.window));
            Walk.texts(gui.sideBySide).forEach((k, v) -> french.put("sbs/" + k, v));
        });
        // every sentence of the run's narration in both languages
        List<String> sameSentences = new java.util.ArrayList<>();
        onSwing(() -> {
            Narrator en = new Narrator(new Texts(Locale.ENGLISH), gui.session().base().start());
            Narrator frn = new Narrator(new Texts(Locale.FRENCH), gui.session().base().start());
            for (Event e : gui.sink().eventsFrom(0)) {
                if (en.sentence(e).equals(frn.sentence(e))) {
                    sameSentences.add(en.sentence(e));
                }
            }
            report.setProperty("french.narrated", Integer.toString(gui.sink().eventCount()));
        });
        report.setProperty("french.narration.same", String.join(" | ", sameSentences));
        // every text of the window, English then French: what stays the same was not translated
        report.setProperty("french.walked", Integer.toString(french.size()));
        List<String> places = new java.util.ArrayList<>();
        onSwing(() -> java.util.Arrays.stream(gui.window.map.world().places).forEach(p -> places.add(p.name)));
        report.setProperty("french.same", String.join(" | ", Walk.same(english, french, gui.session().scenario(),
                places)));
        String[] fr = new String[1];
        onSwing(() -> {
            fr[0] = gui.window.narration.entries() > 0 ? gui.window.narration.sentence(0) : "";
            write(gui.picture("view.narration"), out.resolve("narration-fr.png"));
            write(gui.picture("view.window"), out.resolve("window-fr.png"));
        });
        report.setProperty("narration.fr", fr[0]);
        // MASON's Console where it speaks of the model: its Levers and About tabs, in French now
        onSwing(() -> {
            javax.swing.JTabbedPane tabs = console.getTabPane();
            List<String> titles = new java.util.ArrayList<>();
            for (int i = 0; i < tabs.getTabCount(); i++) {
                titles.add(tabs.getTitleAt(i));
                if (tabs.getTitleAt(i).equals("À propos")) {
                    for (javax.swing.JEditorPane p : Components.all((java.awt.Container) tabs.getComponentAt(i),
                            javax.swing.JEditorPane.class)) {
                        try { // the words shown, not the HTML (which writes ’ as an entity)
                            report.setProperty("console.about.fr", p.getDocument().getText(0, p.getDocument().getLength()));
                        } catch (javax.swing.text.BadLocationException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
            report.setProperty("console.tabs.fr", String.join(",", titles));
        });

        // the window's Levers tab: MASON's inspector of the lever panel, in French now
        report.setProperty("levers.tab", leversTab(gui, console, out.resolve("window-levers-fr.png")));
        try (Writer w = Files.newBufferedWriter(out.resolve("report.properties"), StandardCharsets.UTF_8)) {
            report.store(w, "written by GuiDriver");
        }
    }

    /**
     * Shows the classroom window's Levers tab and writes a picture of it, and one of the whole
     * lever inspector ({@code -all}: the tab shows only what fits); returns the tab's title.
     */
    private static String leversTab(SahelWithUI gui, Console console, Path file) throws InterruptedException {
        String[] tab = {""};
        onSwing(() -> {
            javax.swing.JTabbedPane tabs = gui.window.tabs;
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (tabs.getTitleAt(i).equals(gui.texts().t("tab.levers"))) {
                    tabs.setSelectedIndex(i);
                    tab[0] = tabs.getTitleAt(i);
                }
            }
            gui.window.validate();
        });
        settle();
        onSwing(() -> {
            java.awt.Component c = gui.window.tabs.getSelectedComponent();
            write(Images.of((javax.swing.JComponent) c), file);
            java.awt.Component inner = c instanceof java.awt.Container k && k.getComponentCount() > 0
                    ? k.getComponent(0) : null;
            if (inner instanceof javax.swing.JScrollPane sp) {
                java.awt.Component all = sp.getViewport().getView();
                write(Images.of(all), file.resolveSibling(file.getFileName().toString().replace(".png", "-all.png")));
            }
            gui.window.tabs.setSelectedIndex(0);
        });
        return tab[0];
    }

    private static void close(SahelWithUI gui) {
        onSwing(() -> ((Console) gui.controller).doClose());
    }

    private static String two(int m) {
        return String.format("%02d", m);
    }

    private static void pictures(SahelWithUI gui, Path out, String name, int month) {
        onSwing(() -> {
            for (String v : VIEWS) {
                write(gui.picture(v), out.resolve(name + "-" + v.substring(5) + "-m" + two(month) + ".png"));
            }
        });
    }

    private static void sideBySide(SahelWithUI gui, Path out, int month) {
        onSwing(() -> {
            write(gui.sideBySide.leftPanel.picture(), out.resolve("sidebyside-without-m" + two(month) + ".png"));
            write(gui.sideBySide.rightPanel.picture(), out.resolve("sidebyside-with-m" + two(month) + ".png"));
            write(gui.picture("view.sidebyside"), out.resolve("sidebyside-window-m" + two(month) + ".png"));
        });
    }

    /** The window's events in the columns of events.csv after run_id, variant and rep. */
    private static void writeEvents(List<Event> events, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Event e : events) {
            b.append(e.step()).append('\t').append(e.type().label()).append('\t').append(e.actor()).append('\t')
                    .append(e.actorKind() == null ? "" : e.actorKind().label()).append('\t')
                    .append(e.other() == null ? "" : e.other()).append('\t')
                    .append(e.otherKind() == null ? "" : e.otherKind().label()).append('\t')
                    .append(e.region() == null ? "" : e.region()).append('\t').append(e.detail()).append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private static void write(java.awt.image.BufferedImage img, Path file) {
        try {
            Images.writePng(img, file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lets pending Swing work (the month's panels, repaints, layout) finish. */
    static void settle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            onSwing(() -> { });
            Thread.sleep(100);
        }
    }

    static void onSwing(Runnable r) {
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
