package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.domain.Fixed;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Fmt;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Latent;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Communal violence (model v2, the centre; seed 001: violence in the centre "rooted in local
 * tensions among communities over resources and in the dangerous growth of self-defense
 * militias"; UN S/2019/262 and S/2019/454: the massacres of Koulogon and Ogossagou, 2019;
 * Human Rights Watch 2018). The attackers are the community militias (the self-defence groups
 * of seed 001) and the jihadist groups (the massacres of Dogon villagers in the centre, and of
 * Daoussahak civilians around Menaka in 2018); separatist and pro-government groups fight each
 * other and the jihadists but are not modelled attacking civilians. Each month, in each region,
 * each such group with fighters there may attack the civilians of each community hostile to its
 * own (its largest bloc's) that lives there, with the chance {@code params.communal_rate} x hostility (minus the communities'
 * affinity) x (1 - state presence) x its fighters there / 1,000 (at most 1). An attack kills
 * {@code params.communal_deaths} x U(0.5, 1.5) civilians, writes a {@code communal_violence}
 * event, raises the victims' grievance there ({@link Grievances}) and the readiness of their
 * latent community there to take up arms, as one clash would ({@code params.clash_threat}): the
 * spiral of attacks and self-defence militias of the centre. Civilian deaths are counted apart
 * from combatants' ({@code civilian_deaths}).
 */
public final class CommunalViolence implements Mechanism {
    /** Fighters per unit of attack strength. */
    @Fixed(doc = "Fighters of a group in a region that make a full unit in the chance of attacking a community there", unit = "fighters", source = "scale of the parameter's unit")
    static final double FIGHTERS_UNIT = 1000.0;
    /** Lowest draw of an attack's deaths (times communal_deaths). */
    @Fixed(doc = "Lowest draw of an attack's deaths: params.communal_deaths x U(0.5, 1.5)", unit = "ratio")
    static final double DEATHS_LOW = 0.5;

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        boolean[][] lives = Communities.presence(w);
        int n = w.communityCount();
        for (Region r : w.regions) {
            if (r.border) {
                continue;
            }
            for (Faction f : new java.util.ArrayList<>(w.factions)) {
                if (f.kind != Kind.COMMUNITY_MILITIA && f.kind != Kind.JIHADIST) {
                    continue;
                }
                double here = f.alive ? f.fighters * f.regionWeight[r.index] : 0;
                if (here < 1) {
                    continue;
                }
                int own = Communities.mainCommunity(w, f);
                if (own < 0) {
                    continue;
                }
                for (int c = 0; c < n; c++) {
                    double affinity = w.communityAffinity(own, c);
                    if (affinity >= 0 || !lives[c][r.index]) {
                        continue;
                    }
                    double u = random.nextDouble();
                    double x = random.nextDouble();
                    double p = w.p.communalRate() * -affinity * (1 - r.statePresence) * Math.min(1, here / FIGHTERS_UNIT);
                    if (u >= p) {
                        continue;
                    }
                    double deaths = w.p.communalDeaths() * (DEATHS_LOW + x);
                    w.addCivilianDeaths(c, r, deaths);
                    w.journal.civilians(deaths);
                    for (Latent l : w.latent) {
                        if (!l.mobilised && l.region == r && w.community(l.community) == c) {
                            l.readiness = Math.min(1, l.readiness + w.p.mobilizationRate() * w.p.clashThreat());
                        }
                    }
                    Moves.log(w, EventType.COMMUNAL_VIOLENCE, f, w.communityName(c), null, r.name,
                            "deaths=" + Fmt.num(deaths, 1) + ";p=" + Fmt.num(p, 4));
                }
            }
        }
    }
}
