package org.sahelsim.rules;

import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/** Switching cost (brief, term 6): any change of alignment costs trust and reorganisation. */
public final class SwitchCostTerm implements UtilityTerm {
    @Override
    public double contribution(World w, Faction f, Option option) {
        return option.isChange() ? -w.p.switchCost() : 0;
    }
}
