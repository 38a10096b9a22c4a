package org.sahelsim.world;

import org.sahelsim.domain.Kind;

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
    /**
     * Jihadist allegiance it would take as a jihadist group of its own ({@code aq} or
     * {@code is}), or empty: its faction's (or, in a group that is not jihadist, the rule of
     * {@code Splits#positions}).
     */
    public String allegiance;
    /**
     * Accumulated grievance in [0, 1] against its own faction: the memory of being shut out,
     * of receiving less per fighter than the faction's mean (brief: a bloc "compares what it
     * receives ... with its weight, and carries a grievance that accumulates while it is shut out").
     */
    public double grievance;
    /**
     * Accumulated hardship in [0, 1]: the memory of receiving less per fighter than the income at
     * which a bloc feels no deprivation (Epstein 2002: hardship), whoever gets the rest.
     */
    public double hardship;
    /** Income per fighter it received last month, in USD. */
    public double received;
    /** Consecutive months in which no dividends reached it. */
    public int monthsWithoutDividend;
    /**
     * Whether it has leaders of its own who could claim a seat at the accord's table as a party
     * if it left (the Kel Ansar notables who founded the CJA out of the HCUA side, 2016-10).
     */
    public boolean leadership;

    public Bloc(String community, double share, double weight, Kind leaning, double grievance) {
        this(community, share, weight, leaning, grievance, "");
    }

    public Bloc(String community, double share, double weight, Kind leaning, double grievance, String allegiance) {
        if (share < 0 || share > 1 || weight < 0) {
            throw new IllegalArgumentException("bloc " + community + ": share " + share + " or weight " + weight + " out of range");
        }
        this.community = community;
        this.share = share;
        this.weight = weight;
        this.leaning = leaning;
        this.grievance = grievance;
        this.allegiance = allegiance == null ? "" : allegiance;
    }

    /** A copy with the same share (kept within [0, 1] against rounding), weight, leaning, grievance and hardship. */
    public Bloc copy() {
        Bloc b = new Bloc(community, Math.max(0, Math.min(1, share)), weight, leaning, grievance, allegiance);
        b.hardship = hardship;
        b.received = received;
        b.monthsWithoutDividend = monthsWithoutDividend;
        b.leadership = leadership;
        b.cid = cid;
        return b;
    }
}
