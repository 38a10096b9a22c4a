package org.sahelsim.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.Metrics;

/** scenarios/experiment.schema.json and robustness.schema.json are generated from their records. */
class ExperimentSchemaFileTest {
    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !(Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("scenarios")))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    @Test
    void committedExperimentSchemaEqualsTheGeneratedOne() throws Exception {
        Path file = repoRoot().resolve(SchemaGenerator.EXPERIMENT.path());
        String fix = "; regenerate it from the repository root with: mvn -B -q package -DskipTests && "
                + "java -cp sim/target/sahelsim.jar " + SchemaGenerator.class.getName();
        assertTrue(Files.exists(file), SchemaGenerator.EXPERIMENT.path() + " is missing" + fix);
        assertEquals(SchemaGenerator.EXPERIMENT.generate(), Files.readString(file), SchemaGenerator.EXPERIMENT.path()
                + " is out of date" + fix);
    }

    @Test
    void schemaRequiresBaselineAndVariantsAndListsTheMetrics() throws Exception {
        JsonNode defs = new ObjectMapper().readTree(SchemaGenerator.EXPERIMENT.generate()).get("$defs");
        JsonNode root = defs.get("ExperimentSpec");
        assertEquals("[\"baseline\",\"variants\"]", root.get("required").toString());
        assertFalse(root.get("additionalProperties").asBoolean());
        JsonNode items = root.get("properties").get("metrics").get("items").get("enum");
        assertEquals(Metrics.count(), items.size());
        assertEquals("armed_groups", items.get(0).asText());
        assertEquals(2, root.get("properties").get("replications").get("minimum").asInt());
        assertEquals(9007199254740991L, root.get("properties").get("seed").get("maximum").asLong());
        JsonNode variant = defs.get("ExperimentSpec.Variant");
        assertFalse(variant.get("additionalProperties").asBoolean());
        assertTrue(variant.get("properties").has("set") && variant.get("properties").has("description"));
    }

    @Test
    void robustnessSchemaRequiresTheExperimentAndNamesTheDirections() throws Exception {
        JsonNode root = new ObjectMapper().readTree(SchemaGenerator.ROBUSTNESS.generate()).get("$defs")
                .get("RobustnessSpec");
        assertEquals("[\"experiment\"]", root.get("required").toString());
        assertEquals("[\"lower\",\"higher\"]", root.get("properties").get("better").get("enum").toString());
        assertEquals(Metrics.count() + 1, root.get("properties").get("metric").get("enum").size());
        assertTrue(root.get("properties").has("parameters") && root.get("properties").has("trajectories"));
    }
}
