package org.sahelsim.tools;

import org.sahelsim.domain.Kind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelsim.scenario.AbcSpec;
import org.sahelsim.format.Binder;
import org.sahelsim.format.ExperimentSpec;
import org.sahelsim.format.PatternsSpec;
import org.sahelsim.format.ListShorthand;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.Param;
import org.sahelsim.format.RecordModel;
import org.sahelsim.format.RepoPaths;
import org.sahelsim.format.RobustnessSpec;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.format.SweepSpec;
import org.sahelsim.format.Vocabulary;
import org.sahelsim.format.YNode;

/**
 * Generates the JSON Schema (draft 2020-12) of scenario files from the records and their
 * {@link Param} annotations: types, descriptions with unit and source, ranges, defaults,
 * enums, required keys, no unknown keys. Editors use it to complete and check scenario files
 * ({@code # yaml-language-server: $schema=schema.json}); the loader stays the authority.
 *
 * <p>A file with {@code extends} may give only part of a scenario, so the schema has two
 * forms of every record: complete ones (with required keys) for files without
 * {@code extends}, and partial ones ({@code ...Part}, nothing required) for files with it.
 *
 * <p>Regenerate {@code scenarios/schema.json} from the repository root with
 * {@code mvn -B -q package -DskipTests && java -cp sim/target/sahelsim.jar org.sahelsim.tools.SchemaGenerator}.
 */
public final class SchemaGenerator {
    public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    /** Where the schema lives, relative to the repository root. */
    public static final String PATH = "scenarios/schema.json";
    static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ObjectNode defs = F.objectNode();
    private final Deque<Class<?>> pending = new ArrayDeque<>();
    private final Set<String> queued = new HashSet<>();

    private SchemaGenerator() {
    }

    /** The schema as pretty-printed JSON with a final newline. */
    public static String generate() {
        return new SchemaGenerator().build();
    }

    /**
     * A file whose whole content is one record, and its schema.
     *
     * @param path        where the schema lives, relative to the repository root
     * @param root        the record the file binds to
     * @param title       the schema's title
     * @param description what such a file is, for the schema's readers
     */
    public record RecordSchema(String path, Class<? extends Record> root, String title, String description) {
        /** The schema as pretty-printed JSON with a final newline. */
        public String generate() {
            return SchemaGenerator.generate(root, title, description);
        }
    }

    /** The schema of a calibration file of method abc-smc ({@link AbcSpec}). */
    public static final RecordSchema CALIBRATION = new RecordSchema("scenarios/calibration.schema.json", AbcSpec.class,
            "sahelsim calibration (abc-smc)", "A calibration of the sahelsim model by approximate Bayesian computation"
            + " (sahelsim calibrate FILE): the scenario, the patterns file and the period of its patterns fitted, the"
            + " uniform prior of each parameter by dotted scenario path, and how the sampler runs. Generated from the"
            + " record AbcSpec by org.sahelsim.tools.SchemaGenerator; the loader is the authority.");

    /** The schema of an experiment file, the input of {@code compare} ({@link ExperimentSpec}). */
    public static final RecordSchema EXPERIMENT = new RecordSchema("scenarios/experiment.schema.json",
            ExperimentSpec.class, "sahelsim experiment", "An experiment for 'sahelsim compare': a baseline scenario and"
            + " named variants, each the baseline with some scenario values set by dotted path, compared on common"
            + " random numbers. The values under a set are scenario values of any type, checked by the loader."
            + " Generated from the record ExperimentSpec by org.sahelsim.tools.SchemaGenerator; the loader (sahelsim"
            + " check) is the authority.");

    /** The schema of a robustness file, the input of {@code robustness} ({@link RobustnessSpec}). */
    public static final RecordSchema ROBUSTNESS = new RecordSchema("scenarios/robustness.schema.json",
            RobustnessSpec.class, "sahelsim robustness", "A robustness analysis for 'sahelsim robustness': the variants"
            + " of an experiment ranked on a metric across a design over uncertain parameters, written as in a sweep"
            + " file (whose schema describes the design's keys). Generated from the record RobustnessSpec by"
            + " org.sahelsim.tools.SchemaGenerator; the loader (sahelsim check) is the authority.");

    /** The schema of a patterns file, the input of {@code validate} ({@link PatternsSpec}). */
    public static final RecordSchema PATTERNS = new RecordSchema("scenarios/patterns.schema.json", PatternsSpec.class,
            "sahelsim patterns", "The patterns a scenario should reproduce, for 'sahelsim validate': the scenario and"
            + " each pattern's measure with its parameters and the share of replications that must reproduce it."
            + " The parameters of each measure are checked by the loader. Generated from the record PatternsSpec by"
            + " org.sahelsim.tools.SchemaGenerator; the loader (sahelsim check) is the authority.");

    /** The schemas of files of one record, written with the scenario schema. */
    public static final RecordSchema SWEEP = new RecordSchema("scenarios/sweep.schema.json", SweepSpec.class,
            "sahelsim sweep", "A parameter sweep for 'sahelsim sweep' (and 'sahelsim calibrate' over a designed"
            + " experiment): a base scenario, a designed experiment (factorial, lhs, sobol, morris, ensemble) over"
            + " scenario values addressed by dotted path, replications, and optionally a baseline point and a"
            + " scenario-discovery question. Generated from the record SweepSpec by org.sahelsim.tools.SchemaGenerator;"
            + " the loader (sahelsim check) is the authority.");

    public static final List<RecordSchema> RECORD_SCHEMAS = List.of(CALIBRATION, EXPERIMENT, PATTERNS, ROBUSTNESS,
            SWEEP);

    /**
     * The schema of a file whose whole content is one record, from its annotations and those of
     * the records it holds (complete forms only: such a file has no {@code extends}).
     */
    public static String generate(Class<? extends Record> root, String title, String description) {
        SchemaGenerator g = new SchemaGenerator();
        ObjectNode node = F.objectNode();
        node.put("$schema", DRAFT);
        node.put("title", title);
        node.put("description", description);
        node.put("$ref", g.ref(root, false));
        while (!g.pending.isEmpty()) {
            g.defineRecord(g.pending.removeFirst(), false);
        }
        node.set("$defs", g.defs);
        return write(node);
    }

    /**
     * Writes the scenario schema to the path given, or to {@value #PATH} under the repository
     * root; with no argument, each of {@link #RECORD_SCHEMAS} to its path as well.
     */
    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : RepoPaths.root().resolve(PATH);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, generate(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
        for (RecordSchema r : args.length == 0 ? RECORD_SCHEMAS : List.<RecordSchema>of()) {
            Path p = RepoPaths.root().resolve(r.path());
            Files.writeString(p, r.generate(), StandardCharsets.UTF_8);
            System.out.println("wrote " + p);
        }
    }

    private String build() {
        ObjectNode root = F.objectNode();
        root.put("$schema", DRAFT);
        root.put("title", "sahelsim scenario");
        root.put("description", "A scenario of the sahelsim model of armed-group alliances in Mali. Keys are"
                + " snake_case; money is in USD a month, utilities in USD per fighter a month. A key left out (or"
                + " given no value) takes its default. Generated from the scenario records by"
                + " org.sahelsim.tools.SchemaGenerator; the loader (sahelsim check) is the authority.");
        root.put("type", "object");
        ObjectNode ifExt = root.putObject("if");
        ifExt.putArray("required").add(ScenarioLoader.EXTENDS);
        root.putObject("then").put("$ref", ref(Scenario.class, true));
        root.putObject("else").put("$ref", ref(Scenario.class, false));
        while (!pending.isEmpty()) {
            Class<?> c = pending.removeFirst();
            defineRecord(c, false);
            defineRecord(c, true);
        }
        root.set("$defs", defs);
        return write(root);
    }

    static String write(JsonNode node) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pp.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(pp).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name of a record's definition: "FactionSpec", "LeversSpec.Minusma", "...Part" for partial forms. */
    static String defName(Class<?> c, boolean partial) {
        String name = c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
        return partial ? name + "Part" : name;
    }

    private String ref(Class<?> c, boolean partial) {
        if (queued.add(c.getName())) {
            pending.addLast(c);
        }
        return "#/$defs/" + defName(c, partial);
    }

    private void defineRecord(Class<?> c, boolean partial) {
        RecordModel model = RecordModel.of(c);
        ObjectNode def = defs.putObject(defName(c, partial));
        def.put("type", "object");
        ObjectNode props = def.putObject("properties");
        if (c == Scenario.class) {
            ObjectNode ext = props.putObject(ScenarioLoader.EXTENDS);
            ext.put("type", "string");
            ext.put("minLength", 1);
            ext.put("description", "A scenario file this one builds on, relative to this file's folder. Its values"
                    + " apply unless this file gives others: maps merge key by key, lists and single values replace,"
                    + " and a key given no value removes the inherited one.");
        }
        ArrayNode required = F.arrayNode();
        for (RecordModel.Component comp : model.components) {
            ObjectNode p = F.objectNode();
            p.put("description", describe(comp.param, comp.type));
            p.setAll(valueSchema(comp.type, partial, Vocabulary.schemaChoices(c, comp.name()), comp.param));
            props.set(comp.key, p);
            if (comp.required()) {
                required.add(comp.key);
            } else if (!YNode.isNull(comp.def) || comp.type == MonthRef.class) { // a key left out is none
                p.set("default", defaultJson(comp.def, comp.type));
            }
        }
        if (!partial && required.size() > 0) {
            def.set("required", required);
        }
        def.put("additionalProperties", false);
    }

    /** The schema of one value; {@code param} (for a record component) adds description and range. */
    private ObjectNode valueSchema(Type type, boolean partial, List<String> choices, Param param) {
        ObjectNode s = F.objectNode();
        if (type instanceof ParameterizedType) {
            ParameterizedType pt = (ParameterizedType) type;
            if (pt.getRawType() == List.class) {
                s.put("type", "array");
                s.set("items", valueSchema(pt.getActualTypeArguments()[0], partial, choices, null));
                if (param != null && param.min() > 0) {
                    s.put("minItems", (long) param.min());
                }
                if (param != null && param.max() < Double.POSITIVE_INFINITY) {
                    s.put("maxItems", (long) param.max());
                }
            } else {
                s.put("type", "object");
                ObjectNode value = valueSchema(pt.getActualTypeArguments()[1], partial, null, null);
                if (partial) {
                    // in a file that extends another, an entry given no value removes the inherited one
                    ObjectNode either = F.objectNode();
                    ArrayNode any = either.putArray("anyOf");
                    any.add(value);
                    any.addObject().put("type", "null");
                    value = either;
                }
                s.set("additionalProperties", value);
                if (param != null && param.min() > 0 && !partial) {
                    s.put("minProperties", (long) param.min());
                }
            }
            return s;
        }
        Class<?> c = (Class<?>) type;
        if (c == MonthRef.class) {
            ArrayNode any = s.putArray("anyOf");
            any.addObject().put("type", "integer").put("minimum", 0);
            any.addObject().put("type", "string").put("pattern", MONTH_PATTERN);
            if (param != null && "null".equals(param.def())) {
                any.addObject().put("type", "null");
            }
            return s;
        }
        if (c.isRecord() && c.isAnnotationPresent(ListShorthand.class)) {
            // a list alone, or the map
            RecordModel.Component list = RecordModel.of(c).component(c.getAnnotation(ListShorthand.class).value());
            ArrayNode one = s.putArray("oneOf");
            one.add(valueSchema(list.type, partial, null, list.param));
            one.addObject().put("$ref", ref(c, partial));
            return s;
        }
        if (c.isRecord()) {
            s.put("$ref", ref(c, partial));
            return s;
        }
        if (c == YNode.class) {
            return s; // any value: its meaning depends on where it goes (an override's value)
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            s.put("type", "integer");
        } else if (c == double.class || c == Double.class) {
            s.put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            s.put("type", "boolean");
        } else if (c == YearMonth.class) {
            s.put("type", "string");
            s.put("pattern", MONTH_PATTERN);
        } else if (c == Kind.class) {
            s.put("type", "string");
            ArrayNode e = s.putArray("enum");
            Vocabulary.factionKinds().forEach(e::add);
        } else if (c == String.class) {
            s.put("type", "string");
            if (choices != null) {
                ArrayNode e = s.putArray("enum");
                choices.forEach(e::add);
            }
        } else {
            throw new IllegalStateException("no schema for " + c);
        }
        if (param != null && param.min() > Double.NEGATIVE_INFINITY) {
            s.set("minimum", number(param.min()));
        }
        if (param != null && param.max() < Double.POSITIVE_INFINITY) {
            s.set("maximum", number(param.max()));
        }
        return s;
    }

    /** "doc. Unit: u. Source: s." (the source for numbers, or where one is named). */
    static String describe(Param p, Type type) {
        StringBuilder b = new StringBuilder(p.doc());
        if (!p.doc().endsWith(".")) {
            b.append('.');
        }
        if (!p.unit().isEmpty()) {
            b.append(" Unit: ").append(p.unit()).append('.');
        }
        String source = source(p, type);
        if (!source.isEmpty()) {
            b.append(" Source: ").append(source).append('.');
        }
        return b.toString();
    }

    /**
     * The source to show: always for numbers (where "assumption" tells the reader the value
     * is the modellers' choice), otherwise only when one is named.
     */
    static String source(Param p, Type type) {
        boolean number = type == int.class || type == double.class || type == Integer.class || type == Double.class;
        return number || !"assumption".equals(p.source()) ? p.source() : "";
    }

    private static JsonNode number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 0x1p53 ? F.numberNode((long) x) : F.numberNode(x);
    }

    /** A default, parsed from its YAML text, as JSON of the component's type. */
    static JsonNode defaultJson(YNode n, Type type) {
        if (YNode.isNull(n)) {
            return F.nullNode();
        }
        if (n instanceof YNode.Seq) {
            ArrayNode a = F.arrayNode();
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (YNode i : ((YNode.Seq) n).items) {
                a.add(defaultJson(i, item));
            }
            return a;
        }
        if (n instanceof YNode.Map) {
            ObjectNode o = F.objectNode();
            for (Map.Entry<String, YNode> e : ((YNode.Map) n).entries.entrySet()) {
                Type vt = type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments()[1]
                        : RecordModel.of((Class<?>) type).component(e.getKey()).type;
                o.set(e.getKey(), defaultJson(e.getValue(), vt));
            }
            return o;
        }
        YNode.Scalar s = (YNode.Scalar) n;
        if (type == YNode.class) {
            // a raw value: the JSON type of its YAML type
            type = switch (s.type) {
                case INT -> long.class;
                case FLOAT -> double.class;
                case BOOL -> boolean.class;
                default -> String.class;
            };
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || (type == MonthRef.class && s.type == YNode.ScalarType.INT)) {
            BigInteger v = Binder.parseInt(s.text);
            return F.numberNode(v.longValueExact());
        }
        if (type == double.class || type == Double.class) {
            Double d = s.type == YNode.ScalarType.INT ? Double.valueOf(Binder.parseInt(s.text).doubleValue())
                    : Binder.parseFloat(s.text);
            return number(d);
        }
        if (type == boolean.class || type == Boolean.class) {
            return F.booleanNode(s.text.equalsIgnoreCase("true"));
        }
        return F.textNode(s.text);
    }
}
