package org.sahelsim.rules;

import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * One term of a faction's utility for an option, already weighted and signed, in USD per
 * fighter a month: the utility is the sum of the terms, so each term's contribution can be
 * read off in the event log.
 */
@FunctionalInterface
public interface UtilityTerm {
    double contribution(World w, Faction f, Option option);
}
