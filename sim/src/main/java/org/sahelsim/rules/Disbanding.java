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
 * Disbanding (brief, phase 8). A faction whose fighters fall below the viable size
 * ({@code params.min_viable_fighters}: below the smallest group the record shows lasting, ISGS
 * at 30 to 60 fighters when it formed in 2015-05, factions-2015-06.csv) ceases. Its remaining
 * fighters go to an heir, the closest (by affinity) of the factions that could take them in: of
 * its own jihadist status, never a rival (an al-Qaeda and an Islamic State group never absorb
 * each other; no faction with which it has a hostile tie), and either of its own coalition or
 * sharing a community and a home region with it; without an heir, back to their communities'
 * pools in its regions. Not a decision: no utility terms.
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
                if (m == f || m.isJihadist() != f.isJihadist() || !Alignment.allegianceCompatible(f, m)
                        || w.ties.get(f, m) < 0) {
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
