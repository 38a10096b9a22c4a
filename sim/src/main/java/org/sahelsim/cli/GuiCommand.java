package org.sahelsim.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.sahelsim.gui.Launcher;
import org.sahelsim.gui.Presets;
import org.sahelsim.gui.Session;
import org.sahelsim.gui.Texts;
import org.sahelsim.run.Seeds;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gui [SCENARIO.yaml]}: the classroom window (MASON's Console with a map, the alliance
 * network, live charts and a narration). Without a scenario, a chooser of the classroom presets
 * of {@code scenarios/classroom/}. Everything is checked before a window opens; without a
 * display this is bad input (exit 2). Returns when the last window is closed.
 */
@Command(name = "gui", header = "Open the classroom window.",
        description = {"Opens the classroom window on a scenario, or, without one, a chooser of the classroom presets",
            "(scenarios/classroom/). Press play in MASON's Console; its delay slider sets the speed and its Levers tab",
            "sets the levers. The window's File menu saves the session as a scenario that 'run' replays.",
            "The world runs on the calibrated model: the seed draws one parameter set of the calibrated posterior",
            "(shown in the header); --ensemble none runs at the scenario's own values.",
            "Needs a graphical display. The model explores mechanisms; it is not a forecast."},
        footer = {"", "Examples:", "  sahelsim gui", "  sahelsim gui scenarios/classroom/3-mobile-minusma.yaml --lang fr"})
final class GuiCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml",
            description = "The scenario to open (default: choose a classroom preset).")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + RunCommand.DEFAULT_SEED,
            description = "Master seed, 0 <= S < 2^53 (default: " + RunCommand.DEFAULT_SEED + "): the window"
            + " shows run r0 of 'sahelsim run --seed S'.")
    long seed;

    @Option(names = "--ensemble", paramLabel = "FILE|none", description = "Draw the world's parameter set by weight"
            + " from this ensemble (a calibration's posterior.csv) from the seed, as 'run --ensemble' draws replication"
            + " 0's; a value the scenario or preset writes itself wins. Default: the calibrated posterior, "
            + Presets.POSTERIOR + "; 'none': the scenario's own values.")
    String ensemble;

    @Option(names = "--lang", paramLabel = "L", description = "Language of the window: en or fr (default: en).")
    String lang;

    @Override
    public Integer call() throws Exception {
        if (seed < 0 || seed >= Seeds.BOUND) {
            throw new BadInputException("--seed must be a whole number from 0 to 2^53 - 1 (9007199254740991), was " + seed + ".");
        }
        Locale language;
        try {
            language = Texts.languageOf(lang == null ? "en" : lang);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--lang must be en or fr, was '" + lang + "'.");
        }
        Scenario scenario = null;
        if (scenarioFile != null) {
            Folders.checkReadable(scenarioFile, "scenario file");
            scenario = ScenarioLoader.load(scenarioFile);
        }
        Path ensembleFile = ensembleFile();
        Ensemble sets = scenario == null ? null : Launcher.over(ensembleFile, scenarioFile, scenario);
        if (!Launcher.displayAvailable()) {
            throw new BadInputException("the classroom window needs a graphical display, and none is available"
                    + " (java.awt.headless is set, or DISPLAY is empty). Run it on a desktop, or over ssh -X.");
        }
        try {
            if (scenario == null) {
                if (!Launcher.chooseAndOpen(seed, language, ensembleFile)) {
                    return Main.OK;
                }
            } else {
                Launcher.open(new Session(scenario, scenarioFile, seed, sets), language);
            }
        } catch (RuntimeException | Error e) {
            Throwable display = noDisplay(e);
            if (display == null) {
                throw e;
            }
            String why = String.valueOf(display.getMessage()).replaceAll("[.\\s]+$", "");
            throw new BadInputException("cannot open the display " + System.getenv("DISPLAY") + ": " + why
                    + ". The classroom window needs a graphical display (and a Java runtime with AWT).");
        }
        Launcher.awaitClosed();
        return Main.OK;
    }

    /**
     * The ensemble file the window draws from: the one named, none for 'none', else the
     * calibrated posterior of the repository (the classroom presets run on the calibrated
     * model); if that is not found, the window runs at the scenario's own values and says so.
     */
    private Path ensembleFile() throws BadInputException {
        if ("none".equals(ensemble)) {
            return null;
        }
        if (ensemble != null) {
            Path p = Path.of(ensemble);
            Folders.checkReadable(p, "ensemble file");
            return p;
        }
        Path p = Presets.posterior();
        if (p == null) {
            spec.commandLine().getErr().println("Note: the calibrated posterior (" + Presets.POSTERIOR + ") was not"
                    + " found from this folder; the window runs at the scenario's own values (--ensemble FILE to choose one).");
        }
        return p;
    }

    /** The cause that says the display cannot be used (no X server, a headless Java), or null. */
    static Throwable noDisplay(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.awt.AWTError || t instanceof java.awt.HeadlessException
                    || t instanceof UnsatisfiedLinkError) {
                return t;
            }
        }
        return null;
    }
}
