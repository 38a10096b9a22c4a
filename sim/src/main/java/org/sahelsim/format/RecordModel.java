package org.sahelsim.format;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sahelsim.scenario.Derived;
import org.sahelsim.scenario.Param;
import org.sahelsim.scenario.ScenarioException;

/**
 * What the loader, the writer, the schema and the documentation need to know about one
 * scenario record, read once by reflection: its components in order, their YAML keys,
 * {@link Param} annotations and parsed defaults, and its canonical constructor. (Reflection
 * hands out fresh component objects on every call, so without this cache every load would
 * re-read every annotation and re-parse every default.)
 */
public final class RecordModel {
    /** One component of a record. */
    public static final class Component {
        final RecordComponent component;
        /** The YAML key: the component's name in snake_case. */
        public final String key;
        public final Param param;
        public final Type type;
        /** The default as a YAML tree, or null when the key is required. */
        public final YNode def;

        Component(RecordComponent c) {
            this.component = c;
            this.key = Names.snake(c.getName());
            this.param = c.getAnnotation(Param.class);
            if (param == null) {
                throw new IllegalStateException("record component " + c.getDeclaringRecord().getSimpleName() + "."
                        + c.getName() + " has no @Param");
            }
            this.type = c.getGenericType();
            this.def = parseDefault(c, param);
        }

        public String name() {
            return component.getName();
        }

        /** This component's value in a record of its type. */
        public Object valueOf(Record r) {
            try {
                return component.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component + " of " + r, e);
            }
        }

        public boolean required() {
            return def == null;
        }

        private static YNode parseDefault(RecordComponent c, Param p) {
            if (Param.REQUIRED.equals(p.def())) {
                return null;
            }
            try {
                YNode n = YamlReader.readString(p.def(), null);
                return n == null ? new YNode.Scalar("", YNode.ScalarType.NULL, YNode.Pos.COMMAND_LINE) : n;
            } catch (ScenarioException e) {
                throw new IllegalStateException("bad default of " + c + ": " + e.getMessage(), e);
            }
        }
    }

    private static final Map<Class<?>, RecordModel> CACHE = new ConcurrentHashMap<>();

    public final Class<?> type;
    /** The components a file gives, in order; a {@link Derived} one is not among them. */
    public final List<Component> components;
    final List<String> keys;
    final Constructor<?> constructor;
    /** Every component of the record, derived ones included, in constructor order. */
    private final RecordComponent[] all;
    /** The constructor position of each of {@link #components}. */
    private final int[] slot;

    private RecordModel(Class<?> type) {
        this.type = type;
        RecordComponent[] rc = type.getRecordComponents();
        List<Component> comps = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
            if (rc[i].isAnnotationPresent(Derived.class)) {
                continue;
            }
            Component c = new Component(rc[i]);
            comps.add(c);
            slots.add(i);
        }
        this.all = rc;
        this.slot = slots.stream().mapToInt(Integer::intValue).toArray();
        this.components = Collections.unmodifiableList(comps);
        this.keys = comps.stream().map(c -> c.key).toList();
        try {
            this.constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
        }
    }

    public static RecordModel of(Class<?> type) {
        return CACHE.computeIfAbsent(type, RecordModel::new);
    }

    /**
     * The constructor's arguments: {@code values} of {@link #components} in their order, derived
     * components taken from {@code from} (null when there is none: the loader fills them in).
     */
    Object[] arguments(Object[] values, Record from) {
        Object[] args = new Object[all.length];
        if (from != null) {
            for (int i = 0; i < all.length; i++) {
                try {
                    args[i] = all[i].getAccessor().invoke(from);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + all[i] + " of " + from, e);
                }
            }
        }
        for (int i = 0; i < slot.length; i++) {
            args[slot[i]] = values[i];
        }
        return args;
    }

    public Component component(String key) {
        int i = keys.indexOf(key);
        return i < 0 ? null : components.get(i);
    }
}
