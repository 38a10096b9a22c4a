package org.sahelsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.format.YNode;
import org.sahelsim.format.YamlReader;

/**
 * {@code scenario.resolved.yaml} read as plain data, in either of its two forms: one resolved
 * scenario (a plain {@code run}: its runs are the variant {@code baseline}), or a comparison
 * with a top-level {@code experiment:} (a name, or a map with at least {@code name} and
 * {@code description}) and {@code variants:} mapping each variant's name to its resolved
 * scenario. Used to say what was run and what each variant changes; the typed
 * {@link Scenario} of a variant comes from {@link #scenarioOf}.
 *
 * @param experiment       whether the file is the comparison form
 * @param experimentFields further scalar fields of the {@code experiment:} map (replications,
 *                         metrics...), in file order
 * @param variants         each variant's resolved scenario as read, in file order
 */
record ResolvedFile(Path file, boolean experiment, String name, String description,
                    Map<String, String> experimentFields, Map<String, YNode.Map> variants) {
    /** One setting in which a variant differs from the baseline, as a dotted path. */
    record Change(String path, String baseline, String variant) {
    }

    /** An empty description for a folder without the file. */
    static ResolvedFile missing(Path file) {
        return new ResolvedFile(file, false, "", "", Map.of(), Map.of());
    }

    static ResolvedFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return missing(file);
        }
        try {
            return of(YamlReader.readFile(file), file);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.problem());
        }
    }

    /** Reads the text of a resolved file ({@code file} names it in messages). */
    static ResolvedFile parse(String text, Path file) {
        try {
            return of(YamlReader.readString(text, file), file);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.problem());
        }
    }

    private static ResolvedFile of(YNode root, Path file) {
        if (!(root instanceof YNode.Map top)) {
            throw new IllegalArgumentException(file.getFileName() + ": expected a map at the top level");
        }
        Map<String, YNode.Map> variants = new LinkedHashMap<>();
        if (top.entries.containsKey("variants")) {
            String name = "";
            String description = "";
            Map<String, String> fields = new LinkedHashMap<>();
            YNode exp = top.entries.get("experiment");
            if (exp instanceof YNode.Map em) {
                name = text(em.entries.get("name"));
                description = text(em.entries.get("description"));
                for (Map.Entry<String, YNode> e : em.entries.entrySet()) {
                    if (!List.of("name", "description").contains(e.getKey())
                            && !(e.getValue() instanceof YNode.Map)) {
                        fields.put(e.getKey(), text(e.getValue()));
                    }
                }
            } else if (exp != null) {
                name = text(exp);
            }
            if (top.entries.get("baseline") instanceof YNode.Map b) {
                variants.put("baseline", b);
            }
            if (!(top.entries.get("variants") instanceof YNode.Map vm)) {
                throw new IllegalArgumentException(file.getFileName() + ": 'variants' must map names to scenarios");
            }
            for (Map.Entry<String, YNode> e : vm.entries.entrySet()) {
                if (!(e.getValue() instanceof YNode.Map sc)) {
                    throw new IllegalArgumentException(file.getFileName() + ": variants." + e.getKey()
                            + " must be a resolved scenario (a map)");
                }
                variants.put(e.getKey(), sc);
            }
            return new ResolvedFile(file, true, name, description, Collections.unmodifiableMap(fields),
                    Collections.unmodifiableMap(variants));
        }
        variants.put("baseline", top);
        return new ResolvedFile(file, false, text(top.entries.get("name")), text(top.entries.get("description")),
                Map.of(), Collections.unmodifiableMap(variants));
    }

    /** A value as the report shows it: a scalar as written, a list as [a, b], nothing for an empty value. */
    private static String text(YNode n) {
        if (YNode.isNull(n)) {
            return "";
        }
        if (n instanceof YNode.Seq l) {
            return l.items.stream().map(ResolvedFile::text).collect(Collectors.joining(", ", "[", "]"));
        }
        return n instanceof YNode.Scalar sc ? sc.text : n.describe();
    }

    /** A scenario field of a variant as text ("" when absent). */
    String field(String variant, String key) {
        YNode.Map sc = variants.get(variant);
        return sc == null ? "" : text(sc.entries.get(key));
    }

    /**
     * The settings in which {@code variant} differs from {@code baseline}, as dotted paths in
     * the baseline's key order then the variant's new keys; the name and description are left
     * out (they are shown apart).
     */
    List<Change> changes(String baseline, String variant) {
        return changes(variants.get(baseline), variants.get(variant));
    }

    /** The settings in which resolved scenario {@code to} differs from {@code from}, as {@link #changes(String, String)}. */
    static List<Change> changes(YNode.Map from, YNode.Map to) {
        Map<String, String> a = new LinkedHashMap<>();
        Map<String, String> b = new LinkedHashMap<>();
        flatten("", from, a);
        flatten("", to, b);
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        // a lever switched on (or off) puts every one of its settings in (or out of) effect, even one
        // whose value equals the unused default the other side carries
        Set<String> switched = new LinkedHashSet<>();
        for (String k : keys) {
            if (k.startsWith("levers.") && k.endsWith(".enabled") && !Objects.equals(a.get(k), b.get(k))) {
                switched.add(k.substring(0, k.length() - "enabled".length()));
            }
        }
        List<Change> out = new ArrayList<>();
        for (String k : keys) {
            if (k.equals("name") || k.equals("description")) {
                continue;
            }
            String x = a.get(k);
            String y = b.get(k);
            String lever = switched.stream().filter(k::startsWith).findFirst().orElse(null);
            if (lever != null && !k.endsWith(".enabled")) {
                boolean on = "true".equals(b.get(lever + "enabled"));
                String set = on ? y : x;
                set = set == null ? "(absent)" : set.isEmpty() ? "(none)" : set;
                out.add(new Change(k, on ? "(lever off)" : set, on ? set : "(lever off)"));
            } else if (x == null ? y != null : !x.equals(y)) {
                out.add(new Change(k, x == null ? "(absent)" : x, y == null ? "(absent)" : y));
            }
        }
        return out;
    }

    private static void flatten(String prefix, YNode o, Map<String, String> out) {
        if (o == null && prefix.isEmpty()) {
            return; // a variant the file does not have
        }
        if (o instanceof YNode.Map m && !m.entries.isEmpty()) {
            for (Map.Entry<String, YNode> e : m.entries.entrySet()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (o instanceof YNode.Seq l && l.items.stream().anyMatch(x -> !(x instanceof YNode.Scalar))) {
            for (int i = 0; i < l.items.size(); i++) {
                flatten(prefix + "[" + i + "]", l.items.get(i), out);
            }
        } else {
            out.put(prefix, o instanceof YNode.Map ? "{}" : text(o));
        }
    }

    /**
     * The typed scenario of a variant, loaded through the program's own loader from the
     * variant's part of the file (so the same checks apply); null when the variant is unknown.
     */
    Scenario scenarioOf(String variant) throws ScenarioException {
        YNode.Map sc = variants.get(variant);
        return sc == null ? null : ScenarioLoader.bindTree(sc);
    }
}
