package org.sahelsim.rules;

import org.sahelsim.world.World;

/**
 * The cost of a change (brief, term 6): any change of alignment costs trust and reorganisation
 * ({@code params.switch_cost}); breaking away costs {@code params.split_cost}; giving up one's
 * autonomy in a merger {@code params.merge_cost}. Staying costs nothing.
 */
public final class SwitchCostTerm implements UtilityTerm {
    @Override
    public double contribution(World w, Prospect p) {
        return p.change ? -p.cost : 0;
    }
}
