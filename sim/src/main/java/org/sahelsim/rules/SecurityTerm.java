package org.sahelsim.rules;

import org.sahelsim.world.World;

/**
 * Security (brief, term 4; Christia 2012, minimum winning coalition): the chance that the
 * chooser's side prevails against the strongest side it would face ({@link Prospect#rival}, one
 * definition for staying, leaving, joining and merging) times what prevailing is worth to each
 * of its fighters: survival ({@code params.survival_value}), plus its share of the spoils
 * ({@code params.security_stake} over the side's fighters).
 *
 * <p>The chance to prevail in war is a contest of decisiveness {@code params.war_decisiveness}
 * (2: Lanchester's square law, fighting strength grows with the square of numbers), steeper than
 * the contest over a route's rent: a side much smaller than its rival has little chance, one
 * just larger than it has a good one. With the spoils shared among the side, the value per
 * fighter is highest for a side just larger than its rival (for a rival of 1,000 fighters and the
 * default values, a side of about 1,400): among the sides that can prevail, a group prefers the
 * smallest, Christia's minimum winning coalition; an oversized side shares its spoils too
 * widely, an undersized one loses.
 */
public final class SecurityTerm implements UtilityTerm {
    @Override
    public double contribution(World w, Prospect p) {
        return value(w, p.sideFighters(), p.rival());
    }

    /** Security per fighter of a side of {@code sideFighters} against a rival of {@code rival} fighters. */
    public static double value(World w, double sideFighters, double rival) {
        double s = Math.max(1, sideFighters);
        return w.p.betaSecurity() * prevails(w, s, rival) * (w.p.survivalValue() + w.p.securityStake() / s);
    }

    /** The chance a side of {@code side} fighters prevails against {@code rival}: s^g / (s^g + r^g), g the war's decisiveness. */
    public static double prevails(World w, double side, double rival) {
        double g = w.p.warDecisiveness();
        double s = Math.pow(Math.max(1, side), g);
        return s / (s + Math.pow(Math.max(1, rival), g));
    }
}
