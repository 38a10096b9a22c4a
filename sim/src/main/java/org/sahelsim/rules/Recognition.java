package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Fmt;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Recognition (seed 001: the new groups "are not considered signatories and therefore struggle
 * to secure access to peace dividends"; the CJA, founded 2016-10 out of the HCUA side, sat in
 * the interim authorities of Timbuktu and Taoudenit in 2017; Tull and Mehler 2005: a settlement
 * that rewards armed groups invites new ones to claim a seat). While the accord is in force,
 * each month the accord's committee recognises, with the chance {@code accord.recognition_rate},
 * each group outside the signatory coalitions and the jihadists' alliances that is not
 * jihadist, not already a signatory, and has leaders of its own to sit at the table; a
 * recognised party is a signatory paid {@code accord.recognition_share} of a coalition's part
 * ({@link Dividends}) until it joins a signatory coalition (then it is paid as a member) or
 * allies with a jihadist group. Who can be recognised is what makes a seat worth splitting for:
 * the weighing of a split counts it ({@link Dividends}, standing alone).
 */
public final class Recognition implements Mechanism {
    @Override
    public void apply(World w, MersenneTwisterFast random) {
        if (!w.accordInForce || w.recognitionRate <= 0 || w.recognitionShare <= 0) {
            return;
        }
        for (Faction f : new java.util.ArrayList<>(w.factions)) {
            if (!eligible(f)) {
                continue;
            }
            if (random.nextDouble() < w.recognitionRate) {
                f.recognised = true;
                f.signatory = true;
                w.version++;
                Moves.log(w, EventType.RECOGNITION, f, null, null, Moves.regionOf(w, f),
                        "fighters=" + Fmt.num(f.fighters, 1) + ";share=" + Fmt.num(w.recognitionShare, 3));
            }
        }
    }

    /**
     * Whether the committee could recognise a group this month: alive, not jihadist, not yet a
     * signatory, with leaders of its own, standing alone or in a coalition that neither signed
     * nor has a jihadist member.
     */
    static boolean eligible(Faction f) {
        return f.alive && !f.isJihadist() && !f.signatory && f.leaders
                && (f.coalition == null || !f.coalition.signatory && !hasJihadist(f.coalition));
    }

    /**
     * Whether a faction sits in the accord as a recognised party: recognised, a signatory, not
     * jihadist, outside the signatory coalitions and not allied with a jihadist group. A party
     * keeps its seat when it allies with other groups outside the accord (the CME of 2017-2018
     * was a coalition of such groups).
     */
    public static boolean seated(Faction f) {
        return f.recognised && f.signatory && !f.isJihadist()
                && (f.coalition == null || !f.coalition.signatory && !hasJihadist(f.coalition));
    }

    /** Whether a coalition has a jihadist member. */
    static boolean hasJihadist(org.sahelsim.world.Coalition c) {
        for (Faction m : c.members) {
            if (m.isJihadist()) {
                return true;
            }
        }
        return false;
    }
}
