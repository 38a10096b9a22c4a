package org.sahelsim.format;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.TimedInput;

/**
 * Dotted-path overrides ({@code levers.minusma.mobile_share=0.6}) applied to a YAML tree
 * before binding, walking the record types alongside the tree:
 * <ul>
 * <li>under a record, a segment must name one of its components (snake_case); an unknown one
 * is an error listing the valid keys;</li>
 * <li>under a map, a segment is a key that must already exist (an override cannot invent a
 * faction), except that the last segment may add a key to a map of plain values such as
 * {@code route_rents};</li>
 * <li>under a list, a segment is an existing index ({@code shocks.0.at} or {@code shocks[0].at}).</li>
 * </ul>
 * Values are YAML text ({@code 0.6}, {@code [Kidal, Gao]}, {@code 2016-01}); they replace
 * what the file says. Missing parents that are records are created empty, so their other
 * keys keep their defaults.
 */
public final class Overrides {
    private Overrides() {
    }

    /**
     * Applies overrides in a fixed order whatever the map's own order: shorter paths first
     * (so {@code levers.minusma} replaced whole, then {@code levers.minusma.troops} edited),
     * then alphabetically.
     */
    static void apply(YNode.Map root, Map<String, String> overrides) throws ScenarioException {
        for (Map.Entry<String, String> e : ordered(overrides)) {
            apply(root, e.getKey(), e.getValue());
        }
    }

    /** Overrides in the order they apply: shorter paths first, then alphabetically. */
    static List<Map.Entry<String, String>> ordered(Map<String, String> overrides) throws ScenarioException {
        List<Map.Entry<String, String>> ordered = new ArrayList<>();
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            ordered.add(new java.util.AbstractMap.SimpleImmutableEntry<>(String.valueOf(e.getKey()), e.getValue()));
        }
        Map<String, Integer> depth = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : ordered) {
            depth.put(e.getKey(), segments(e.getKey()).size());
        }
        ordered.sort(java.util.Comparator.<Map.Entry<String, String>>comparingInt(e -> depth.get(e.getKey()))
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
                : Binder.relocate(parsed, YNode.Pos.COMMAND_LINE);
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

    static void apply(YNode.Map root, String path, String valueText) throws ScenarioException {
        apply(root, path, value(path, valueText), YNode.Pos.COMMAND_LINE);
    }

    /**
     * Applies one override whose value is already a tree, keeping the value's own positions
     * (an experiment file's {@code set:} entries, so that later errors name the line of the
     * experiment file); keys and maps the override creates are placed at {@code keyAt}.
     */
    static void apply(YNode.Map root, String path, YNode value, YNode.Pos keyAt) throws ScenarioException {
        List<String> segs = segments(path);
        Type type = Scenario.class;
        YNode cur = root;
        String done = "";
        for (int i = 0; i < segs.size(); i++) {
            String seg = segs.get(i);
            boolean last = i == segs.size() - 1;
            String here = done.isEmpty() ? "the top level" : "'" + done + "'";
            Type next;
            if (isRecord(type)) {
                RecordModel model = RecordModel.of((Class<?>) type);
                RecordModel.Component comp = model.component(seg);
                if (comp == null) {
                    throw error(path, "unknown key '" + seg + "' under " + here + "." + Names.didYouMean(seg, model.keys)
                            + " Valid keys there: " + String.join(", ", model.keys) + ".");
                }
                next = comp.type;
                YNode.Map map = asMap(cur, path, done);
                YNode child = map.entries.get(seg);
                if (last) {
                    map.put(seg, keyAt, value);
                } else {
                    if (YNode.isNull(child)) {
                        if (isList(next)) {
                            throw error(path, "'" + Binder.child(done, seg) + "' is empty in the file, so it has no item "
                                    + segs.get(i + 1));
                        }
                        child = new YNode.Map(keyAt);
                        map.put(seg, keyAt, child);
                    }
                    cur = child;
                }
                done = Binder.child(done, seg);
            } else if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == Map.class) {
                next = ((ParameterizedType) type).getActualTypeArguments()[1];
                YNode.Map map = asMap(cur, path, done);
                YNode child = map.entries.get(seg);
                if (child == null) {
                    if (!(last && isPlain(next))) {
                        throw error(path, "there is no '" + seg + "' in " + here + " to override; it has: "
                                + Names.list(map.entries.keySet()) + "." + Names.didYouMean(seg, map.entries.keySet()));
                    }
                    map.put(seg, keyAt, value);
                } else if (last) {
                    map.put(seg, map.keyPos(seg), value);
                } else {
                    cur = child;
                }
                done = Binder.child(done, seg);
            } else if (isList(type)) {
                next = ((ParameterizedType) type).getActualTypeArguments()[0];
                if (!(cur instanceof YNode.Seq)) {
                    throw error(path, "'" + done + "' is not a list in the file, so it has no item " + seg);
                }
                YNode.Seq seq = (YNode.Seq) cur;
                String digits = seg.startsWith("[") ? seg.substring(1, seg.length() - 1) : seg;
                if (!digits.matches("\\d{1,6}") || Integer.parseInt(digits) >= seq.items.size()) {
                    throw error(path, "'" + done + "' has no item " + seg + " (it has " + seq.items.size()
                            + " items, numbered from 0)");
                }
                int idx = Integer.parseInt(digits);
                if (last) {
                    seq.items.set(idx, value);
                } else {
                    cur = seq.items.get(idx);
                }
                done = done + "[" + idx + "]";
            } else {
                throw error(path, "'" + done + "' is a single value; it has no '" + seg + "'");
            }
            type = next;
        }
    }

    private static YNode.Map asMap(YNode cur, String path, String done) throws ScenarioException {
        if (!(cur instanceof YNode.Map)) {
            throw error(path, "'" + done + "' is not a map in the file (it is " + cur.describe() + ")");
        }
        return (YNode.Map) cur;
    }

    private static boolean isList(Type t) {
        return t instanceof ParameterizedType && ((ParameterizedType) t).getRawType() == List.class;
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
