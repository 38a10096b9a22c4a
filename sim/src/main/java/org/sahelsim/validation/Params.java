package org.sahelsim.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelsim.data.Gazetteer;
import org.sahelsim.data.PlaceInfo;
import org.sahelsim.data.RegionInfo;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.MetricKind;
import org.sahelsim.record.Metrics;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.YNode;

/**
 * The parameters of one measure in the patterns file, read with their positions: each getter
 * checks type and range and fails with file, line, column and field path; {@link #done}
 * rejects keys no getter asked for.
 */
final class Params {
    /** The parameter every measure takes: its window of months. */
    static final String WITHIN = "within";

    private final Path file;
    private final String path;
    private final YNode where;
    private final Map<String, YNode> values = new LinkedHashMap<>();
    private final Map<String, YNode.Pos> keys = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();

    Params(Path file, String path, YNode node) throws ScenarioException {
        this.file = file;
        this.path = path;
        this.where = node;
        if (YNode.isNull(node)) {
            return;
        }
        if (!(node instanceof YNode.Map m)) {
            throw PatternsLoader.error(file, node, path, "expected the measure's parameters as a map, found "
                    + node.describe());
        }
        for (Map.Entry<String, YNode> e : m.entries.entrySet()) {
            keys.put(e.getKey(), m.keyPos(e.getKey()));
            values.put(e.getKey(), e.getValue());
        }
    }

    private String field(String key) {
        return path + "." + key;
    }

    ScenarioException error(YNode at, String key, String problem) {
        return PatternsLoader.error(file, at == null ? where : at, key == null ? path : field(key), problem);
    }

    private YNode required(String key) throws ScenarioException {
        asked.add(key);
        YNode n = values.get(key);
        if (YNode.isNull(n)) {
            throw error(n == null ? where : n, key, "missing: this measure needs '" + key + "'");
        }
        return n;
    }

    /** A whole number at least {@code min}. */
    int integer(String key, int min) throws ScenarioException {
        YNode n = required(key);
        String text = PatternsLoader.scalar(file, n, field(key), "a whole number");
        long v;
        try {
            if (((YNode.Scalar) n).type != YNode.ScalarType.INT) {
                throw new NumberFormatException();
            }
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error(n, key, "expected a whole number, found " + n.describe());
        }
        if (v < min || v > Integer.MAX_VALUE) {
            throw error(n, key, "must be at least " + min + ", was " + text);
        }
        return (int) v;
    }

    /** A finite number (whole or decimal). */
    double number(String key) throws ScenarioException {
        YNode n = required(key);
        String text = PatternsLoader.scalar(file, n, field(key), "a number");
        double v;
        try {
            if (!PatternsLoader.isNumber(n)) {
                throw new NumberFormatException();
            }
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error(n, key, "expected a number, found " + n.describe());
        }
        if (!Double.isFinite(v)) {
            throw error(n, key, "expected a finite number, was " + text);
        }
        return v;
    }

    /** The name of a level metric (a state at each step, not a count per month). */
    String levelMetric(String key) throws ScenarioException {
        return metric(key, false, "'%s' is a count per month, not a level that changes", "level metrics");
    }

    /** True or false, or {@code def} when absent. */
    boolean bool(String key, boolean def) throws ScenarioException {
        asked.add(key);
        YNode n = values.get(key);
        if (YNode.isNull(n)) {
            return def;
        }
        String text = PatternsLoader.scalar(file, n, field(key), "true or false");
        if (((YNode.Scalar) n).type == YNode.ScalarType.BOOL) {
            return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
        }
        throw error(n, key, "expected true or false, found " + n.describe());
    }

    private List<String> texts(String key, String what) throws ScenarioException {
        YNode n = required(key);
        if (!(n instanceof YNode.Seq s)) {
            throw error(n, key, "expected a list of " + what + ", found " + n.describe());
        }
        if (s.items.isEmpty()) {
            throw error(n, key, "the list is empty; give at least one of " + what);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.items.size(); i++) {
            YNode item = s.items.get(i);
            String text = PatternsLoader.scalar(file, item, field(key) + "[" + i + "]", what);
            if (out.contains(text)) {
                throw itemError(key, i, "'" + text + "' is listed twice");
            }
            out.add(text);
        }
        return out;
    }

    /** An error at item {@code i} of the list {@code key}. */
    private ScenarioException itemError(String key, int i, String problem) {
        YNode item = ((YNode.Seq) values.get(key)).items.get(i);
        return PatternsLoader.error(file, item, field(key) + "[" + i + "]", problem);
    }

    /** Fails unless item {@code i} of the list {@code key}, {@code text}, is one of {@code names}. */
    private void checkIn(String key, int i, String text, List<String> names, String notOne)
            throws ScenarioException {
        if (!names.contains(text)) {
            throw itemError(key, i, "'" + text + "' " + notOne + Text.didYouMean(text, names));
        }
    }

    /** Whether the parameter is given (it counts as asked). */
    boolean has(String key) {
        asked.add(key);
        YNode n = values.get(key);
        return !YNode.isNull(n);
    }

    /** A list of faction kinds, or every kind of armed group when absent. */
    List<Kind> kindsOrAll(String key) throws ScenarioException {
        return has(key) ? kinds(key) : List.of(Kind.FACTION_KINDS);
    }

    /** A non-empty list of ids (of factions at the start, or of the groups they become), or an empty list when absent. */
    List<String> idsOrNone(String key) throws ScenarioException {
        return has(key) ? texts(key, "faction ids") : List.of();
    }

    /**
     * The optional time window {@code within: [yyyy-MM, yyyy-MM]} (first and last month, both
     * included), or null when absent.
     */
    java.time.YearMonth[] window(String key) throws ScenarioException {
        if (YNode.isNull(values.get(key))) {
            return null;
        }
        List<String> texts = texts(key, "two months yyyy-MM, the first and the last of the window");
        asked.remove(key); // every measure takes a window: it is listed apart (see done)
        if (texts.size() != 2) {
            throw error(values.get(key), key, "expected two months [first, last] such as [2012-03, 2012-12], found "
                    + texts.size() + " item" + (texts.size() == 1 ? "" : "s"));
        }
        java.time.YearMonth[] out = new java.time.YearMonth[2];
        for (int i = 0; i < 2; i++) {
            try {
                out[i] = java.time.YearMonth.parse(texts.get(i));
            } catch (java.time.format.DateTimeParseException e) {
                throw itemError(key, i, "'" + texts.get(i) + "' is not a month; write yyyy-MM, e.g. 2012-06");
            }
        }
        if (out[1].isBefore(out[0])) {
            throw error(values.get(key), key, "the last month " + out[1] + " is before the first " + out[0]);
        }
        return out;
    }

    /**
     * The optional count range {@code min} (1 when absent) to {@code max} (unbounded,
     * {@link Integer#MAX_VALUE}, when absent), max at least min.
     */
    int[] countRange() throws ScenarioException {
        int min = has("min") ? integer("min", 0) : 1;
        int max = has("max") ? integer("max", 0) : Integer.MAX_VALUE;
        checkMax(min, max);
        return new int[] {min, max};
    }

    /** Fails unless the parameter max is at least min. */
    void checkMax(int min, int max) throws ScenarioException {
        if (max < min) {
            throw error(node("max"), "max", "must be at least min (" + min + "), was " + max);
        }
    }

    /** One of a closed list of words. */
    String oneOf(String key, List<String> allowed) throws ScenarioException {
        YNode n = required(key);
        String text = PatternsLoader.scalar(file, n, field(key), "one of " + String.join(", ", allowed));
        if (!allowed.contains(text)) {
            throw error(n, key, "'" + text + "' is not one of " + String.join(", ", allowed) + "."
                    + Text.didYouMean(text, allowed));
        }
        return text;
    }

    /** A non-empty list of regions of the bundled regions table (border areas included). */
    List<String> regions(String key) throws ScenarioException {
        List<String> names = Gazetteer.get().regions().stream().map(RegionInfo::name).toList();
        List<String> texts = texts(key, "regions");
        for (int i = 0; i < texts.size(); i++) {
            checkIn(key, i, texts.get(i), names, "is not a region of the bundled regions table.");
        }
        return texts;
    }

    /** A non-empty list of faction kinds. */
    List<Kind> kinds(String key) throws ScenarioException {
        List<String> labels = Arrays.stream(Kind.FACTION_KINDS).map(Kind::label).toList();
        List<String> texts = texts(key, "faction kinds (" + String.join(", ", labels) + ")");
        for (int i = 0; i < texts.size(); i++) {
            checkIn(key, i, texts.get(i), labels, "is not a kind of armed group; expected one of "
                    + String.join(", ", labels) + ".");
        }
        return texts.stream().map(t -> Kind.FACTION_KINDS[labels.indexOf(t)]).toList();
    }

    /** A non-empty list of places of the bundled places table (hubs only when asked). */
    List<String> places(String key, boolean hubsOnly) throws ScenarioException {
        List<PlaceInfo> all = Gazetteer.get().places();
        List<String> names = all.stream().map(PlaceInfo::name).toList();
        List<String> hubs = all.stream().filter(PlaceInfo::hub).map(PlaceInfo::name).toList();
        List<String> texts = texts(key, hubsOnly ? "hubs" : "places");
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            checkIn(key, i, t, names, "is not a place of the bundled places table.");
            if (hubsOnly && !hubs.contains(t)) {
                throw itemError(key, i, "'" + t + "' is not a hub in the bundled places table; hubs: "
                        + String.join(", ", hubs));
            }
        }
        return texts;
    }

    /** The name of a count metric (totalled over a run). */
    String countMetric(String key) throws ScenarioException {
        return metric(key, true, "'%s' is a level, not a count that can be totalled", "count metrics");
    }

    /**
     * The name of a metric of one family, counts or levels; a metric of the other family is
     * refused with {@code otherFamily} (a format of the name), anything else as not a metric.
     */
    private String metric(String key, boolean counts, String otherFamily, String listed) throws ScenarioException {
        YNode n = required(key);
        String text = PatternsLoader.scalar(file, n, field(key), "a metric name");
        List<String> names = Metrics.ALL.stream().filter(d -> (d.kind() == MetricKind.COUNT) == counts)
                .map(MetricDef::name).toList();
        if (!names.contains(text)) {
            String why = Metrics.indexOf(text) >= 0 ? String.format(java.util.Locale.ROOT, otherFamily, text)
                    : "'" + text + "' is not a metric";
            throw error(n, key, why + "; " + listed + ": " + String.join(", ", names) + "."
                    + Text.didYouMean(text, names));
        }
        return text;
    }

    /** The node of a parameter (for messages on relations between parameters). */
    YNode node(String key) {
        YNode n = values.get(key);
        return n == null ? where : n;
    }

    /** Fails on a key that no getter asked for. */
    void done() throws ScenarioException {
        for (Map.Entry<String, YNode.Pos> e : keys.entrySet()) {
            if (!asked.contains(e.getKey()) && !e.getKey().equals(WITHIN)) {
                List<String> all = new java.util.ArrayList<>(asked);
                all.add(WITHIN);
                throw PatternsLoader.error(file, e.getValue(), field(e.getKey()), "unknown parameter '" + e.getKey()
                        + "'; this measure takes " + String.join(", ", asked) + " (and every measure " + WITHIN + ")."
                        + Text.didYouMean(e.getKey(), all));
            }
        }
    }
}
