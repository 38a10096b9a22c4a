package org.sahelsim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The two shipped scenarios agree with the bundled data: the groups of their start date,
 * blocs as in {@code blocs.csv}, fighters inside the source range, names of regions, places
 * and communities that exist, and only exogenous shocks (a signature in the history names
 * coalitions only by rule).
 */
class ShippedScenariosMatchDataTest {
    private final Gazetteer g = Gazetteer.get();

    private static Map<String, Object> file(String name) {
        return ScenarioFiles.read(ScenarioFiles.scenariosDir().resolve(name));
    }

    private static Map<String, Object> factions(Map<String, Object> doc) {
        return ScenarioFiles.map(doc.get("factions"), "factions");
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void baselineStartsJune2015WithExactlyThe13GroupsOfThatTable() {
        Map<String, Object> doc = file("baseline-2015.yaml");
        assertEquals("baseline-2015", doc.get("name"));
        assertEquals("2015-06", doc.get("start").toString());
        assertEquals(60, doc.get("months"));
        assertEquals(ids(Gazetteer.DATASET_2015), new TreeSet<>(factions(doc).keySet()));
    }

    @Test
    void historyStartsJanuary2012WithOnlyThatTablesGroupsAndEndsJune2015() {
        Map<String, Object> doc = file("history-2012.yaml");
        assertEquals("history-2012", doc.get("name"));
        YearMonth start = YearMonth.parse(doc.get("start").toString());
        assertEquals(YearMonth.of(2012, 1), start);
        assertEquals(YearMonth.of(2015, 6), start.plusMonths(((Number) doc.get("months")).longValue()));
        assertEquals(ids(Gazetteer.DATASET_2012), new TreeSet<>(factions(doc).keySet()));
        Object coalitions = doc.get("coalitions");
        assertTrue(coalitions == null || ScenarioFiles.map(coalitions, "coalitions").isEmpty(), "no coalitions in 2012-01");
    }

    @Test
    void historySignsTheAccordOnlyByRuleNeverNamingTheCoalitionsThatMustEmerge() {
        Map<String, Object> doc = file("history-2012.yaml");
        int signatures = 0;
        for (Object s : ScenarioFiles.list(doc.get("shocks"), "shocks")) {
            Map<String, Object> shock = ScenarioFiles.map(s, "shock");
            Object type = shock.get("type");
            if ("accord_signed".equals(type) || "preliminary_agreement".equals(type)) {
                assertEquals(List.of("all_non_jihadist"), ScenarioFiles.list(shock.get("coalitions"), "coalitions"),
                        "a signature in the history names coalitions only by rule: " + shock);
                signatures += "accord_signed".equals(type) ? 1 : 0;
            } else {
                Object named = shock.get("coalitions");
                assertTrue(named == null || ScenarioFiles.list(named, "coalitions").isEmpty(),
                        "only signing shocks name coalitions: " + shock);
            }
        }
        assertTrue(signatures >= 1, "the Algiers accord's signature (2015-05/06) is scheduled");
        Map<String, Object> accord = ScenarioFiles.map(doc.get("accord"), "accord");
        assertEquals(Boolean.FALSE, accord.get("in_force"), "the accord enters into force with its signature, not before");
    }

    @Test
    void everyFactionsBlocsMatchBlocsCsvAndKindAndFightersMatchItsTable() {
        for (String[] fileAndSet : new String[][]{{"baseline-2015.yaml", Gazetteer.DATASET_2015},
                {"history-2012.yaml", Gazetteer.DATASET_2012}}) {
            Map<String, Object> doc = file(fileAndSet[0]);
            for (Map.Entry<String, Object> e : factions(doc).entrySet()) {
                String id = e.getKey();
                String where = fileAndSet[0] + " " + id;
                Map<String, Object> f = ScenarioFiles.map(e.getValue(), where);
                FactionInfo info = g.factionInfo(id, fileAndSet[1]).orElseThrow();
                assertEquals(info.kind(), f.get("kind"), where + " kind");
                int fighters = ((Number) f.get("fighters")).intValue();
                assertTrue(fighters >= info.fightersLow() && fighters <= info.fightersHigh(),
                        where + " fighters " + fighters + " outside " + info.fightersLow() + "-" + info.fightersHigh());
                Map<String, Object> blocs = ScenarioFiles.map(f.get("blocs"), where + " blocs");
                Map<String, BlocInfo> expected = new LinkedHashMap<>();
                for (BlocInfo b : g.blocsOf(id, fileAndSet[1])) {
                    expected.put(b.community(), b);
                }
                assertEquals(expected.keySet(), blocs.keySet(), where + " bloc communities");
                for (Map.Entry<String, Object> be : blocs.entrySet()) {
                    Map<String, Object> bloc = ScenarioFiles.map(be.getValue(), where + " bloc");
                    BlocInfo b = expected.get(be.getKey());
                    assertEquals(b.share(), num(bloc.get("share")), 1e-9, where + " " + b.community() + " share");
                    assertEquals(b.weight(), num(bloc.get("weight")), 1e-9, where + " " + b.community() + " weight");
                    assertEquals(b.leaning(), bloc.get("leaning"), where + " " + b.community() + " leaning");
                    assertEquals(b.leadership(), Boolean.TRUE.equals(bloc.get("leadership")),
                            where + " " + b.community() + " leadership");
                }
                for (Object r : ScenarioFiles.list(f.get("regions"), where + " regions")) {
                    assertTrue(g.hasRegion(r.toString()), where + " region " + r);
                }
            }
        }
    }

    @Test
    void namedRegionsPlacesAndCommunitiesExistInTheBundledData() {
        for (String name : List.of("baseline-2015.yaml", "history-2012.yaml")) {
            Map<String, Object> doc = file(name);
            List<String> regions = new ArrayList<>();
            List<String> places = new ArrayList<>();
            if (doc.get("regions") != null) {
                regions.addAll(ScenarioFiles.map(doc.get("regions"), "regions").keySet());
            }
            for (Object l : ScenarioFiles.map(doc.get("latent"), "latent").entrySet()) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) l;
                Map<String, Object> latent = ScenarioFiles.map(e.getValue(), "latent");
                regions.add(latent.get("region").toString());
                assertTrue(g.communities().contains(latent.get("community").toString()), name + " " + e.getKey());
                assertFalse(e.getKey().toString().contains("MSA"), "latent ids must be neutral: " + e.getKey());
            }
            Map<String, Object> army = ScenarioFiles.map(doc.get("army"), "army");
            ScenarioFiles.list(army.get("regions"), "army regions").forEach(r -> regions.add(r.toString()));
            Map<String, Object> minusma = ScenarioFiles.map(doc.get("minusma"), "minusma");
            ScenarioFiles.list(minusma.get("bases"), "bases").forEach(p -> places.add(p.toString()));
            for (Object s : ScenarioFiles.list(doc.get("shocks"), "shocks")) {
                Map<String, Object> shock = ScenarioFiles.map(s, "shock");
                ScenarioFiles.list(shock.get("regions"), "shock regions").forEach(r -> regions.add(r.toString()));
                ScenarioFiles.list(shock.get("bases"), "shock bases").forEach(p -> places.add(p.toString()));
                assertTrue(Set.of("coup", "army_withdrawal", "army_return", "intervention", "minusma_deployment",
                        "preliminary_agreement", "accord_signed", "state_presence").contains(shock.get("type").toString()), name + " " + shock);
            }
            for (String r : regions) {
                assertTrue(g.hasRegion(r), name + ": unknown region " + r);
            }
            for (String p : places) {
                g.place(p);
            }
        }
    }

    @Test
    void baselineRegionStatePresenceEqualsRegionsCsv() {
        Map<String, Object> regions = ScenarioFiles.map(file("baseline-2015.yaml").get("regions"), "regions");
        for (Map.Entry<String, Object> e : regions.entrySet()) {
            Map<String, Object> r = ScenarioFiles.map(e.getValue(), e.getKey());
            assertEquals(g.region(e.getKey()).statePresence(), num(r.get("state_presence")), 1e-9, e.getKey());
        }
    }

    private TreeSet<String> ids(String dataset) {
        TreeSet<String> out = new TreeSet<>();
        g.factions(dataset).forEach(f -> out.add(f.id()));
        return out;
    }
}
