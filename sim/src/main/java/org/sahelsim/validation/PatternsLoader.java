package org.sahelsim.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sahelsim.format.Binder;
import org.sahelsim.format.PatternsSpec;
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
 *     period: 2012-2015              # optional: the span of the history it belongs to
 * </pre>
 * Plain YAML only, read by the scenario files' reader ({@link YamlReader}: YAML 1.2 core schema,
 * no other tags, no duplicate keys, bounded aliases and size) and bound to a {@link PatternsSpec}
 * by the binder of scenario files (keys, types, "did you mean" hints; schema
 * {@code scenarios/patterns.schema.json}); checked together here, each measure's parameters read
 * by {@link Params}. Every problem fails with a {@link ScenarioException} naming the file, line,
 * column and field path.
 */
public final class PatternsLoader {
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
        PatternsSpec.Loaded loaded = PatternsSpec.load(file);
        Map<String, YNode.Pos> at = loaded.positions();
        Path base = file.toAbsolutePath().getParent();
        String scenarioText = loaded.spec().scenario();
        Path scenario = (base == null ? Path.of(scenarioText) : base.resolve(scenarioText)).normalize();
        if (!Files.isRegularFile(scenario)) {
            throw Binder.error(at.get("scenario"), "scenario", "no scenario file at " + scenario
                    + " (the path is read relative to this patterns file)");
        }
        List<Pattern> patterns = new ArrayList<>();
        Map<String, YNode.Pos> ids = new LinkedHashMap<>();
        for (PatternsSpec.Pattern p : loaded.spec().patterns()) {
            patterns.add(pattern(file, p, "patterns[" + patterns.size() + "]", loaded, ids));
        }
        return new PatternSet(file, scenario, patterns);
    }

    private static Pattern pattern(Path file, PatternsSpec.Pattern p, String path, PatternsSpec.Loaded loaded,
                                   Map<String, YNode.Pos> ids) throws ScenarioException {
        Map<String, YNode.Pos> at = loaded.positions();
        String id = p.id();
        if (!ID.matcher(id).matches()) {
            throw Binder.error(at.get(path + ".id"), path + ".id", "'" + id + "' is not a valid id: use lower-case"
                    + " letters, digits and '_', starting with a letter");
        }
        if (ids.containsKey(id)) {
            throw Binder.error(at.get(path + ".id"), path + ".id", "duplicate id '" + id + "' (first at line "
                    + ids.get(id).line() + ")");
        }
        ids.put(id, at.get(path + ".id"));
        String description = text(at, path + ".description", p.description());
        String source = text(at, path + ".source", p.source());
        if (p.measure().size() != 1) {
            throw Binder.error(at.get(path + ".measure"), path + ".measure", "expected one measure as a map of its"
                    + " name to its parameters, e.g. {pact_forms_and_breaks: {kinds: [separatist, jihadist],"
                    + " max_months: 12}}, found a map of " + p.measure().size() + " keys; measures: "
                    + String.join(", ", Measures.ALL.keySet()));
        }
        Map.Entry<String, YNode> t = p.measure().entrySet().iterator().next();
        String name = t.getKey();
        String field = path + ".measure." + name;
        Measures.Factory factory = Measures.ALL.get(name);
        if (factory == null) {
            throw Binder.error(loaded.keyPositions().get(field), field, "unknown measure '" + name + "'; measures: "
                    + String.join(", ", Measures.ALL.keySet()) + "." + Text.didYouMean(name, Measures.ALL.keySet()));
        }
        Params params = new Params(file, field, t.getValue());
        java.time.YearMonth[] window = params.window(Params.WITHIN);
        Measure measure = factory.create(params);
        if (window != null) {
            measure = new Windowed(measure, window[0], window[1]);
        }
        if (!(p.threshold() > 0 && p.threshold() <= 1)) {
            throw Binder.error(at.get(path + ".threshold"), path + ".threshold", "the share of replications that"
                    + " must reproduce the pattern must be above 0 and at most 1, was " + Binder.fmt(p.threshold()));
        }
        if (loaded.keyPositions().containsKey(path + ".period") && p.period().isBlank()) {
            throw Binder.error(at.get(path + ".period"), path + ".period", "the period is empty; name it, e.g."
                    + " 2012-2015");
        }
        return new Pattern(id, description, source, name + render(t.getValue()), measure,
                p.threshold(), p.period());
    }

    /** A text that must not be blank, trimmed. */
    private static String text(Map<String, YNode.Pos> at, String field, String text) throws ScenarioException {
        if (text.isBlank()) {
            throw Binder.error(at.get(field), field, "empty: give a value for '" + field.substring(field.lastIndexOf('.')
                    + 1) + "'");
        }
        return text.trim();
    }

    /** The parameters as written, in flow style: {@code {kinds: [a, b], max_months: 12}}. */
    static String render(YNode n) {
        if (YNode.isNull(n)) {
            return "{}";
        }
        if (n instanceof YNode.Scalar s) {
            return s.text;
        }
        if (n instanceof YNode.Seq s) {
            return s.items.stream().map(PatternsLoader::render).collect(Collectors.joining(", ", "[", "]"));
        }
        return ((YNode.Map) n).entries.entrySet().stream().map(e -> e.getKey() + ": " + render(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
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
}
