package org.sahelsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sahelsim.format.YNode;
import org.sahelsim.format.YamlReader;
import org.sahelsim.scenario.ScenarioException;

/**
 * The report page of a whole sweep (a single-machine sweep or a merge of its shards): what
 * was run, the parameters swept, the scenario-discovery box (PRIM: ranges, coverage and
 * density), the sensitivity indices with their ranking charts embedded, the first design
 * points, and the provenance. One self-contained file; every text from a file is escaped.
 * Reads only the folder's small files (manifest, points, sensitivity, discovery, charts):
 * never the time series, so it costs nothing however many runs the sweep has. A folder of
 * {@code calibrate} adds its ranking of the design points ({@code calibration.csv}: the best
 * {@value #CALIBRATION_ROWS}) and the best point's scenario file.
 */
public final class SweepReport {
    private SweepReport() {
    }

    /** Rows of points.csv shown in the page (the file has them all). */
    static final int POINT_ROWS = 30;
    /** Rows of calibration.csv shown in the page. */
    static final int CALIBRATION_ROWS = 20;

    /** Writes {@code report.html} into a sweep folder. */
    public static void build(Path folder) throws IOException {
        JsonNode m = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        StringBuilder b = new StringBuilder(1 << 16);
        String name = m.path("sweep").path("name").asText("");
        boolean calibration = "calibrate".equals(m.path("command").asText());
        String kind = calibration ? "Calibration" : "Sweep";
        head(b, "sahelsim " + kind.toLowerCase(java.util.Locale.ROOT) + " " + name, kind + ": " + name);
        List<String> against = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (calibration) {
            against.add("<strong>a search for constants</strong>, each design point at its own values: the table is"
                    + " the fit of the shipped posterior, the one to beat");
            notes.add("A point's share of replications reproducing a pattern is itself an estimate: the best of many"
                    + " points is flattered by chance, so check it on fresh replications (<code>validate --scenario"
                    + " best.yaml</code>) before adopting it.");
        } else {
            against.addAll(designAgainst(m.path("sweep")));
            against.addAll(baselineAgainst(sweepScenario(folder)));
            notes.add("Each point's figures cover run-to-run chance over its replications only; the sensitivity"
                    + " indices' intervals are by bootstrap over the design points. Levers are policy inputs: the"
                    + " validation checks the mechanisms, not the effect of any lever.");
        }

        // the answer first (the calibration's best points, the discovery box), how far to trust
        // it, then the details (sensitivity, charts, points), what was run and provenance last,
        // as in the comparison's report

        Path ranking = folder.resolve("calibration.csv");
        if (calibration && Files.isRegularFile(ranking)) {
            JsonNode c = m.path("calibration");
            b.append("<h2>Calibration against the patterns</h2><p>Patterns file <code>")
                    .append(Html.esc(m.path("patterns_file").path("path").asText(""))).append("</code>. Each design point's")
                    .append(" share of replications reproducing each pattern (<code>pattern_&lt;id&gt;</code>), the number")
                    .append(" of patterns whose share meets its threshold (<code>patterns_passed</code>) and the")
                    .append(" <code>shortfall</code> (sum of threshold minus share over the patterns that fail); ranked by")
                    .append(" patterns passed, then shortfall, then point. The best ").append(CALIBRATION_ROWS)
                    .append(" points (all in <code>calibration.csv</code>). The best point, ")
                    .append(Html.esc(c.path("best_point").asText(""))).append(", passes ")
                    .append(Html.esc(c.path("patterns_passed").asText(""))).append(" of ")
                    .append(Html.esc(c.path("patterns").asText(""))).append(" patterns; its scenario is <code>")
                    .append(Html.esc(c.path("best_scenario").asText(""))).append("</code> (check it with <code>sahelsim")
                    .append(" validate --scenario best.yaml</code>).</p>");
            table(b, ranking, CALIBRATION_ROWS, null);
        }

        Path discovery = folder.resolve("discovery.csv");
        if (Files.isRegularFile(discovery)) {
            b.append("<h2>Scenario discovery (PRIM)</h2>");
            JsonNode d = m.path("analysis").path("discovery");
            if (!d.isMissingNode() && !d.isNull()) {
                b.append("<p>Outcome: ").append(Html.esc(d.path("outcome").asText(""))).append(", holding in ")
                        .append(Html.esc(d.path("share_of_runs").asText(""))).append(" of runs. Box of ")
                        .append(Html.esc(d.path("points_in_box").asText(""))).append(" of ")
                        .append(Html.esc(d.path("points").asText(""))).append(" points: coverage ")
                        .append(Html.esc(d.path("coverage").asText(""))).append(" (share of all cases where the outcome holds that")
                        .append(" fall in the box), density ").append(Html.esc(d.path("density").asText("")))
                        .append(" (share of cases in the box where it holds).</p>");
            }
            b.append("<p>The parameter ranges where the outcome holds most often (restricted ranges in bold):</p>");
            table(b, discovery, Integer.MAX_VALUE, "restricted");
        }

        trust(b, m, against, notes);
        Path sensitivity = folder.resolve("sensitivity.csv");
        if (Files.isRegularFile(sensitivity)) {
            b.append("<h2>Sensitivity</h2><p>Indices computed on each design point's mean over its replications of each")
                    .append(" metric's final value (counts totalled, levels at the last month); intervals by bootstrap.")
                    .append(calibration ? " For a pattern (<code>pattern_&lt;id&gt;</code>) that mean is the share of"
                            + " replications reproducing it; <code>patterns_passed</code> is computed per point." : "")
                    .append("</p>");
            table(b, sensitivity, 400, null);
        }
        charts(b, folder);
        Path points = folder.resolve("points.csv");
        if (Files.isRegularFile(points)) {
            b.append("<h2>Design points</h2><p>The first ").append(POINT_ROWS)
                    .append(" points (all of them are in <code>points.csv</code>; per-point statistics in <code>summary.csv</code>).</p>");
            table(b, points, POINT_ROWS, null);
        }
        b.append("<h2>Loading the outputs</h2><pre>R:      runs &lt;- read.csv(\"runs.csv\"); points &lt;- read.csv(\"points.csv\")\n")
                .append("pandas: runs = pd.read_csv(\"runs.csv\"); points = pd.read_csv(\"points.csv\")\n")
                .append("        df = runs.merge(points, left_on=\"variant\", right_on=\"point\")</pre>");
        whatWasRun(b, m, "sweep");
        b.append("</table>");
        provenance(b, m, List.of("sweep_sha256", "resolved_sha256", "scenario_files", "patterns_file", "git_dirty",
                "format_version"));
        b.append("</body></html>\n");
        Files.writeString(folder.resolve("report.html"), b.toString(), StandardCharsets.UTF_8);
    }

    /** The page's head and style, its title and the notice that the model is not a forecast. */
    static void head(StringBuilder b, String title, String heading) {
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.esc(title)).append("</title><style>")
                .append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;line-height:1.45;color:#222}")
                .append(".notice{background:#fff4ec;border:3px solid #D55E00;border-radius:6px;padding:.5em 1em;margin:1em 0}")
                .append(".notice h2{margin:.2em 0;font-size:1.15em}.notice-main{color:#8a3000}.small{color:#555;font-size:90%}")
                .append("#validation p{margin:.3em 0}table.validation{background:#fff;font-size:90%}td.num{text-align:right}code.col{font-size:80%;color:#666}")
                .append("table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}")
                .append("th{background:#f1f1f1}img{max-width:100%;border:1px solid #ddd;margin:.4em 0}code{background:#f5f5f5}")
                .append("</style></head><body>");
        b.append("<h1>").append(Html.esc(heading)).append("</h1>");
    }

    /**
     * "How far to trust it", right under the title of a sweep, calibration or robustness page:
     * the notice that the model is not a forecast, the validation status the program bundles
     * ({@link ValidationBox}) with how the folder's runs stand against it ({@code against}, after
     * the model version read from manifest {@code m}), then {@code notes}.
     */
    static void trust(StringBuilder b, JsonNode m, List<String> against, List<String> notes) {
        Validated v = Validated.bundled();
        List<String> all = new ArrayList<>();
        all.add(ValidationBox.modelLine(v, m));
        all.addAll(against);
        b.append("<section id=\"trust\" class=\"notice\" role=\"note\"><h2>How far to trust it: <span class=\"notice-main\">")
                .append(Html.esc(HtmlPage.NOTICE)).append("</span></h2>").append(ValidationBox.html(v, all));
        if (!notes.isEmpty()) {
            b.append("<ul>");
            notes.forEach(n -> b.append("<li>").append(n).append("</li>"));
            b.append("</ul>");
        }
        b.append("</section>");
    }

    /**
     * How the points of a design ({@code design}: the manifest's {@code sweep} or
     * {@code robustness} object) stand against the validated constants: drawn from the
     * validated ensemble or another, or at the scenario's fixed constants with those the design
     * varies named.
     */
    static List<String> designAgainst(JsonNode design) {
        Validated v = Validated.bundled();
        JsonNode ens = design.path("ensemble");
        if (ens.isObject()) {
            return List.of(ValidationBox.ensembleLine(v, ens.path("file").asText(""), ens.path("sha256").asText("")));
        }
        List<String> out = new ArrayList<>();
        out.add(ValidationBox.ensembleLine(v, "", ""));
        List<String> constants = new ArrayList<>();
        design.path("parameters").forEach(p -> {
            if (p.asText().startsWith("params.")) {
                constants.add("<code>" + Html.esc(p.asText()) + "</code>");
            }
        });
        if (!constants.isEmpty()) {
            out.add("<strong>constants varied over the design's ranges</strong>: " + String.join(", ", constants));
        }
        return out;
    }

    /** The line on a baseline scenario (a resolved scenario's map, named by its name), or none when the folder lacks it. */
    static List<String> baselineAgainst(YNode node) {
        if (!(node instanceof YNode.Map base)) {
            return List.of();
        }
        String name = base.entries.get("name") instanceof YNode.Scalar n ? n.text : "the base scenario";
        return List.of(ValidationBox.baselineLine(Validated.bundled(), name, base));
    }

    /** The base scenario of a sweep folder's {@code scenario.resolved.yaml} (its {@code scenario:} map), or null. */
    private static YNode sweepScenario(Path folder) {
        Path f = folder.resolve("scenario.resolved.yaml");
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            return YamlReader.readFile(f) instanceof YNode.Map top ? top.entries.get("scenario") : null;
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(f.getFileName() + ": " + e.problem());
        }
    }

    /** "What was run": the manifest's main fields, then those of its object {@code object}; leaves the table open. */
    static void whatWasRun(StringBuilder b, JsonNode m, String object) {
        b.append("<h2>What was run</h2><table>");
        for (String[] row : new String[][] {{"status", "status"}, {"runs", "runs"}, {"master seed", "master_seed"},
                {"seed rule", "seed_rule"}, {"program version", "version"}, {"git commit", "git_commit"},
                {"command line", "command_line"}, {"started", "started"}, {"finished", "finished"},
                {"threads", "threads"}, {"JVM", "jvm"}}) {
            JsonNode v = m.get(row[1]);
            if (v != null && !v.isNull()) {
                row(b, row[0], v, false);
            }
        }
        JsonNode o = m.get(object);
        if (o != null && o.isObject()) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                row(b, object + "." + e.getKey(), e.getValue(), false);
            }
        }
    }

    /** A table row: the key, then the manifest's value (its text, else its JSON), in {@code <code>} when asked. */
    private static void row(StringBuilder b, String key, JsonNode value, boolean code) {
        String v = Html.esc(value.isTextual() ? value.asText() : value.toString());
        b.append("<tr><th>").append(Html.esc(key)).append("</th><td>").append(code ? "<code>" + v + "</code>" : v)
                .append("</td></tr>");
    }

    /** The charts of {@code charts/}, embedded. */
    static void charts(StringBuilder b, Path folder) throws IOException {
        Path charts = folder.resolve("charts");
        if (Files.isDirectory(charts)) {
            List<Path> pngs;
            try (Stream<Path> s = Files.list(charts)) {
                pngs = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
            }
            if (!pngs.isEmpty()) {
                b.append("<h2>Charts</h2>");
                for (Path p : pngs) {
                    b.append("<figure><img alt=\"").append(Html.esc(p.getFileName().toString()))
                            .append("\" src=\"data:image/png;base64,")
                            .append(Base64.getEncoder().encodeToString(Files.readAllBytes(p)))
                            .append("\"><figcaption>").append(Html.esc(p.getFileName().toString())).append("</figcaption></figure>");
                }
            }
        }
    }

    /** The provenance table: the manifest's fields {@code keys}. */
    static void provenance(StringBuilder b, JsonNode m, List<String> keys) {
        b.append("<h2>Provenance</h2><table>");
        for (String k : keys) {
            JsonNode v = m.get(k);
            if (v != null && !v.isNull()) {
                row(b, k, v, true);
            }
        }
        b.append("</table>");
    }

    /** A CSV file as an HTML table, at most {@code max} rows; a column named {@code bold} marks rows to embolden. */
    static void table(StringBuilder b, Path csv, int max, String bold) throws IOException {
        table(b, csv, max, bold, null, null);
    }

    /** As {@link #table(StringBuilder, Path, int, String)}, only the rows whose {@code column} holds {@code value} (all when null). */
    static void table(StringBuilder b, Path csv, int max, String bold, String column, String value) throws IOException {
        try (CSVParser p = Csv.open(csv)) {
            List<String> header = new ArrayList<>(p.getHeaderNames());
            b.append(header.stream().map(h -> "<th>" + Html.esc(h) + "</th>")
                    .collect(Collectors.joining("", "<table><tr>", "</tr>")));
            int n = 0;
            for (CSVRecord rec : p) {
                if (column != null && !value.equals(rec.get(column))) {
                    continue;
                }
                if (n++ >= max) {
                    break;
                }
                boolean strong = bold != null && header.contains(bold) && "true".equals(rec.get(bold));
                b.append(header.stream().map(h -> strong ? "<td><b>" + Html.esc(rec.get(h)) + "</b></td>"
                        : "<td>" + Html.esc(rec.get(h)) + "</td>").collect(Collectors.joining("", "<tr>", "</tr>")));
            }
            b.append("</table>");
        }
    }
}
