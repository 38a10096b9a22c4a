package org.sahelsim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final List<String> CONTESTED_HUBS = List.of("Tabankort", "Anefis", "Kidal", "Ber", "In Khalil", "Menaka");
    private final Gazetteer g = Gazetteer.get();

    @Test
    void bundlesAtLeastTwentyRoutes() {
        assertTrue(g.routes().size() >= 20, "routes: " + g.routes().size());
    }

    @Test
    void everyContestedHubIsAMarkedHubOnSomeRoute() {
        for (String hub : CONTESTED_HUBS) {
            assertTrue(g.place(hub).hub(), hub + " should be marked hub=true");
            assertFalse(g.routesAt(hub).isEmpty(), hub + " is on no route");
        }
    }

    @Test
    void everyRouteHasASourcePositiveRentAndKnownEnds() {
        for (RouteInfo r : g.routes()) {
            assertFalse(r.source().isBlank(), r.id());
            assertTrue(r.rent() > 0, r.id());
            g.place(r.from());
            g.place(r.to());
        }
    }

    @Test
    void totalRentIsThreeToFiveMillionDollarsAMonth() {
        double total = g.totalRent();
        assertTrue(total >= 3e6 && total <= 5e6, "total rent " + total);
    }

    @Test
    void routeNetworkIsConnectedAndReachesEveryPlace() {
        assertTrue(g.routeNetworkConnected());
        for (PlaceInfo p : g.places()) {
            assertFalse(g.routesAt(p.name()).isEmpty(), p.name() + " is on no route");
        }
    }

    @Test
    void blocSharesOfEveryFactionSumToOneInEachOfItsDatasets() {
        for (FactionInfo f : g.factions()) {
            double sum = 0;
            for (BlocInfo b : g.blocsOf(f.id(), f.dataset())) {
                sum += b.share();
            }
            assertEquals(1.0, sum, 1e-6, f.id() + " in " + f.dataset());
        }
    }

    @Test
    void ansarDineOfJune2015HasNoSeparatistWingTheOneOf2012Left() {
        // the Ifoghas wing of 2012 left as the MIA in 2013-01 (timeline-2011-2015.csv)
        assertEquals("separatist", g.blocsOf("AD", Gazetteer.DATASET_2012).get(0).leaning());
        for (BlocInfo b : g.blocsOf("AD", Gazetteer.DATASET_2015)) {
            assertEquals("jihadist", b.leaning(), b.toString());
        }
    }

    @Test
    void everyPlaceLiesInABundledRegion() {
        for (PlaceInfo p : g.places()) {
            assertTrue(g.hasRegion(p.region()), p.name() + " in " + p.region());
        }
    }

    @Test
    void regionNeighboursAreMutual() {
        for (RegionInfo r : g.regions()) {
            for (String n : r.neighbours()) {
                assertTrue(g.region(n).neighbours().contains(r.name()), r.name() + " / " + n);
            }
        }
    }

    @Test
    void modelRegionsAndBorderAreasArePresent() {
        for (String r : List.of("Kidal", "Gao", "Menaka", "Timbuktu", "Taoudenit", "Mopti", "Segou")) {
            assertFalse(g.region(r).border(), r);
        }
        for (String r : List.of("Algeria border", "Niger border", "Mauritania border")) {
            assertTrue(g.region(r).border(), r);
            assertEquals(0.0, g.region(r).statePresence(), r);
        }
        assertTrue(g.region("Kidal").statePresence() < g.region("Segou").statePresence(),
                "army absent from Kidal, present in the centre");
    }

    @Test
    void affinityIsSymmetricOneForSelfAndZeroForUnlistedPairs() {
        Set<String> cs = g.communities();
        for (String a : cs) {
            assertEquals(1.0, g.affinity(a, a));
            for (String b : cs) {
                assertEquals(g.affinity(a, b), g.affinity(b, a), a + "/" + b);
                assertTrue(g.affinity(a, b) >= -1 && g.affinity(a, b) <= 1);
            }
        }
        assertEquals(0.0, g.affinity("Dogon", "Ifoghas"));
    }

    @Test
    void documentedRivalriesAreNegative() {
        assertTrue(g.affinity("Ifoghas", "Imghad") < 0);
        assertTrue(g.affinity("Imghad", "Idnane") < 0);
        assertTrue(g.affinity("Lamhar", "Berabiche") < 0);
        assertTrue(g.affinity("Dogon", "Fulani") < 0);
        assertTrue(g.affinity("Fulani", "Bambara") < 0);
    }

    @Test
    void bothFactionTablesAreLoadedWithTheirGroups() {
        assertEquals(Set.of("MNLA", "AD", "AQIM", "MUJAO", "GK", "GI"),
                new TreeSet<>(g.factions(Gazetteer.DATASET_2012).stream().map(FactionInfo::id).toList()));
        assertEquals(13, g.factions(Gazetteer.DATASET_2015).size());
        assertEquals(YearMonth.of(2014, 8), g.factionInfo("GATIA", Gazetteer.DATASET_2015).orElseThrow().formed());
        assertEquals(YearMonth.of(2011, 10), g.formed("MNLA").orElseThrow());
        assertTrue(g.factionInfo("GATIA", Gazetteer.DATASET_2012).isEmpty());
    }

    @Test
    void everyFactionIdHasBlocsAndEveryBlocLeaningIsAFactionKind() {
        for (FactionInfo f : g.factions()) {
            assertFalse(g.blocsOf(f.id(), f.dataset()).isEmpty(), f.id());
        }
        for (BlocInfo b : g.blocs()) {
            assertTrue(Gazetteer.FACTION_KINDS.contains(b.leaning()), b.toString());
            assertFalse(b.source().isBlank(), b.toString());
        }
    }

    @Test
    void unknownNamesAreRejectedWithTheKnownOnesListed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.region("Bamako"));
        assertTrue(e.getMessage().contains("Bamako") && e.getMessage().contains("Kidal"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> g.route("Nowhere-Elsewhere"));
    }
}
