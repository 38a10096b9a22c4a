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
import org.sahelsim.tools.ExperimentSchema;

/** scenarios/experiment.schema.json is generated; this fails when the committed file falls behind the code. */
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
        Path file = repoRoot().resolve(ExperimentSchema.PATH);
        String fix = "; regenerate it from the repository root with: mvn -B -q package -DskipTests && "
                + "java -cp sim/target/sahelsim.jar " + ExperimentSchemaFile.class.getName();
        assertTrue(Files.exists(file), ExperimentSchema.PATH + " is missing" + fix);
        assertEquals(ExperimentSchemaFile.generate(), Files.readString(file), ExperimentSchema.PATH + " is out of date"
                + fix);
    }

    @Test
    void schemaRequiresBaselineAndVariantsAndListsTheMetrics() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ExperimentSchemaFile.generate());
        assertEquals("[\"baseline\",\"variants\"]", root.get("required").toString());
        assertFalse(root.get("additionalProperties").asBoolean());
        JsonNode items = root.get("properties").get("metrics").get("items").get("enum");
        assertEquals(Metrics.count(), items.size());
        assertEquals("armed_groups", items.get(0).asText());
        assertEquals(2, root.get("properties").get("replications").get("minimum").asInt());
        JsonNode variant = root.get("properties").get("variants").get("additionalProperties");
        assertFalse(variant.get("additionalProperties").asBoolean());
        assertTrue(variant.get("properties").has("set") && variant.get("properties").has("description"));
    }
}
