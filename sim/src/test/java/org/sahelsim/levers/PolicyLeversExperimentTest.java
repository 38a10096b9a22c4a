package org.sahelsim.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Metrics;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The shipped experiment {@code scenarios/policy-levers.yaml} (the README's main job): each
 * variant's settings make a valid scenario when laid over the baseline, its metrics exist,
 * and the combined variant is exactly the three single-lever variants together.
 */
class PolicyLeversExperimentTest {
    private static final Path FILE = Tiny.root().resolve("scenarios/policy-levers.yaml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> experiment() throws Exception {
        try (InputStream in = Files.newInputStream(FILE)) {
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> set(Map<String, Object> exp, String variant) {
        Map<String, Object> variants = (Map<String, Object>) exp.get("variants");
        return (Map<String, Object>) ((Map<String, Object>) variants.get(variant)).get("set");
    }

    /** A parsed YAML value back to YAML text for a scenario override. */
    private static String yaml(Object v) {
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                b.append(i > 0 ? ", " : "").append(yaml(l.get(i)));
            }
            return b.append(']').toString();
        }
        if (v instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        }
        return String.valueOf(v);
    }

    @Test
    void everyVariantIsTheBaselineWithValidLeverSettings() throws Exception {
        Map<String, Object> exp = experiment();
        Path baseline = FILE.resolveSibling((String) exp.get("baseline"));
        assertEquals("baseline-2015.yaml", baseline.getFileName().toString());
        assertTrue((Integer) exp.get("replications") >= 200, "at least 200 replications per variant");
        @SuppressWarnings("unchecked")
        Map<String, Object> variants = (Map<String, Object>) exp.get("variants");
        assertEquals(List.of("mobile_minusma", "targeted_sanctions", "integrate_non_signatories", "combined"),
                List.copyOf(variants.keySet()));
        for (String v : variants.keySet()) {
            Map<String, String> overrides = new LinkedHashMap<>();
            set(exp, v).forEach((k, val) -> overrides.put(k, yaml(val)));
            Scenario s = ScenarioLoader.load(baseline, overrides);
            assertTrue(s.levers().all().stream().anyMatch(l -> l.enabled()), v + " enables a lever");
        }
        Scenario mobile = ScenarioLoader.load(baseline, Map.of("levers.minusma.enabled", "true",
                "levers.minusma.close_bases", yaml(set(exp, "mobile_minusma").get("levers.minusma.close_bases"))));
        assertEquals(List.of("Tessalit", "Ansongo"), mobile.levers().minusma().closeBases());
    }

    @Test
    void metricsOfInterestExistAndThePrimaryIsAmongThem() throws Exception {
        Map<String, Object> exp = experiment();
        @SuppressWarnings("unchecked")
        List<String> metrics = (List<String>) exp.get("metrics");
        for (String m : metrics) {
            assertTrue(Metrics.indexOf(m) >= 0, "unknown metric " + m);
        }
        assertTrue(metrics.contains((String) exp.get("primary_metric")));
    }

    @Test
    void theCombinedVariantIsTheThreeLeversTogether() throws Exception {
        Map<String, Object> exp = experiment();
        Map<String, Object> union = new LinkedHashMap<>();
        for (String v : List.of("mobile_minusma", "targeted_sanctions", "integrate_non_signatories")) {
            for (Map.Entry<String, Object> e : set(exp, v).entrySet()) {
                Object before = union.put(e.getKey(), e.getValue());
                assertTrue(before == null, e.getKey() + " is set by two single-lever variants");
            }
        }
        assertEquals(union, set(exp, "combined"));
    }
}
