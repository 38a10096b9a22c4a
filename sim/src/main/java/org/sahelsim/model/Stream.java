package org.sahelsim.model;

/**
 * The random streams of a run, one per mechanism that draws. Each is a MASON
 * MersenneTwisterFast seeded with all 64 bits of a mix of the run's seed and the stream's
 * number, so a lever that changes how many draws one mechanism makes never shifts another.
 * Never reorder: the numbers are part of reproducibility.
 */
public enum Stream {
    INTEGRATION, STRIKES, ALIGNMENT, SPLITS, MERGERS, MOBILIZATION, CLASHES, ATTACKS, SIMSTATE, CONTROL, RECOGNITION, PLEDGES, COMMUNAL, EXPANSION
}
