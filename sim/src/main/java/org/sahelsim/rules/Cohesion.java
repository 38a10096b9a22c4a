package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Grievance, hardship and cohesion (brief, phases 7 and 10; Epstein 2002). Each bloc carries
 * two memories (moving averages): its grievance against its own faction, of how far what it
 * received per fighter falls short of the faction's mean income per fighter (relative: a bloc
 * with little political weight is shut out by its own leaders; brief, phase 7), and its
 * hardship, of how far it falls short of the reference income (absolute, Epstein's hardship).
 * Grievance is what a bloc holds against its faction, so it weighs in splits and in the
 * faction's cohesion; hardship, whoever is to blame, is what jihadist offers and influence
 * feed on. A faction's cohesion moves toward one minus its fighter-weighted grievance and falls
 * with the share of fighters lost in the month. Ties between members of one coalition
 * strengthen slowly. Deterministic.
 */
public final class Cohesion implements Mechanism {
    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        double m = w.p.grievanceMemory();
        for (Faction f : w.factions) {
            double mean = f.income() / Math.max(1, f.fighters);
            for (Bloc b : f.blocs) {
                double absolute = clamp(1 - b.received / Math.max(1e-9, w.p.referenceIncome()));
                double relative = mean > 0 ? clamp(1 - b.received / mean) : 0;
                b.grievance = m * b.grievance + (1 - m) * relative;
                b.hardship = m * b.hardship + (1 - m) * absolute;
            }
            double before = f.fighters + f.lossesThisMonth;
            double lossShare = before > 0 ? f.lossesThisMonth / before : 0;
            double target = 1 - f.grievance();
            f.cohesion += w.p.cohesionRate() * (target - f.cohesion) - w.p.lossCohesion() * lossShare;
            f.cohesion = Math.max(0, Math.min(1, f.cohesion));
            f.lossesThisMonth = 0;
        }
        double growth = w.p.coalitionTieGrowth();
        for (var c : w.coalitions) {
            if (!c.alive) {
                continue;
            }
            for (int i = 0; i < c.members.size(); i++) {
                for (int j = i + 1; j < c.members.size(); j++) {
                    w.ties.add(c.members.get(i), c.members.get(j), growth);
                }
            }
        }
    }
}
