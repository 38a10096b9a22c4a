package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Grievance and cohesion (brief, phases 7 and 10; Epstein 2002). Each bloc's deprivation is
 * the larger of how far what it received per fighter falls short of the reference income
 * (absolute) and of the faction's mean income per fighter (relative: a bloc with little
 * political weight is shut out by its own leaders); grievance is a moving average of
 * deprivation (memory). A faction's cohesion moves toward one minus its
 * fighter-weighted grievance and falls with the share of fighters lost in the month. Ties
 * between members of one coalition strengthen slowly. Deterministic.
 */
public final class Cohesion implements Mechanism {
    @Override
    public void apply(World w, MersenneTwisterFast random) {
        double m = w.p.grievanceMemory();
        for (Faction f : w.factions) {
            double mean = f.income() / Math.max(1, f.fighters);
            for (Bloc b : f.blocs) {
                double absolute = 1 - b.received / Math.max(1e-9, w.p.referenceIncome());
                double relative = mean > 0 ? 1 - b.received / mean : 0;
                double deprivation = Math.max(0, Math.min(1, Math.max(absolute, relative)));
                b.grievance = m * b.grievance + (1 - m) * deprivation;
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
