package org.sahelsim.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One point of a design: its position {@code index} (0-based) in the design's fixed order,
 * its id ({@code p0041}: the letter p and the index zero-padded to the width of the largest
 * index, at least 4 digits; this id is the {@code variant} of the sweep's CSV files) and the
 * value of every swept parameter, keyed by path in the sweep file's order (Integer for int
 * parameters, Double for double ones).
 */
public record DesignPoint(long index, String id, Map<String, Object> values) {

    public DesignPoint {
        if (index < 0) {
            throw new IllegalArgumentException("design point index must be >= 0, was " + index);
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("design point " + index + " has no id");
        }
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("design point " + id + " has no parameter values");
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() == null) {
                throw new IllegalArgumentException("design point " + id + ": parameter " + e.getKey() + " has no value");
            }
        }
        // A copy in the caller's order, read-only, so a point can be shared between threads.
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The id of point {@code index} in a design of {@code size} points: {@code p} and the
     * index zero-padded to the digits of {@code size - 1}, at least 4 ({@code p0041},
     * {@code p12345} in a design of 20,000 points). Ids of one design sort as their indices.
     */
    public static String id(long index, long size) {
        if (size <= 0 || index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("point " + index + " of a design of " + size + " points");
        }
        int width = Math.max(4, Long.toString(size - 1).length());
        String digits = Long.toString(index);
        return "p" + "0".repeat(width - digits.length()) + digits;
    }

    /** The value of parameter {@code path} as a double. */
    public double number(String path) {
        Object v = values.get(path);
        if (v == null) {
            throw new IllegalArgumentException("design point " + id + " has no parameter " + path
                    + " (it has " + values.keySet() + ")");
        }
        return ParameterRange.number(v);
    }
}
