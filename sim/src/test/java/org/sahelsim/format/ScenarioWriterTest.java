package org.sahelsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.BlocSpec;
import org.sahelsim.scenario.FactionSpec;
import org.sahelsim.scenario.Scenario;

/** The resolved-YAML writer: complete, ordered, and loading back to an equal scenario. */
class ScenarioWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"valid-2015.yaml", "minimal.yaml", "child.yaml"})
    void writtenScenarioLoadsBackEqual(String fixture) throws Exception {
        Scenario s = ScenarioLoader.load(Fixtures.fixture(fixture));
        String yaml = ScenarioWriter.toYaml(s);
        assertEquals(s, ScenarioLoader.fromYamlString(yaml, null));
        // and writing again gives the same text
        assertEquals(yaml, ScenarioWriter.toYaml(ScenarioLoader.fromYamlString(yaml, null)));
    }

    @Test
    void writesEveryValueInComponentOrderWithSnakeCaseKeys() throws Exception {
        String yaml = ScenarioWriter.toYaml(ScenarioLoader.load(Fixtures.fixture("minimal.yaml")));
        List<String> top = yaml.lines().filter(l -> !l.startsWith(" ") && !l.startsWith("-"))
                .map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertEquals(List.of("name", "description", "teaching_note", "start", "months", "factions", "coalitions", "latent",
                "regions", "route_rents", "minusma", "army", "counter_terrorism", "accord", "arbiter", "shocks", "levers", "timed_inputs",
                "params"), top);
        assertTrue(yaml.contains("\n  mobile_share: 0.15\n"), yaml);
        assertTrue(yaml.contains("\n    close_bases: []\n"), yaml);
        assertTrue(yaml.contains("\n    end: null\n"), yaml);
        assertTrue(yaml.contains("\n    groups: [non_signatories]\n"), yaml);
        assertTrue(yaml.contains("\n  min_viable_fighters: 30.0\n"), yaml);
        assertTrue(yaml.contains("\nstart: 2015-06\n"), yaml);
    }

    @Test
    void quotesTextThatWouldReadBackAsSomethingElse() throws Exception {
        Scenario base = ScenarioLoader.load(Fixtures.fixture("minimal.yaml"));
        List<String> odd = List.of("", "yes", "No", "null", "~", "123", "1.5", "2015-06", "true", "a: b", "#x", "- a",
                " lead", "trail ", "quote \" and \\ backslash", "line\nbreak\ttab", "é à ü Timbuktu", "[x]", "{y}",
                "*alias", "&anchor", "!tag", "%pct", "@at", "`tick`", "'single'", "x\u0085y\u2028z", ".inf", "e5");
        for (String text : odd) {
            Scenario s = copyWithText(base, text);
            String yaml = ScenarioWriter.toYaml(s);
            assertEquals(s, ScenarioLoader.fromYamlString(yaml, null), () -> "text [" + text + "] in\n" + yaml);
        }
    }

    @Test
    void doublesReadBackExactly() throws Exception {
        Scenario base = ScenarioLoader.load(Fixtures.fixture("minimal.yaml"));
        double[] values = {0.1 + 0.2, 1e-300, 4.9e-324, 1e300, 123456789.123456789, 1e15, 1e16 + 2, 3000000.0, -0.0,
                0.015, 1.0 / 3.0, Math.PI, 9007199254740993.0};
        for (double v : values) {
            FactionSpec f = base.factions().get("MNLA");
            FactionSpec g = new FactionSpec(f.name(), f.kind(), f.coalition(), f.fighters(), Math.abs(v) == 0 ? v : v,
                    f.cohesion(), f.autonomy(), f.islamism(), f.allegiance(), f.regions(), f.blocs(), f.sponsorIncome());
            Scenario s = withFactions(base, Map.of("MNLA", g));
            Scenario back = ScenarioLoader.fromYamlString(ScenarioWriter.toYaml(s), null);
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(back.factions().get("MNLA").treasury()),
                    () -> "value " + v + " written as " + YamlWriter.number(v));
        }
    }

    /** The scenario with {@code text} as its description, a faction's name and a bloc's community. */
    private static Scenario copyWithText(Scenario s, String text) {
        FactionSpec f = s.factions().get("MNLA");
        Map<String, BlocSpec> blocs = new LinkedHashMap<>();
        blocs.put(text, f.blocs().get("Ifoghas"));
        if (text.isBlank()) {
            blocs = f.blocs(); // a bloc needs a community name
        }
        FactionSpec g = new FactionSpec(text, f.kind(), f.coalition(), f.fighters(), f.treasury(), f.cohesion(),
                f.autonomy(), f.islamism(), f.allegiance(), f.regions(), blocs, f.sponsorIncome());
        Scenario t = withFactions(s, Map.of("MNLA", g));
        return new Scenario(t.name(), text, t.teachingNote(), t.start(), t.months(), t.factions(), t.coalitions(), t.latent(),
                t.regions(), t.routeRents(), t.minusma(), t.army(), t.counterTerrorism(), t.accord(), t.arbiter(), t.shocks(),
                t.levers(), t.timedInputs(), t.params());
    }

    private static Scenario withFactions(Scenario s, Map<String, FactionSpec> factions) {
        return new Scenario(s.name(), s.description(), s.teachingNote(), s.start(), s.months(), factions, s.coalitions(), s.latent(),
                s.regions(), s.routeRents(), s.minusma(), s.army(), s.counterTerrorism(), s.accord(), s.arbiter(), s.shocks(),
                s.levers(), s.timedInputs(), s.params());
    }
}
