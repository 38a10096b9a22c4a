package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.domain.Fixed;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Fmt;
import org.sahelsim.record.Metrics;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Place;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * Control of towns and hubs (brief, mechanics sketch: control follows local armed strength;
 * Christia 2012: allies pool their power; seed 001: armed groups "clash more frequently with
 * Malian and international forces"). A faction's strength at a place is its garrison share in
 * the place's region, divided among the region's places, plus half of each detachment on
 * routes touching the place; a side is a coalition (or a faction standing alone) and its
 * strength is its members' sum, so allies hold places together and a member never takes a
 * place from its own ally. The army is a side too: its troops deployed in the region
 * ({@link Presence}), divided among the region's places.
 *
 * <p>A town changes hands only with a real shift of strength, and at a cost. A side can take
 * a place only through a member with fighters in the place's region (its home regions; in a
 * border strip, its detachments on the routes that reach the place): a group does not take a
 * town where it has no one. An open place (no holder) goes to the strongest challenger with at
 * least {@code params.capture_fighters} there, or to the army when it is as strong. A held
 * place is assaulted only when a challenger side, or the army, is {@code params.capture_margin}
 * times as strong there as the holder's side: the assault is a battle in which each side loses
 * {@code params.casualty_rate} of the other's strength (times an intensity drawn in [0.5, 1.5]),
 * and the attacker takes the place with the chance s^d / (s^d + h^d) of the two strengths
 * ({@code params.war_decisiveness}, Lanchester). Holding a place costs what its defence costs;
 * a holder whose side falls below half of {@code capture_fighters} there leaves it. An assault
 * on a place the army holds is an attack on the army; the army's assault on a group's place is
 * an {@code army_assault}; an assault between groups is a clash. While the accord is in force, the army and the signatories do not assault each
 * other's places (timeline-2011-2015.csv: the ceasefire of 2014-05-23, after which the army and
 * the signatory groups did not fight for towns; seed 003: its violations were "clashes between
 * political armed groups"). The army's troops are an input: the state replaces its losses. At set-up the
 * places go, without battles, to the strongest side with enough fighters, or to the army.
 */
public final class Control implements Mechanism {
    /** Share of a route's detachment counted in each of its end places. */
    @Fixed(doc = "Share of a detachment on a route counted in each of the route's two end places", unit = "share")
    static final double ROUTE_END_WEIGHT = 0.5;
    /** The holder keeps a place down to this share of capture_fighters (hysteresis: no flickering). */
    @Fixed(doc = "Share of params.capture_fighters down to which the holder of a place keeps it", unit = "share")
    static final double HOLDER_KEEP_SHARE = 0.5;
    /** Lowest intensity of an assault (the same draw as a clash's: U(0.5, 1.5)). */
    @Fixed(doc = "Lowest draw of an assault's intensity: casualties are multiplied by U(0.5, 1.5), on average 1", unit = "ratio")
    static final double INTENSITY_LOW = 0.5;

    private final boolean quiet;

    /** @param quiet when true (set-up), places are assigned without battles or events */
    public Control(boolean quiet) {
        this.quiet = quiet;
    }

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        int[] placesIn = new int[w.regions.length];
        for (Place pl : w.places) {
            placesIn[pl.region.index]++;
        }
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
            double u = quiet ? 0 : random.nextDouble();
            double x = quiet ? 0 : random.nextDouble();
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
            double army = pl.region.armyTroops / placesIn[pl.region.index];
            Faction old = pl.holder != null && pl.holder.alive ? pl.holder : null;
            boolean wasArmy = pl.armyHeld;
            int holderSide = old == null ? -1 : side[w.factions.indexOf(old)];
            Faction holder = old;
            boolean armyHolds = wasArmy && army > 0;
            if (holder != null && sideS[holderSide] < hold * HOLDER_KEEP_SHARE) {
                holder = null; // too weak to keep it: the holder leaves
                holderSide = -1;
            }
            // the strongest challenger side with a member that can take the place, and that member
            int bestSide = -1;
            double bestS = 0;
            for (int fi = 0; fi < nf; fi++) {
                int k = side[fi];
                if (k != holderSide && canTake(w.factions.get(fi), pl, s[fi])
                        && (sideS[k] > bestS || (sideS[k] == bestS && bestSide >= 0 && k < bestSide))) {
                    bestS = sideS[k];
                    bestSide = k;
                }
            }
            Faction taker = null;
            double takerS = 0;
            for (int fi = 0; fi < nf && bestSide >= 0; fi++) {
                if (side[fi] == bestSide && canTake(w.factions.get(fi), pl, s[fi]) && s[fi] > takerS) {
                    taker = w.factions.get(fi);
                    takerS = s[fi];
                }
            }
            Faction newHolder = holder;
            boolean newArmy = armyHolds && holder == null;
            boolean byAssault = false;
            if (quiet) {
                // set-up: the strongest side with enough fighters, or the army, without battles
                if (army > 0 && army >= bestS) {
                    newHolder = null;
                    newArmy = true;
                } else {
                    newHolder = bestS >= hold ? taker : null;
                    newArmy = false;
                }
            } else if (holder == null && !armyHolds) {
                // an open place: the army walks in where it is as strong as any challenger
                if (army > 0 && army >= bestS) {
                    newArmy = true;
                } else if (taker != null && bestS >= hold) {
                    newHolder = taker;
                }
            } else {
                double defence = holder != null ? sideS[holderSide] : army;
                boolean armyAttacks = holder != null && army > bestS;
                double attack = armyAttacks ? army : bestS;
                // the ceasefire between the state and the signatories holds while the accord is in
                // force: neither assaults the other's towns
                boolean truce = w.accordInForce && (armyAttacks ? holder.signatory : holder == null && taker != null
                        && taker.signatory);
                if ((armyAttacks || taker != null) && !truce && attack >= margin * defence) {
                    boolean won = assault(w, pl, u, x, attack, defence, armyAttacks ? -1 : bestSide,
                            holder == null ? -1 : holderSide, armyAttacks ? null : taker, holder, side, s);
                    if (won) {
                        newHolder = armyAttacks ? null : taker;
                        newArmy = armyAttacks;
                        byAssault = true;
                    }
                }
            }
            pl.armyHeld = newArmy;
            pl.holder = newHolder;
            if (quiet) {
                continue;
            }
            if (newHolder != null && newHolder != old) {
                String oldId = old != null ? old.id : wasArmy ? ARMY : null;
                Kind oldKind = old != null ? old.kind : wasArmy ? Kind.STATE : null;
                w.journal.log(new Event(w.month, EventType.CAPTURE, newHolder.id, newHolder.kind, oldId, oldKind,
                        pl.region.name, "place=" + pl.name + ";assault=" + (byAssault ? 1 : 0)));
            } else if (newArmy && !wasArmy) {
                w.journal.log(new Event(w.month, EventType.CAPTURE, ARMY, Kind.STATE, old == null ? null : old.id,
                        old == null ? null : old.kind, pl.region.name, "place=" + pl.name + ";assault=" + (byAssault ? 1 : 0)));
            }
        }
    }

    /**
     * Whether a faction can take a place: it has fighters at the place and in its region (a
     * home region; a border strip is reached along the routes, so there its detachments do).
     */
    static boolean canTake(Faction f, Place pl, double strengthThere) {
        return f.alive && strengthThere > 0 && (pl.region.border || f.regionWeight[pl.region.index] > 0);
    }

    /**
     * An assault on a held place: both sides lose, the attacker wins with the chance of
     * Lanchester's law; logged as an attack (a group against the army), an army_assault (the
     * army against a group) or a clash (two groups).
     * A side of -1 is the army's (attacking or defending).
     */
    private static boolean assault(World w, Place pl, double u, double x, double attack, double defence,
                                   int attackerSide, int holderSide, Faction taker, Faction holder, int[] side,
                                   double[] s) {
        double intensity = INTENSITY_LOW + x;
        double lossAttacker = w.p.casualtyRate() * defence * intensity;
        double lossDefender = w.p.casualtyRate() * attack * intensity;
        double d = w.p.warDecisiveness();
        double pa = Math.pow(attack, d);
        double chance = pa / (pa + Math.pow(defence, d));
        boolean won = u < chance;
        double dead = 0;
        if (attackerSide >= 0) {
            dead += lose(w, attackerSide, lossAttacker, side, s);
        } else {
            dead += Math.min(lossAttacker, attack);
        }
        if (holderSide >= 0) {
            dead += lose(w, holderSide, lossDefender, side, s);
        } else {
            dead += Math.min(lossDefender, defence);
        }
        String detail = "place=" + pl.name + ";fatalities=" + Fmt.num(dead, 1) + ";taken=" + (won ? 1 : 0) + ";p="
                + Fmt.num(chance, 4);
        String actorId = taker == null ? ARMY : taker.id;
        Kind actorKind = taker == null ? Kind.STATE : taker.kind;
        String otherId = holder == null ? ARMY : holder.id;
        Kind otherKind = holder == null ? Kind.STATE : holder.kind;
        if (holder == null) {
            // a group assaulting a town the army holds attacks the army (interface: an attack's
            // other may be the army)
            taker.lastSpoiling = w.month;
            w.journal.fatalities(Metrics.Cause.ATTACKS, dead);
            w.journal.log(new Event(w.month, EventType.ATTACK, actorId, actorKind, otherId, otherKind, pl.region.name,
                    detail));
        } else if (taker == null) {
            // the army assaulting a group's town: a clash is between two factions, so its own type
            pl.region.clashes++;
            w.journal.fatalities(Metrics.Cause.CLASHES, dead);
            w.journal.log(new Event(w.month, EventType.ARMY_ASSAULT, actorId, actorKind, otherId, otherKind,
                    pl.region.name, detail));
        } else {
            pl.region.clashes++;
            w.journal.fatalities(Metrics.Cause.CLASHES, dead);
            String sides = taker != null && holder != null ? Clashes.sides(taker, holder) : ";same_side=0";
            w.journal.log(new Event(w.month, EventType.CLASH, actorId, actorKind, otherId, otherKind, pl.region.name,
                    detail + sides));
        }
        return won;
    }

    /** A side's losses at a place, shared by its members in proportion to their strength there. */
    private static double lose(World w, int sideKey, double loss, int[] side, double[] s) {
        double total = 0;
        for (int fi = 0; fi < side.length; fi++) {
            if (side[fi] == sideKey) {
                total += s[fi];
            }
        }
        if (total <= 0) {
            return 0;
        }
        double dead = 0;
        for (int fi = 0; fi < side.length; fi++) {
            if (side[fi] == sideKey && s[fi] > 0) {
                dead += Clashes.lose(w.factions.get(fi), loss * s[fi] / total);
            }
        }
        return dead;
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
