package org.sahelsim.data;

import java.util.List;

/**
 * A region of the model (or a border area), from the bundled {@code regions.csv}.
 *
 * @param zone {@value #NORTH}, {@value #CENTRE} or {@value #BORDER}: where the region lies, as the
 *             file says (the north's and the centre's metrics and presence rules read it)
 */
public record RegionInfo(String name, String zone, double population, double areaKm2, double statePresence,
                         List<String> neighbours, String source) {
    public static final String NORTH = "north";
    public static final String CENTRE = "centre";
    public static final String BORDER = "border";
    /** The zones a region may lie in. */
    public static final List<String> ZONES = List.of(NORTH, CENTRE, BORDER);

    public RegionInfo {
        if (!ZONES.contains(zone)) {
            throw new IllegalArgumentException("region " + name + ": zone must be one of " + ZONES + ", was " + zone);
        }
        neighbours = List.copyOf(neighbours);
    }

    /** Whether this is a border area (holding border markets), not a region of Mali. */
    public boolean border() {
        return zone.equals(BORDER);
    }
}
