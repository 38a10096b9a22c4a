package org.sahelsim.data;

/** One community bloc of a faction, from the bundled {@code blocs.csv}. */
public record BlocInfo(String faction, String community, double share, double weight, String leaning, String source) {
}
