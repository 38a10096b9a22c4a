package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.scenario.Fixed;
import org.sahelsim.scenario.Kind;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Place;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * Control of towns and hubs (brief, mechanics sketch: control follows local armed
 * strength). A place is held by the faction with the most fighters there (its garrison
 * share in the place's region, divided among the region's places, plus half of each
 * detachment on routes touching the place), if it has at least {@code params.capture_fighters}
 * (30) and beats the army there; the holder (or the army) keeps it unless a challenger is
 * {@code params.capture_margin} (1.5) times stronger, or the holder's own strength there
 * falls below half of {@code capture_fighters}. Deterministic.
 */
public final class Control implements Mechanism {
    /** Share of a route's detachment counted in each of its end places. */
    @Fixed(doc = "Share of a detachment on a route counted in each of the route's two end places", unit = "share")
    static final double ROUTE_END_WEIGHT = 0.5;
    /** The holder keeps a place down to this share of capture_fighters (hysteresis: no flickering). */
    @Fixed(doc = "Share of params.capture_fighters down to which the holder of a place keeps it", unit = "share")
    static final double HOLDER_KEEP_SHARE = 0.5;

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
        // fighters needed to take a place; how much stronger a challenger must be than the
        // holder (or the army) to take it
        double hold = w.p.captureFighters();
        double margin = w.p.captureMargin();
        int nf = w.factions.size();
        double[] garrison = new double[nf];
        for (int i = 0; i < nf; i++) {
            garrison[i] = w.factions.get(i).garrison();
        }
        for (Place pl : w.places) {
            Faction best = null;
            double bestS = 0;
            double holderS = 0;
            for (int fi = 0; fi < nf; fi++) {
                Faction f = w.factions.get(fi);
                double s = garrison[fi] * f.regionWeight[pl.region.index] / placesIn[pl.region.index];
                for (int e : pl.routes) {
                    s += ROUTE_END_WEIGHT * f.detached[e];
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
            Faction holder = pl.holder != null && pl.holder.alive ? pl.holder : null;
            Faction newHolder;
            boolean armyHolds;
            if (holder != null && holderS >= hold * HOLDER_KEEP_SHARE && holderS * margin >= army
                    && (best == holder || bestS < margin * holderS)) {
                // the holder keeps it unless clearly outmatched (hysteresis: no flickering)
                newHolder = holder;
                armyHolds = false;
            } else if (pl.armyHeld && army > 0 && bestS < margin * army) {
                newHolder = null;
                armyHolds = true;
            } else if (army > 0 && army >= bestS) {
                newHolder = null;
                armyHolds = true;
            } else {
                newHolder = bestS >= hold ? best : null;
                armyHolds = false;
            }
            Faction old = pl.holder != null && pl.holder.alive ? pl.holder : null;
            boolean wasArmy = pl.armyHeld;
            pl.armyHeld = armyHolds;
            pl.holder = newHolder;
            if (quiet) {
                continue;
            }
            if (newHolder != null && newHolder != old) {
                String oldId = old != null ? old.id : wasArmy ? ARMY : null;
                Kind oldKind = old != null ? old.kind : wasArmy ? Kind.STATE : null;
                w.journal.log(new Event(w.month, EventType.CAPTURE, newHolder.id, newHolder.kind, oldId, oldKind,
                        pl.region.name, "place=" + pl.name));
            } else if (armyHolds && !wasArmy) {
                w.journal.log(new Event(w.month, EventType.CAPTURE, ARMY, Kind.STATE, old == null ? null : old.id,
                        old == null ? null : old.kind, pl.region.name, "place=" + pl.name));
            }
        }
    }

    /** The army's name in events. */
    public static final String ARMY = "FAMa";

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
