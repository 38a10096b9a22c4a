package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Disbanding (brief, phase 8). A faction whose fighters fall below the viable size ceases:
 * its remaining fighters go to the closest faction of its own coalition (or, standing alone,
 * to the closest faction sharing a community and region), or back to their communities' pools in its regions.
 * Not a decision: no utility terms.
 */
public final class Disbanding implements Mechanism {
    @Override
    public void apply(World w, MersenneTwisterFast random) {
        List<Faction> order = new ArrayList<>(w.factions);
        for (Faction f : order) {
            if (!f.alive || f.fighters >= w.p.minViableFighters()) {
                continue;
            }
            Faction heir = null;
            double best = Double.NEGATIVE_INFINITY;
            for (Faction m : w.factions) {
                if (m == f || m.isJihadist() != f.isJihadist()) {
                    continue;
                }
                boolean eligible = (f.coalition != null && m.coalition == f.coalition) || sharesCommunity(f, m) && w.overlapOf(f, m) > 0;
                if (!eligible) {
                    continue;
                }
                double a = w.affinity(f, m);
                if (a > best) {
                    best = a;
                    heir = m;
                }
            }
            String detail = "fighters=" + org.sahelsim.record.Fmt.num(f.fighters, 1);
            Coalition c = f.coalition;
            if (heir != null) {
                Moves.log(w, EventType.DISBAND, f, heir.id, heir.kind, Moves.regionOf(w, f), detail + ";absorbed_by=" + heir.id);
                Mergers.absorb(w, heir, f);
            } else {
                w.returnToPools(f, f.fighters);
                Moves.log(w, EventType.DISBAND, f, null, null, Moves.regionOf(w, f), detail);
                w.removeFaction(f);
                if (c != null) {
                    Moves.dissolveIfEmpty(w, c);
                }
            }
        }
    }

    static boolean sharesCommunity(Faction a, Faction b) {
        for (Bloc x : a.blocs) {
            if (b.bloc(x.community) != null) {
                return true;
            }
        }
        return false;
    }
}
