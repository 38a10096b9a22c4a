package org.sahelsim.data;

import java.util.List;

/** A region of the model (or a border area), from the bundled {@code regions.csv}. */
public record RegionInfo(String name, boolean border, double population, double areaKm2, double statePresence,
                         List<String> neighbours, String source) {
}
