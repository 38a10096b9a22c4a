package org.sahelsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;

/**
 * Overrides set as typed edits of a bound scenario give the scenario the file's rules give:
 * the same overrides laid over the scenario's YAML tree, bound and checked ({@link Overrides}).
 */
class TypedEditsTest {
    private static final Path BASE = Path.of("..", "scenarios", "baseline-2015.yaml");

    private static Scenario viaTheFile(Scenario base, Map<String, String> o) throws ScenarioException {
        return ScenarioLoader.fromYamlString(ScenarioWriter.toYaml(base), null, o);
    }

    private static Map<String, String> of(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void givesTheScenarioTheFileRulesGive() throws Exception {
        Scenario base = ScenarioLoader.load(BASE);
        String faction = base.factions().keySet().iterator().next();
        String rent = base.routeRents().isEmpty() ? "Gao-Bourem" : base.routeRents().keySet().iterator().next();
        List<Map<String, String>> cases = List.of(
                of("levers.sanctions.enforcement", "0.4", "levers.sanctions.enabled", "true"),
                of("levers.minusma", "{enabled: true, mobile_share: 0.5}"),
                of("levers.minusma.start", "30", "levers.minusma.end", "40", "months", "60"),
                of("factions." + faction + ".fighters", "777"),
                of("route_rents." + rent, "1234.5"),
                of("levers.sanctions.criteria", "[trafficking_ties]", "levers.sanctions.enforcement", ""),
                of("levers.minusma.end", "null", "params.rationality", "0.031"),
                of("levers.integration.groups", "[non_signatories]", "levers.integration.enabled", "true"));
        for (Map<String, String> o : cases) {
            assertEquals(viaTheFile(base, o), ScenarioLoader.withOverrides(base, o), o.toString());
        }
    }

    @Test
    void refusesWhatTheFileRulesRefuseNamingTheSameField() throws Exception {
        Scenario base = ScenarioLoader.load(BASE);
        List<Map<String, String>> bad = List.of(
                of("levers.sanctions.enforcment", "0.4"),
                of("levers.sanctions.enforcement", "1.5"),
                of("factions.NOBODY.fighters", "10"),
                of("shocks[3].at", "5"),
                of("months.x", "5"),
                of("levers.minusma.close_bases", "[Atlantis]"),
                of("levers.sanctions.criteria", "[by_name_only]"),
                of("route_rents.New-Route", "10"),
                of("factions." + "GATIA" + ".fighters", ""),
                of("route_rents.Gao-Bourem", ""),
                of("levers.minusma.close_bases[0]", "Tessalit"));
        for (Map<String, String> o : bad) {
            ScenarioException file = assertThrows(ScenarioException.class, () -> viaTheFile(base, o), o.toString());
            ScenarioException typed = assertThrows(ScenarioException.class, () -> ScenarioLoader.withOverrides(base, o),
                    o.toString());
            assertEquals(file.field(), typed.field(), o.toString());
            assertEquals(file.problem(), typed.problem(), o.toString());
        }
    }

    @Test
    void checksValuesSetTogetherOnlyOnceBothAreSet() throws Exception {
        Scenario base = ScenarioLoader.load(BASE);
        // a lever ending before it starts is refused, but not on the way to a valid pair
        Scenario s = ScenarioLoader.withOverrides(base, of("levers.minusma.start", "30", "levers.minusma.end", "40"));
        assertEquals(30, s.levers().minusma().start().step(s.start()));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.withOverrides(base,
                of("levers.minusma.start", "30", "levers.minusma.end", "20")));
        assertTrue(e.field().startsWith("levers.minusma"), e.getMessage());
    }
}
