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
 * strength; Christia 2012: allies pool their power). A faction's strength at a place is its
 * garrison share in the place's region, divided among the region's places, plus half of
 * each detachment on routes touching the place. A side is a coalition (or a faction
 * standing alone) and its strength is its members' sum: allies hold places together, so a
 * coalition can take a town that none of its members could take alone, and a member never
 * takes a place from its own ally. The strongest side holds a place if it has at least
 * {@code params.capture_fighters} (30) fighters there and beats the army there; within it, the
 * member strongest there holds it. The holder's side (or the army) keeps it unless a challenger
 * side is {@code params.capture_margin} (1.5) times stronger, or the holder's side falls below
 * half of {@code capture_fighters}. Deterministic.
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
        // side strengths are summed per coalition: a side's key is its coalition's index among
        // the coalitions, or the faction's own slot after them when it stands alone
        int nc = w.coalitions.size();
        double[] sideS = new double[nc + nf];
        double[] s = new double[nf];
        int[] side = new int[nf];
        for (int fi = 0; fi < nf; fi++) {
            side[fi] = sideOf(w, w.factions.get(fi), fi, nc);
        }
        for (Place pl : w.places) {
            java.util.Arrays.fill(sideS, 0);
            for (int fi = 0; fi < nf; fi++) {
                Faction f = w.factions.get(fi);
                double v = garrison[fi] * f.regionWeight[pl.region.index] / placesIn[pl.region.index];
                for (int e : pl.routes) {
                    v += ROUTE_END_WEIGHT * f.detached[e];
                }
                s[fi] = v;
                sideS[side[fi]] += v;
            }
            Faction holder = pl.holder != null && pl.holder.alive ? pl.holder : null;
            int holderSide = -1;
            for (int fi = 0; fi < nf && holder != null; fi++) {
                if (w.factions.get(fi) == holder) {
                    holderSide = side[fi];
                }
            }
            double holderS = holderSide < 0 ? 0 : sideS[holderSide];
            int bestSide = -1;
            double bestS = 0;
            for (int k = 0; k < sideS.length; k++) {
                if (sideS[k] > bestS) {
                    bestS = sideS[k];
                    bestSide = k;
                }
            }
            Faction best = null;
            double bestMember = 0;
            for (int fi = 0; fi < nf && bestSide >= 0; fi++) {
                if (side[fi] == bestSide && s[fi] > bestMember) {
                    bestMember = s[fi];
                    best = w.factions.get(fi);
                }
            }
            double army = pl.region.armyTroops / placesIn[pl.region.index];
            Faction newHolder;
            boolean armyHolds;
            if (holder != null && holderS >= hold * HOLDER_KEEP_SHARE && holderS * margin >= army
                    && (bestSide == holderSide || bestS < margin * holderS)) {
                // the holder's side keeps it unless clearly outmatched (hysteresis: no flickering)
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

    /** The slot of f's side: its coalition's index, or nc + its own index when it stands alone. */
    private static int sideOf(World w, Faction f, int fi, int nc) {
        if (f.coalition != null) {
            int c = w.coalitions.indexOf(f.coalition);
            if (c >= 0) {
                return c;
            }
        }
        return nc + fi;
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
