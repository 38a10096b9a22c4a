package org.sahelsim.format;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sahelsim.domain.Kind;
import org.snakeyaml.engine.v2.api.lowlevel.Present;
import org.snakeyaml.engine.v2.api.lowlevel.Serialize;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.ScenarioException;

/**
 * The one YAML writer: values become the YAML library's nodes (snakeyaml-engine), which its
 * emitter writes, quoting and escaping included. What this class decides is only the style, so
 * that a written file reads back to equal values with this reader and with others: records
 * (keys in snake_case, in their components' order) and maps in block style, lists of plain
 * values and the values of {@link Flow} in flow style ({@code [Kidal, Gao]}), text plain when
 * it is a word no YAML reader (1.2, or PyYAML's 1.1) would take for something else and double
 * quoted otherwise, numbers as they read back exactly.
 */
public final class YamlWriter {
    /** Text safe to write without quotes: starts with a letter, then letters, digits, '_', '-', '.'. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*");
    /** Words YAML 1.2 or 1.1 readers (PyYAML) would take for booleans or null. */
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");
    private static final DumpSettings SETTINGS = DumpSettings.builder().setIndent(2).setIndicatorIndent(2)
            .setIndentWithIndicator(true).setWidth(Integer.MAX_VALUE).setSplitLines(false).build();

    /** A map or list to write in flow style, on one line. */
    public record Flow(Object value) {
    }

    /** A value already written as YAML text (an override's value as given), written as that YAML. */
    public record Text(String yaml) {
    }

    private YamlWriter() {
    }

    /** The YAML document of a value (a record or a map at the top), after {@code header} (comment lines, or ""). */
    public static String toYaml(String header, Object value) {
        List<Event> events = new Serialize(SETTINGS).serializeOne(node(value, false));
        return header + new Present(SETTINGS).emitToString(events.iterator());
    }

    /** A value as one line of YAML, in flow style, that reads back to the same value. */
    public static String flow(Object value) {
        String s = toYaml("", new Flow(value));
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static Node node(Object v, boolean flow) {
        if (v instanceof Flow f) {
            return node(f.value(), true);
        }
        if (v instanceof Text t) {
            try {
                return node(YamlReader.readString(t.yaml(), null), flow);
            } catch (ScenarioException e) {
                throw new IllegalArgumentException("not YAML: " + t.yaml(), e);
            }
        }
        if (v instanceof YNode n) {
            return yNode(n, flow);
        }
        if (v == null) {
            return scalar(Tag.NULL, "null");
        }
        if (v instanceof String s) {
            return text(s);
        }
        if (v instanceof Double d) {
            return scalar(Tag.FLOAT, number(d));
        }
        if (v instanceof Integer || v instanceof Long) {
            return scalar(Tag.INT, v.toString());
        }
        if (v instanceof Boolean) {
            return scalar(Tag.BOOL, v.toString());
        }
        if (v instanceof Kind k) {
            return text(k.label());
        }
        if (v instanceof MonthRef || v instanceof YearMonth) {
            // yyyy-MM reads back as text in YAML 1.2 and 1.1 alike (a timestamp needs a day); a month number is an int
            String s = v.toString();
            return scalar(s.contains("-") ? Tag.STR : Tag.INT, s);
        }
        if (v instanceof Record r) {
            return mapping(RecordModel.of(r.getClass()).components.stream()
                    .map(c -> new NodeTuple(text(c.key), node(c.valueOf(r), flow))), flow);
        }
        if (v instanceof Map<?, ?> m) {
            return mapping(m.entrySet().stream().map(e -> new NodeTuple(text(String.valueOf(e.getKey())),
                    node(e.getValue(), flow))), flow);
        }
        if (v instanceof List<?> l) {
            List<Node> items = new ArrayList<>();
            boolean plain = true;
            for (Object item : l) {
                Node n = node(item, flow);
                plain &= n instanceof ScalarNode;
                items.add(n);
            }
            return new SequenceNode(Tag.SEQ, items, flow || plain ? FlowStyle.FLOW : FlowStyle.BLOCK);
        }
        throw new IllegalStateException("cannot write " + v.getClass());
    }

    /** A tree as read, written back with the types the reader resolved. */
    private static Node yNode(YNode n, boolean flow) {
        if (n instanceof YNode.Scalar s) {
            return switch (s.type) {
                case NULL -> scalar(Tag.NULL, "null");
                case STR -> text(s.text);
                case BOOL -> scalar(Tag.BOOL, s.text);
                case INT -> scalar(Tag.INT, s.text);
                case FLOAT -> scalar(Tag.FLOAT, s.text);
            };
        }
        if (n instanceof YNode.Seq q) {
            List<Node> items = q.items.stream().map(i -> yNode(i, flow))
                    .collect(Collectors.toCollection(ArrayList::new));
            return new SequenceNode(Tag.SEQ, items, flow ? FlowStyle.FLOW : FlowStyle.BLOCK);
        }
        return mapping(((YNode.Map) n).entries.entrySet().stream()
                .map(e -> new NodeTuple(text(e.getKey()), yNode(e.getValue(), flow))), flow);
    }

    /** A map of these entries, in flow style when asked or when it is empty, in block style otherwise. */
    private static MappingNode mapping(Stream<NodeTuple> entries, boolean flow) {
        List<NodeTuple> list = entries.collect(Collectors.toCollection(ArrayList::new));
        return new MappingNode(Tag.MAP, list, flow || list.isEmpty() ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }

    private static ScalarNode scalar(Tag tag, String text) {
        return new ScalarNode(tag, text, ScalarStyle.PLAIN);
    }

    /** Text, plain when it is a word no YAML reader would take for something else, double quoted otherwise. */
    private static ScalarNode text(String s) {
        boolean plain = PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT));
        return new ScalarNode(Tag.STR, s, plain ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED);
    }

    /**
     * A double that reads back exactly: whole numbers below 1e15 as "3000000.0", others by
     * {@link Double#toString(double)} (which round-trips, e.g. "0.015", "1.0E-4").
     */
    public static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
            return (long) d + ".0";
        }
        return Double.toString(d);
    }
}
