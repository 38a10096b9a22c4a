package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.domain.Fixed;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Fmt;
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
    /** Fighters (and troops) per unit of attack strength (and exposure): attack_rate is per 1,000 of each. */
    @Fixed(doc = "Jihadist fighters, and troops exposed, per unit in the attack chance (params.attack_rate is per 1,000 of each)", unit = "fighters; troops", source = "scale of the parameter's unit")
    static final double STRENGTH_UNIT = 1000.0;
    /** Lowest lethality draw: deaths per attack are attack_lethality times U(0.5, 1.5), a mean of 1. */
    @Fixed(doc = "Lowest draw of an attack's lethality: deaths are params.attack_lethality x U(0.5, 1.5), on average attack_lethality", unit = "ratio")
    static final double LETHALITY_LOW = 0.5;

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
            double strength = r.jihadistFighters / STRENGTH_UNIT * (1 - w.p.attackCoverageShield() * r.coverage);
            double minusma = (r.mobileTroops + w.p.baseGuardExposure() * r.baseTroops) / STRENGTH_UNIT;
            double army = w.p.armyExposure() * r.armyTroops / STRENGTH_UNIT;
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
        double deaths = w.p.attackLethality() * (LETHALITY_LOW + lethal);
        attacker.lastSpoiling = w.month;
        w.journal.fatalities(org.sahelsim.record.Metrics.Cause.ATTACKS, deaths);
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
