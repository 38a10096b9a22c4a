package org.sahelsim.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Copies of the scenario's records with one value replaced: what a timed input does to the
 * levers in the middle of a run, with values typed and range-checked when the input was read
 * (no file format while the model runs). The records' own constructors check the result.
 */
public final class Records {
    private Records() {
    }

    /**
     * A copy of {@code record} with the value reached by the component names {@code names} (a
     * record inside a record for each further name) replaced by {@code value}.
     *
     * @throws IllegalArgumentException when a record's constructor refuses the value, or a name
     *                                  is not a component
     */
    public static <T extends Record> T with(T record, List<String> names, Object value) {
        RecordComponent[] rc = record.getClass().getRecordComponents();
        Object[] args = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        int at = -1;
        try {
            for (int i = 0; i < rc.length; i++) {
                args[i] = rc[i].getAccessor().invoke(record);
                types[i] = rc[i].getType();
                if (rc[i].getName().equals(names.get(0))) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new IllegalArgumentException("no value '" + names.get(0) + "' in "
                        + record.getClass().getSimpleName());
            }
            args[at] = names.size() == 1 ? value : with((Record) args[at], names.subList(1, names.size()), value);
            @SuppressWarnings("unchecked")
            Constructor<T> canonical = (Constructor<T>) record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getName(), e);
        }
    }
}
