package org.sahelsim.format;

import org.sahelsim.domain.Kind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.FactionSpec;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.Scenario;

/** Loading valid scenarios: values, defaults, order, extends and overrides. */
class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void loadsTheFixtureWithItsValuesAndFillsDefaults() throws Exception {
        Scenario s = ScenarioLoader.load(Fixtures.fixture("valid-2015.yaml"));
        assertEquals("test-2015", s.name());
        assertEquals(YearMonth.of(2015, 6), s.start());
        assertEquals(60, s.months());
        FactionSpec gatia = s.factions().get("GATIA");
        assertEquals(Kind.PROGOVERNMENT, gatia.kind());
        assertEquals(800, gatia.fighters());
        assertEquals(List.of("Gao", "Menaka"), gatia.regions());
        assertEquals(0.85, gatia.blocs().get("Imghad").share());
        // defaults from @Param.def
        FactionSpec aqim = s.factions().get("AQIM");
        assertEquals("", aqim.name());
        assertEquals("none", aqim.coalition());
        assertEquals(0.7, aqim.cohesion());
        assertEquals(1.0, aqim.blocs().get("Arab").weight());
        assertEquals(1.215, s.params().tullockAlpha());
        assertEquals(0.05, s.params().rationality());
        assertEquals(List.of("non_signatories", "Dogon"), s.levers().integration().groups());
        assertNull(s.levers().minusma().end());
        assertEquals(MonthRef.ofOffset(1), s.levers().accord().start());
        assertEquals(MonthRef.ofDate(YearMonth.of(2018, 1)), s.levers().sanctions().end());
        assertEquals(MonthRef.ofOffset(12), s.shocks().get(1).at());
        assertEquals(95000.5, s.routeRents().get("Gao-Tabankort"));
        assertEquals(120000.0, s.routeRents().get("Anefis-Kidal"));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneLoadsAtEveryPositionAroundTheReadersBufferEdges() throws Exception {
        // snakeyaml-engine 2.9 failed ("malformed YAML (IndexOutOfBoundsException)") on a 4-byte
        // character at character 1024 of a file, its buffer's edge, even in a comment
        String base = Files.readString(Fixtures.fixture("valid-2015.yaml"));
        String emoji = "\uD83C\uDF0D"; // U+1F30D, outside the Basic Multilingual Plane
        for (int at : new int[] {1020, 1022, 1023, 1024, 1025, 1026, 2046, 2047, 2048, 2049}) {
            String comment = "#" + "a".repeat(at - 1) + emoji + "\n";
            Path p = write("emoji-" + at + ".yaml", comment + base.replaceFirst("name: [^\n]*",
                    "name: \"test-2015 " + emoji + "\""));
            assertEquals("test-2015 " + emoji, ScenarioLoader.load(p).name(), "a 4-byte character at " + at);
        }
    }

    @Test
    void mapsKeepTheOrderOfTheFile() throws Exception {
        Scenario s = ScenarioLoader.load(Fixtures.fixture("valid-2015.yaml"));
        assertEquals(List.of("GATIA", "MNLA", "AQIM"), List.copyOf(s.factions().keySet()));
        assertEquals(List.of("Ifoghas", "Idnane", "Daoussahak", "Chamanamas", "Kel Ansar"),
                List.copyOf(s.factions().get("MNLA").blocs().keySet()));
        assertEquals(List.of("Anefis-Kidal", "Gao-Tabankort"), List.copyOf(s.routeRents().keySet()));
    }

    @Test
    void extendsMergesMapsKeyByKeyAndReplacesListsAndValues() throws Exception {
        Scenario parent = ScenarioLoader.load(Fixtures.fixture("valid-2015.yaml"));
        Scenario child = ScenarioLoader.load(Fixtures.fixture("child.yaml"));
        assertEquals("child", child.name());
        // one key of GATIA changed, the rest inherited
        assertEquals(1000, child.factions().get("GATIA").fighters());
        assertEquals(parent.factions().get("GATIA").blocs(), child.factions().get("GATIA").blocs());
        assertEquals(parent.factions().get("MNLA"), child.factions().get("MNLA"));
        // maps merge: the inherited rents stay, the new one is added after them
        assertEquals(List.of("Anefis-Kidal", "Gao-Tabankort", "Kidal-Aguelhok"),
                List.copyOf(child.routeRents().keySet()));
        // an empty value removes an inherited entry
        assertTrue(child.latent().isEmpty());
        // lists replace
        assertEquals(List.of("non_signatories"), child.levers().integration().groups());
        assertEquals(parent.levers().minusma(), child.levers().minusma());
    }

    @Test
    void extendsChainsThroughSeveralFiles() throws Exception {
        Path base = Fixtures.fixture("valid-2015.yaml");
        Files.copy(base, dir.resolve("base.yaml"));
        write("middle.yaml", "extends: base.yaml\nmonths: 40\n");
        Path top = write("top.yaml", "extends: middle.yaml\nname: top\n");
        Scenario s = ScenarioLoader.load(top);
        assertEquals("top", s.name());
        assertEquals(40, s.months());
        assertEquals(800, s.factions().get("GATIA").fighters());
    }

    @Test
    void sourceFilesListTheFileAndEveryFileItExtends() throws Exception {
        Files.copy(Fixtures.fixture("valid-2015.yaml"), dir.resolve("base.yaml"));
        Files.createDirectories(dir.resolve("sub"));
        write("middle.yaml", "extends: base.yaml\nmonths: 40\n");
        Path top = write("sub/top.yaml", "extends: ../middle.yaml\nname: top\n");
        assertEquals(List.of(top, dir.resolve("middle.yaml"), dir.resolve("base.yaml")), ScenarioLoader.sourceFiles(top));
        Path plain = Fixtures.fixture("minimal.yaml");
        assertEquals(List.of(plain), ScenarioLoader.sourceFiles(plain));
    }

    @Test
    void extendsIsResolvedAgainstTheExtendingFilesFolder() throws Exception {
        Files.copy(Fixtures.fixture("valid-2015.yaml"), dir.resolve("base.yaml"));
        Files.createDirectories(dir.resolve("sub"));
        Path child = write("sub/child.yaml", "extends: ../base.yaml\nname: nested\n");
        assertEquals("nested", ScenarioLoader.load(child).name());
    }

    @Test
    void overridesReplaceValuesAfterExtends() throws Exception {
        Scenario s = ScenarioLoader.load(Fixtures.fixture("child.yaml"), Map.of(
                "levers.minusma.mobile_share", "0.6",
                "factions.GATIA.fighters", "1200",
                "params.rationality", "0.1",
                "factions.MNLA.regions", "[Kidal, Gao]"));
        assertEquals(0.6, s.levers().minusma().mobileShare());
        assertEquals(1200, s.factions().get("GATIA").fighters());
        assertEquals(0.1, s.params().rationality());
        assertEquals(List.of("Kidal", "Gao"), s.factions().get("MNLA").regions());
    }

    @Test
    void overridesCreateAbsentRecordsWithDefaultsAndMayAddRouteRents() throws Exception {
        Scenario s = ScenarioLoader.load(Fixtures.fixture("minimal.yaml"), Map.of(
                "levers.counter_terrorism.tempo", "3",
                "route_rents.Kidal-Aguelhok", "70000"));
        assertEquals(3.0, s.levers().counterTerrorism().tempo());
        assertFalse(s.levers().counterTerrorism().enabled());
        assertEquals(Map.of("Kidal-Aguelhok", 70000.0), s.routeRents());
    }

    @Test
    void overridesReachListItemsByIndex() throws Exception {
        Scenario s = ScenarioLoader.load(Fixtures.fixture("valid-2015.yaml"), Map.of("shocks[1].troops", "1500",
                "shocks.0.value", "0.5"));
        assertEquals(1500, s.shocks().get(1).troops());
        assertEquals(0.5, s.shocks().get(0).value());
    }

    @Test
    void overridesApplyParentsBeforeChildrenWhateverTheMapOrder() throws Exception {
        Map<String, String> o = new java.util.LinkedHashMap<>();
        o.put("levers.minusma.troops", "5000");
        o.put("levers.minusma", "{enabled: true, mobile_share: 0.5}");
        Scenario s = ScenarioLoader.load(Fixtures.fixture("minimal.yaml"), o);
        assertEquals(5000, s.levers().minusma().troops());
        assertTrue(s.levers().minusma().enabled());
        assertEquals(0.5, s.levers().minusma().mobileShare());
    }

    @Test
    void anEmptyValueMeansTheDefault() throws Exception {
        Path p = write("s.yaml", Fixtures.read(Fixtures.fixture("minimal.yaml")) + "description:\ncoalitions:\n");
        Scenario s = ScenarioLoader.load(p);
        assertEquals("", s.description());
        assertTrue(s.coalitions().isEmpty());
    }

    @Test
    void acceptsYamlCoreSchemaSpellings() throws Exception {
        Path p = write("s.yaml", Fixtures.read(Fixtures.fixture("minimal.yaml"))
                + "accord: {in_force: True, fund: 1e6}\n"
                + "army: {troops: 0x10}\n");
        Scenario s = ScenarioLoader.load(p);
        assertTrue(s.accord().inForce());
        assertEquals(1e6, s.accord().fund());
        assertEquals(16, s.army().troops());
    }

    @Test
    void aWholeNumberWrittenAsFloatIsAcceptedForCounts() throws Exception {
        Scenario s = ScenarioLoader.load(Fixtures.fixture("minimal.yaml"), Map.of("factions.MNLA.fighters", "2.0e3"));
        assertEquals(2000, s.factions().get("MNLA").fighters());
    }

    @Test
    void withOverridesAppliesToAResolvedScenario() throws Exception {
        Scenario base = ScenarioLoader.load(Fixtures.fixture("valid-2015.yaml"));
        Scenario s = ScenarioLoader.withOverrides(base, Map.of("levers.accord.enabled", "true"));
        assertTrue(s.levers().accord().enabled());
        assertEquals(base.factions(), s.factions());
    }

    @Test
    void fromYamlStringResolvesExtendsAgainstTheGivenFile() throws Exception {
        Files.copy(Fixtures.fixture("valid-2015.yaml"), dir.resolve("base.yaml"));
        Scenario s = ScenarioLoader.fromYamlString("extends: base.yaml\nmonths: 45\n", dir.resolve("virtual.yaml"));
        assertEquals(45, s.months());
    }

    @Test
    void namesMapBetweenSnakeCaseAndCamelCase() {
        assertEquals("mobile_share", Names.snake("mobileShare"));
        assertEquals("route_rents", Names.snake("routeRents"));
        assertEquals("name", Names.snake("name"));
        assertEquals("mobile_share", Names.closest("mobile_shar", List.of("enabled", "mobile_share", "troops")));
        assertNull(Names.closest("zzzzzz", List.of("enabled", "troops")));
    }
}
