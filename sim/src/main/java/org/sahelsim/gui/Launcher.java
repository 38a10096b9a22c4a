package org.sahelsim.gui;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.format.EnsembleLoader;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;
import sim.display.Console;

/**
 * Opens the classroom window: on a scenario file, or on the preset the instructor chooses.
 * Each window gets its own MASON Console. {@link #awaitClosed()} returns once no window is
 * left (closing the last Console may also end the program, MASON's way).
 */
public final class Launcher {
    private static final List<SahelWithUI> OPEN = new ArrayList<>();
    private static final CountDownLatch DONE = new CountDownLatch(1);

    private Launcher() {
    }

    /** Whether a display is there to draw on. */
    public static boolean displayAvailable() {
        String d = System.getenv("DISPLAY");
        return !GraphicsEnvironment.isHeadless() && (d != null && !d.isBlank()
                || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).matches(".*(windows|mac).*"));
    }

    /** Whether a display is there and answers (an X server that cannot be reached does not). */
    public static boolean displayUsable() {
        if (!displayAvailable()) {
            return false;
        }
        try {
            return GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length > 0;
        } catch (java.awt.AWTError | java.awt.HeadlessException | UnsatisfiedLinkError e) {
            return false;
        }
    }

    private static boolean fontsSet;

    /** Larger type for every Swing control (MASON's Console included): the window is projected. */
    private static void largerFonts() {
        if (fontsSet) {
            return;
        }
        fontsSet = true;
        java.awt.Font f = Palette.font(java.awt.Font.PLAIN, 15);
        List.of("Label.font", "CheckBox.font", "TextField.font", "ComboBox.font", "Button.font",
                "TabbedPane.font", "ToggleButton.font", "Slider.font", "List.font", "Menu.font", "MenuItem.font",
                "ToolTip.font", "TextArea.font", "Spinner.font", "FormattedTextField.font")
                .forEach(key -> javax.swing.UIManager.put(key, new javax.swing.plaf.FontUIResource(f)));
    }

    /** Opens the window on a session (any thread); returns its GUIState once shown. */
    public static SahelWithUI open(Session session, Locale language) {
        AtomicReference<SahelWithUI> out = new AtomicReference<>();
        onSwing(() -> {
            largerFonts();
            SahelWithUI gui = new SahelWithUI(session, new Texts(language));
            Console console = new Console(gui);
            // hidden: the classroom window has its own controls; the View menu shows the Console
            console.setVisible(false);
            console.setSize(Math.max(console.getWidth(), 640), Math.max(console.getHeight(), 720));
            java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getMaximumWindowBounds();
            console.setLocation(Math.max(0, screen.x + screen.width - console.getWidth()),
                    Math.max(0, screen.y + screen.height - console.getHeight() - 50));
            synchronized (OPEN) {
                OPEN.add(gui);
            }
            out.set(gui);
        });
        return out.get();
    }

    /**
     * Shows the preset chooser and opens the preset chosen, over the ensemble of
     * {@code ensembleFile} when it is not null (a value the preset writes itself wins); false if
     * the instructor cancelled.
     */
    public static boolean chooseAndOpen(long seed, Locale language, Path ensembleFile) throws ScenarioException {
        AtomicReference<Path> chosen = new AtomicReference<>();
        onSwing(() -> chosen.set(PresetChooser.choose(null, new Texts(language))));
        if (chosen.get() == null) {
            return false;
        }
        Scenario scenario = ScenarioLoader.load(chosen.get());
        Ensemble sets = over(ensembleFile, chosen.get(), scenario);
        open(new Session(scenario, chosen.get(), seed, sets), language);
        return true;
    }

    /**
     * The ensemble a window on {@code scenarioFile} draws its parameter set from: the file's
     * sets without the values the scenario file writes itself, which win; null without an
     * ensemble file, or when the scenario file writes every value of it itself (a saved session
     * carries the values of the set it ran on), so the header does not name a set that changes
     * nothing.
     */
    public static Ensemble over(Path ensembleFile, Path scenarioFile, Scenario scenario) throws ScenarioException {
        if (ensembleFile == null) {
            return null;
        }
        Ensemble e = EnsembleLoader.forScenarioFile(ensembleFile, scenarioFile, scenario);
        return e.paths().isEmpty() ? null : e;
    }

    /** Replaces a window by one on another scenario file, keeping seed and language (Swing thread). */
    static void replace(SahelWithUI old, Path file) {
        Scenario s;
        Ensemble e;
        try {
            s = ScenarioLoader.load(file);
            // the new scenario over the same ensemble, if the window had one
            Ensemble old0 = old.session().ensemble();
            e = old0 == null ? null : over(old0.file(), file, s);
        } catch (ScenarioException x) {
            javax.swing.JOptionPane.showMessageDialog(old.window, x.getMessage());
            return;
        }
        open(new Session(s, file, old.session().seed(), e), old.texts().locale());
        if (old.controller instanceof Console) {
            ((Console) old.controller).doClose();
        }
    }

    /** Called when a window's GUIState quits. */
    static void closed(SahelWithUI gui) {
        synchronized (OPEN) {
            OPEN.remove(gui);
            if (OPEN.isEmpty()) {
                DONE.countDown();
            }
        }
    }

    /** Waits until no classroom window is left. */
    public static void awaitClosed() throws InterruptedException {
        DONE.await();
    }

    private static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the window", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException c) {
                throw c;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
