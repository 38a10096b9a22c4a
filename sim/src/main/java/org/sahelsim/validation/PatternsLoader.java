package org.sahelsim.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.format.Binder;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.YNode;
import org.sahelsim.format.YamlReader;


/**
 * Reads a patterns file ({@code scenarios/validation/history-patterns.yaml}). Format:
 * <pre>
 * scenario: ../history-2012.yaml     # the scenario validated, relative to this file
 * patterns:
 *   - id: pact_forms_and_breaks      # lower-case letters, digits, '_'; unique
 *     description: ...               # plain words
 *     source: ...                    # timeline rows by date
 *     measure:                       # exactly one measure, with its parameters
 *       pact_forms_and_breaks: {kinds: [separatist, jihadist], max_months: 12}
 *     threshold: 0.33                # share of replications that must reproduce it, in (0, 1]
 * </pre>
 * Plain YAML only, read by the scenario files' reader ({@link YamlReader}: YAML 1.2 core schema,
 * no other tags, no duplicate keys, bounded aliases and size). Every problem fails with a
 * {@link ScenarioException} naming the file, line, column and field path; nothing is
 * defaulted silently.
 */
public final class PatternsLoader {
    private static final List<String> TOP_KEYS = List.of("scenario", "patterns");
    private static final List<String> PATTERN_KEYS = List.of("id", "description", "source", "measure", "threshold",
            "period");
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");

    private PatternsLoader() {
    }

    /**
     * Whether a file looks like a patterns file: a map with the key {@code scenario} and a list
     * under {@code patterns}.
     */
    public static boolean isPatterns(Path file) throws ScenarioException {
        // a list of patterns (a calibration file names a patterns file under 'patterns' instead)
        return YamlReader.readFile(file) instanceof YNode.Map m && m.entries.containsKey("scenario")
                && m.entries.get("patterns") instanceof YNode.Seq;
    }

    /** Reads and checks a patterns file. */
    public static PatternSet load(Path file) throws ScenarioException {
        YNode root = YamlReader.readFile(file);
        if (YNode.isNull(root)) {
            throw new ScenarioException(file, 0, 0, "", "the file is empty; expected 'scenario' and 'patterns'");
        }
        Map<String, YNode> top = map(file, root, "", TOP_KEYS);
        YNode scenarioNode = required(file, root, top, "scenario", "");
        String scenarioText = scalar(file, scenarioNode, "scenario", "the path of the scenario file");
        Path base = file.toAbsolutePath().getParent();
        Path scenario = (base == null ? Path.of(scenarioText) : base.resolve(scenarioText)).normalize();
        if (!Files.isRegularFile(scenario)) {
            throw error(file, scenarioNode, "scenario", "no scenario file at " + scenario
                    + " (the path is read relative to this patterns file)");
        }
        YNode list = required(file, root, top, "patterns", "");
        if (!(list instanceof YNode.Seq seq)) {
            throw error(file, list, "patterns", "expected a list of patterns, found " + list.describe());
        }
        if (seq.items.isEmpty()) {
            throw error(file, list, "patterns", "the list is empty; give at least one pattern");
        }
        List<Pattern> patterns = new ArrayList<>();
        Map<String, YNode> ids = new LinkedHashMap<>();
        for (int i = 0; i < seq.items.size(); i++) {
            patterns.add(pattern(file, seq.items.get(i), "patterns[" + i + "]", ids));
        }
        return new PatternSet(file, scenario, patterns);
    }

    private static Pattern pattern(Path file, YNode node, String path, Map<String, YNode> ids) throws ScenarioException {
        Map<String, YNode> m = map(file, node, path, PATTERN_KEYS);
        YNode idNode = required(file, node, m, "id", path);
        String id = scalar(file, idNode, path + ".id", "an id");
        if (!ID.matcher(id).matches()) {
            throw error(file, idNode, path + ".id", "'" + id + "' is not a valid id: use lower-case letters, digits"
                    + " and '_', starting with a letter");
        }
        if (ids.containsKey(id)) {
            throw error(file, idNode, path + ".id", "duplicate id '" + id + "' (first at line " + ids.get(id).pos.line()
                    + ")");
        }
        ids.put(id, idNode);
        String description = text(file, node, m, "description", path);
        String source = text(file, node, m, "source", path);
        YNode measureNode = required(file, node, m, "measure", path);
        if (!(measureNode instanceof YNode.Map mm) || mm.entries.size() != 1) {
            throw error(file, measureNode, path + ".measure", "expected one measure as a map of its name to its"
                    + " parameters, e.g. {pact_forms_and_breaks: {kinds: [separatist, jihadist], max_months: 12}},"
                    + " found " + (measureNode instanceof YNode.Map mm2 ? "a map of " + mm2.entries.size() + " keys"
                    : measureNode.describe()) + "; measures: " + String.join(", ", Measures.ALL.keySet()));
        }
        Map.Entry<String, YNode> t = mm.entries.entrySet().iterator().next();
        String name = t.getKey();
        Measures.Factory factory = Measures.ALL.get(name);
        if (factory == null) {
            throw error(file, mm.keyPos(name), path + ".measure." + name, "unknown measure '" + name + "'; measures: "
                    + String.join(", ", Measures.ALL.keySet()) + "." + Text.didYouMean(name, Measures.ALL.keySet()));
        }
        Params params = new Params(file, path + ".measure." + name, t.getValue());
        java.time.YearMonth[] window = params.window(Params.WITHIN);
        Measure measure = factory.create(params);
        if (window != null) {
            measure = new Windowed(measure, window[0], window[1]);
        }
        String measureText = name + render(t.getValue());
        YNode thresholdNode = required(file, node, m, "threshold", path);
        String thresholdText = scalar(file, thresholdNode, path + ".threshold", "a share");
        double threshold;
        try {
            if (!isNumber(thresholdNode)) {
                throw new NumberFormatException();
            }
            threshold = Double.parseDouble(thresholdText);
        } catch (NumberFormatException e) {
            throw error(file, thresholdNode, path + ".threshold", "expected a share between 0 and 1, found "
                    + thresholdNode.describe());
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw error(file, thresholdNode, path + ".threshold", "the share of replications that must reproduce the"
                    + " pattern must be above 0 and at most 1, was " + thresholdText);
        }
        String period = "";
        if (m.containsKey("period")) {
            YNode periodNode = m.get("period");
            period = scalar(file, periodNode, path + ".period", "the name of a period such as 2012-2015");
            if (period.isBlank()) {
                throw error(file, periodNode, path + ".period", "the period is empty; name it, e.g. 2012-2015");
            }
        }
        return new Pattern(id, description, source, measureText, measure, threshold, period);
    }

    /** The parameters as written, in flow style: {@code {kinds: [a, b], max_months: 12}}. */
    static String render(YNode n) {
        if (YNode.isNull(n)) {
            return "{}";
        }
        if (n instanceof YNode.Scalar s) {
            return s.text;
        }
        List<String> parts = new ArrayList<>();
        if (n instanceof YNode.Seq s) {
            for (YNode item : s.items) {
                parts.add(render(item));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        for (Map.Entry<String, YNode> e : ((YNode.Map) n).entries.entrySet()) {
            parts.add(e.getKey() + ": " + render(e.getValue()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    // ---- helpers shared with Params ----

    static ScenarioException error(Path file, YNode at, String path, String problem) {
        return error(file, at == null ? null : at.pos, path, problem);
    }

    static ScenarioException error(Path file, YNode.Pos at, String path, String problem) {
        return at == null ? new ScenarioException(file, 0, 0, path, problem) : Binder.error(at, path, problem);
    }

    /** Whether a value is a number (whole or decimal) as YAML reads it. */
    static boolean isNumber(YNode n) {
        return n instanceof YNode.Scalar s && (s.type == YNode.ScalarType.INT || s.type == YNode.ScalarType.FLOAT);
    }

    /** A scalar's text (any core type), or an error naming what was expected. */
    static String scalar(Path file, YNode n, String path, String what) throws ScenarioException {
        if (!(n instanceof YNode.Scalar s) || YNode.isNull(n)) {
            throw error(file, n, path, "expected " + what + ", found " + n.describe());
        }
        return s.text;
    }

    /** A map's entries by key, failing on keys not in {@code allowed}. */
    private static Map<String, YNode> map(Path file, YNode n, String path, List<String> allowed) throws ScenarioException {
        if (!(n instanceof YNode.Map m)) {
            throw error(file, n, path, "expected a map with " + String.join(", ", allowed) + ", found " + n.describe());
        }
        for (String k : m.entries.keySet()) {
            if (!allowed.contains(k)) {
                throw error(file, m.keyPos(k), path.isEmpty() ? k : path + "." + k, "unknown key '" + k + "'; expected "
                        + String.join(", ", allowed) + "." + Text.didYouMean(k, allowed));
            }
        }
        return m.entries;
    }

    private static YNode required(Path file, YNode parent, Map<String, YNode> m, String key, String path)
            throws ScenarioException {
        YNode v = m.get(key);
        String field = path.isEmpty() ? key : path + "." + key;
        if (v == null) {
            throw error(file, parent, field, "missing: " + (path.isEmpty() ? "the file" : "each pattern") + " needs '"
                    + key + "'");
        }
        if (YNode.isNull(v)) {
            throw error(file, v, field, "empty: give a value for '" + key + "'");
        }
        return v;
    }

    private static String text(Path file, YNode parent, Map<String, YNode> m, String key, String path)
            throws ScenarioException {
        YNode n = required(file, parent, m, key, path);
        String t = scalar(file, n, path + "." + key, "text");
        if (t.isBlank()) {
            throw error(file, n, path + "." + key, "empty: give a value for '" + key + "'");
        }
        return t.trim();
    }
}
