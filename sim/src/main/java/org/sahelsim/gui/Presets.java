package org.sahelsim.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;

/**
 * The classroom presets: the scenario files of {@code scenarios/classroom/}, found from the
 * system property {@code sahelsim.presets}, else from the working folder or one of its parents,
 * else beside the jar ({@code sim/target/sahelsim.jar} in the repository).
 */
public final class Presets {
    /** The presets' folder inside the repository. */
    public static final String FOLDER = "scenarios/classroom";
    /**
     * The calibrated posterior the window runs over unless told otherwise (the 2012-2015
     * calibration of docs/VALIDATION.md section 14), inside the repository.
     */
    public static final String POSTERIOR = "scenarios/calibration/history-2012-2015-posterior.csv";

    private Presets() {
    }

    /** A preset: its file and its scenario, or the problem that kept it from loading. */
    public record Preset(Path file, Scenario scenario, String problem) {
    }

    /** The presets' folder, or null if none is found. */
    public static Path folder() {
        String prop = System.getProperty("sahelsim.presets");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        for (Path q = Path.of("").toAbsolutePath(); q != null; q = q.getParent()) {
            if (Files.isDirectory(q.resolve(FOLDER))) {
                return q.resolve(FOLDER);
            }
        }
        try {
            Path jar = Path.of(Presets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path q = jar.getParent(); q != null; q = q.getParent()) {
                if (Files.isDirectory(q.resolve(FOLDER))) {
                    return q.resolve(FOLDER);
                }
            }
        } catch (Exception e) {
            return null; // no code source (unusual class loaders): no presets
        }
        return null;
    }

    /** The calibrated posterior of the repository the presets' folder is in, or null if none is found. */
    public static Path posterior() {
        Path folder = folder();
        if (folder == null) {
            return null;
        }
        Path p = posteriorBeside(folder);
        return Files.isRegularFile(p) ? p : null;
    }

    /** Where the calibrated posterior is for a presets' folder ({@code ../calibration/}), found or not. */
    public static Path posteriorBeside(Path folder) {
        return folder.toAbsolutePath().resolveSibling("calibration").resolve(Path.of(POSTERIOR).getFileName());
    }

    /** The presets of a folder, by file name; a file that does not load is listed with its problem. */
    public static List<Preset> list(Path folder) {
        List<Preset> out = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            return out;
        }
        for (Path p : files) {
            try {
                out.add(new Preset(p, ScenarioLoader.load(p), null));
            } catch (ScenarioException e) {
                out.add(new Preset(p, null, e.getMessage()));
            }
        }
        return out;
    }
}
