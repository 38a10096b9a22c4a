package org.sahelsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.ScenarioLoader;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * {@code scenario.resolved.yaml} read as plain data, in either of its two forms: one resolved
 * scenario (a plain {@code run}: its runs are the variant {@code baseline}), or a comparison
 * with a top-level {@code experiment:} (a name, or a map with at least {@code name} and
 * {@code description}) and {@code variants:} mapping each variant's name to its resolved
 * scenario. Used to say what was run and what each variant changes; the typed
 * {@link Scenario} of a variant comes from {@link #scenarioOf}.
 */
final class ResolvedFile {
    /** One setting in which a variant differs from the baseline, as a dotted path. */
    record Change(String path, String baseline, String variant) {
    }

    final Path file;
    /** Whether the file is the comparison form. */
    final boolean experiment;
    final String name;
    final String description;
    /** Further scalar fields of the {@code experiment:} map (replications, metrics...), in file order. */
    final Map<String, String> experimentFields;
    /** Each variant's resolved scenario as plain data, in file order. */
    final Map<String, Map<String, Object>> variants;

    private ResolvedFile(Path file, boolean experiment, String name, String description,
                         Map<String, String> experimentFields, Map<String, Map<String, Object>> variants) {
        this.file = file;
        this.experiment = experiment;
        this.name = name;
        this.description = description;
        this.experimentFields = experimentFields;
        this.variants = variants;
    }

    /** An empty description for a folder without the file. */
    static ResolvedFile missing(Path file) {
        return new ResolvedFile(file, false, "", "", Map.of(), Map.of());
    }

    static ResolvedFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return missing(file);
        }
        Object root = new Load(LoadSettings.builder().setLabel(file.getFileName().toString()).build())
                .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        if (!(root instanceof Map<?, ?> top)) {
            throw new IllegalArgumentException(file.getFileName() + ": expected a map at the top level");
        }
        Map<String, Map<String, Object>> variants = new LinkedHashMap<>();
        if (top.containsKey("variants")) {
            String name = "";
            String description = "";
            Map<String, String> fields = new LinkedHashMap<>();
            Object exp = top.get("experiment");
            if (exp instanceof Map<?, ?> em) {
                for (Map.Entry<?, ?> e : em.entrySet()) {
                    String k = String.valueOf(e.getKey());
                    if (k.equals("name")) {
                        name = text(e.getValue());
                    } else if (k.equals("description")) {
                        description = text(e.getValue());
                    } else if (!(e.getValue() instanceof Map)) {
                        fields.put(k, text(e.getValue()));
                    }
                }
            } else if (exp != null) {
                name = text(exp);
            }
            if (top.get("baseline") instanceof Map<?, ?> b) {
                variants.put("baseline", stringKeys(b));
            }
            if (!(top.get("variants") instanceof Map<?, ?> vm)) {
                throw new IllegalArgumentException(file.getFileName() + ": 'variants' must map names to scenarios");
            }
            for (Map.Entry<?, ?> e : vm.entrySet()) {
                if (!(e.getValue() instanceof Map<?, ?> sc)) {
                    throw new IllegalArgumentException(file.getFileName() + ": variants." + e.getKey()
                            + " must be a resolved scenario (a map)");
                }
                variants.put(String.valueOf(e.getKey()), stringKeys(sc));
            }
            return new ResolvedFile(file, true, name, description, Collections.unmodifiableMap(fields),
                    Collections.unmodifiableMap(variants));
        }
        Map<String, Object> sc = stringKeys(top);
        variants.put("baseline", sc);
        return new ResolvedFile(file, false, text(sc.get("name")), text(sc.get("description")), Map.of(),
                Collections.unmodifiableMap(variants));
    }

    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.put(String.valueOf(e.getKey()), e.getValue());
        }
        return out;
    }

    private static String text(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object x : l) {
                parts.add(text(x));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(o);
    }

    /** A scenario field of a variant as text ("" when absent). */
    String field(String variant, String key) {
        Map<String, Object> sc = variants.get(variant);
        return sc == null ? "" : text(sc.get(key));
    }

    /**
     * The settings in which {@code variant} differs from {@code baseline}, as dotted paths in
     * the baseline's key order then the variant's new keys; the name and description are left
     * out (they are shown apart).
     */
    List<Change> changes(String baseline, String variant) {
        Map<String, String> a = new LinkedHashMap<>();
        Map<String, String> b = new LinkedHashMap<>();
        Map<String, Object> sa = variants.getOrDefault(baseline, Map.of());
        Map<String, Object> sb = variants.getOrDefault(variant, Map.of());
        flatten("", sa, a);
        flatten("", sb, b);
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<Change> out = new ArrayList<>();
        for (String k : keys) {
            if (k.equals("name") || k.equals("description")) {
                continue;
            }
            String x = a.get(k);
            String y = b.get(k);
            if (x == null ? y != null : !x.equals(y)) {
                out.add(new Change(k, x == null ? "(absent)" : x, y == null ? "(absent)" : y));
            }
        }
        return out;
    }

    private static void flatten(String prefix, Object o, Map<String, String> out) {
        if (o instanceof Map<?, ?> m && !m.isEmpty()) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                flatten(prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (o instanceof List<?> l && l.stream().anyMatch(x -> x instanceof Map || x instanceof List)) {
            for (int i = 0; i < l.size(); i++) {
                flatten(prefix + "[" + i + "]", l.get(i), out);
            }
        } else {
            out.put(prefix, o instanceof Map ? "{}" : text(o));
        }
    }

    /**
     * The typed scenario of a variant, loaded through the program's own loader from the
     * variant's part of the file (so the same checks apply); null when the variant is unknown.
     */
    Scenario scenarioOf(String variant) throws ScenarioException {
        Map<String, Object> sc = variants.get(variant);
        if (sc == null) {
            return null;
        }
        String yaml = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(sc);
        return ScenarioLoader.fromYamlString(yaml, file);
    }
}
