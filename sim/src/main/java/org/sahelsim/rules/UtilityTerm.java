package org.sahelsim.rules;

import org.sahelsim.world.World;

/**
 * One term of a chooser's utility for a prospect, already weighted and signed, in USD per
 * fighter a month: the utility is the sum of the terms, so each term's contribution can be
 * read off in the event log. Every decision values its options with the same terms.
 */
@FunctionalInterface
public interface UtilityTerm {
    double contribution(World w, Prospect p);
}
