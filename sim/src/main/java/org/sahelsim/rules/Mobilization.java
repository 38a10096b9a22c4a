package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.domain.Fixed;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Latent;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Mobilisation of latent communities (brief, mechanics sketch; seed 002: clientelist arming
 * raises the risk of new groups taking up arms; seed 001: self-defence militias in the
 * centre). A latent community's readiness grows with the threat it faces: jihadist influence
 * where the state is absent, armed rivals of its community in its region, and clashes there;
 * and with clientelist money for pro-government and militia communities. It decays without
 * threat. Each month it takes up arms with probability equal to its readiness squared.
 */
public final class Mobilization implements Mechanism {
    /** Clientelist money per unit of arming_mobilization. */
    @Fixed(doc = "Clientelist money per unit in readiness (params.arming_mobilization is per 100,000 USD a month)", unit = "USD/month", source = "scale of the parameter's unit")
    static final double ARMING_UNIT = 100000.0;

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        for (Latent l : w.latent) {
            double u = random.nextDouble();
            if (l.mobilised) {
                continue;
            }
            Region r = l.region;
            double rivals = 0;
            for (Faction f : w.factions) {
                double here = f.fighters * f.regionWeight[r.index];
                if (here <= 0) {
                    continue;
                }
                for (Bloc b : f.blocs) {
                    double a = w.blocAffinity(l.probe, b);
                    if (a < 0) {
                        rivals += here * b.share * -a;
                    }
                }
            }
            double threat = r.influence * (1 - r.statePresence) + Math.min(1, rivals / w.p.rivalThreatFighters()) + Math.min(1, r.clashes * w.p.clashThreat());
            double arming = 0;
            if (w.inputs.armingBudget > 0 && (l.kind == Kind.PROGOVERNMENT || l.kind == Kind.COMMUNITY_MILITIA)) {
                arming = w.p.armingMobilization() * w.inputs.armingBudget / ARMING_UNIT / Math.max(1, countArmable(w));
            }
            l.readiness += w.p.mobilizationRate() * threat + arming - w.p.mobilizationDecay() * (1 - Math.min(1, threat));
            l.readiness = Math.max(0, Math.min(1, l.readiness));
            if (u < l.readiness * l.readiness) {
                mobilise(w, l, threat);
            }
        }
    }

    private static int countArmable(World w) {
        int n = 0;
        for (Latent l : w.latent) {
            if (!l.mobilised && (l.kind == Kind.PROGOVERNMENT || l.kind == Kind.COMMUNITY_MILITIA)) {
                n++;
            }
        }
        return n;
    }

    static Faction mobilise(World w, Latent l, double threat) {
        l.mobilised = true;
        String id = w.freshId(l.community.replace(' ', '_') + "-" + l.region.name.replace(' ', '_'));
        Faction f = w.addFaction(id, l.community + " armed group of " + l.region.name, l.kind);
        f.fighters = l.fighters;
        f.treasury = w.p.wage() * l.fighters * w.p.mobilisedTreasuryMonths();
        f.cohesion = w.p.mobilisedCohesion();
        f.autonomy = l.autonomy;
        f.islamism = l.islamism;
        f.allegiance = l.allegiance;
        f.regionWeight[l.region.index] = 1.0;
        f.blocs.add(new Bloc(l.community, 1.0, 1.0, l.kind, w.p.mobilisedGrievance()));
        f.born = w.month;
        f.origin = l.id;
        f.reachable = reachableFrom(w, f);
        w.addToPool(l.probe, l.region, l.fighters * w.p.poolMultiple());
        Moves.log(w, EventType.MOBILIZE, f, null, null, l.region.name,
                "community=" + l.community + ";readiness=" + org.sahelsim.record.Fmt.num(l.readiness, 3)
                        + ";threat=" + org.sahelsim.record.Fmt.num(threat, 3) + ";latent=" + l.id);
        return f;
    }

    /** Routes touching a faction's home regions or their neighbours. */
    public static int[] reachableFrom(World w, Faction f) {
        boolean[] near = new boolean[w.regions.length];
        for (Region r : w.regions) {
            if (f.regionWeight[r.index] > 0) {
                near[r.index] = true;
                for (int n : r.neighbours) {
                    near[n] = true;
                }
            }
        }
        int count = 0;
        int[] tmp = new int[w.routes.length];
        for (int e = 0; e < w.routes.length; e++) {
            if (near[w.routes[e].from.region.index] || near[w.routes[e].to.region.index]) {
                tmp[count++] = e;
            }
        }
        return java.util.Arrays.copyOf(tmp, count);
    }
}
