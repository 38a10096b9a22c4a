package org.sahelsim.tools;

import org.sahelsim.domain.Fixed;
import org.sahelsim.model.Tiny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.FactionSpec;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.ModelParams;
import org.sahelsim.format.RecordModel;
import org.sahelsim.scenario.Scenario;

/**
 * {@code scenarios/schema.json} and {@code docs/PARAMETERS.md} are generated from the records;
 * these tests fail when the committed files fall behind the code.
 */
class GeneratedFilesTest {
    private static final String REBUILD = "mvn -B -q package -DskipTests && java -cp sim/target/sahelsim.jar ";

    @Test
    void committedSchemaEqualsTheGeneratedOne() throws Exception {
        Path file = Tiny.root().resolve(SchemaGenerator.PATH);
        assertTrue(Files.exists(file), SchemaGenerator.PATH + " is missing; generate it from the repository root with: "
                + REBUILD + SchemaGenerator.class.getName());
        assertEquals(SchemaGenerator.generate(), Files.readString(file), SchemaGenerator.PATH
                + " is out of date with the scenario records; regenerate it from the repository root with: "
                + REBUILD + SchemaGenerator.class.getName());
    }

    @Test
    void committedRecordSchemasEqualTheGeneratedOnes() throws Exception {
        for (SchemaGenerator.RecordSchema r : SchemaGenerator.RECORD_SCHEMAS) {
            Path file = Tiny.root().resolve(r.path());
            assertTrue(Files.exists(file), r.path() + " is missing; generate it with: " + REBUILD
                    + SchemaGenerator.class.getName());
            assertEquals(r.generate(), Files.readString(file), r.path() + " is out of date with the record "
                    + r.root().getSimpleName() + "; regenerate it with: " + REBUILD + SchemaGenerator.class.getName());
        }
        JsonNode abc = new ObjectMapper().readTree(SchemaGenerator.CALIBRATION.generate()).get("$defs").get("AbcSpec");
        assertEquals(List.of("name", "method", "scenario", "patterns", "period", "parameters"),
                texts(abc.get("required")));
        assertEquals(1000, abc.get("properties").get("particles").get("default").asInt());
    }

    @Test
    void schemaDescribesEveryKeyWithTypeRangeAndDefault() throws Exception {
        JsonNode root = new ObjectMapper().readTree(SchemaGenerator.generate());
        assertEquals("https://json-schema.org/draft/2020-12/schema", root.get("$schema").asText());
        JsonNode defs = root.get("$defs");
        JsonNode scenario = defs.get("Scenario");
        assertEquals(List.of("name", "start", "months", "factions"), texts(scenario.get("required")));
        assertFalse(scenario.get("additionalProperties").asBoolean());
        assertEquals("string", scenario.get("properties").get("extends").get("type").asText());
        assertTrue(defs.get("ScenarioPart").get("required") == null, "a file that extends another needs no key");
        JsonNode fighters = defs.get("FactionSpec").get("properties").get("fighters");
        assertEquals("integer", fighters.get("type").asText());
        assertEquals(1, fighters.get("minimum").asInt());
        assertEquals(100000, fighters.get("maximum").asInt());
        assertTrue(fighters.get("description").asText().contains("Unit: fighters."));
        JsonNode mobile = defs.get("LeversSpec.Minusma").get("properties").get("mobile_share");
        assertEquals(0.35, mobile.get("default").asDouble());
        assertTrue(mobile.get("description").asText().contains("Source: seed 001"), mobile.toString());
        assertEquals(List.of("separatist", "progovernment", "community_militia", "jihadist"),
                texts(defs.get("FactionSpec").get("properties").get("kind").get("enum")));
        assertEquals(List.of("none", "aq", "is"), texts(defs.get("FactionSpec").get("properties").get("allegiance")
                .get("enum")));
        JsonNode end = defs.get("LeversSpec.Sanctions").get("properties").get("end");
        assertTrue(end.get("default").isNull());
        assertEquals(3, end.get("anyOf").size(), "a month number, a calendar month or null");
        // every record component of every definition is described and no unknown key passes
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> d = it.next();
            assertFalse(d.getValue().get("additionalProperties").asBoolean(), d.getKey());
            d.getValue().get("properties").fields().forEachRemaining(p ->
                    assertNotNull(p.getValue().get("description"), d.getKey() + "." + p.getKey()));
        }
    }

    @Test
    void parameterDocsListEveryPathWithItsDefault() throws Exception {
        Path file = Tiny.root().resolve(ParameterDocs.PATH);
        String fix = "; regenerate the tables from the repository root with: " + REBUILD + ParameterDocs.class.getName();
        assertTrue(Files.exists(file), ParameterDocs.PATH + " is missing" + fix);
        String block = ParameterDocs.block(Files.readString(file));
        assertNotNull(block, ParameterDocs.PATH + " has no generated block (" + ParameterDocs.BEGIN + ")" + fix);
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            if (line.startsWith("| `")) {
                String[] cells = line.split(" \\| ");
                documented.put(cells[0].substring(3, cells[0].length() - 1), cells[2]);
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> wrongDefault = new ArrayList<>();
        for (ParameterDocs.Row r : ParameterDocs.rows()) {
            String shown = documented.get(r.path());
            String expected = r.def().equals("required") ? "required" : "`" + r.def() + "`";
            if (shown == null) {
                missing.add(r.path());
            } else if (!shown.equals(expected)) {
                wrongDefault.add(r.path() + " (documented " + shown + ", is " + expected + ")");
            }
        }
        assertTrue(missing.isEmpty(), ParameterDocs.PATH + " lacks " + missing + fix);
        assertTrue(wrongDefault.isEmpty(), ParameterDocs.PATH + " has wrong defaults: " + wrongDefault + fix);
        assertEquals(ParameterDocs.generate(), block, ParameterDocs.PATH + " is out of date" + fix);
    }

    @Test
    void parameterDocsListTheConstantsFixedInTheCode() throws Exception {
        String doc = Files.readString(Tiny.root().resolve(ParameterDocs.PATH));
        String fix = "; regenerate it from the repository root with: " + REBUILD + ParameterDocs.class.getName();
        String block = ParameterDocs.fixedBlock(doc);
        assertNotNull(block, ParameterDocs.PATH + " has no block of constants fixed in the code ("
                + ParameterDocs.FIXED_BEGIN + ")" + fix);
        assertEquals(ParameterDocs.generateFixed(), block, ParameterDocs.PATH
                + " is out of date with the @Fixed constants of the model's code" + fix);
        assertTrue(block.contains("| `rules/Clashes` | `RENT_UNIT` | `100000` | USD/month |"), block);
    }

    @Test
    void parameterDocsCoverEveryModelParameter() {
        Set<String> paths = ParameterDocs.rows().stream().map(ParameterDocs.Row::path).collect(Collectors.toSet());
        for (RecordModel.Component c : RecordModel.of(ModelParams.class).components) {
            assertTrue(paths.contains("params." + c.key), c.key);
        }
        assertTrue(paths.contains("levers.minusma.mobile_share"));
        assertTrue(paths.contains("factions.<id>.blocs.<community>.share"));
        assertTrue(paths.contains("shocks[].at"));
    }

    @Test
    void everyCheckedNoteNamesARealPath() {
        Set<String> paths = ParameterDocs.rows().stream().map(ParameterDocs.Row::path).collect(Collectors.toSet());
        for (String p : ParameterDocs.CHECKED.keySet()) {
            assertTrue(paths.contains(p), p);
        }
    }

    @Test
    void updateKeepsProseAroundTheGeneratedBlock() {
        String doc = "# Title\n\nintro\n\n" + ParameterDocs.BEGIN + "\nold\n" + ParameterDocs.END + "\n\nafter\n";
        String updated = ParameterDocs.update(doc);
        assertTrue(updated.startsWith("# Title\n\nintro\n\n" + ParameterDocs.BEGIN));
        assertTrue(updated.endsWith(ParameterDocs.END + "\n\nafter\n"));
        assertFalse(updated.contains("\nold\n"));
        assertEquals(updated, ParameterDocs.update(updated));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
