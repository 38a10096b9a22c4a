package org.sahelsim.format;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sahelsim.data.Gazetteer;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;

/**
 * Overrides set on a bound scenario as typed edits of its records, by the rules of
 * {@link Overrides} (a path must exist, except a new key of a map of plain values; list items
 * by index; shorter paths first, then alphabetically): each value bound and range-checked as
 * in a file ({@link Binder}), every record on a path rebuilt once after all edits (so that two
 * values checked together, such as a lever's start and end, are checked with both set), then
 * the scenario checked as a file is ({@link ScenarioChecks}). Nothing is written to YAML or
 * read again: what sweeps, ensembles, calibrations and timed inputs do to a scenario, many
 * times a run.
 */
final class TypedEdits {
    private final Binder binder;
    private final Draft root;

    /**
     * Edits of {@code base}, whose values were written where {@code binder}'s positions say (a
     * file's, for the checks' messages; the edits add their own).
     */
    TypedEdits(Scenario base, Binder binder) {
        this.binder = binder;
        this.root = new Draft(base, Scenario.class, null);
    }

    /** The scenario with the overrides set and checked; errors name the override's path. */
    static Scenario apply(Scenario base, Map<String, String> overrides) throws ScenarioException {
        return new TypedEdits(base, new Binder()).setAll(overrides).result();
    }

    /** Sets overrides given on the command line (path to YAML text), in the order overrides apply. */
    TypedEdits setAll(Map<String, String> overrides) throws ScenarioException {
        for (Map.Entry<String, String> e : Overrides.ordered(overrides)) {
            set(e.getKey(), Overrides.value(e.getKey(), e.getValue()), YNode.Pos.COMMAND_LINE);
        }
        return this;
    }

    /**
     * Sets the value at a dotted path, written at {@code value}'s position with its key at
     * {@code keyAt}. A path that does not exist is an error on the command line naming the path;
     * a value refused, an error at the value.
     */
    void set(String path, YNode value, YNode.Pos keyAt) throws ScenarioException {
        String at = set(root, Overrides.segments(path), value, path);
        binder.keyPositions.put(at, keyAt);
    }

    /** The edited scenario, every record rebuilt once, checked as a file is. */
    Scenario result() throws ScenarioException {
        Scenario s = (Scenario) root.build("", binder);
        ScenarioChecks.check(s, binder, Gazetteer.get());
        return ScenarioLoader.typed(s);
    }

    /** Sets one value, walking the types along the path; returns the value's normal path. */
    private String set(Draft root, List<String> segs, YNode value, String path) throws ScenarioException {
        Draft cur = root;
        String done = "";
        for (int i = 0; i < segs.size(); i++) {
            String seg = segs.get(i);
            boolean last = i == segs.size() - 1;
            String here = done.isEmpty() ? "the top level" : "'" + done + "'";
            String at;
            Object key;
            Type next;
            List<String> choices = null;
            RecordModel.Component comp = null;
            if (cur.record != null) {
                comp = cur.record.component(seg);
                if (comp == null) {
                    throw Overrides.error(path, "unknown key '" + seg + "' under " + here + "."
                            + Names.didYouMean(seg, cur.record.keys) + " Valid keys there: "
                            + String.join(", ", cur.record.keys) + ".");
                }
                key = cur.record.components.indexOf(comp);
                next = comp.type;
                choices = Vocabulary.choices(cur.record.type, comp.name());
                at = Binder.child(done, seg);
            } else if (cur.map != null) {
                next = ((ParameterizedType) cur.type).getActualTypeArguments()[1];
                if (!cur.map.containsKey(seg) && !(last && Overrides.isPlain(next))) {
                    throw Overrides.error(path, "there is no '" + seg + "' in " + here + " to override; it has: "
                            + Names.list(cur.map.keySet()) + "." + Names.didYouMean(seg, cur.map.keySet()));
                }
                key = seg;
                at = Binder.child(done, seg);
            } else if (cur.list != null) {
                next = ((ParameterizedType) cur.type).getActualTypeArguments()[0];
                choices = cur.choices; // the words allowed for each item of a text list
                String digits = seg.startsWith("[") ? seg.substring(1, seg.length() - 1) : seg;
                if (cur.list.isEmpty()) {
                    throw Overrides.error(path, "'" + done + "' is empty in the file, so it has no item " + seg);
                }
                if (!digits.matches("\\d{1,6}") || Integer.parseInt(digits) >= cur.list.size()) {
                    throw Overrides.error(path, "'" + done + "' has no item " + seg + " (it has " + cur.list.size()
                            + " items, numbered from 0)");
                }
                key = Integer.parseInt(digits);
                at = done + "[" + key + "]";
            } else {
                throw Overrides.error(path, "'" + done + "' is a single value; it has no '" + seg + "'");
            }
            if (last) {
                cur.put(key, comp != null ? binder.bindComponent(cur.record.type, comp, value, value.pos, at)
                        : bindEntry(value, next, at, choices));
            } else {
                Object child = cur.get(key);
                Draft d = child instanceof Draft dr ? dr : new Draft(child, next, choices);
                cur.put(key, d);
                cur = d;
            }
            done = at;
        }
        return done;
    }

    /** A map's entry or a list's item as a file's is bound: it needs a value. */
    private Object bindEntry(YNode value, Type type, String at, List<String> choices) throws ScenarioException {
        if (YNode.isNull(value)) {
            throw Binder.error(value.pos, at, at.endsWith("]") ? "empty item in a list"
                    : "'" + at.substring(at.lastIndexOf('.') + 1) + "' has no value");
        }
        return binder.bind(value, type, at, choices);
    }

    /**
     * A record, map or list being edited: a copy of its values, built again (each record by its
     * constructor, once) when every edit is set.
     */
    private static final class Draft {
        final Type type;
        final RecordModel record;
        final Record original;
        final LinkedHashMap<String, Object> map;
        /** A list's items, or a record's component values in their order. */
        final List<Object> list;
        final List<String> choices;

        @SuppressWarnings("unchecked")
        Draft(Object value, Type type, List<String> choices) {
            this.type = type;
            this.choices = choices;
            this.record = Overrides.isRecord(type) ? RecordModel.of((Class<?>) type) : null;
            this.original = record == null ? null : (Record) value;
            this.map = value instanceof Map ? new LinkedHashMap<>((Map<String, Object>) value) : null;
            this.list = record != null ? record.components.stream().map(c -> c.valueOf(original))
                    .collect(Collectors.toCollection(ArrayList::new))
                    : value instanceof List<?> l ? new ArrayList<>(l) : null;
        }

        Object get(Object key) {
            return map != null ? map.get(key) : list.get((Integer) key);
        }

        void put(Object key, Object v) {
            if (map != null) {
                map.put((String) key, v);
            } else {
                list.set((Integer) key, v);
            }
        }

        /** The edited value: drafts inside built first, a record by its own constructor. */
        Object build(String path, Binder where) throws ScenarioException {
            if (map != null) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : map.entrySet()) {
                    out.put(e.getKey(), built(e.getValue(), Binder.child(path, e.getKey()), where));
                }
                return out;
            }
            Object[] vs = new Object[list.size()];
            for (int i = 0; i < vs.length; i++) {
                vs[i] = built(list.get(i), record == null ? path + "[" + i + "]"
                        : Binder.child(path, record.components.get(i).key), where);
            }
            if (record == null) {
                return new ArrayList<>(Arrays.asList(vs));
            }
            // a value the record refuses: at the record, where it was written
            YNode.Pos pos = where.positions.getOrDefault(path, YNode.Pos.COMMAND_LINE);
            return Binder.construct(record, record.arguments(vs, original), pos, path);
        }

        private static Object built(Object v, String path, Binder where) throws ScenarioException {
            return v instanceof Draft d ? d.build(path, where) : v;
        }
    }
}
