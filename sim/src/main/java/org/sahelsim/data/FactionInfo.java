package org.sahelsim.data;

import java.time.YearMonth;

/**
 * A group as recorded in the bundled faction tables ({@code factions-2012-01.csv},
 * {@code factions-2015-06.csv}): the dataset it comes from and when it was formed.
 */
public record FactionInfo(String id, String name, String kind, String dataset, YearMonth formed,
                          int fightersLow, int fightersHigh, String sources) {
}
