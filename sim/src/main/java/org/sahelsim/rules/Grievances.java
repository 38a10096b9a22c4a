package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.domain.Fixed;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Grievance of communities (model v2, the centre; seed 001: militants "capitalizing on local
 * disputes and the state's absence"; seed 004: jihadist groups exploit "grievances toward
 * central government"; Human Rights Watch 2018, "We Used to Be Brothers": abuses by soldiers and
 * militias against Peul civilians). Each month, for each community living in a region:
 * grievance g gains {@code params.grievance_absence} x (1 - state presence) x (1 - g) from the
 * state's absence, {@code params.grievance_abuse} x (army troops / 1,000) x jihadist influence
 * times the community's share of the jihadist fighters there (counter-insurgency falls on the
 * communities jihadists recruit from), {@code params.grievance_per_death} per civilian of it
 * killed there this month, and loses {@code params.grievance_decay} x g. Jihadist groups recruit
 * on it ({@link Radicalisation}) and extend their operations where it is high
 * ({@link Expansion}). Deterministic.
 */
public final class Grievances implements Mechanism {
    /** Troops per unit of grievance_abuse. */
    @Fixed(doc = "Army troops per unit in the grievance from abuses (params.grievance_abuse is per 1,000 troops)", unit = "troops", source = "scale of the parameter's unit")
    static final double TROOPS_UNIT = 1000.0;

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        boolean[][] lives = Communities.presence(w);
        int n = w.communityCount();
        double[] jihadists = new double[n];
        for (Region r : w.regions) {
            java.util.Arrays.fill(jihadists, 0);
            double total = 0;
            for (Faction f : w.factions) {
                if (!f.alive || !f.isJihadist()) {
                    continue;
                }
                double here = f.fighters * f.regionWeight[r.index];
                for (Bloc b : f.blocs) {
                    jihadists[w.communityOf(b)] += here * b.share;
                    total += here * b.share;
                }
            }
            double abuse = w.p.grievanceAbuse() * (r.armyTroops / TROOPS_UNIT) * r.influence;
            for (int c = 0; c < n; c++) {
                double g = w.grievance(c, r);
                double deaths = w.civilianDeaths(c, r);
                if (!lives[c][r.index] && g == 0 && deaths == 0) {
                    continue;
                }
                g += w.p.grievanceAbsence() * (1 - r.statePresence) * (1 - g);
                g += total > 0 ? abuse * jihadists[c] / total : 0;
                g += w.p.grievancePerDeath() * deaths;
                g -= w.p.grievanceDecay() * g;
                w.setGrievance(c, r, g);
            }
        }
        w.clearCivilianDeaths();
    }
}
