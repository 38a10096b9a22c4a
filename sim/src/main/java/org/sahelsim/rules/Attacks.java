package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Fmt;
import org.sahelsim.scenario.Kind;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Attacks on MINUSMA, the army and mixed patrols (brief, phase 9; seed 002: at least 30
 * peacekeepers killed in 2014; seed 001: the mission "will remain a target"). In each
 * region, jihadists attack each kind of target with a monthly probability growing with
 * their local strength (per 1,000 fighters) and the target's exposure there: MINUSMA's
 * mobile troops are more exposed than base guards (mobility raises exposure), the army by
 * its troops, patrols by their units; thin coverage leaves targets less protected. The
 * attacker is the jihadist group strongest in the region.
 */
public final class Attacks implements Mechanism {
    @Override
    public void apply(World w, MersenneTwisterFast random) {
        for (Region r : w.regions) {
            double ua = random.nextDouble();
            double ub = random.nextDouble();
            double uc = random.nextDouble();
            double lethal = random.nextDouble();
            if (r.jihadistFighters <= 1) {
                continue;
            }
            double strength = r.jihadistFighters / 1000.0 * (1 - w.p.attackCoverageShield() * r.coverage);
            double minusma = (r.mobileTroops + w.p.baseGuardExposure() * r.baseTroops) / 1000.0;
            double army = w.p.armyExposure() * r.armyTroops / 1000.0;
            double patrol = r.patrols;
            attack(w, r, ua, strength * minusma, Kind.MINUSMA, "MINUSMA", lethal);
            attack(w, r, ub, strength * army, Kind.STATE, "FAMa", lethal);
            attack(w, r, uc, strength * patrol, Kind.STATE, "MOC", lethal);
        }
    }

    private static void attack(World w, Region r, double u, double exposure, Kind targetKind, String target, double lethal) {
        if (exposure <= 0) {
            return;
        }
        double p = 1 - Math.exp(-w.p.attackRate() * exposure);
        if (u >= p) {
            return;
        }
        Faction attacker = w.strongestJihadistIn(r);
        if (attacker == null) {
            return;
        }
        double deaths = w.p.attackLethality() * (0.5 + lethal);
        attacker.lastSpoiling = w.month;
        w.journal.fatalities(deaths);
        String otherKind = target;
        Moves.log(w, EventType.ATTACK, attacker, otherKind, targetKind, r.name,
                "place=" + placeOf(w, r, targetKind == Kind.MINUSMA) + ";fatalities=" + Fmt.num(deaths, 1) + ";p=" + Fmt.num(p, 4));
    }

    /** Where an attack is located: a MINUSMA base in the region for MINUSMA, else the region's first town. */
    static String placeOf(World w, Region r, boolean base) {
        String first = r.name;
        boolean found = false;
        for (org.sahelsim.world.Place pl : w.places) {
            if (pl.region != r) {
                continue;
            }
            if (base && pl.base) {
                return pl.name;
            }
            if (!found) {
                first = pl.name;
                found = true;
            }
        }
        return first;
    }
}
