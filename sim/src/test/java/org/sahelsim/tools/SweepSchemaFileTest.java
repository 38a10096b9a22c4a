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

/** scenarios/sweep.schema.json is generated from the record SweepSpec; this fails when the committed file falls behind. */
class SweepSchemaFileTest {
    @Test
    void committedSweepSchemaEqualsTheGeneratedOne() throws Exception {
        Path file = ExperimentSchemaFileTest.repoRoot().resolve(SweepSchemaFile.PATH);
        String fix = "; regenerate it from the repository root with: mvn -B -q package -DskipTests && "
                + "java -cp sim/target/sahelsim.jar " + SweepSchemaFile.class.getName();
        assertTrue(Files.exists(file), SweepSchemaFile.PATH + " is missing" + fix);
        assertEquals(SweepSchemaFile.generate(), Files.readString(file), SweepSchemaFile.PATH + " is out of date" + fix);
    }

    @Test
    void schemaKnowsEveryKeyRequiresScenarioAndDesignAndOffersBothShapesOfAParameter() throws Exception {
        JsonNode defs = new ObjectMapper().readTree(SweepSchemaFile.generate()).get("$defs");
        JsonNode sweep = defs.get("SweepSpec");
        assertEquals("[\"scenario\",\"design\"]", sweep.get("required").toString(),
                "parameters are required except by design ensemble, which takes them from its file");
        assertFalse(sweep.get("additionalProperties").asBoolean());
        assertEquals(List.of("name", "description", "scenario", "design", "points", "base_samples", "trajectories",
                "levels", "replications", "seed", "common_random_numbers", "series", "metrics", "set", "parameters",
                "baseline_point", "discovery", "patterns", "ensemble"), keys(sweep));
        assertEquals("[\"factorial\",\"lhs\",\"sobol\",\"morris\",\"ensemble\"]",
                sweep.get("properties").get("design").get("enum").toString());
        assertEquals(Metrics.count(), sweep.get("properties").get("metrics").get("items").get("enum").size());
        JsonNode discovery = defs.get("SweepSpec.Discovery");
        assertEquals(List.of("metric", "op", "threshold", "step", "min_share"), keys(discovery));
        assertEquals(Metrics.count(), discovery.get("properties").get("metric").get("enum").size());
        assertEquals(8, discovery.get("properties").get("op").get("enum").size(), "<, <=, >, >= and lt, le, gt, ge");
        JsonNode shapes = sweep.get("properties").get("parameters").get("additionalProperties").get("oneOf");
        assertEquals("array", shapes.get(0).get("type").asText(), "a list of values alone");
        assertEquals("#/$defs/SweepSpec.Parameter", shapes.get(1).get("$ref").asText(), "or the map");
        assertEquals(List.of("values", "min", "max", "step", "type"), keys(defs.get("SweepSpec.Parameter")));
    }

    private static List<String> keys(JsonNode def) {
        List<String> keys = new ArrayList<>();
        def.get("properties").fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
