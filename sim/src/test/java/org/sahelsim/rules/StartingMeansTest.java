package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * A group in being at the start has the means a going concern has: the reserve every group keeps
 * before it recruits, unless the scenario says what it holds, and, for a jihadist group, the levy
 * of the population under its influence (factions-2015-06.csv: local taxation).
 */
class StartingMeansTest {

    /** Every route's rent set to 0. */
    static String noRents() {
        StringBuilder b = new StringBuilder("{");
        for (var r : org.sahelsim.data.Gazetteer.get().routes()) {
            b.append(b.length() > 1 ? ", " : "").append('"').append(r.id()).append("\": 0");
        }
        return b.append('}').toString();
    }

    /** A small IS-aligned group on the Niger border, as ISGS in June 2015, beside a larger al-Qaeda group. */
    private static String world(String treasury, double levy) {
        return world(treasury, levy, "{}");
    }

    private static String world(String treasury, double levy, String rents) {
        return """
                name: means-test
                start: 2015-06
                months: 12
                factions:
                  ISGS:
                    kind: jihadist
                    fighters: 45
                    %s
                    allegiance: is
                    islamism: 1.0
                    regions: [Menaka, Gao]
                    blocs: {Fulani: {share: 1.0}}
                  MUR:
                    kind: jihadist
                    fighters: 125
                    allegiance: aq
                    islamism: 1.0
                    regions: [Gao, Menaka]
                    blocs: {Arab: {share: 1.0}}
                regions:
                  Menaka: {state_presence: 0.2, jihadist_influence: 0.2}
                  Gao: {state_presence: 0.45, jihadist_influence: 0.15}
                counter_terrorism: {troops: 0}
                route_rents: %s
                params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.0, levy_per_person: %s}
                """.formatted(treasury, rents, levy);
    }

    @Test
    void aGroupWhoseTreasuryIsNotGivenStartsWithTheReserveGroupsKeep() {
        SahelModel m = Tiny.started(Tiny.scenario(world("", 0.1)), 1, null);
        Faction f = m.world().faction("ISGS");
        // params.reserve_months (3) of params.wage (100) for 45 fighters
        assertEquals(3 * 100 * 45, f.treasury, 1e-9);
        SahelModel given = Tiny.started(Tiny.scenario(world("treasury: 0", 0.1)), 1, null);
        assertEquals(0, given.world().faction("ISGS").treasury, "a treasury the scenario gives is kept, 0 included");
    }

    @Test
    void groupSurvivesItsFirstMonthsOnItsOwnMeans() {
        for (long seed = 0; seed < 10; seed++) {
            Tiny.Keep keep = new Tiny.Keep();
            // its reserve, its levy and the rent of the routes it reaches carry it through the year
            SahelModel m = Tiny.started(Tiny.scenario(world("", 0.1)), seed, keep);
            World w = m.world();
            for (int month = 1; month <= 12; month++) {
                m.schedule.step(m);
                Faction f = w.faction("ISGS");
                assertTrue(f.alive && f.fighters >= 40, "seed " + seed + ", month " + month + ": ISGS has " + f.fighters);
            }
            assertTrue(keep.events.stream().noneMatch(e -> e.type() == EventType.DISBAND), "seed " + seed);
        }
    }

    @Test
    void withoutReserveOrLevyTheSameGroupCollapsesWithinMonths() {
        // the artefact the rules remove: an empty till and no income end the group within months
        int gone = 0;
        for (long seed = 0; seed < 10; seed++) {
            Tiny.Keep keep = new Tiny.Keep();
            Tiny.started(Tiny.scenario(world("treasury: 0", 0, noRents())), seed, keep).runToEnd();
            for (Event e : keep.events) {
                if (e.type() == EventType.DISBAND && e.actor().equals("ISGS")) {
                    gone++;
                    break;
                }
            }
        }
        assertTrue(gone >= 8, "with nothing to pay its fighters, ISGS disbands within the year: " + gone + " of 10");
    }

    @Test
    void jihadistGroupsLevyThePopulationUnderTheirInfluenceInProportionToTheirFightersThere() {
        SahelModel m = Tiny.started(Tiny.scenario(world("", 0.1)), 1, null);
        World w = m.world();
        new Levies().apply(w, null);
        Faction isgs = w.faction("ISGS");
        Faction mur = w.faction("MUR");
        double expected = 0;
        for (String r : new String[] {"Menaka", "Gao"}) {
            var reg = w.region(r);
            double mine = isgs.fighters * isgs.regionWeight[reg.index];
            double all = mine + mur.fighters * mur.regionWeight[reg.index];
            expected += 0.1 * reg.population * reg.influence * mine / all;
        }
        assertEquals(expected, isgs.levyIncome, 1e-6);
        assertTrue(mur.levyIncome > isgs.levyIncome, "the larger group takes more of the levy");
        SahelModel none = Tiny.started(Tiny.scenario(world("", 0)), 1, null);
        new Levies().apply(none.world(), null);
        assertFalse(none.world().faction("ISGS").levyIncome > 0, "no levy at a rate of 0");
    }
}
