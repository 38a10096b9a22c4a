package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Event;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * The small world the contracts of the rules run on: groups of every kind, in the accord's two
 * coalitions and standing alone, jihadists of both allegiances, a lone militia no one else lives
 * near, latent communities, MINUSMA, the army, counter-terrorism and the integration lever, so
 * that every mechanism has something to do and every decision options to weigh.
 */
final class ContractWorld {
    private ContractWorld() {
    }

    static final String YAML = """
            name: contract-world
            start: 2015-06
            months: 3
            factions:
              MNLA: {kind: separatist, coalition: CMA, fighters: 1500, cohesion: 0.4, regions: [Kidal, Gao],
                blocs: {Ifoghas: {share: 0.6, weight: 1.8},
                  Daoussahak: {share: 0.4, weight: 0.3, grievance: 0.6, leaning: community_militia, leadership: true}}}
              HCUA: {kind: separatist, coalition: CMA, fighters: 500, regions: [Kidal], blocs: {Ifoghas: {share: 1.0}}}
              GATIA: {kind: progovernment, coalition: Platform, fighters: 700, regions: [Gao, Kidal], blocs: {Imghad: {share: 1.0}}}
              CMFPR-I: {kind: community_militia, coalition: Platform, fighters: 600, regions: [Gao, Mopti],
                blocs: {Songhai: {share: 0.6}, Fulani: {share: 0.4, grievance: 0.3}}}
              CPA: {kind: separatist, fighters: 300, regions: [Timbuktu, Gao],
                blocs: {Idnane: {share: 0.7, leadership: true}, Songhai: {share: 0.3}}}
              GK: {kind: community_militia, fighters: 300, regions: [Segou], blocs: {Bambara: {share: 1.0}}}
              AQIM: {kind: jihadist, allegiance: aq, islamism: 1.0, fighters: 600, sponsor_income: 500000, regions: [Kidal, Timbuktu],
                blocs: {Arab: {share: 0.6, weight: 2.0}, Tuareg: {share: 0.4, grievance: 0.5}}}
              MUR: {kind: jihadist, allegiance: aq, islamism: 1.0, fighters: 150, regions: [Gao], blocs: {Arab: {share: 1.0}}}
              ISGS: {kind: jihadist, allegiance: is, islamism: 1.0, fighters: 60, regions: [Menaka], blocs: {Fulani: {share: 1.0}}}
              FLM: {kind: jihadist, allegiance: aq, islamism: 0.9, fighters: 300, regions: [Mopti],
                blocs: {Fulani: {share: 1.0, grievance: 0.4}}}
            coalitions:
              CMA: {kind: separatist, signatory: true}
              Platform: {kind: progovernment, signatory: true}
            latent:
              latent-Dogon-Mopti: {community: Dogon, region: Mopti, kind: community_militia, fighters: 400, readiness: 0.3}
              latent-Imghad-Kidal: {community: Imghad, region: Kidal, kind: progovernment, fighters: 200, readiness: 0.2}
            regions:
              Kidal: {state_presence: 0.05, jihadist_influence: 0.3}
              Gao: {state_presence: 0.45, jihadist_influence: 0.15}
              Menaka: {state_presence: 0.2, jihadist_influence: 0.2}
              Timbuktu: {state_presence: 0.35, jihadist_influence: 0.25}
              Mopti: {state_presence: 0.5, jihadist_influence: 0.2}
              Segou: {state_presence: 0.8, jihadist_influence: 0.0}
            minusma: {troops: 8000, mobile_share: 0.2, bases: [Kidal, Tessalit, Gao, Timbuktu, Mopti]}
            army: {troops: 3000, regions: [Gao, Timbuktu, Mopti, Segou]}
            counter_terrorism: {troops: 1600, tempo: 1}
            accord: {in_force: true, implementation: 0.2, pace: 0.01}
            levers:
              integration: {enabled: true, start: 1}
            """;

    static final Scenario SCENARIO = Tiny.scenario(YAML);

    /**
     * The world at the start of a run of seed 1 (set up, step 0 recorded), with more model
     * constants as YAML ({@code "params: {pledge_rate: 1.0}"}, or empty), its events kept in
     * {@code events}.
     */
    static World start(String params, List<Event> events) {
        Scenario s = params.isEmpty() ? SCENARIO : Tiny.scenario(YAML + params + "\n");
        World w = Tiny.started(s, 1, null).world();
        w.journal = Tiny.journal(events);
        return w;
    }

    /** {@link #start(String, List)}, its events not kept. */
    static World start(String params) {
        return start(params, new ArrayList<>());
    }

    /** Sets a region's jihadist influence and state presence; returns it. */
    static Region region(World w, String name, double influence, double statePresence) {
        Region r = w.region(name);
        r.influence = influence;
        r.statePresence = statePresence;
        return r;
    }

    /** The world of a seed after {@code months} months (a model started and stepped). */
    static SahelModel after(long seed, int months) {
        SahelModel m = Tiny.started(SCENARIO, seed, null);
        for (int i = 0; i < months; i++) {
            m.stepMonth();
        }
        return m;
    }

    /**
     * Every arrangement a decision of the month can weigh in a world: each faction's alignment
     * options, each bloc's staying and its outside options, both sides of each merger that could
     * be weighed, and each coalition member's place with and without each group standing alone.
     */
    static List<Prospect> prospects(World w) {
        List<Prospect> out = new ArrayList<>();
        for (Faction f : w.factions) {
            for (Option o : Alignment.options(w, f)) {
                out.add(Prospect.of(w, f, o));
            }
            if (f.blocs.size() >= 2) {
                for (Bloc b : f.blocs) {
                    out.add(Prospect.blocStays(w, f, b, Option.STAY));
                    out.addAll(Splits.outsideOptions(w, f, b));
                }
            }
        }
        for (int i = 0; i < w.factions.size(); i++) {
            for (int j = i + 1; j < w.factions.size(); j++) {
                Faction a = w.factions.get(i);
                Faction b = w.factions.get(j);
                if (Mergers.candidates(a, b)) {
                    Faction big = a.fighters >= b.fighters ? a : b;
                    Faction small = big == a ? b : a;
                    out.add(Prospect.merged(w, small, big, small));
                    out.add(Prospect.merged(w, small, big, big));
                }
            }
        }
        for (Coalition c : w.coalitions) {
            if (!c.alive) {
                continue;
            }
            for (Faction m : c.members) {
                out.add(Prospect.memberWith(w, m, c, null, 0));
                for (Faction f : w.factions) {
                    if (f.coalition == null) {
                        out.add(Prospect.memberWith(w, m, c, f, 0));
                    }
                }
            }
        }
        return out;
    }
}
