package org.sahelsim.format;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.TimedInput;

/**
 * Dotted-path overrides ({@code levers.minusma.mobile_share=0.6}): their paths, their order and
 * their values, which {@link TypedEdits} sets on the bound records by these rules:
 * <ul>
 * <li>under a record, a segment must name one of its components (snake_case); an unknown one
 * is an error listing the valid keys;</li>
 * <li>under a map, a segment is a key that must already exist (an override cannot invent a
 * faction), except that the last segment may add a key to a map of plain values such as
 * {@code route_rents};</li>
 * <li>under a list, a segment is an existing index ({@code shocks.0.at} or {@code shocks[0].at}).</li>
 * </ul>
 * Values are YAML text ({@code 0.6}, {@code [Kidal, Gao]}, {@code 2016-01}) or, in an
 * experiment or sweep file, the value as written; they replace what the file says, each bound
 * and range-checked as in a file; an empty value takes the default.
 */
public final class Overrides {
    private Overrides() {
    }

    /** Overrides in the order they apply: shorter paths first, then alphabetically. */
    static <V> List<Map.Entry<String, V>> ordered(Map<String, V> overrides) throws ScenarioException {
        List<Map.Entry<String, V>> ordered = new ArrayList<>();
        for (Map.Entry<String, V> e : overrides.entrySet()) {
            ordered.add(new java.util.AbstractMap.SimpleImmutableEntry<>(String.valueOf(e.getKey()), e.getValue()));
        }
        Map<String, Integer> depth = new java.util.HashMap<>();
        for (Map.Entry<String, V> e : ordered) {
            depth.put(e.getKey(), segments(e.getKey()).size());
        }
        ordered.sort(java.util.Comparator.<Map.Entry<String, V>>comparingInt(e -> depth.get(e.getKey()))
                .thenComparing(Map.Entry::getKey));
        return ordered;
    }

    /**
     * Overrides under {@code levers.} as typed edits of the lever records, in the order they
     * apply: each value bound and range-checked as in a file ({@link Binder#bindAt}), so that
     * setting them ({@link TimedInput#applyTo}) writes and reads no file format.
     */
    static List<TimedInput.Edit> leverEdits(Map<String, String> overrides) throws ScenarioException {
        List<TimedInput.Edit> out = new ArrayList<>();
        Binder binder = new Binder();
        for (Map.Entry<String, String> e : ordered(overrides)) {
            String path = e.getKey();
            List<String> segs = segments(path);
            if (segs.size() < 2 || !segs.get(0).equals("levers")) {
                throw error(path, "only a value under levers. can be set here");
            }
            List<String> names = new ArrayList<>();
            Object v = binder.bindAt(LeversSpec.class, segs.subList(1, segs.size()), value(path, e.getValue()), path,
                    names);
            out.add(new TimedInput.Edit(names, v, path));
        }
        return out;
    }

    /** An override's value text read as YAML, placed on the command line (null: an empty value). */
    static YNode value(String path, String valueText) throws ScenarioException {
        YNode parsed;
        try {
            parsed = valueText == null ? null : YamlReader.readString(valueText, null);
        } catch (ScenarioException e) {
            throw error(path, "the value '" + YamlReader.oneLine(valueText) + "' is not valid: " + e.problem());
        }
        return parsed == null ? new YNode.Scalar("", YNode.ScalarType.NULL, YNode.Pos.COMMAND_LINE)
                : YNode.copy(parsed, YNode.Pos.COMMAND_LINE);
    }

    static ScenarioException error(String path, String problem) {
        return new ScenarioException(null, 0, 0, path, problem);
    }

    /** Splits {@code a.b[2].c} into {@code a, b, [2], c}. */
    public static List<String> segments(String path) throws ScenarioException {
        List<String> out = new ArrayList<>();
        if (path == null || path.isBlank()) {
            throw error(String.valueOf(path), "an override needs a dotted path such as levers.minusma.mobile_share");
        }
        for (String part : path.trim().split("\\.", -1)) {
            int b = part.indexOf('[');
            String head = b < 0 ? part : part.substring(0, b);
            if (!head.isEmpty()) {
                out.add(head);
            } else if (b != 0 || out.isEmpty()) {
                throw error(path, "the path has an empty part; write it like levers.minusma.mobile_share");
            }
            String rest = b < 0 ? "" : part.substring(b);
            while (!rest.isEmpty()) {
                int close = rest.indexOf(']');
                if (!rest.startsWith("[") || close < 2) {
                    throw error(path, "bad list index in the path; write it like shocks[0].at");
                }
                out.add(rest.substring(0, close + 1));
                rest = rest.substring(close + 1);
            }
        }
        return out;
    }

    /** A type written as one YAML scalar (not a record, list or map). */
    static boolean isPlain(Type t) {
        return t instanceof Class && !isRecord(t);
    }

    /** A record written as a YAML map ({@link MonthRef} is a record written as one value). */
    public static boolean isRecord(Type t) {
        return t instanceof Class && ((Class<?>) t).isRecord() && t != MonthRef.class;
    }
}
