package org.sahelsim.record;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reading an event's {@code detail}: {@code key=value} pairs joined by {@code ;} (see {@link DetailKeys}). */
public final class Details {
    private Details() {
    }

    /** The detail's pairs, in order (empty for an empty or null detail; parts without a key are skipped). */
    public static Map<String, String> parse(String detail) {
        Map<String, String> out = new LinkedHashMap<>();
        if (detail == null || detail.isEmpty()) {
            return out;
        }
        for (String part : detail.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return out;
    }

    /** The value of {@code key} in a detail, or null. */
    public static String value(String detail, String key) {
        if (detail == null) {
            return null;
        }
        for (String part : detail.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).equals(key)) {
                return part.substring(eq + 1);
            }
        }
        return null;
    }
}
