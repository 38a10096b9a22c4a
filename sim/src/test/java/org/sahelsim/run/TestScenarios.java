package org.sahelsim.run;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.sahelsim.domain.Kind;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.Param;
import org.sahelsim.scenario.Scenario;

/**
 * Builds small scenarios for tests straight from the records' {@link Param} defaults, so tests
 * of the runner do not depend on the loader or on the bundled data.
 */
public final class TestScenarios {
    private TestScenarios() {
    }

    /** A scenario with no factions, starting in June 2015, lasting {@code months}. */
    public static Scenario tiny(int months) {
        return build(Scenario.class, Map.of("name", "tiny", "start", YearMonth.of(2015, 6), "months", months,
                "factions", Map.of()));
    }

    static <R> R build(Class<R> type, Map<String, Object> given) {
        RecordComponent[] comps = type.getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            types[i] = c.getType();
            if (given.containsKey(c.getName())) {
                args[i] = given.get(c.getName());
                continue;
            }
            Param p = c.getAnnotation(Param.class);
            if (p == null || p.def().equals(Param.REQUIRED)) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + c.getName() + " has no default");
            }
            args[i] = parse(p.def(), c);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object parse(String def, RecordComponent c) {
        Class<?> t = c.getType();
        if (def.equals("null")) {
            return null;
        }
        if (t == double.class) {
            return Double.parseDouble(def);
        }
        if (t == int.class) {
            return Integer.parseInt(def);
        }
        if (t == boolean.class) {
            return Boolean.parseBoolean(def);
        }
        if (t == String.class) {
            return def.equals("''") ? "" : def;
        }
        if (t == List.class) {
            return List.of();
        }
        if (t == Map.class) {
            return Map.of();
        }
        if (t == MonthRef.class) {
            return MonthRef.parse(def);
        }
        if (t == Kind.class) {
            for (Kind k : Kind.values()) {
                if (k.label().equals(def)) {
                    return k;
                }
            }
        }
        if (t.isRecord() && def.equals("{}")) {
            return build(t, Map.of());
        }
        throw new IllegalArgumentException("cannot build default '" + def + "' of " + c + " " + (c.getGenericType() instanceof ParameterizedType));
    }
}
