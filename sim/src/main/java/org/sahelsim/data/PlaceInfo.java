package org.sahelsim.data;

/** A town, hub or border market, from the bundled {@code places.csv}. */
public record PlaceInfo(String name, String region, double lat, double lon, boolean hub, String role, String source) {
}
