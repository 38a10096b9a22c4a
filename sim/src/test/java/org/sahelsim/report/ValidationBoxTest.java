package org.sahelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sahelsim.format.YNode;
import org.sahelsim.model.ModelVersion;

/**
 * The validation part of "How far to trust it": its figures are the bundled files' (read here
 * again with plain CSV), and it says when the runs of a folder differ from what was validated:
 * another model version, no or another ensemble, a baseline with other settings.
 */
class ValidationBoxTest {
    private static final Validated V = Validated.bundled();

    private static String resource(String name) throws IOException {
        try (InputStream in = Validated.class.getResourceAsStream("validation/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(resource(name)),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }

    @Test
    void theBundledStatusDescribesTheModelOfThisProgram() {
        assertEquals(ModelVersion.ID, V.modelVersion());
        for (Validated.Check c : V.checks()) {
            assertEquals(ModelVersion.ID, c.manifest().path("model_version").asText(), c.name());
            assertEquals("complete", c.manifest().path("status").asText(), c.name());
        }
    }

    @Test
    void eachRowGivesThePatternsMetAndTheRunsMeetingAllAsTheBundledFilesSay() throws IOException {
        String html = ValidationBox.html(V, List.of());
        int rows = 0;
        for (CSVRecord check : csv("status.csv")) {
            String name = check.get("check");
            List<CSVRecord> patterns = csv(name + "/validation.csv");
            List<CSVRecord> joint = csv(name + "/validation-joint.csv");
            boolean named = joint.stream().anyMatch(j -> !j.get("period").equals("all"));
            for (CSVRecord j : joint) {
                String period = j.get("period");
                if (named && period.equals("all")) {
                    continue; // the whole file is shown by its periods
                }
                long met = patterns.stream().filter(p -> period.equals("all") || p.get("period").equals(period))
                        .filter(p -> p.get("pass").equals("true")).count();
                String cells = "<td class=\"num\">" + met + " of " + j.get("patterns") + "</td><td class=\"num\">"
                        + j.get("all") + " of " + j.get("runs") + "</td>";
                assertTrue(html.contains(cells), name + " " + period + ": " + cells + " in " + html);
                boolean calibrated = period.equals(check.get("calibrated_period"));
                String row = html.substring(html.lastIndexOf("<tr>", html.indexOf(cells)), html.indexOf(cells));
                assertEquals(calibrated, row.contains("<strong>calibrated on</strong>"), row);
                rows++;
            }
        }
        assertEquals(3, rows, "2012-2015 and 2015-2020 of the history, and the outlook");
        assertTrue(html.contains("history-2012-2020, 2012-2015 <strong>calibrated on</strong>"), html);
    }

    @Test
    void everyPatternThatFailsIsListedAsAKnownMisfit() throws IOException {
        String html = ValidationBox.html(V, List.of());
        int failed = 0;
        for (CSVRecord check : csv("status.csv")) {
            for (CSVRecord p : csv(check.get("check") + "/validation.csv")) {
                boolean listed = html.contains("<li><code>" + p.get("pattern") + "</code>");
                assertEquals(p.get("pass").equals("false"), listed, p.get("pattern"));
                failed += listed ? 1 : 0;
            }
        }
        assertTrue(failed > 0);
        assertTrue(html.contains("Known misfits: the " + failed + " patterns the model fails"), html);
    }

    @Test
    void saysWhenTheRunsComeFromAnotherModelVersionOrNameNone() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode same = json.readTree("{\"model_version\":\"" + ModelVersion.ID + "\"}");
        JsonNode other = json.readTree("{\"model_version\":\"0.9\"}");
        JsonNode none = json.readTree("{}");
        assertEquals("model " + ModelVersion.ID + ", as validated", ValidationBox.modelLine(V, same));
        assertTrue(ValidationBox.modelLine(V, other).startsWith("<strong>model 0.9, not the model " + ModelVersion.ID
                + " validated</strong>"), ValidationBox.modelLine(V, other));
        assertTrue(ValidationBox.modelLine(V, none).contains("no model version"), ValidationBox.modelLine(V, none));
    }

    @Test
    void saysWhetherTheRunsDrewTheirConstantsFromTheValidatedEnsemble() {
        Validated.Check c = V.checks().get(0);
        assertEquals("over the validated ensemble", ValidationBox.ensembleLine(V, "x.csv", c.ensembleSha()));
        assertTrue(ValidationBox.ensembleLine(V, "x.csv", "0".repeat(64)).startsWith("<strong>over another ensemble"));
        assertTrue(ValidationBox.ensembleLine(V, "", "").startsWith("<strong>at fixed constants</strong>"));
    }

    private static YNode.Map outlookBaseline(String from, String to) throws IOException {
        String text = resource("outlook-2015-2020/scenario.resolved.yaml");
        assertTrue(text.contains(from), from);
        return ResolvedFile.parse(text.replace(from, to), Path.of("x.yaml")).variants().get("baseline");
    }

    @Test
    void aBaselineAsValidatedIsSaidToBeSo() throws IOException {
        String line = ValidationBox.baselineLine(V, "b", outlookBaseline("name: baseline-2015", "name: my-copy"));
        assertEquals("a baseline with every setting of baseline-2015 as validated", line);
    }

    @Test
    void aConstantSetOtherwiseIsNamedWithTheValidatedValueAndItsOwn() throws IOException {
        String line = ValidationBox.baselineLine(V, "b", outlookBaseline("  rationality: 0.043\n",
                "  rationality: 0.02\n"));
        assertTrue(line.startsWith("<strong>a baseline (b) that differs from baseline-2015 as validated</strong> in"
                + " <strong>1 other setting</strong>: <code>params.rationality</code> (validated 0.043, here 0.02)"), line);
    }

    @Test
    void aLeverSwitchedOnIsNamedOnceAsAPolicyInputNotSettingBySetting() throws IOException {
        String line = ValidationBox.baselineLine(V, "b", outlookBaseline("  minusma:\n    enabled: false",
                "  minusma:\n    enabled: true"));
        assertEquals("a baseline (b) that differs from baseline-2015 as validated in the lever minusma set otherwise"
                + " (policy inputs, which the validation does not test)", line);
        assertFalse(line.contains("mobile_share"), line);
    }

    @Test
    void aBaselineStartingInAMonthNoCheckStartsInIsSaidToBeSo() throws IOException {
        String line = ValidationBox.baselineLine(V, "b", outlookBaseline("start: 2015-06", "start: 2016-01"));
        assertTrue(line.startsWith("<strong>a baseline (b) starting in 2016-01</strong>, where the validated scenarios"
                + " start in 2012-01 and 2015-06"), line);
    }
}
