package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Local levies (phase 4): where jihadist groups hold influence over the population, they tax
 * it (zakat on herds and harvests, payment for protection and justice). factions-2015-06.csv
 * gives the Katiba Macina (FLM) and ISGS as living on "local taxation, cattle", Ansar Dine on
 * "protection and taxation"; seeds 001 and 004: jihadist groups consolidate in the vacuum by
 * providing local security, justice and services. Each month a region yields
 * {@code params.levy_per_person} for each person under jihadist influence (its population times
 * its influence J_r), shared among the jihadist groups by their home fighters there.
 * Deterministic; the levy is part of a group's other income ({@link Treasury}).
 */
public final class Levies implements Mechanism {
    @Override
    public void apply(World w, MersenneTwisterFast random) {
        for (Faction f : w.factions) {
            f.levyIncome = 0;
        }
        double rate = w.p.levyPerPerson();
        if (rate <= 0) {
            return;
        }
        for (Region r : w.regions) {
            double yield = rate * r.population * r.influence;
            if (yield <= 0) {
                continue;
            }
            double here = 0;
            for (Faction f : w.factions) {
                if (f.isJihadist()) {
                    here += f.fighters * f.regionWeight[r.index];
                }
            }
            if (here <= 0) {
                continue;
            }
            for (Faction f : w.factions) {
                if (f.isJihadist()) {
                    f.levyIncome += yield * f.fighters * f.regionWeight[r.index] / here;
                }
            }
        }
    }
}
