package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Latent;
import org.sahelsim.world.Region;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/** The centre (grievance, recruitment of the disaffected, communal violence, extension) and the al-Qaeda-Islamic State rivalry. */
class CentreAndRivalryTest {

    private static final String WORLD = """
            name: centre-test
            start: 2015-06
            months: 1
            factions:
              FLM:
                kind: jihadist
                allegiance: aq
                islamism: 1.0
                fighters: 1000
                treasury: 0
                regions: [Mopti]
                blocs: {Fulani: {share: 0.8, grievance: 0.5}, Bambara: {share: 0.2}}
              CMFPR-I:
                kind: community_militia
                fighters: 1000
                regions: [Mopti]
                blocs: {Songhai: {share: 1.0}}
              MNLA:
                kind: separatist
                fighters: 1000
                regions: [Mopti]
                blocs: {Idnane: {share: 1.0}}
            latent:
              Dogon-Mopti: {community: Dogon, region: Mopti, kind: community_militia, fighters: 500}
            regions:
              Mopti: {state_presence: 0.0, jihadist_influence: 0.5}
              Segou: {state_presence: 0.0, jihadist_influence: 0.0}
            army: {troops: 0}
            params: {review_rate: 0.0, split_review_rate: 0.0, merge_review_rate: 0.0%s}
            """;

    private final List<Event> events = new ArrayList<>();

    private World world() {
        return world("");
    }

    /** The world with more model constants, written as YAML ({@code ", communal_rate: 1.0"}). */
    private World world(String params) {
        World w = Tiny.started(Tiny.scenario(WORLD.formatted(params)), 1, null).world();
        w.journal = Tiny.journal(events);
        return w;
    }

    private static Bloc bloc(Faction f, String community) {
        for (Bloc b : f.blocs) {
            if (b.community.equals(community)) {
                return b;
            }
        }
        throw new IllegalArgumentException(community);
    }

    @Test
    void communityGrievesWhereTheStateIsAbsentAndWhereItsCiviliansAreKilled() {
        World w = world();
        int fulani = w.communityOf(bloc(w.faction("FLM"), "Fulani"));
        Region mopti = w.region("Mopti");
        new Grievances().apply(w, null);
        double absent = w.grievance(fulani, mopti);
        assertTrue(absent > 0, "the state's absence alone leaves a grievance");
        w.addCivilianDeaths(fulani, mopti, 40);
        new Grievances().apply(w, null);
        assertTrue(w.grievance(fulani, mopti) - absent > 0.9 * 40 * w.p.grievancePerDeath(),
                "forty of its civilians killed weigh more than a month of absence: " + w.grievance(fulani, mopti));
        assertEquals(0, w.civilianDeaths(fulani, mopti), 0, "the month's deaths are counted once");
    }

    @Test
    void counterInsurgencyAbusesFallOnTheCommunitiesJihadistsRecruitFrom() {
        World w = world();
        Region mopti = w.region("Mopti");
        mopti.statePresence = 1.0; // no grievance from absence: only abuses move it
        mopti.armyTroops = 2000;
        int fulani = w.communityOf(bloc(w.faction("FLM"), "Fulani"));
        int songhai = w.communityOf(w.faction("CMFPR-I").blocs.get(0));
        new Grievances().apply(w, null);
        assertTrue(w.grievance(fulani, mopti) > 0, "the army's operations where jihadists recruit aggrieve the Fulani");
        assertEquals(0, w.grievance(songhai, mopti), 1e-12, "not the Songhai, whom the jihadists do not recruit");
    }

    @Test
    void jihadistGroupRecruitsTheAggrievedWithoutMoney() {
        World w = world();
        Faction flm = w.faction("FLM");
        flm.treasury = 0;
        Region mopti = w.region("Mopti");
        int fulani = w.communityOf(bloc(flm, "Fulani"));
        double before = flm.fighters;
        new Radicalisation().apply(w, null);
        assertEquals(before, flm.fighters, 1e-9, "no grievance, no recruits");
        w.setGrievance(fulani, mopti, 0.8);
        double pool = w.pool(fulani, mopti);
        new Radicalisation().apply(w, null);
        double expected = pool * w.p.disaffectedRecruitment() * 0.8 * mopti.influence;
        assertEquals(before + expected, flm.fighters, 1e-6, "recruits from the aggrieved Fulani, with an empty treasury");
        assertTrue(bloc(flm, "Fulani").share > 0.8, "and they join the Fulani bloc");
    }

    @Test
    void militiaAttacksTheCiviliansOfARivalCommunityAndArmsItsVictims() {
        World w = world(", communal_rate: 1.0");
        Faction cmfpr = w.faction("CMFPR-I");
        cmfpr.blocs.clear();
        cmfpr.blocs.add(new Bloc("Fulani", 1.0, 1.0, cmfpr.kind, 0));
        Latent dogon = w.latent.get(0);
        double readiness = dogon.readiness;
        int dogonId = w.community("Dogon");
        new CommunalViolence().apply(w, new MersenneTwisterFast(3));
        List<Event> attacks = events.stream().filter(e -> e.type() == EventType.COMMUNAL_VIOLENCE
                && e.actor().equals("CMFPR-I")).toList();
        assertFalse(attacks.isEmpty(), "a Fulani militia of 1,000 where the state is absent attacks Dogon civilians: " + events);
        assertEquals("Dogon", attacks.get(0).other());
        assertTrue(w.civilianDeaths(dogonId, w.region("Mopti")) > 0);
        assertTrue(dogon.readiness > readiness, "the Dogon's readiness to take up arms rises");
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.COMMUNAL_VIOLENCE && e.actor().equals("MNLA")),
                "separatist groups are not modelled attacking civilians");
    }

    @Test
    void jihadistGroupExtendsWhereItsCommunityIsAggrieved() {
        World w = world(", expansion_rate: 1.0");
        Faction flm = w.faction("FLM");
        Region segou = w.region("Segou");
        new Expansion().apply(w, new MersenneTwisterFast(1));
        assertEquals(0, flm.regionWeight[segou.index], 0, "no grievance in Segou and no ally there: it stays in Mopti");
        w.setGrievance(w.communityOf(bloc(flm, "Fulani")), segou, 0.5);
        new Expansion().apply(w, new MersenneTwisterFast(1));
        assertEquals(w.p.expansionShare(), flm.regionWeight[segou.index], 1e-12, "the Fulani of Segou are aggrieved: it extends");
        assertEquals(1 - w.p.expansionShare(), flm.regionWeight[w.region("Mopti").index], 1e-12);
    }

    @Test
    void aggrievedBlocPledgesToTheIslamicStateOnlyOnceItAcceptsPledges() {
        World w = world(", pledge_rate: 1.0");
        Faction flm = w.faction("FLM");
        bloc(flm, "Fulani").grievance = 1.0;
        new Pledges().apply(w, new MersenneTwisterFast(1));
        assertEquals("aq", flm.allegiance, "no Islamic State to pledge to yet");
        w.pledgesOpen = true;
        new Pledges().apply(w, new MersenneTwisterFast(1));
        assertEquals("is", bloc(flm, "Fulani").allegiance);
        assertEquals("is", flm.allegiance, "its Fulani bloc holds most of the group: the whole group follows");
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.PLEDGE && e.detail().contains("whole=1")));
    }

    @Test
    void jihadistsOfRivalAllegiancesAreMoreLikelyToFight() {
        World w = world();
        Faction flm = w.faction("FLM");
        Faction other = w.faction("CMFPR-I");
        other.kind = org.sahelsim.domain.Kind.JIHADIST;
        other.allegiance = "aq";
        Route r = w.routes[0];
        double sameBanner = Clashes.probability(w, r, flm, other);
        other.allegiance = "is";
        double rivals = Clashes.probability(w, r, flm, other);
        assertTrue(rivals > sameBanner, "al-Qaeda against the Islamic State: " + rivals + " against " + sameBanner);
        assertTrue(Clashes.rivalAllegiances(flm, other));
    }
}
