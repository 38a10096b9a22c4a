package org.sahelsim.format;

import org.sahelsim.domain.Kind;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sahelsim.format.ListShorthand;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.Param;
import org.sahelsim.scenario.ScenarioException;

/**
 * Binds a {@link YNode} tree to the scenario records by reflection. Rules, all from the
 * records' {@link Param} annotations:
 * <ul>
 * <li>YAML keys are the components' names in snake_case ({@code mobile_share} for
 * {@code mobileShare}); an unknown key is an error with a "did you mean" hint.</li>
 * <li>A key that is absent, or written with an empty value, takes {@link Param#def()}; with
 * no default ({@link Param#REQUIRED}) it is an error.</li>
 * <li>Numbers must lie in [{@link Param#min()}, {@link Param#max()}]; for lists and maps
 * {@code min} is the smallest number of items. Whole numbers are required for int values
 * (2.5 is refused); numbers must be finite.</li>
 * <li>Maps keep the order of the file.</li>
 * <li>A record constructor's {@link IllegalArgumentException} is reported at the record's
 * position.</li>
 * </ul>
 * Every bound value's position is remembered by dotted path for the checks that follow.
 */
public final class Binder {
    static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DEC_INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCT_INT = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX_INT = Pattern.compile("0x[0-9a-fA-F]+");

    /** Position of every bound value, by dotted path ({@code factions.GATIA.fighters}, {@code shocks[0].at}). */
    final Map<String, YNode.Pos> positions = new LinkedHashMap<>();
    /** Position of the key of every map entry, by dotted path. */
    final Map<String, YNode.Pos> keyPositions = new LinkedHashMap<>();

    /** A binder that knows where the values this one bound were written (to edit a copy of what it bound). */
    Binder copy() {
        Binder b = new Binder();
        b.positions.putAll(positions);
        b.keyPositions.putAll(keyPositions);
        return b;
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * The top of a file of keys and values ({@code what}, such as "an experiment file"): an empty
     * file is an error naming what it {@code needs} at least, any other value one at its place.
     */
    static YNode.Map topMap(Path file, YNode root, String what, String needs) throws ScenarioException {
        if (root == null) {
            throw new ScenarioException(file, 0, 0, "", "the file is empty; " + needs);
        }
        if (!(root instanceof YNode.Map)) {
            throw error(root.pos, "", what + " must be a map of keys and values at the top level, found "
                    + root.describe());
        }
        return (YNode.Map) root;
    }

    /**
     * Binds the whole of a file that holds one record ({@code what} and {@code needs} as for
     * {@link #topMap}); an unknown top-level key with a dot in it (a scenario path) gets the
     * {@code hint} where such a setting goes.
     */
    <T> T bindTop(Path file, YNode top, Class<T> type, String what, String needs, String hint)
            throws ScenarioException {
        YNode.Map root = topMap(file, top, what, needs);
        positions.put("", root.pos);
        try {
            return bindRecord(root, type, "");
        } catch (ScenarioException e) {
            if (e.field().contains(".") && root.entries.containsKey(e.field())) {
                throw new ScenarioException(e.file(), e.line(), e.column(), e.field(), e.problem() + hint);
            }
            throw e;
        }
    }

    /**
     * The text of a file name written at {@code n} ({@code what}, such as "a scenario file such
     * as baseline-2015.yaml"): anything but a text that is not blank is an error there.
     */
    static String fileName(YNode n, String field, String what) throws ScenarioException {
        if (!(n instanceof YNode.Scalar s) || s.type != YNode.ScalarType.STR || s.text.isBlank()) {
            throw error(n.pos, field, "expected the name of " + what + ", found " + n.describe());
        }
        return s.text;
    }

    /**
     * The file a value at {@code at} names ({@code what}, such as "experiment"), relative to
     * {@code file} (a {@code kind} file, such as "robustness"); an error there when the name is
     * not valid or no such file exists.
     */
    static Path existingFile(Path file, String kind, String text, YNode.Pos at, String field, String what)
            throws ScenarioException {
        Path p;
        try {
            p = file.resolveSibling(text).normalize();
        } catch (InvalidPathException e) {
            throw error(at, field, "'" + text + "' is not a valid file name");
        }
        if (!Files.isRegularFile(p)) {
            throw error(at, field, "the " + what + " '" + text + "' was not found (looked for " + p + "; the path is"
                    + " relative to the " + kind + " file)");
        }
        return p;
    }

    /**
     * The file {@code p} that the key {@code key} names as {@code text} (relative to the file
     * read); an error at {@code at} when no such file exists.
     */
    static Path found(Path p, YNode.Pos at, String key, String text) throws ScenarioException {
        if (!Files.isRegularFile(p)) {
            throw error(at, key, "the " + key + " file '" + text + "' was not found (looked for " + p
                    + "; the path is read relative to this file)");
        }
        return p;
    }

    public static ScenarioException error(YNode.Pos pos, String path, String problem) {
        return new ScenarioException(pos.file(), pos.line(), pos.column(), path, problem);
    }

    /** Binds a map node to a record type. */
    <T> T bindRecord(YNode node, Class<T> type, String path) throws ScenarioException {
        if (!(node instanceof YNode.Map)) {
            throw error(node.pos, path, "expected a map of keys and values, found " + node.describe());
        }
        YNode.Map map = (YNode.Map) node;
        RecordModel model = RecordModel.of(type);
        for (String k : map.entries.keySet()) {
            if (!model.keys.contains(k)) {
                throw error(map.keyPos(k), child(path, k), "unknown key '" + k + "'." + Names.didYouMean(k, model.keys)
                        + " Valid keys here: " + String.join(", ", model.keys) + ".");
            }
        }
        Object[] args = new Object[model.components.size()];
        for (int i = 0; i < args.length; i++) {
            RecordModel.Component c = model.components.get(i);
            String k = c.key;
            String cpath = child(path, k);
            YNode v = map.entries.get(k);
            if (!YNode.isNull(v)) {
                keyPositions.put(cpath, map.keyPos(k));
            }
            args[i] = bindComponent(type, c, v, map.pos, cpath);
        }
        return type.cast(construct(model, model.arguments(args, null), map.pos, path));
    }

    /**
     * The value of component {@code c} of a record of type {@code owner}, as written at {@code v}:
     * empty, its default; absent ({@code v} null) and required, an error at {@code missingAt};
     * otherwise bound with the component's words and checked against its range.
     */
    Object bindComponent(Class<?> owner, RecordModel.Component c, YNode v, YNode.Pos missingAt, String path)
            throws ScenarioException {
        if (YNode.isNull(v)) {
            if (c.def == null) {
                if (v == null) {
                    throw error(missingAt, path, "the required key '" + c.key + "' is missing (" + c.param.doc() + ")");
                }
                throw error(v.pos, path, "'" + c.key + "' needs a value (" + c.param.doc() + ")");
            }
            v = YNode.copy(c.def, v == null ? missingAt : v.pos);
        }
        Object value = bind(v, c.type, path, Vocabulary.choices(owner, c.name()));
        checkRange(value, c.param, v, path);
        return value;
    }

    /** A record from its components' values; a value its constructor refuses is an error at {@code pos}. */
    static Object construct(RecordModel model, Object[] args, YNode.Pos pos, String path)
            throws ScenarioException {
        try {
            return model.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            String msg = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw error(pos, path, YamlReader.oneLine(msg));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + model.type.getName(), e);
        }
    }

    /**
     * The value at {@code segs} of a record of type {@code type} (the keys of its components, a
     * record inside a record for each further key), bound and range-checked as a file's value
     * is, an empty value taking the component's default; the component names leading to it are
     * added to {@code names}. A typed edit's value: the records' own constructors check the rest
     * when it is set ({@link Records#with}).
     */
    Object bindAt(Class<?> type, List<String> segs, YNode value, String path, List<String> names)
            throws ScenarioException {
        RecordModel model = RecordModel.of(type);
        String key = segs.get(0);
        RecordModel.Component c = model.component(key);
        if (c == null) {
            throw error(value.pos, path, "unknown key '" + key + "'." + Names.didYouMean(key, model.keys)
                    + " Valid keys here: " + String.join(", ", model.keys) + ".");
        }
        names.add(c.name());
        if (segs.size() > 1) {
            if (!(c.type instanceof Class<?> inner) || !inner.isRecord() || inner == MonthRef.class) {
                throw error(value.pos, path, "'" + key + "' holds no keys to set one inside of; set '" + key
                        + "' whole");
            }
            return bindAt(inner, segs.subList(1, segs.size()), value, path, names);
        }
        return bindComponent(type, c, value, value.pos, path);
    }

    /** Binds a node to a Java type; {@code choices}, when not null, lists the allowed texts. */
    Object bind(YNode v, Type type, String path, List<String> choices) throws ScenarioException {
        if (type == YNode.class && v != null) {
            positions.put(path, v.pos);
            return v; // a value whose meaning depends on where it goes (an override's value), empty too: as written
        }
        if (v == null || YNode.isNull(v)) {
            if (v != null && !(type instanceof Class<?> k && k.isPrimitive())) {
                positions.put(path, v.pos);
                // a default of null: none ("no end", a key a file may leave out); or an empty raw value (in set: the default)
                return type == YNode.class ? v : null;
            }
            YNode.Pos at = v == null ? YNode.Pos.COMMAND_LINE : v.pos;
            throw error(at, path, "has no value; write one or remove the key");
        }
        positions.put(path, v.pos);
        if (type instanceof ParameterizedType) {
            ParameterizedType pt = (ParameterizedType) type;
            Type raw = pt.getRawType();
            if (raw == List.class) {
                if (!(v instanceof YNode.Seq)) {
                    throw error(v.pos, path, "expected a list such as [a, b], found " + v.describe());
                }
                List<Object> out = new ArrayList<>();
                int i = 0;
                for (YNode item : ((YNode.Seq) v).items) {
                    String ipath = path + "[" + i + "]";
                    if (YNode.isNull(item)) {
                        throw error(item.pos, ipath, "empty item in a list");
                    }
                    out.add(bind(item, pt.getActualTypeArguments()[0], ipath, choices));
                    i++;
                }
                return out;
            }
            if (raw == Map.class) {
                if (!(v instanceof YNode.Map)) {
                    throw error(v.pos, path, "expected a map of keys and values, found " + v.describe());
                }
                YNode.Map m = (YNode.Map) v;
                LinkedHashMap<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<String, YNode> e : m.entries.entrySet()) {
                    String epath = child(path, e.getKey());
                    keyPositions.put(epath, m.keyPos(e.getKey()));
                    if (YNode.isNull(e.getValue()) && pt.getActualTypeArguments()[1] != YNode.class) {
                        throw error(e.getValue().pos, epath, "'" + e.getKey() + "' has no value");
                    }
                    out.put(e.getKey(), bind(e.getValue(), pt.getActualTypeArguments()[1], epath, null));
                }
                return out;
            }
            throw new IllegalStateException("unsupported type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord() && c != MonthRef.class) {
            ListShorthand shorthand = c.getAnnotation(ListShorthand.class);
            if (shorthand != null && v instanceof YNode.Seq) {
                YNode.Map m = new YNode.Map(v.pos);
                m.put(shorthand.value(), v.pos, v);
                v = m;
            }
            return bindRecord(v, c, path);
        }
        if (!(v instanceof YNode.Scalar)) {
            throw error(v.pos, path, "expected " + expected(c) + ", found " + v.describe());
        }
        YNode.Scalar s = (YNode.Scalar) v;
        if (c == int.class || c == Integer.class) {
            return bindWhole(s, path, 31, Integer.MAX_VALUE).intValue();
        }
        if (c == long.class || c == Long.class) {
            return bindWhole(s, path, 63, Math.nextDown(0x1p63)).longValue();
        }
        if (c == double.class || c == Double.class) {
            return bindDouble(s, path);
        }
        if (c == boolean.class || c == Boolean.class) {
            if (s.type == YNode.ScalarType.BOOL && List.of("true", "True", "TRUE", "false", "False", "FALSE")
                    .contains(s.text)) {
                return s.text.equalsIgnoreCase("true");
            }
            throw error(s.pos, path, "expected true or false, found " + s.describe());
        }
        if (c == String.class) {
            if (choices != null && !choices.contains(s.text)) {
                throw error(s.pos, path, Vocabulary.refusal(choices, s.text));
            }
            return s.text;
        }
        if (c == Kind.class) {
            for (Kind k : Kind.FACTION_KINDS) {
                if (k.label().equals(s.text)) {
                    return k;
                }
            }
            List<String> labels = Vocabulary.factionKinds();
            throw error(s.pos, path, "'" + s.text + "' is not a kind of group; expected one of "
                    + String.join(", ", labels) + "." + Names.didYouMean(s.text, labels));
        }
        if (c == YearMonth.class) {
            YearMonth ym = yearMonth(s.text);
            if (s.type != YNode.ScalarType.STR || ym == null) {
                throw error(s.pos, path, "expected " + expected(c) + ", found " + s.describe());
            }
            return ym;
        }
        if (c == MonthRef.class) {
            if (s.type == YNode.ScalarType.INT) {
                BigInteger n = parseInt(s.text);
                if (n == null || n.signum() < 0 || n.bitLength() > 31) {
                    throw error(s.pos, path, "a month number must be a whole number from 0, found " + s.describe());
                }
                return MonthRef.ofOffset(n.intValue());
            }
            if (s.type == YNode.ScalarType.STR) {
                YearMonth ym = yearMonth(s.text);
                if (ym != null) {
                    return MonthRef.ofDate(ym);
                }
                if (s.text.matches("\\d{1,4}")) {
                    return MonthRef.ofOffset(Integer.parseInt(s.text));
                }
            }
            throw error(s.pos, path, "expected " + expected(c) + ", found " + s.describe());
        }
        throw new IllegalStateException("unsupported type " + c);
    }

    static YearMonth yearMonth(String text) {
        if (!YEAR_MONTH.matcher(text).matches()) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String expected(Class<?> c) {
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "a whole number";
        } else if (c == double.class || c == Double.class) {
            return "a number";
        } else if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        } else if (c == String.class) {
            return "a text value";
        } else if (c == Kind.class) {
            return "a kind of group (" + String.join(", ", Vocabulary.factionKinds()) + ")";
        } else if (c == YearMonth.class) {
            return "a month like 2015-06";
        } else if (c == MonthRef.class) {
            return "a month like 2016-01 or a month number like 12";
        }
        return "a map of keys and values";
    }

    /** Parses a YAML 1.2 core-schema integer, or null. */
    public static BigInteger parseInt(String t) {
        if (t.length() > 400) {
            return null;
        }
        if (DEC_INT.matcher(t).matches()) {
            return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
        } else if (OCT_INT.matcher(t).matches()) {
            return new BigInteger(t.substring(2), 8);
        } else if (HEX_INT.matcher(t).matches()) {
            return new BigInteger(t.substring(2), 16);
        }
        return null;
    }

    /** Parses a YAML 1.2 core-schema float (including .inf and .nan), or null. */
    public static Double parseFloat(String t) {
        String l = t.toLowerCase(java.util.Locale.ROOT);
        if (l.equals(".nan")) {
            return Double.NaN;
        } else if (l.equals(".inf") || l.equals("+.inf")) {
            return Double.POSITIVE_INFINITY;
        } else if (l.equals("-.inf")) {
            return Double.NEGATIVE_INFINITY;
        }
        if (!t.matches("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?")) {
            return null;
        }
        return Double.parseDouble(t);
    }

    /**
     * A whole number of at most {@code bits} bits (31 for an int, 63 for a long): an integer, or
     * a float whose value is whole ({@code 1e3}) and no larger than {@code limit} in size.
     */
    private static BigInteger bindWhole(YNode.Scalar s, String path, int bits, double limit)
            throws ScenarioException {
        BigInteger n = s.type == YNode.ScalarType.INT ? parseInt(s.text) : null;
        if (n == null && s.type == YNode.ScalarType.FLOAT) {
            Double d = parseFloat(s.text);
            if (d != null && Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) <= limit) {
                // 1e3 is a whole number written in another way
                n = BigInteger.valueOf((long) d.doubleValue());
            } else if (d != null) {
                throw error(s.pos, path, "must be a whole number, was " + s.text);
            }
        }
        if (n == null) {
            throw error(s.pos, path, "expected a whole number, found " + s.describe());
        }
        if (n.bitLength() > bits) {
            throw error(s.pos, path, "the number " + s.text + " is too large for a whole number here");
        }
        return n;
    }

    private static Object bindDouble(YNode.Scalar s, String path) throws ScenarioException {
        Double d = null;
        if (s.type == YNode.ScalarType.INT) {
            BigInteger n = parseInt(s.text);
            d = n == null ? null : n.doubleValue();
        } else if (s.type == YNode.ScalarType.FLOAT) {
            d = parseFloat(s.text);
        }
        if (d == null) {
            throw error(s.pos, path, "expected a number, found " + s.describe());
        }
        if (!Double.isFinite(d)) {
            throw error(s.pos, path, "must be a finite number, was " + s.text);
        }
        return d;
    }

    static void checkRange(Object value, Param p, YNode v, String path) throws ScenarioException {
        double min = p.min();
        double max = p.max();
        if (value instanceof Number) {
            double x = ((Number) value).doubleValue();
            if (x < min || x > max) {
                throw error(v.pos, path, rangeText(min, max) + ", was " + fmt(x));
            }
        } else if (value instanceof List || value instanceof Map) {
            int n = value instanceof List ? ((List<?>) value).size() : ((Map<?, ?>) value).size();
            String what = value instanceof List ? "item" : "entry";
            if (n < min) {
                throw error(v.pos, path, "needs at least " + fmt(min) + " " + (min == 1 ? what : plural(what))
                        + ", has " + n);
            }
            if (n > max) {
                throw error(v.pos, path, "may have at most " + fmt(max) + " " + plural(what) + ", has " + n);
            }
        }
    }

    private static String plural(String w) {
        return w.equals("entry") ? "entries" : w + "s";
    }

    /** "must be between 0 and 1", "must be at least 0", "must be at most 5". */
    static String rangeText(double min, double max) {
        if (min > Double.NEGATIVE_INFINITY && max < Double.POSITIVE_INFINITY) {
            return "must be between " + fmt(min) + " and " + fmt(max);
        } else if (min > Double.NEGATIVE_INFINITY) {
            return "must be at least " + fmt(min);
        }
        return "must be at most " + fmt(max);
    }

    /** A number for messages and documentation: 1.0 as 1, 1e8 as 100000000, 0.015 as 0.015. */
    public static String fmt(double x) {
        return ScenarioException.number(x);
    }
}
