package org.sahelsim.world;

/** A town, hub or border market: a node of the corridor network, held by whoever is strongest there. */
public final class Place {
    public final int index;
    public final String name;
    public final Region region;
    public final double lat;
    public final double lon;
    public final boolean hub;
    /** Whether MINUSMA has an open base here this month. */
    public boolean base;
    /** Faction holding the place, or null (army or nobody). */
    public Faction holder;
    /** Whether the army holds it. */
    public boolean armyHeld;
    /** Routes touching this place. */
    public int[] routes = new int[0];

    public Place(int index, String name, Region region, double lat, double lon, boolean hub) {
        this.index = index;
        this.name = name;
        this.region = region;
        this.lat = lat;
        this.lon = lon;
        this.hub = hub;
    }

    @Override
    public String toString() {
        return name;
    }
}
