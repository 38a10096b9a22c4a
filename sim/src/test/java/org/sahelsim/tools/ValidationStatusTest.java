package org.sahelsim.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.cli.Main;
import org.sahelsim.format.RepoPaths;
import org.sahelsim.model.ModelVersion;
import org.sahelsim.run.Provenance;
import org.sahelsim.validation.ValidationFiles;

/**
 * The validation status every report shows is the model's own: each bundled check, run again
 * with the same patterns, ensemble, replications and seed, gives the same files and the same
 * runs (the SHA-256 of {@code validation-runs.csv}). When the model's behaviour changes this
 * fails, and the change needs a new {@link ModelVersion#ID} and a regenerated status
 * ({@link ValidationStatus}): the model-version stamp cannot go stale.
 */
class ValidationStatusTest {
    @TempDir
    Path tmp;

    private static final Path ROOT = RepoPaths.root();
    private static final Path BUNDLE = ROOT.resolve(ValidationStatus.RESOURCE);
    private static final String REGENERATE = "The model no longer produces the validation status bundled for model "
            + ModelVersion.ID + ". If the change of behaviour is meant, raise ModelVersion.ID and regenerate it from the"
            + " repository root: mvn -B -q package -DskipTests && java -cp sim/target/sahelsim.jar"
            + " org.sahelsim.tools.ValidationStatus; then update docs/VALIDATION.md. ";

    private static List<CSVRecord> index() throws Exception {
        try (CSVParser p = CSVParser.parse(BUNDLE.resolve(ValidationStatus.INDEX), java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertEquals(ValidationStatus.INDEX_COLUMNS, p.getHeaderNames());
            return p.getRecords();
        }
    }

    @Test
    void theBundleHoldsEveryCheckOfTheToolStampedWithThisModelVersion() throws Exception {
        List<CSVRecord> rows = index();
        assertEquals(ValidationStatus.CHECKS.stream().map(ValidationStatus.Check::name).toList(),
                rows.stream().map(r -> r.get("check")).toList());
        for (CSVRecord r : rows) {
            assertEquals(ModelVersion.ID, r.get("model_version"), r.get("check"));
            for (String f : ValidationStatus.FILES) {
                String text = Files.readString(BUNDLE.resolve(r.get("check")).resolve(f));
                assertFalse(text.contains(ROOT.toString()), f + " of " + r.get("check") + " names this machine's path");
            }
        }
    }

    @Test
    void everyBundledCheckIsWhatTheModelProducesNow() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, ValidationStatus.Check> checks = ValidationStatus.CHECKS.stream()
                .collect(Collectors.toMap(ValidationStatus.Check::name, c -> c));
        for (CSVRecord r : index()) {
            ValidationStatus.Check c = checks.get(r.get("check"));
            Path bundled = BUNDLE.resolve(c.name());
            JsonNode m = json.readTree(bundled.resolve("manifest.json").toFile());
            // the inputs are the repository's as they are now
            assertEquals(Provenance.sha256(ROOT.resolve(c.patterns())), m.path("patterns_file").path("sha256").asText(),
                    REGENERATE + c.patterns() + " changed");
            assertEquals(Provenance.sha256(ROOT.resolve(ValidationStatus.ENSEMBLE)),
                    m.path("ensemble_file").path("sha256").asText(), REGENERATE + "the ensemble changed");
            for (JsonNode f : m.path("scenario_files")) {
                assertEquals(Provenance.sha256(ROOT.resolve(f.path("path").asText())), f.path("sha256").asText(),
                        REGENERATE + f.path("path").asText() + " changed");
            }
            Path out = tmp.resolve(c.name());
            StringWriter err = new StringWriter();
            int code = Main.execute(c.arguments(ROOT, out).toArray(String[]::new), new PrintWriter(new StringWriter()),
                    new PrintWriter(err, true));
            assertEquals(0, code, err.toString());
            assertEquals(r.get("validation_runs_sha256"), Provenance.sha256(out.resolve(ValidationFiles.RUNS)),
                    REGENERATE + c.name() + ": the runs differ");
            for (String f : List.of(ValidationFiles.SUMMARY, ValidationFiles.JOINT, "scenario.resolved.yaml")) {
                assertEquals(Files.readString(bundled.resolve(f)), Files.readString(out.resolve(f)),
                        REGENERATE + c.name() + ": " + f + " differs");
            }
        }
    }
}
