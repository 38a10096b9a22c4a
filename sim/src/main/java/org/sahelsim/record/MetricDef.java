package org.sahelsim.record;

/** A metric's name, kind, unit and plain definition, as written to {@code codebook.csv}. */
public record MetricDef(String name, MetricKind kind, String unit, String definition) {
}
