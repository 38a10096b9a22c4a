package org.sahelsim.rules;

import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Latent;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/** Where communities live: the one reading of it that grievance and communal violence share. */
final class Communities {
    private Communities() {
    }

    /**
     * Whether community c lives in region r this month: it has a recruitment pool there, a
     * latent community of it is listed there, or an armed group with a bloc of it has its home
     * there. Communities are registered first ({@link World#community}) so that ids are stable.
     */
    static boolean[][] presence(World w) {
        for (Latent l : w.latent) {
            w.community(l.community);
        }
        for (Faction f : w.factions) {
            for (Bloc b : f.blocs) {
                w.communityOf(b);
            }
        }
        int n = w.communityCount();
        boolean[][] out = new boolean[n][w.regions.length];
        for (Region r : w.regions) {
            for (int c = 0; c < n; c++) {
                out[c][r.index] = w.pool(c, r) > 0;
            }
        }
        for (Latent l : w.latent) {
            out[w.community(l.community)][l.region.index] = true;
        }
        for (Faction f : w.factions) {
            if (!f.alive) {
                continue;
            }
            for (Bloc b : f.blocs) {
                int c = w.communityOf(b);
                for (Region r : w.regions) {
                    if (f.regionWeight[r.index] > 0) {
                        out[c][r.index] = true;
                    }
                }
            }
        }
        return out;
    }

    /** The community of a faction's largest bloc (the first of equal ones), or -1 without blocs. */
    static int mainCommunity(World w, Faction f) {
        Bloc best = null;
        for (Bloc b : f.blocs) {
            if (best == null || b.share > best.share) {
                best = b;
            }
        }
        return best == null ? -1 : w.communityOf(best);
    }
}
