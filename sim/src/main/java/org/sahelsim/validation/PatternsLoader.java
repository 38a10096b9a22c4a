package org.sahelsim.validation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahelsim.scenario.ScenarioException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

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
 * Plain YAML only, read safely as the scenario loader does (YAML 1.2 core schema, no other
 * tags, no duplicate keys, bounded aliases and size). Every problem fails with a
 * {@link ScenarioException} naming the file, line, column and field path; nothing is
 * defaulted silently.
 */
public final class PatternsLoader {
    /** Largest file read, in bytes. */
    static final int MAX_BYTES = 1_000_000;
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
        Node root = read(file);
        if (!(root instanceof MappingNode m)) {
            return false;
        }
        boolean scenario = false;
        boolean patterns = false;
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                scenario |= k.getValue().equals("scenario");
                // a list of patterns (a calibration file names a patterns file here instead)
                patterns |= k.getValue().equals("patterns") && t.getValueNode() instanceof SequenceNode;
            }
        }
        return scenario && patterns;
    }

    /** Reads and checks a patterns file. */
    public static PatternSet load(Path file) throws ScenarioException {
        Node root = read(file);
        if (root == null || isNull(root)) {
            throw new ScenarioException(file, 0, 0, "", "the file is empty; expected 'scenario' and 'patterns'");
        }
        Map<String, Node[]> top = map(file, root, "", TOP_KEYS);
        Node scenarioNode = required(file, root, top, "scenario", "");
        String scenarioText = scalar(file, scenarioNode, "scenario", "the path of the scenario file");
        Path base = file.toAbsolutePath().getParent();
        Path scenario = (base == null ? Path.of(scenarioText) : base.resolve(scenarioText)).normalize();
        if (!Files.isRegularFile(scenario)) {
            throw error(file, scenarioNode, "scenario", "no scenario file at " + scenario
                    + " (the path is read relative to this patterns file)");
        }
        Node list = required(file, root, top, "patterns", "");
        if (!(list instanceof SequenceNode seq)) {
            throw error(file, list, "patterns", "expected a list of patterns, found " + describe(list));
        }
        if (seq.getValue().isEmpty()) {
            throw error(file, list, "patterns", "the list is empty; give at least one pattern");
        }
        List<Pattern> patterns = new ArrayList<>();
        Map<String, Node> ids = new LinkedHashMap<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            patterns.add(pattern(file, seq.getValue().get(i), "patterns[" + i + "]", ids));
        }
        return new PatternSet(file, scenario, patterns);
    }

    private static Pattern pattern(Path file, Node node, String path, Map<String, Node> ids) throws ScenarioException {
        Map<String, Node[]> m = map(file, node, path, PATTERN_KEYS);
        Node idNode = required(file, node, m, "id", path);
        String id = scalar(file, idNode, path + ".id", "an id");
        if (!ID.matcher(id).matches()) {
            throw error(file, idNode, path + ".id", "'" + id + "' is not a valid id: use lower-case letters, digits"
                    + " and '_', starting with a letter");
        }
        if (ids.containsKey(id)) {
            Mark first = ids.get(id).getStartMark().orElse(null);
            throw error(file, idNode, path + ".id", "duplicate id '" + id + "'"
                    + (first == null ? "" : " (first at line " + (first.getLine() + 1) + ")"));
        }
        ids.put(id, idNode);
        String description = text(file, node, m, "description", path);
        String source = text(file, node, m, "source", path);
        Node measureNode = required(file, node, m, "measure", path);
        if (!(measureNode instanceof MappingNode mm) || mm.getValue().size() != 1) {
            throw error(file, measureNode, path + ".measure", "expected one measure as a map of its name to its"
                    + " parameters, e.g. {pact_forms_and_breaks: {kinds: [separatist, jihadist], max_months: 12}},"
                    + " found " + (measureNode instanceof MappingNode mm2 ? "a map of " + mm2.getValue().size() + " keys"
                    : describe(measureNode)) + "; measures: " + String.join(", ", Measures.ALL.keySet()));
        }
        NodeTuple t = mm.getValue().get(0);
        String name = key(file, t.getKeyNode(), path + ".measure");
        Measures.Factory factory = Measures.ALL.get(name);
        if (factory == null) {
            throw error(file, t.getKeyNode(), path + ".measure." + name, "unknown measure '" + name + "'; measures: "
                    + String.join(", ", Measures.ALL.keySet()) + "." + Text.didYouMean(name, Measures.ALL.keySet()));
        }
        Params params = new Params(file, path + ".measure." + name, t.getValueNode());
        java.time.YearMonth[] window = params.window(Params.WITHIN);
        Measure measure = factory.create(params);
        if (window != null) {
            measure = new Windowed(measure, window[0], window[1]);
        }
        String measureText = name + render(t.getValueNode());
        Node thresholdNode = required(file, node, m, "threshold", path);
        String thresholdText = scalar(file, thresholdNode, path + ".threshold", "a share");
        double threshold;
        try {
            if (!Tag.INT.equals(thresholdNode.getTag()) && !Tag.FLOAT.equals(thresholdNode.getTag())) {
                throw new NumberFormatException();
            }
            threshold = Double.parseDouble(thresholdText);
        } catch (NumberFormatException e) {
            throw error(file, thresholdNode, path + ".threshold", "expected a share between 0 and 1, found "
                    + describe(thresholdNode));
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw error(file, thresholdNode, path + ".threshold", "the share of replications that must reproduce the"
                    + " pattern must be above 0 and at most 1, was " + thresholdText);
        }
        String period = "";
        if (m.containsKey("period")) {
            Node periodNode = m.get("period")[1];
            period = scalar(file, periodNode, path + ".period", "the name of a period such as 2012-2015");
            if (period.isBlank()) {
                throw error(file, periodNode, path + ".period", "the period is empty; name it, e.g. 2012-2015");
            }
        }
        return new Pattern(id, description, source, measureText, measure, threshold, period);
    }

    /** The parameters as written, in flow style: {@code {kinds: [a, b], max_months: 12}}. */
    static String render(Node n) {
        if (n == null || isNull(n)) {
            return "{}";
        }
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        List<String> parts = new ArrayList<>();
        if (n instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                parts.add(render(item));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        for (NodeTuple t : ((MappingNode) n).getValue()) {
            parts.add(render(t.getKeyNode()) + ": " + render(t.getValueNode()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    // ---- reading ----

    private static Node read(Path file) throws ScenarioException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(file, 0, 0, "", "this is a folder, not a patterns file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScenarioException(file, 0, 0, "", "the file is " + size + " bytes long, more than the "
                        + MAX_BYTES + " a patterns file may have");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file, 0, 0, "", "file not found");
        } catch (IOException e) {
            throw new ScenarioException(file, 0, 0, "", "cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(file, 0, 0, "", "the file is not valid UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false).setAllowRecursiveKeys(false).setMaxAliasesForCollections(50)
                .setCodePointLimit(MAX_BYTES).setUseMarks(true).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            return root.orElse(null);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? "syntax error" : oneLine(e.getProblem());
            if (problem.contains("found duplicate key")) {
                problem = problem.replace("found duplicate key", "duplicate key");
            }
            throw new ScenarioException(file, mark.map(m -> m.getLine() + 1).orElse(0),
                    mark.map(m -> m.getColumn() + 1).orElse(0), "", "malformed YAML: " + problem);
        } catch (YamlEngineException e) {
            throw new ScenarioException(file, 0, 0, "", "malformed YAML: " + oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw new ScenarioException(file, 0, 0, "", "malformed YAML (" + oneLine(String.valueOf(e)) + ")");
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    // ---- helpers shared with Params ----

    static ScenarioException error(Path file, Node at, String path, String problem) {
        Optional<Mark> m = at == null ? Optional.empty() : at.getStartMark();
        return new ScenarioException(file, m.map(x -> x.getLine() + 1).orElse(0), m.map(x -> x.getColumn() + 1).orElse(0),
                path, problem);
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode && Tag.NULL.equals(n.getTag());
    }

    /** What a node is, for messages. */
    static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a map";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) n;
        if (isNull(n)) {
            return "an empty value";
        }
        String v = s.getValue();
        String shown = v.length() > 60 ? v.substring(0, 57) + "..." : v;
        Tag t = n.getTag();
        if (Tag.INT.equals(t) || Tag.FLOAT.equals(t)) {
            return "the number " + shown;
        }
        if (Tag.BOOL.equals(t)) {
            return "the boolean " + shown;
        }
        return "the text '" + shown + "'";
    }

    private static void plainTag(Path file, Node n, String path) throws ScenarioException {
        Tag t = n.getTag();
        boolean core = t.equals(Tag.STR) || t.equals(Tag.INT) || t.equals(Tag.FLOAT) || t.equals(Tag.BOOL)
                || t.equals(Tag.NULL) || t.equals(Tag.SEQ) || t.equals(Tag.MAP);
        if (!core) {
            throw error(file, n, path, "the tag " + t.getValue() + " is not allowed: patterns files hold plain values"
                    + " only (text, numbers, true/false, lists, maps)");
        }
    }

    /** A scalar's text (any core type), or an error naming what was expected. */
    static String scalar(Path file, Node n, String path, String what) throws ScenarioException {
        plainTag(file, n, path);
        if (!(n instanceof ScalarNode s) || isNull(n)) {
            throw error(file, n, path, "expected " + what + ", found " + describe(n));
        }
        return s.getValue();
    }

    /** A map key's text. */
    static String key(Path file, Node k, String path) throws ScenarioException {
        if (!(k instanceof ScalarNode) || isNull(k)) {
            throw error(file, k, path, "a key must be a plain name");
        }
        plainTag(file, k, path);
        return ((ScalarNode) k).getValue();
    }

    /** A map's entries by key ({key node, value node}), failing on keys not in {@code allowed}. */
    private static Map<String, Node[]> map(Path file, Node n, String path, List<String> allowed) throws ScenarioException {
        plainTag(file, n, path);
        if (!(n instanceof MappingNode m)) {
            throw error(file, n, path, "expected a map with " + String.join(", ", allowed) + ", found " + describe(n));
        }
        Map<String, Node[]> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = key(file, t.getKeyNode(), path);
            String field = path.isEmpty() ? k : path + "." + k;
            if (!allowed.contains(k)) {
                throw error(file, t.getKeyNode(), field, "unknown key '" + k + "'; expected " + String.join(", ", allowed)
                        + "." + Text.didYouMean(k, allowed));
            }
            out.put(k, new Node[] {t.getKeyNode(), t.getValueNode()});
        }
        return out;
    }

    private static Node required(Path file, Node parent, Map<String, Node[]> m, String key, String path)
            throws ScenarioException {
        Node[] kv = m.get(key);
        String field = path.isEmpty() ? key : path + "." + key;
        if (kv == null) {
            throw error(file, parent, field, "missing: " + (path.isEmpty() ? "the file" : "each pattern") + " needs '"
                    + key + "'");
        }
        if (isNull(kv[1])) {
            throw error(file, kv[1], field, "empty: give a value for '" + key + "'");
        }
        return kv[1];
    }

    private static String text(Path file, Node parent, Map<String, Node[]> m, String key, String path)
            throws ScenarioException {
        Node n = required(file, parent, m, key, path);
        String t = scalar(file, n, path + "." + key, "text");
        if (t.isBlank()) {
            throw error(file, n, path + "." + key, "empty: give a value for '" + key + "'");
        }
        return t.trim();
    }
}
