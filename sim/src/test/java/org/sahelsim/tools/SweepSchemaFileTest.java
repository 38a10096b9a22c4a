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

/** scenarios/sweep.schema.json, generated from the record SweepSpec (GeneratedFilesTest keeps the committed file in step). */
class SweepSchemaFileTest {
    @Test
    void schemaKnowsEveryKeyRequiresScenarioAndDesignAndOffersBothShapesOfAParameter() throws Exception {
        JsonNode defs = new ObjectMapper().readTree(SchemaGenerator.SWEEP.generate()).get("$defs");
        JsonNode sweep = defs.get("SweepSpec");
        assertEquals("[\"scenario\",\"design\"]", sweep.get("required").toString(),
                "parameters are required except by design ensemble, which takes them from its file");
        assertFalse(sweep.get("additionalProperties").asBoolean());
        assertEquals(List.of("name", "description", "scenario", "design", "points", "base_samples", "trajectories",
                "levels", "replications", "seed", "common_random_numbers", "series", "metrics", "set", "parameters",
                "baseline_point", "discovery", "patterns", "ensemble", "compression", "events"), keys(sweep));
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
