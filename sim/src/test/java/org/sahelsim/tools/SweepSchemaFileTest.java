package org.sahelsim.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.Metrics;
import org.sahelsim.scenario.SweepLoader;
import org.sahelsim.tools.SweepSchema;

/** scenarios/sweep.schema.json is generated; this fails when the committed file falls behind the code. */
class SweepSchemaFileTest {
    @Test
    void committedSweepSchemaEqualsTheGeneratedOne() throws Exception {
        Path file = ExperimentSchemaFileTest.repoRoot().resolve(SweepSchema.PATH);
        String fix = "; regenerate it from the repository root with: mvn -B -q package -DskipTests && "
                + "java -cp sim/target/sahelsim.jar " + SweepSchemaFile.class.getName();
        assertTrue(Files.exists(file), SweepSchema.PATH + " is missing" + fix);
        assertEquals(SweepSchemaFile.generate(), Files.readString(file), SweepSchema.PATH + " is out of date" + fix);
    }

    @Test
    void schemaKnowsEveryKeyOfTheLoaderAndRequiresScenarioDesignAndParameters() throws Exception {
        JsonNode root = new ObjectMapper().readTree(SweepSchemaFile.generate());
        assertEquals("[\"scenario\",\"design\"]", root.get("required").toString());
        // parameters are required except by design ensemble, which takes them from its file
        assertTrue(root.get("allOf").toString().contains("{\"if\":{\"properties\":{\"design\":{\"const\":\"ensemble\"}}},"
                + "\"then\":{\"required\":[\"ensemble\"]},\"else\":{\"required\":[\"parameters\"]}}"),
                root.get("allOf").toString());
        assertFalse(root.get("additionalProperties").asBoolean());
        List<String> keys = new ArrayList<>();
        root.get("properties").fieldNames().forEachRemaining(keys::add);
        assertEquals(SweepLoader.KEYS, keys, "the schema and the loader accept the same keys, in the same order");
        JsonNode discovery = root.get("properties").get("discovery");
        List<String> dkeys = new ArrayList<>();
        discovery.get("properties").fieldNames().forEachRemaining(dkeys::add);
        assertEquals(SweepLoader.DISCOVERY_KEYS, dkeys);
        assertEquals(Metrics.count(), discovery.get("properties").get("metric").get("enum").size());
        JsonNode spec = root.get("properties").get("parameters").get("additionalProperties").get("oneOf").get(1);
        List<String> pkeys = new ArrayList<>();
        spec.get("properties").fieldNames().forEachRemaining(pkeys::add);
        assertEquals(SweepLoader.PARAMETER_KEYS, pkeys);
        assertEquals(6, root.get("allOf").size(), "one rule of sizes per design, and the ensemble's file");
    }
}
