package org.sahelsim.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Plain names for the report's readers: each metric's label from the bundled
 * {@code labels.csv} (a column name such as {@code jihadist_influence_centre} becomes "Jihadist
 * influence in the centre"); a breakdown {@code <metric>.<kind>} or {@code <metric>.<Region>} is
 * the metric's label with the kind's label or the region's name ("Trafficking revenue (jihadist
 * groups)", "Jihadist influence in Gao"; {@code fatalities.clashes}, "Deaths in fighting
 * (clashes)"). The page shows the column name beside it in small type, for those who
 * script against the CSV files.
 */
final class Labels {
    private static final Map<String, String> LABELS = read();
    /** The faction kinds a breakdown is by. */
    private static final java.util.List<String> KINDS = java.util.List.of("separatist", "progovernment",
            "community_militia", "jihadist");

    private Labels() {
    }

    private static Map<String, String> read() {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = Labels.class.getResourceAsStream("labels.csv")) {
            if (in == null) {
                throw new IllegalStateException("labels.csv is missing from the jar");
            }
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                m.put(r.get("name"), r.get("label"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The plain label of a metric, or its column name when the file has none. */
    static String of(String metric) {
        String own = LABELS.get(metric);
        if (own != null) {
            return own;
        }
        int dot = metric.indexOf('.');
        if (dot > 0) {
            String base = LABELS.getOrDefault(metric.substring(0, dot), metric.substring(0, dot));
            String part = metric.substring(dot + 1);
            // a part is a faction kind (its label), a region (a place name) or a cause, as written
            String kind = KINDS.contains(part) ? LABELS.get(part) : null;
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && kind == null) {
                return base + " in " + part;
            }
            return base + " (" + (kind != null ? kind : part) + ")";
        }
        return metric;
    }

    /** The label inside a sentence: its first letter in lower case, unless the word is an acronym. */
    static String inSentence(String metric) {
        String l = of(metric);
        return l.length() > 1 && Character.isUpperCase(l.charAt(0)) && Character.isLowerCase(l.charAt(1))
                ? Character.toLowerCase(l.charAt(0)) + l.substring(1) : l;
    }

    /** Whether the file has a label of its own for {@code name}. */
    static boolean has(String name) {
        return LABELS.containsKey(name);
    }
}
