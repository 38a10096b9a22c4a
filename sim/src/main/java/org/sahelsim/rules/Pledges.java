package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.domain.Fixed;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Fmt;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Pledges to the Islamic State (timeline-2011-2015.csv 2015-05: al-Sahrawi pledged allegiance
 * to the Islamic State, and his wing left al-Mourabitoun as the ISGS; seed 001: al-Qaeda's
 * groups "competing with a small faction that has declared itself part of the Islamic State").
 * While the Islamic State accepts pledges (from the {@code islamic_state} shock, or when a group
 * of it is present), each month each bloc of a jihadist group that is not the Islamic State's
 * pledges to it with the chance {@code params.pledge_rate} times its grievance: a sidelined wing
 * turns to the rival banner. A pledged bloc that later breaks away takes the Islamic State's
 * allegiance ({@link Splits#positions}); when the pledged blocs hold half of the group or more,
 * the whole group changes allegiance. Each pledge writes a {@code pledge} event.
 */
public final class Pledges implements Mechanism {
    /** The Islamic State's allegiance. */
    static final String IS = "is";
    /** Share of a group its pledged blocs must hold for the whole group to change allegiance. */
    @Fixed(doc = "Share of a jihadist group that its blocs pledged to the Islamic State must hold for the whole group to change allegiance (a majority)", unit = "share")
    static final double WHOLE_GROUP = 0.5;

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        if (!w.pledgesOpen) {
            for (Faction f : w.factions) {
                if (f.alive && f.isJihadist() && IS.equals(f.allegiance)) {
                    w.pledgesOpen = true; // a group of the Islamic State is present: it accepts pledges
                    break;
                }
            }
            if (!w.pledgesOpen) {
                return;
            }
        }
        for (Faction f : new java.util.ArrayList<>(w.factions)) {
            if (!f.alive || !f.isJihadist() || IS.equals(f.allegiance)) {
                continue;
            }
            double pledged = 0;
            for (Bloc b : f.blocs) {
                if (IS.equals(b.allegiance)) {
                    pledged += b.share;
                    continue;
                }
                if (random.nextDouble() < w.p.pledgeRate() * b.grievance) {
                    b.allegiance = IS;
                    pledged += b.share;
                    Moves.log(w, EventType.PLEDGE, f, null, null, Moves.regionOf(w, f),
                            "bloc=" + b.community + ";share=" + Fmt.num(b.share, 4) + ";whole=0");
                }
            }
            if (pledged >= WHOLE_GROUP) {
                f.allegiance = IS;
                w.version++;
                Moves.log(w, EventType.PLEDGE, f, null, null, Moves.regionOf(w, f),
                        "share=" + Fmt.num(pledged, 4) + ";whole=1");
            }
        }
    }
}
