package org.sahelsim.data;

import java.util.List;

/**
 * The bundled facts the model is built on (regions, places, routes, factions, blocs,
 * community ties), read once from the jar's resources. Nothing reads {@code ../shared}.
 */
public final class Gazetteer {
    private Gazetteer() {
    }

    /** The bundled data, loaded once. */
    public static Gazetteer get() {
        throw new UnsupportedOperationException("not yet written");
    }

    public List<RegionInfo> regions() {
        throw new UnsupportedOperationException();
    }

    public List<PlaceInfo> places() {
        throw new UnsupportedOperationException();
    }

    public List<RouteInfo> routes() {
        throw new UnsupportedOperationException();
    }

    /** Every faction of both bundled tables (a group in both appears twice, once per dataset). */
    public List<FactionInfo> factions() {
        throw new UnsupportedOperationException();
    }

    public List<BlocInfo> blocs() {
        throw new UnsupportedOperationException();
    }

    /** Affinity between two communities in [-1, 1]: 1 same, negative for rivals, 0 unrelated. */
    public double affinity(String communityA, String communityB) {
        throw new UnsupportedOperationException();
    }
}
