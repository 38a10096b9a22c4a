package org.sahelsim.tools;

import org.sahelsim.domain.Fixed;
import org.sahelsim.domain.Kind;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;
import org.sahelsim.format.Binder;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.format.Overrides;
import org.sahelsim.scenario.Param;
import org.sahelsim.format.RecordModel;
import org.sahelsim.format.RepoPaths;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.Vocabulary;

/**
 * Generates the tables of {@code docs/PARAMETERS.md} from the records' {@link Param}
 * annotations: one table per section of the file format (the top level, {@code factions.<id>},
 * ..., {@code levers.minusma}, ..., {@code params}), one row per value with its dotted path,
 * type, default, unit, range, meaning, source and the ranges the shipped analysis files tried
 * ({@link RangesTried}: calibration, robustness and example sweeps). The tables sit between
 * {@value #BEGIN} and {@value #END}. A second block, between {@value #FIXED_BEGIN} and
 * {@value #FIXED_END}, lists the constants written in the model's code ({@link Fixed}, found by
 * {@link FixedConstants}) with their values. Prose around the blocks is kept.
 *
 * <p>Regenerate from the repository root with
 * {@code mvn -B -q package -DskipTests && java -cp sim/target/sahelsim.jar org.sahelsim.tools.ParameterDocs}.
 */
public final class ParameterDocs {
    public static final String BEGIN = "<!-- BEGIN GENERATED: org.sahelsim.tools.ParameterDocs -->";
    public static final String END = "<!-- END GENERATED -->";
    public static final String FIXED_BEGIN = "<!-- BEGIN GENERATED: org.sahelsim.tools.ParameterDocs (constants fixed in the code) -->";
    public static final String FIXED_END = "<!-- END GENERATED (constants fixed in the code) -->";
    /** Where the document lives, relative to the repository root. */
    public static final String PATH = "docs/PARAMETERS.md";

    /** Placeholders for the keys of maps in dotted paths. */
    private static final Map<String, String> KEY_NAMES = Map.of("factions", "<id>", "latent", "<id>",
            "coalitions", "<name>", "regions", "<region>", "blocs", "<community>", "route_rents", "<route>");

    /** What the values checked against the scenario or the bundled data must be, by path. */
    static final Map<String, String> CHECKED = Map.ofEntries(
            Map.entry("factions", "keys: group ids of the bundled faction data, formed by the start"),
            Map.entry("regions", "keys: regions of the model"),
            Map.entry("route_rents", "keys: route ids of the bundled routes; values >= 0"),
            Map.entry("factions.<id>.coalition", "none or a key of coalitions"),
            Map.entry("factions.<id>.regions", "regions of the model"),
            Map.entry("factions.<id>.blocs", "shares sum to 1"),
            Map.entry("latent", "keys: not faction ids"),
            Map.entry("latent.<id>.region", "a region of the model"),
            Map.entry("minusma.bases", "places of the bundled places table"),
            Map.entry("army.regions", "regions of the model"),
            Map.entry("shocks[].at", "within the run"),
            Map.entry("shocks[].regions", "regions of the model"),
            Map.entry("shocks[].coalitions", "keys of coalitions or all_non_jihadist; at least one for preliminary_agreement and accord_signed"),
            Map.entry("shocks[].bases", "places of the bundled places table"),
            Map.entry("levers.minusma.close_bases", "bases open at the lever's start"),
            Map.entry("levers.minusma.open_bases", "places of the bundled places table"),
            Map.entry("levers.sanctions.targets", "faction or latent ids"),
            Map.entry("levers.integration.groups", "faction or latent ids, non_signatories, emerged"),
            Map.entry("levers.integration.coalition", "'' or a key of coalitions"),
            Map.entry("levers.reconciliation.regions", "regions of the model"),
            Map.entry("levers.mixed_patrols.regions", "regions of the model"),
            Map.entry("levers.state_presence.regions", "regions of the model"));

    /** One documented value. */
    public record Row(String section, String path, String type, String def, String unit, String range, String meaning,
                      String source) {
    }

    private ParameterDocs() {
    }

    /** Every documented value, section by section in the order of the file format. */
    public static List<Row> rows() {
        return rows(Scenario.class, "");
    }

    /** The rows of a record and of the records it holds, their paths below a dotted prefix ("" for none). */
    public static List<Row> rows(Class<? extends Record> record, String prefix) {
        List<Row> out = new ArrayList<>();
        walk(record, prefix, out);
        return out;
    }

    private static void walk(Class<?> record, String prefix, List<Row> out) {
        String section = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
        List<Runnable> children = new ArrayList<>();
        for (RecordModel.Component c : RecordModel.of(record).components) {
            String path = prefix + c.key;
            Param p = c.param;
            List<String> choices = Vocabulary.choices(record, c.name());
            String range = rangeText(c.type, p, choices);
            String checked = CHECKED.get(path);
            if (checked == null && c.type == MonthRef.class && path.startsWith("levers.")) {
                checked = path.endsWith(".end") ? "within the run, after start" : "within the run";
            }
            if (checked != null) {
                range = range.isEmpty() ? checked : range + "; " + checked;
            }
            out.add(new Row(section, path, typeText(c.type, path), c.required() ? "required" : p.def(), p.unit(),
                    range, p.doc(), SchemaGenerator.source(p, c.type)));
            Type t = c.type;
            if (Overrides.isRecord(t)) {
                children.add(() -> walk((Class<?>) t, path + ".", out));
            } else if (t instanceof ParameterizedType) {
                ParameterizedType pt = (ParameterizedType) t;
                Type inner = pt.getActualTypeArguments()[pt.getActualTypeArguments().length - 1];
                if (Overrides.isRecord(inner)) {
                    String sub = pt.getRawType() == List.class ? path + "[]." : path + "." + keyName(c.key) + ".";
                    children.add(() -> walk((Class<?>) inner, sub, out));
                }
            }
        }
        children.forEach(Runnable::run);
    }

    private static String keyName(String key) {
        return KEY_NAMES.getOrDefault(key, "<key>");
    }

    private static String typeText(Type t, String path) {
        if (t instanceof ParameterizedType) {
            ParameterizedType pt = (ParameterizedType) t;
            Type inner = pt.getActualTypeArguments()[pt.getActualTypeArguments().length - 1];
            if (pt.getRawType() == List.class) {
                return Overrides.isRecord(inner) ? "list (see " + path + "[])" : "list of " + typeText(inner, path);
            }
            String key = KEY_NAMES.getOrDefault(path.substring(path.lastIndexOf('.') + 1), "<key>");
            return Overrides.isRecord(inner) ? "map (see " + path + "." + key + ")" : "map of " + typeText(inner, path);
        }
        Class<?> c = (Class<?>) t;
        if (c == int.class || c == Integer.class) {
            return "whole number";
        } else if (c == double.class || c == Double.class) {
            return "number";
        } else if (c == boolean.class) {
            return "true/false";
        } else if (c == String.class) {
            return "text";
        } else if (c == Kind.class) {
            return "kind";
        } else if (c == YearMonth.class) {
            return "month (yyyy-MM)";
        } else if (c == MonthRef.class) {
            return "month (yyyy-MM or number)";
        }
        return "section (see " + path + ")";
    }

    private static String rangeText(Type t, Param p, List<String> choices) {
        if (t == Kind.class) {
            return "one of " + String.join(", ", Vocabulary.factionKinds());
        }
        if (choices != null) {
            return "one of " + String.join(", ", choices.stream().map(s -> s.isEmpty() ? "''" : s).toList());
        }
        boolean collection = t instanceof ParameterizedType;
        double min = p.min();
        double max = p.max();
        if (collection) {
            String what = ((ParameterizedType) t).getRawType() == List.class ? "item" : "entry";
            return min > 0 ? "at least " + Binder.fmt(min) + " " + what : "";
        }
        if (min > Double.NEGATIVE_INFINITY && max < Double.POSITIVE_INFINITY) {
            return Binder.fmt(min) + " to " + Binder.fmt(max);
        } else if (min > Double.NEGATIVE_INFINITY) {
            return ">= " + Binder.fmt(min);
        } else if (max < Double.POSITIVE_INFINITY) {
            return "<= " + Binder.fmt(max);
        }
        return "";
    }

    /**
     * The generated block, markers included, with a final newline, with the ranges tried by the
     * analysis files shipped under the repository root ({@link RangesTried}).
     */
    public static String generate() {
        return generate(rangesTried(RepoPaths.root()));
    }

    /**
     * The ranges that the analysis files under {@code root} tried, by documented path (every
     * path of {@link #rows()}, in their order; an empty list for a path none tried).
     *
     * @throws IllegalStateException when a shipped analysis file cannot be read or is not valid
     */
    public static Map<String, List<RangesTried.Tried>> rangesTried(Path root) {
        List<String> metrics = Metrics.ALL.stream().map(MetricDef::name).toList();
        List<RangesTried.Tried> tried;
        try {
            tried = RangesTried.read(root, metrics);
        } catch (ScenarioException | IOException e) {
            throw new IllegalStateException("cannot read the ranges tried by the analysis files: " + e.getMessage(), e);
        }
        return RangesTried.byRow(rows().stream().map(Row::path).toList(), tried);
    }

    /** The generated block with the ranges tried given by documented path (missing paths: none). */
    public static String generate(Map<String, List<RangesTried.Tried>> tried) {
        StringBuilder b = new StringBuilder();
        b.append(BEGIN).append('\n');
        b.append("<!-- Do not edit by hand: regenerate with org.sahelsim.tools.ParameterDocs. -->\n");
        String section = null;
        for (Row r : rows()) {
            if (!r.section().equals(section)) {
                section = r.section();
                b.append('\n').append("### ").append(section.isEmpty() ? "Top level" : "`" + section + "`").append("\n\n");
                b.append("| path | type | default | unit | range | meaning | source | range tried |\n");
                b.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            }
            List<String> shown = tried.getOrDefault(r.path(), List.of()).stream().map(t -> t.text(r.path()))
                    .toList();
            b.append("| `").append(cell(r.path())).append("` | ").append(cell(r.type())).append(" | ")
                    .append(r.def().equals("required") ? "required" : "`" + cell(r.def()) + "`").append(" | ")
                    .append(cell(r.unit())).append(" | ").append(cell(r.range())).append(" | ")
                    .append(cell(r.meaning())).append(" | ").append(cell(r.source())).append(" | ")
                    .append(cell(String.join("; ", shown))).append(" |\n");
        }
        b.append('\n').append(END).append('\n');
        return b.toString();
    }

    /** The block of constants fixed in the code, markers included, with a final newline. */
    public static String generateFixed() {
        StringBuilder b = new StringBuilder();
        b.append(FIXED_BEGIN).append('\n');
        b.append("<!-- Do not edit by hand: regenerate with org.sahelsim.tools.ParameterDocs. -->\n\n");
        b.append("| where | constant | value | unit | meaning | source |\n");
        b.append("| --- | --- | --- | --- | --- | --- |\n");
        for (FixedConstants.Constant c : FixedConstants.all()) {
            b.append("| `").append(cell(c.where())).append("` | `").append(cell(c.name())).append("` | `")
                    .append(cell(c.value())).append("` | ").append(cell(c.fixed().unit())).append(" | ")
                    .append(cell(c.fixed().doc())).append(" | ").append(cell(c.fixed().source())).append(" |\n");
        }
        b.append('\n').append(FIXED_END).append('\n');
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /**
     * The document with its generated blocks replaced (the parameters' block appended when it
     * has none; the block of fixed constants replaced only where the document has its markers,
     * see {@link #main}); prose outside the markers is kept.
     */
    public static String update(String document) {
        String out = replace(document, BEGIN, END, generate());
        return fixedBlock(out) == null ? out : replace(out, FIXED_BEGIN, FIXED_END, generateFixed());
    }

    private static String replace(String document, String beginMarker, String endMarker, String generated) {
        int begin = document.indexOf(beginMarker);
        int end = begin < 0 ? -1 : document.indexOf(endMarker, begin);
        if (begin < 0 || end < begin) {
            return document + (document.isEmpty() || document.endsWith("\n") ? "" : "\n") + generated;
        }
        int after = end + endMarker.length();
        if (after < document.length() && document.charAt(after) == '\n') {
            after++;
        }
        return document.substring(0, begin) + generated + document.substring(after);
    }

    /** The generated block of parameters as it stands in a document, or null when it has none. */
    public static String block(String document) {
        return block(document, BEGIN, END);
    }

    /** The generated block of constants fixed in the code as it stands in a document, or null. */
    public static String fixedBlock(String document) {
        return block(document, FIXED_BEGIN, FIXED_END);
    }

    private static String block(String document, String beginMarker, String endMarker) {
        int begin = document.indexOf(beginMarker);
        int end = begin < 0 ? -1 : document.indexOf(endMarker, begin);
        if (begin < 0 || end < begin) {
            return null;
        }
        return document.substring(begin, end + endMarker.length()) + "\n";
    }

    /** Updates the file given, or {@value #PATH} under the repository root. */
    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : RepoPaths.root().resolve(PATH);
        String old = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
        if (fixedBlock(old) == null) {
            old = old + (old.isEmpty() || old.endsWith("\n") ? "" : "\n") + "\n## Constants fixed in the code\n\n" + FIXED_BEGIN
                    + "\n" + FIXED_END + "\n";
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, update(old), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }
}
