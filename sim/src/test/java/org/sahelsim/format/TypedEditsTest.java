package org.sahelsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Overrides set as typed edits of a bound scenario: the values they name change, as a file
 * would give them, and nothing else; a path or value the format refuses is an error naming it.
 */
class TypedEditsTest {
    private static final Path BASE = Path.of("..", "scenarios", "baseline-2015.yaml");

    private static Map<String, String> of(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void setsTheValuesNamedAsAFileWouldGiveThemAndNothingElse() throws Exception {
        Scenario base = ScenarioLoader.load(BASE);
        Scenario s = ScenarioLoader.withOverrides(base, of("levers.sanctions.enforcement", "0.7",
                "levers.sanctions.enabled", "true", "levers.sanctions.criteria", "[trafficking_ties]"));
        assertEquals(0.7, s.levers().sanctions().enforcement());
        assertTrue(s.levers().sanctions().enabled());
        assertEquals(List.of("trafficking_ties"), s.levers().sanctions().criteria());
        assertEquals(base, s.withLevers(base.levers()), "only the levers changed");
        assertEquals(base.levers().minusma(), s.levers().minusma());
        // a whole record: the keys it leaves out take their defaults; an empty value, the default
        Scenario whole = ScenarioLoader.withOverrides(base, of("levers.minusma", "{enabled: true, mobile_share: 0.5}",
                "levers.sanctions.enforcement", ""));
        assertEquals(0.5, whole.levers().minusma().mobileShare());
        assertEquals(0, whole.levers().minusma().troops());
        assertEquals(0.4, whole.levers().sanctions().enforcement());
        // entries of maps, a new entry of a map of plain values, and top-level values
        String faction = base.factions().keySet().iterator().next();
        String route = base.routeRents().isEmpty() ? null : base.routeRents().keySet().iterator().next();
        Map<String, String> o = of("factions." + faction + ".fighters", "777", "params.rationality", "0.031");
        if (route != null) {
            o.put("route_rents." + route, "1234.5");
        }
        Scenario m = ScenarioLoader.withOverrides(base, o);
        assertEquals(777, m.factions().get(faction).fighters());
        assertEquals(0.031, m.params().rationality());
        if (route != null) {
            assertEquals(1234.5, m.routeRents().get(route));
            assertEquals(List.copyOf(base.routeRents().keySet()), List.copyOf(m.routeRents().keySet()), "order kept");
        }
        assertEquals(List.copyOf(base.factions().keySet()), List.copyOf(m.factions().keySet()), "order kept");
        // the same overrides on the command line of a file give the same scenario
        assertEquals(m, ScenarioLoader.load(BASE, o));
    }

    @Test
    void refusesPathsAndValuesTheFormatRefusesNamingThem() throws Exception {
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
            ScenarioException typed = assertThrows(ScenarioException.class, () -> ScenarioLoader.withOverrides(base, o),
                    o.toString());
            String path = o.keySet().iterator().next();
            assertTrue(typed.field().startsWith(path.replaceAll("\\[.*", "").replaceAll("\\.[^.]*$", "")),
                    typed.getMessage());
            assertFalse(typed.problem().isBlank(), typed.getMessage());
            // the file route refuses them with the same words
            ScenarioException file = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(BASE, o));
            assertEquals(typed.field(), file.field());
            assertEquals(typed.problem(), file.problem());
        }
        assertTrue(assertThrows(ScenarioException.class, () -> ScenarioLoader.withOverrides(base,
                of("levers.sanctions.enforcment", "0.4"))).problem().contains("Did you mean 'enforcement'"));
        assertTrue(assertThrows(ScenarioException.class, () -> ScenarioLoader.withOverrides(base,
                of("levers.sanctions.enforcement", "1.5"))).problem().contains("must be between 0 and 1"));
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
