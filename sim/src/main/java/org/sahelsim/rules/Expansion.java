package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Jihadist groups extend their operations (model v2, the centre; seed 001: jihadists "have gone
 * rural and extended into Central Mali"; the Macina Liberation Front from Mopti into Segou, the
 * ISGS from Menaka along the Niger border). Each month each jihadist group may extend into one
 * neighbouring region where it has no home yet, that is not a border strip, and where one of its
 * communities' grievance is at least {@code params.expansion_grievance} or an ally of its
 * coalition has its home: with the chance {@code params.expansion_rate}, the region gets
 * {@code params.expansion_share} of its home weight (the others keep theirs in proportion).
 * Regions are tried in the order of the regions table.
 */
public final class Expansion implements Mechanism {
    @Override
    public void apply(World w, MersenneTwisterFast random) {
        for (Faction f : new java.util.ArrayList<>(w.factions)) {
            if (!f.alive || !f.isJihadist()) {
                continue;
            }
            for (Region r : w.regions) {
                if (r.border || f.regionWeight[r.index] > 0 || !neighbours(f, r) || !opening(w, f, r)) {
                    continue;
                }
                if (random.nextDouble() < w.p.expansionRate()) {
                    double keep = 1 - w.p.expansionShare();
                    for (int i = 0; i < f.regionWeight.length; i++) {
                        f.regionWeight[i] *= keep;
                    }
                    f.regionWeight[r.index] = w.p.expansionShare();
                    f.reachable = Mobilization.reachableFrom(w, f);
                    w.version++;
                    w.homeVersion++; // its overlaps with every other group changed
                }
                break; // one region weighed a month
            }
        }
    }

    /** Whether a region neighbours one of a faction's home regions. */
    private static boolean neighbours(Faction f, Region r) {
        for (int nb : r.neighbours) {
            if (f.regionWeight[nb] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether grievance or an ally lets a group into a region. */
    static boolean opening(World w, Faction f, Region r) {
        for (Bloc b : f.blocs) {
            if (w.grievance(w.communityOf(b), r) >= w.p.expansionGrievance()) {
                return true;
            }
        }
        if (f.coalition != null) {
            for (Faction m : f.coalition.members) {
                if (m != f && m.alive && m.regionWeight[r.index] > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
