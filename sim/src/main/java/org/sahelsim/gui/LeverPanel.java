package org.sahelsim.gui;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.sahelsim.scenario.LeverSpec;
import org.sahelsim.scenario.Param;
import org.sahelsim.format.RecordModel;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The Console's Levers tab for MASON's inspector, built from the levers record and its
 * {@link Param} annotations, so a new lever or a new value marked for the panel shows up
 * without an edit in the window. The rules:
 * <ul>
 * <li>First the seed of the next run; then, for each lever (a component of the levers record,
 * in its order), its {@code enabled} switch, then each component of the lever's record marked
 * {@code @Param(panel = true)}, in the record's order.</li>
 * <li>A true/false value is a check box; a number a slider from {@link Param#min()} to
 * {@link Param#sliderMax()} (or {@link Param#max()}), whole numbers for an {@code int}. A value
 * of any other type needs a chooser given for its path. A marked value the panel cannot show,
 * a slider without two finite ends, or a chooser for a path not marked fails at construction,
 * naming the value.</li>
 * <li>A property's path is {@code levers.<lever>.<key>} (as in a scenario file's timed inputs),
 * or {@code seed}. Its name and description are the window's texts {@code lever.<path without
 * "levers.">} and the same key with {@code .des}, in the window's language, when they exist;
 * otherwise the path without "levers." and the {@code @Param} doc, in English (the
 * {@code enabled} switch takes the lever's own doc, from the levers record).</li>
 * <li>A value shown is the one in force next month ({@link Levers#next()}); a value set is
 * recorded as a change from that month; the {@code enabled} switch goes through
 * {@link Levers#enable} (which moves a later start up to that month).</li>
 * </ul>
 */
public final class LeverPanel extends Properties {
    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "levers.";

    /** What the panel shows and changes: the levers in force next month and the seed of the next run. */
    public interface Levers {
        /** The levers record in force next month (an instance of the record the panel was built from). */
        Record next();

        /** Records values (dotted path to YAML text) from next month; false when refused. */
        boolean change(Map<String, String> set);

        /** Turns a lever (its key in the levers record) on or off from next month. */
        void enable(String lever, boolean on);

        long seed();

        void setSeed(long seed);
    }

    /** A chooser for a value that is neither a number nor true/false (a list of groups, a coalition...). */
    public interface Chooser {
        /** The choices' labels in the window's language. */
        String[] labels();

        /** The index of the choice in force next month. */
        int current();

        /** Records choice {@code i} from next month. */
        void choose(int i);
    }

    /** One property: its path, type, domain (a slider's Interval, a chooser's labels, or null), fallback description, reader and writer. */
    private record Row(String path, Class<?> type, Supplier<Object> domain, String doc, Supplier<Object> get,
                       Consumer<Object> set) {
    }

    private final transient Texts texts;
    private final transient List<Row> rows = new ArrayList<>();

    private LeverPanel(Texts texts) {
        this.texts = texts;
    }

    /**
     * The panel of a levers record type (such as {@code LeversSpec}), reading and changing
     * {@code levers}, with a chooser for each path of a marked value that is not a number or
     * true/false.
     *
     * @throws IllegalStateException when a lever or a marked value cannot be shown (see the class rules)
     */
    public static LeverPanel of(Class<? extends Record> leversType, Levers levers, Map<String, Chooser> choosers,
                                Texts texts) {
        LeverPanel p = new LeverPanel(texts);
        p.rows.add(new Row("seed", long.class, () -> null, "The seed of the next run", levers::seed,
                v -> levers.setSeed((Long) v)));
        Set<String> chosen = new HashSet<>();
        for (RecordModel.Component lever : RecordModel.of(leversType).components) {
            if (!(lever.type instanceof Class<?> leverType) || !leverType.isRecord()
                    || !LeverSpec.class.isAssignableFrom(leverType)) {
                throw new IllegalStateException("lever " + lever.key + " of " + leversType.getSimpleName()
                        + " is not a LeverSpec record (enabled, start, end, strength): the lever panel cannot show it");
            }
            Supplier<LeverSpec> spec = () -> (LeverSpec) lever.valueOf(levers.next());
            String path = PREFIX + lever.key + ".";
            p.rows.add(new Row(path + "enabled", boolean.class, () -> null, lever.param.doc(),
                    () -> spec.get().enabled(), v -> levers.enable(lever.key, (Boolean) v)));
            for (RecordModel.Component c : RecordModel.of(leverType).components) {
                if (c.param.panel() && !c.name().equals("enabled")) {
                    Chooser chooser = choosers.get(path + c.key);
                    p.rows.add(row(path + c.key, c, chooser, () -> c.valueOf((Record) spec.get()), levers));
                    if (chooser != null) {
                        chosen.add(path + c.key);
                    }
                }
            }
        }
        Set<String> unused = new HashSet<>(choosers.keySet());
        unused.removeAll(chosen);
        if (!unused.isEmpty()) {
            throw new IllegalStateException("choosers given for " + unused + ", which no lever marks"
                    + " @Param(panel = true)");
        }
        return p;
    }

    /** The property of a marked value: a chooser when one is given, else by its type. */
    private static Row row(String path, RecordModel.Component c, Chooser chooser, Supplier<Object> get, Levers levers) {
        String doc = c.param.doc();
        if (chooser != null) {
            return new Row(path, int.class, chooser::labels, doc, chooser::current, v -> chooser.choose((Integer) v));
        }
        Type t = c.type;
        if (t == boolean.class) {
            return new Row(path, boolean.class, () -> null, doc, get, v -> levers.change(Map.of(path, v.toString())));
        }
        if (t != double.class && t != int.class) {
            throw new IllegalStateException(path + " is marked @Param(panel = true) but is a " + t.getTypeName()
                    + ": the lever panel shows only boolean, double and int values, or a chooser given for the path");
        }
        double min = c.param.min();
        double max = Double.isNaN(c.param.sliderMax()) ? c.param.max() : c.param.sliderMax();
        if (Double.isInfinite(min) || Double.isInfinite(max) || !(min < max) || max > c.param.max()) {
            throw new IllegalStateException(path + " is marked @Param(panel = true) but its slider would run from "
                    + min + " to " + max + ": give @Param a finite min, and a finite max or sliderMax above min and"
                    + " not above max");
        }
        // an Interval of longs is MASON's whole-number slider
        Interval range = t == int.class ? new Interval((long) min, (long) max) : new Interval(min, max);
        return new Row(path, (Class<?>) t, () -> range, doc, get, v -> levers.change(Map.of(path, v.toString())));
    }

    /** The index of the property of a path ({@code seed}, {@code levers.sanctions.enabled}...). */
    int indexOf(String path) {
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the lever panel has no property " + path));
    }

    /** The path of a property. */
    String path(int index) {
        return rows.get(index).path();
    }

    /** The key of a property's texts: {@code lever.} and its path without "levers.". */
    private String key(int index) {
        return textKey(path(index));
    }

    /** The key of the texts of a lever setting's path ("levers.minusma.mobile_share": {@code lever.minusma.mobile_share}). */
    static String textKey(String path) {
        return "lever." + (path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path);
    }

    /** The lever a setting's path belongs to ("levers.sanctions.enabled": {@code sanctions}). */
    static String leverOf(String path) {
        return (path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path).split("\\.", 2)[0];
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return rows.size();
    }

    @Override
    public Object getValue(int index) {
        return rows.get(index).get().get();
    }

    @Override
    public Object getDomain(int index) {
        return rows.get(index).domain().get();
    }

    @Override
    public String getDescription(int index) {
        String key = key(index) + ".des";
        return texts.has(key) ? texts.t(key) : rows.get(index).doc();
    }

    @Override
    public boolean isReadWrite(int index) {
        return true;
    }

    @Override
    public String getName(int index) {
        String key = key(index);
        return texts.has(key) ? texts.t(key) : key.substring("lever.".length());
    }

    @Override
    public Class getType(int index) {
        return rows.get(index).type();
    }

    @Override
    protected Object _setValue(int index, Object value) {
        rows.get(index).set().accept(value);
        return getValue(index);
    }
}
