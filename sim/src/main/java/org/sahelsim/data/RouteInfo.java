package org.sahelsim.data;

/** A trafficking corridor between two places, from the bundled {@code routes.csv}. */
public record RouteInfo(String id, String from, String to, String commodity, double rent, String source) {
}
