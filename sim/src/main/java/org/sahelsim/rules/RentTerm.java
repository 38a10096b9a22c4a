package org.sahelsim.rules;

import org.sahelsim.world.World;

/**
 * Trafficking revenue (brief, term 1; seeds 000, 001): the rent the chooser can expect on the
 * routes its side can hold under the prospect ({@link Prospect#expectedRent}: its deployment
 * there, the Tullock contest with allies pooled, after interdiction and its sanctions), per
 * fighter, times the cut of it the chooser keeps (a bloc's political weight). A group whose rent
 * depends on a route gains by joining the side that can hold it.
 */
public final class RentTerm implements UtilityTerm {
    @Override
    public double contribution(World w, Prospect p) {
        return w.p.betaRent() * p.keep * p.expectedRent() / Math.max(1, p.actor.fighters);
    }
}
