package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Place;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * Control of towns and hubs (brief, mechanics sketch: control follows local armed
 * strength). A place is held by the faction with the most fighters there (its garrison
 * share in the place's region, divided among the region's places, plus half of each
 * detachment on routes touching the place), if it has at least 30 and beats the army
 * there; the holder keeps it unless a challenger is 20% stronger. Deterministic.
 */
public final class Control implements Mechanism {
    private final boolean quiet;

    /** @param quiet when true (set-up), changes of hands write no capture event */
    public Control(boolean quiet) {
        this.quiet = quiet;
    }

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        int[] placesIn = new int[w.regions.length];
        for (Place pl : w.places) {
            placesIn[pl.region.index]++;
        }
        for (Place pl : w.places) {
            Faction best = null;
            double bestS = 0;
            double holderS = 0;
            for (Faction f : w.factions) {
                double s = f.garrison() * f.regionWeight[pl.region.index] / placesIn[pl.region.index];
                for (int e : pl.routes) {
                    s += 0.5 * f.detached[e];
                }
                if (f == pl.holder) {
                    holderS = s;
                }
                if (s > bestS) {
                    bestS = s;
                    best = f;
                }
            }
            double army = pl.region.armyTroops / placesIn[pl.region.index];
            boolean armyHolds = army > 0 && army >= bestS;
            Faction newHolder = armyHolds || bestS < 30 ? null : best;
            if (newHolder != null && pl.holder != null && pl.holder.alive && newHolder != pl.holder && bestS < 1.2 * holderS) {
                newHolder = pl.holder;
            }
            Faction old = pl.holder;
            pl.armyHeld = armyHolds;
            if (newHolder != old) {
                pl.holder = newHolder;
                if (!quiet && newHolder != null) {
                    w.journal.log(new Event(w.month, EventType.CAPTURE, newHolder.id, newHolder.kind,
                            old == null ? null : old.id, old == null ? null : old.kind, pl.region.name, "place=" + pl.name));
                }
            }
        }
    }

    /** Index routes on places (called once at set-up). */
    public static void indexRoutes(World w) {
        int[] count = new int[w.places.length];
        for (Route r : w.routes) {
            count[r.from.index]++;
            count[r.to.index]++;
        }
        for (Place pl : w.places) {
            pl.routes = new int[count[pl.index]];
            count[pl.index] = 0;
        }
        for (Route r : w.routes) {
            r.from.routes[count[r.from.index]++] = r.index;
            r.to.routes[count[r.to.index]++] = r.index;
        }
    }
}
