package org.sahelsim.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.sahelsim.cli.Main;
import org.sahelsim.format.AbcSpecLoader;
import org.sahelsim.format.RepoPaths;
import org.sahelsim.model.ModelVersion;
import org.sahelsim.run.FileTrees;
import org.sahelsim.run.Provenance;
import org.sahelsim.run.ResultTables;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.validation.ValidationFiles;

/**
 * Regenerates the validation status the program bundles and every report shows in "How far to
 * trust it": the files {@code validate} writes ({@code validation.csv},
 * {@code validation-joint.csv}, {@code scenario.resolved.yaml}, {@code manifest.json}) for each
 * of {@link #CHECKS}, over the calibrated posterior ensemble, copied with the repository's
 * paths made relative, plus {@code status.csv} naming the checks, the period each was
 * calibrated on (read from the calibration file) and the SHA-256 of each check's
 * {@code validation-runs.csv}, by which {@code ValidationStatusTest} knows the model still
 * produces it.
 *
 * <p>Run from the repository root when the model's behaviour changes (and raise
 * {@link ModelVersion#ID}):
 * {@code mvn -B -q package -DskipTests && java -cp sim/target/sahelsim.jar org.sahelsim.tools.ValidationStatus}.
 * The runs go to {@code results/validation-status/} (replaced), the bundled files to
 * {@value #RESOURCE}.
 */
public final class ValidationStatus {
    /** The bundled status, relative to the repository root. */
    public static final String RESOURCE = "sim/src/main/resources/org/sahelsim/report/validation";
    /** The index of the checks. */
    public static final String INDEX = "status.csv";
    public static final List<String> INDEX_COLUMNS = List.of("check", "patterns_file", "calibrated_period",
            "model_version", "validation_runs_sha256");
    /** The files of a validate folder that are bundled. */
    public static final List<String> FILES = List.of(ValidationFiles.SUMMARY, ValidationFiles.JOINT, "scenario.resolved.yaml",
            "manifest.json");
    /** The posterior the shipped experiments run over, and the calibration that made it. */
    public static final String ENSEMBLE = "scenarios/calibration/history-2012-2015-posterior.csv";
    public static final String CALIBRATION = "scenarios/calibration/history-2012-2015-abc.yaml";

    /**
     * One validation bundled: a patterns file, replications and seed.
     *
     * @param name     the check's folder in the bundle
     * @param patterns the patterns file, relative to the repository root
     */
    public record Check(String name, String patterns, int reps, long seed) {
        /** The arguments of {@code validate} for this check, paths under {@code root}, into {@code out}. */
        public List<String> arguments(Path root, Path out) {
            return List.of("validate", "--patterns", root.resolve(patterns).toString(), "--ensemble",
                    root.resolve(ENSEMBLE).toString(), "--reps", String.valueOf(reps), "--seed", String.valueOf(seed),
                    "--out", out.toString());
        }
    }

    /**
     * The history of 2012 to 2020 (its 2012-2015 patterns calibrated on, its 2015-2020 ones
     * not) and the outlook of 2015-2020 from the baseline the shipped experiments start from;
     * replications and seed as in docs/VALIDATION.md, section 14.3.
     */
    public static final List<Check> CHECKS = List.of(
            new Check("history-2012-2020", "scenarios/validation/history-2012-2020-patterns.yaml", 500, 1),
            new Check("outlook-2015-2020", "scenarios/validation/outlook-2015-2020.yaml", 200, 1));

    private ValidationStatus() {
    }

    public static void main(String[] args) throws IOException, ScenarioException {
        Path root = RepoPaths.root();
        Path runs = root.resolve("results").resolve("validation-status");
        FileTrees.delete(runs);
        Files.createDirectories(runs);
        Path bundle = root.resolve(RESOURCE);
        AbcSpecLoader.Loaded calibration = AbcSpecLoader.load(root.resolve(CALIBRATION));
        Path calibratedPatterns = root.resolve(CALIBRATION).getParent().resolve(calibration.spec().patterns()).normalize();
        List<List<String>> index = new ArrayList<>();
        for (Check c : CHECKS) {
            Path out = runs.resolve(c.name());
            StringWriter text = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.execute(c.arguments(root, out).toArray(String[]::new), new PrintWriter(text, true),
                    new PrintWriter(err, true));
            if (code != 0) {
                throw new IllegalStateException("validate for " + c.name() + " exited " + code + ": " + err);
            }
            boolean calibrated = root.resolve(c.patterns()).normalize().equals(calibratedPatterns);
            index.add(List.of(c.name(), c.patterns(), calibrated ? calibration.spec().period() : "", ModelVersion.ID,
                    Provenance.sha256(out.resolve(ValidationFiles.RUNS))));
            System.out.println(text);
        }
        // the bundle is replaced only now, so that every check's manifest saw the tree as committed
        FileTrees.delete(bundle);
        for (Check c : CHECKS) {
            Path dir = Files.createDirectories(bundle.resolve(c.name()));
            for (String f : FILES) {
                String content = Files.readString(runs.resolve(c.name()).resolve(f), StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(f), relative(content, root), StandardCharsets.UTF_8);
            }
        }
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(bundle.resolve(INDEX), StandardCharsets.UTF_8),
                ResultTables.FORMAT)) {
            p.printRecord(INDEX_COLUMNS);
            for (List<String> row : index) {
                p.printRecord(row);
            }
        }
        System.out.println("Wrote " + root.relativize(bundle) + " (model version " + ModelVersion.ID + ")");
    }

    /** The text with the repository root's paths made relative to it, as the bundle is committed. */
    static String relative(String text, Path root) {
        String r = root.toString();
        return text.replace(r + "/", "").replace(r, ".");
    }
}
