package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Recruitment of the disaffected (design brief: jihadist pressure includes "recruitment of the
 * disaffected"; seed 003: the Macina Liberation Front "mostly recruiting among ethnic Fulanis";
 * International Crisis Group 2016, "Central Mali: An Uprising in the Making?": young Peul joined
 * for protection and out of grievance, not for pay). Each month each jihadist group recruits,
 * from the pool of each of its blocs' communities in each of its home regions, the share
 * {@code params.disaffected_recruitment} x the community's grievance there x jihadist influence
 * there x the group's weight there, whatever its treasury (unlike {@link Treasury}'s
 * recruitment, which needs money to spare). The recruits join their bloc; they are paid from
 * the next month like any fighter, and desert if they are not. Deterministic.
 */
public final class Radicalisation implements Mechanism {
    @Override
    public void apply(World w, MersenneTwisterFast random) {
        for (Faction f : new java.util.ArrayList<>(w.factions)) {
            if (!f.alive || !f.isJihadist() || f.fighters <= 0) {
                continue;
            }
            Treasury.recruitFrom(w, f, (b, r, wt) -> w.pool(b, r) * w.p.disaffectedRecruitment()
                    * w.grievance(w.communityOf(b), r) * r.influence * wt);
        }
    }
}
