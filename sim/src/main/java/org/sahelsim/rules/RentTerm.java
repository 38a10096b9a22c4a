package org.sahelsim.rules;

import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * Trafficking revenue (brief, term 1; seeds 000, 001): the rent the faction can expect on
 * the routes it is on if its side were the option's side, by the Tullock contest with allies
 * pooled, after interdiction and sanctions, per fighter. A group whose rent depends on a
 * route gains by joining the side that can hold it.
 */
public final class RentTerm implements UtilityTerm {
    @Override
    public double contribution(World w, Faction f, Option option) {
        double rent = Contest.expectedRent(w, f, option.side(f));
        return w.p.betaRent() * rent / Math.max(1, f.fighters);
    }
}
