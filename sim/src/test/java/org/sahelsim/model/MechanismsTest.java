package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.rules.Alignment;
import org.sahelsim.rules.Option;
import org.sahelsim.rules.Utility;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/** Each mechanism on a small hand-built world. */
class MechanismsTest {

    private static String splitWorld(double weight, double grievance, double cohesion) {
        return """
                name: split-test
                start: 2015-06
                months: 6
                factions:
                  MNLA:
                    kind: separatist
                    coalition: CMA
                    fighters: 2000
                    cohesion: %s
                    regions: [Kidal, Gao]
                    blocs:
                      Ifoghas: {share: 0.7, weight: 2.0}
                      Daoussahak: {share: 0.3, weight: %s, grievance: %s, leaning: community_militia}
                  HCUA:
                    kind: separatist
                    coalition: CMA
                    fighters: 500
                    regions: [Kidal]
                    blocs:
                      Ifoghas: {share: 1.0}
                coalitions:
                  CMA: {kind: separatist, signatory: true}
                accord: {in_force: true, implementation: 0.5}
                params: {split_review_rate: 1.0, review_rate: 0.0}
                """.formatted(cohesion, weight, grievance);
    }

    private static int splitsOfBloc(String yaml, String community, int seeds) {
        int n = 0;
        for (int seed = 0; seed < seeds; seed++) {
            Tiny.Keep keep = new Tiny.Keep();
            new SahelModel(Tiny.scenario(yaml), seed, keep).runToEnd();
            for (Event e : keep.events) {
                if (e.type() == EventType.SPLIT && e.actor().equals("MNLA") && e.detail().contains("bloc=" + community)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    @Test
    void splitsWhenBlocShutOutOfDividendsWhileCohesionFalls() {
        int shutOut = splitsOfBloc(splitWorld(0.0, 0.9, 0.1), "Daoussahak", 20);
        int included = splitsOfBloc(splitWorld(1.5, 0.0, 0.95), "Daoussahak", 20);
        assertTrue(shutOut >= 15, "a bloc shut out of dividends in a faction of low cohesion should split: " + shutOut + "/20");
        assertTrue(included < shutOut / 2, "a well-paid bloc of a cohesive faction splits far less: " + included + " vs " + shutOut);
    }

    @Test
    void splinterStartsOutsideTheAccordWithItsBlocsLeaning() {
        Tiny.Keep keep = new Tiny.Keep();
        SahelModel m = new SahelModel(Tiny.scenario(splitWorld(0.0, 0.9, 0.1)), 3, keep);
        m.runToEnd();
        Event split = keep.events.stream().filter(e -> e.type() == EventType.SPLIT).findFirst().orElseThrow();
        Faction s = m.world().faction(split.other());
        assertEquals("community_militia", s.kind.label());
        assertEquals("MNLA", s.parent);
        assertTrue(!s.signatory, "a splinter starts outside the accord");
    }

    @Test
    void groupWhoseOnlyRentIsARouteLeansToTheSideThatCanHoldIt() {
        String yaml = """
                name: route-test
                start: 2015-06
                months: 2
                factions:
                  MNLA:
                    kind: separatist
                    coalition: CMA
                    fighters: 2500
                    regions: [Gao]
                    blocs: {Idnane: {share: 1.0}}
                  GATIA:
                    kind: progovernment
                    coalition: Platform
                    fighters: 300
                    regions: [Gao]
                    blocs: {Imghad: {share: 1.0}}
                  CPA:
                    kind: separatist
                    fighters: 200
                    regions: [Gao]
                    autonomy: 0.5
                    blocs: {Songhai: {share: 1.0}}
                coalitions:
                  CMA: {kind: separatist}
                  Platform: {kind: progovernment}
                route_rents: %s
                """.formatted(onlyRoute("Gao-Tabankort", 600000));
        SahelModel m = Tiny.started(Tiny.scenario(yaml), 1, null);
        World w = m.world();
        Faction cpa = w.faction("CPA");
        List<Option> opts = Alignment.options(w, cpa);
        double rentCma = 0;
        double rentPlatform = 0;
        for (Option o : opts) {
            if (o.target() != null && o.target().name.equals("CMA")) {
                rentCma = Utility.terms(w, cpa, o)[0];
            }
            if (o.target() != null && o.target().name.equals("Platform")) {
                rentPlatform = Utility.terms(w, cpa, o)[0];
            }
        }
        double alone = Utility.terms(w, cpa, Option.STAY)[0];
        assertTrue(rentCma > rentPlatform, "joining the stronger side on its route pays more rent: " + rentCma + " vs " + rentPlatform);
        assertTrue(rentCma > alone, "and more than standing alone: " + rentCma + " vs " + alone);
    }

    static String onlyRoute(String keep, double rent) {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (var r : org.sahelsim.data.Gazetteer.get().routes()) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append('"').append(r.id()).append("\": ").append(r.id().equals(keep) ? rent : 0);
        }
        return b.append('}').toString();
    }

    private static String pressureWorld(double state, int troops) {
        return """
                name: pressure-test
                start: 2015-06
                months: 12
                factions:
                  GATIA:
                    kind: progovernment
                    fighters: 600
                    regions: [Kidal]
                    blocs: {Imghad: {share: 1.0}}
                  AQIM:
                    kind: jihadist
                    fighters: 800
                    allegiance: aq
                    islamism: 1.0
                    regions: [Kidal]
                    blocs: {Arab: {share: 1.0}}
                regions:
                  Kidal: {state_presence: %s, jihadist_influence: 0.3}
                minusma: {troops: %d, bases: [Kidal, Tessalit, Aguelhok], mobile_share: 0.3}
                params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.0}
                """.formatted(state, troops);
    }

    @Test
    void jihadistPressureRisesWhereMinusmaAndStateAreAbsent() {
        SahelModel absent = new SahelModel(Tiny.scenario(pressureWorld(0.0, 0)), 5, null);
        absent.runToEnd();
        SahelModel present = new SahelModel(Tiny.scenario(pressureWorld(0.8, 11000)), 5, null);
        present.runToEnd();
        Faction ga = absent.world().faction("GATIA");
        Faction gp = present.world().faction("GATIA");
        double pa = -Utility.terms(absent.world(), ga, Option.STAY)[2];
        double pp = -Utility.terms(present.world(), gp, Option.STAY)[2];
        assertTrue(pa > pp, "pressure on a cooperating group is higher without state and MINUSMA: " + pa + " vs " + pp);
        Region ka = absent.world().region("Kidal");
        Region kp = present.world().region("Kidal");
        assertTrue(ka.influence > 0.3, "influence grows in the vacuum: " + ka.influence);
        assertTrue(kp.influence < ka.influence, "and less where the state and MINUSMA are present: " + kp.influence);
    }
    private static String townWorld(boolean allied) {
        return """
                name: town-test
                start: 2012-06
                months: 1
                factions:
                  MNLA:
                    kind: separatist
                    fighters: 1000
                    regions: [Kidal]
                    blocs: {Idnane: {share: 1.0}}
                  AD:
                    kind: jihadist
                    fighters: 900
                    allegiance: aq
                    islamism: 0.85
                    regions: [Kidal]
                    blocs: {Ifoghas: {share: 1.0}}
                    %s
                  AQIM:
                    kind: jihadist
                    fighters: 900
                    allegiance: aq
                    islamism: 1.0
                    regions: [Kidal]
                    blocs: {Arab: {share: 1.0}}
                    %s
                coalitions: %s
                army: {troops: 0}
                params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.0, clash_base: 0.0, clash_rent: 0.0}
                """.formatted(allied ? "coalition: J" : "", allied ? "coalition: J" : "",
                allied ? "{J: {kind: jihadist}}" : "{}");
    }

    @Test
    void alliesTakeTownsThatNoneOfThemCouldTakeAlone() {
        World alone = Tiny.started(Tiny.scenario(townWorld(false)), 1, null).world();
        World allied = Tiny.started(Tiny.scenario(townWorld(true)), 1, null).world();
        String aloneHolder = alone.place("Kidal").holder.id;
        String alliedHolder = allied.place("Kidal").holder.id;
        assertEquals("MNLA", aloneHolder, "900 against 1,000: neither jihadist group alone outnumbers the MNLA");
        assertTrue(alliedHolder.equals("AD") || alliedHolder.equals("AQIM"),
                "together (1,800 against 1,000) the allies hold Kidal, not the MNLA: " + alliedHolder);
    }

    private static String allyWorld(String shocks) {
        return """
                name: ally-test
                start: 2012-12
                months: 2
                factions:
                  MNLA:
                    kind: separatist
                    coalition: Pact
                    fighters: 1000
                    regions: [Kidal]
                    blocs: {Idnane: {share: 1.0}}
                  AD:
                    kind: jihadist
                    coalition: Pact
                    fighters: 1000
                    allegiance: aq
                    islamism: 0.85
                    regions: [Kidal]
                    blocs: {Ifoghas: {share: 1.0}}
                coalitions: {Pact: {kind: separatist}}
                params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.0}
                shocks: %s
                """.formatted(shocks);
    }

    @Test
    void alliesOfJihadistsFeelCounterTerrorismStrikesOnceTheyStart() {
        World before = Tiny.started(Tiny.scenario(allyWorld("[]")), 1, null).world();
        SahelModel serval = new SahelModel(Tiny.scenario(allyWorld("[{at: 2013-01, type: intervention, troops: 4000, value: 2}]")), 1, null);
        serval.runToEnd();
        World after = serval.world();
        double pressureBefore = -Utility.terms(before, before.faction("MNLA"), Option.STAY)[2];
        double pressureAfter = -Utility.terms(after, after.faction("MNLA"), Option.STAY)[2];
        assertTrue(pressureBefore <= 0, "before strikes, allying with jihadists only brings offers: " + pressureBefore);
        assertTrue(pressureAfter > pressureBefore + 100,
                "under Serval the ally of jihadists shares their exposure to strikes: " + pressureBefore + " -> " + pressureAfter);
    }
}
