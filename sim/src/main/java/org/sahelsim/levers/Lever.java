package org.sahelsim.levers;

import org.sahelsim.world.Inputs;

/**
 * A policy lever: in each month it is active, it changes the inputs of mechanisms (never
 * an outcome, never a metric). Applied after the scenario's standing inputs are set.
 */
@FunctionalInterface
public interface Lever {
    void apply(Inputs inputs, int month);
}
