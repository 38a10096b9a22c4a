package org.sahelsim.world;

import org.sahelsim.scenario.Kind;

/** A community bloc inside a faction: what it is owed, what it gets, and its grievance. */
public final class Bloc {
    public final String community;
    /** Index of the community in the world's affinity table, set on first use. */
    public int cid = -1;
    /** Share of the faction's fighters. */
    public double share;
    /** Political weight inside the faction (who captures income). */
    public final double weight;
    /** Kind of group it would form if it broke away. */
    public final Kind leaning;
    /** Accumulated grievance in [0, 1]. */
    public double grievance;
    /** Income per fighter it received last month, in USD. */
    public double received;
    /** Consecutive months in which no dividends reached it. */
    public int monthsWithoutDividend;

    public Bloc(String community, double share, double weight, Kind leaning, double grievance) {
        if (share < 0 || share > 1 || weight < 0) {
            throw new IllegalArgumentException("bloc " + community + ": share " + share + " or weight " + weight + " out of range");
        }
        this.community = community;
        this.share = share;
        this.weight = weight;
        this.leaning = leaning;
        this.grievance = grievance;
    }
}
