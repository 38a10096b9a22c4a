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
    public double[] coalPow = new double[0];
    /** Members of each coalition on the route, and how many of them hold a hub at one of its ends. */
    public int[] coalCount = new int[0];
    public int[] coalHubs = new int[0];
    /** Every side's fighters on the route. */
    public double rawTotal;

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
