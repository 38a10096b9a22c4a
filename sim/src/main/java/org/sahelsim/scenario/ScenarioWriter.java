package org.sahelsim.scenario;

import org.sahelsim.domain.Kind;
import java.lang.reflect.InvocationTargetException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a resolved {@link Scenario} as YAML that loads back to an equal scenario: every
 * value written (defaults included), keys in snake_case in the records' component order, maps
 * in their own order, numbers written so that they read back exactly. Lists of plain values
 * are written in flow style ({@code [Kidal, Gao]}), everything else in block style.
 */
public final class ScenarioWriter {
    private static final String INDENT = "  ";
    /** Text safe to write without quotes: starts with a letter, then letters, digits, '_', '-', '.'. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*");
    /** Words YAML 1.2 or 1.1 readers (PyYAML) would take for booleans or null. */
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");

    private ScenarioWriter() {
    }

    public static String toYaml(Scenario scenario) {
        StringBuilder b = new StringBuilder();
        writeRecordBody(b, scenario, 0);
        return b.toString();
    }

    private static void writeRecordBody(StringBuilder b, Record r, int depth) {
        for (RecordModel.Component c : RecordModel.of(r.getClass()).components) {
            Object v;
            try {
                v = c.component.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.component, e);
            }
            writeEntry(b, c.key, v, depth);
        }
    }

    private static void writeEntry(StringBuilder b, String key, Object v, int depth) {
        b.append(INDENT.repeat(depth)).append(text(key)).append(':');
        if (v instanceof Record && !(v instanceof MonthRef)) {
            if (((Record) v).getClass().getRecordComponents().length == 0) {
                b.append(" {}\n");
                return;
            }
            b.append('\n');
            writeRecordBody(b, (Record) v, depth + 1);
        } else if (v instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) v;
            if (m.isEmpty()) {
                b.append(" {}\n");
                return;
            }
            b.append('\n');
            for (Map.Entry<?, ?> e : m.entrySet()) {
                writeEntry(b, (String) e.getKey(), e.getValue(), depth + 1);
            }
        } else if (v instanceof List) {
            List<?> l = (List<?>) v;
            if (l.isEmpty()) {
                b.append(" []\n");
            } else if (l.get(0) instanceof Record && !(l.get(0) instanceof MonthRef)) {
                b.append('\n');
                for (Object item : l) {
                    writeListRecord(b, (Record) item, depth + 1);
                }
            } else {
                b.append(" [");
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    b.append(scalar(l.get(i)));
                }
                b.append("]\n");
            }
        } else {
            b.append(' ').append(scalar(v)).append('\n');
        }
    }

    /** A record as a block list item: "- first: x" then the other keys aligned under it. */
    private static void writeListRecord(StringBuilder b, Record r, int depth) {
        StringBuilder inner = new StringBuilder();
        writeRecordBody(inner, r, depth + 1);
        String pad = INDENT.repeat(depth + 1);
        String body = inner.toString();
        // the first line's indentation is replaced by the dash
        b.append(INDENT.repeat(depth)).append("- ").append(body.substring(pad.length()));
    }

    /** One plain value as YAML. */
    static String scalar(Object v) {
        if (v == null) {
            return "null";
        } else if (v instanceof String) {
            return text((String) v);
        } else if (v instanceof Double) {
            return number((Double) v);
        } else if (v instanceof Integer || v instanceof Boolean) {
            return v.toString();
        } else if (v instanceof Kind) {
            return ((Kind) v).label();
        } else if (v instanceof YearMonth || v instanceof MonthRef) {
            return v.toString();
        }
        throw new IllegalStateException("cannot write " + v.getClass());
    }

    /**
     * A double that reads back exactly: whole numbers below 1e15 as "3000000.0", others by
     * {@link Double#toString(double)} (which round-trips, e.g. "0.015", "1.0E-4").
     */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
            return (long) d + ".0";
        }
        return Double.toString(d);
    }

    /** Text, quoted unless it is a plain word no YAML reader would take for something else. */
    static String text(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                default:
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || (c >= 0x80 && c < 0xa0) || Character.isSurrogate(c) && !validPair(s, i)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
