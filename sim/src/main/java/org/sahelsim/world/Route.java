package org.sahelsim.world;

/** A trafficking corridor: an edge of the corridor network carrying a monthly rent. */
public final class Route {
    public final int index;
    public final String id;
    public final Place from;
    public final Place to;
    public final String commodity;
    /** Rent a month before interdiction, in USD. */
    public final double baseRent;
    /** Rent a month after interdiction this month, in USD. */
    public double netRent;
    /** MINUSMA coverage along the route this month. */
    public double coverage;

    // ---- scratch: the contest on this route under the present sides (see rules.Contest) ----
    public int cacheVersion = -1;
    public double cacheTotal;
    public double[] coalRaw = new double[0];
    public boolean[] coalHub = new boolean[0];
    public double[] coalPow = new double[0];
    /** The factions with a detachment on this route, valid while {@code presentVersion} is the world's version. */
    public Faction[] present = new Faction[0];
    public int presentCount;
    public int presentVersion = -1;
    /** Detachment of each present faction on this route (same order and validity as {@code present}). */
    public double[] presentD = new double[0];
    /** Coalition of each present faction, or null for one standing alone (same order and validity). */
    public Coalition[] presentCoal = new Coalition[0];
    /**
     * Strength^alpha of each present faction standing alone, hub bonus included, and each
     * coalition's pooled over all its present members (by coalition index, with the number of
     * them), valid while {@code powerVersion} is the world's version (see rules.Prospect).
     */
    public double[] presentPow = new double[0];
    public boolean[] presentHub = new boolean[0];
    public double[] coalFullPow = new double[0];
    public int[] coalPresent = new int[0];
    public int powerVersion = -1;
    /** Every side's strength on the route, raw and as strength^alpha with the escorts, by version (see rules.Prospect). */
    public double allRaw;
    public int allRawVersion = -1;
    public double allPow;
    public int allPowVersion = -1;

    public Route(int index, String id, Place from, Place to, String commodity, double baseRent) {
        if (baseRent < 0) {
            throw new IllegalArgumentException("route " + id + ": rent must be >= 0, was " + baseRent);
        }
        this.index = index;
        this.id = id;
        this.from = from;
        this.to = to;
        this.commodity = commodity;
        this.baseRent = baseRent;
    }

    /** Whether the route touches a region. */
    public boolean touches(Region r) {
        return from.region == r || to.region == r;
    }

    /** The region the route is recorded in: its first endpoint's, unless that is a border area. */
    public Region region() {
        return from.region.border ? to.region : from.region;
    }

    @Override
    public String toString() {
        return id;
    }
}
