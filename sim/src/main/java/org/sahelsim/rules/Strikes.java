package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Counter-terrorism strikes (brief, phase 2; seeds 002, 004). Each month French operations
 * kill a share of every jihadist group's fighters proportional to the tempo, the troops
 * committed and how exposed the group is (less where jihadist influence shelters it), and
 * with a small chance strike its leaders, which cuts its cohesion: a struck leadership can
 * fragment a group as well as weaken it.
 */
public final class Strikes implements Mechanism {
    @Override
    public void apply(World w, MersenneTwisterFast random) {
        double threat = PressureTerm.ctThreat(w);
        if (threat <= 0) {
            return;
        }
        for (Faction f : w.factions) {
            if (!f.isJihadist()) {
                continue;
            }
            double shelter = 0;
            for (int i = 0; i < w.regions.length; i++) {
                shelter += f.regionWeight[i] * w.regions[i].influence;
            }
            double killed = f.fighters * w.p.strikeKillRate() * threat * (1 - w.p.strikeShelter() * shelter);
            killed = Math.min(killed, f.fighters);
            if (killed > 0) {
                f.scaleFighters(1 - killed / f.fighters);
                f.lossesThisMonth += killed;
                w.journal.fatalities(org.sahelsim.record.Metrics.Cause.STRIKES, killed);
            }
            if (random.nextDouble() < w.p.leadershipStrikeRate() * threat) {
                f.cohesion = Math.max(0, f.cohesion - w.p.leadershipCohesionLoss());
            }
        }
    }
}
