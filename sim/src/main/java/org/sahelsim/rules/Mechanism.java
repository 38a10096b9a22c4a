package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.world.World;

/**
 * One mechanism of the month (a phase or part of one). It draws only from the random
 * stream it is given, which belongs to its mechanism alone, so a change in how many draws
 * one mechanism makes never shifts another's.
 */
@FunctionalInterface
public interface Mechanism {
    void apply(World w, MersenneTwisterFast random);
}
