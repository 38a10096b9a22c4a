package org.sahelsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;

/**
 * The report page of a robustness analysis ({@code sahelsim robustness}): the question (the
 * experiment, the ranking metric and its direction, the design), the ranking at the nominal
 * values and the share of design points keeping it, how often each ranking occurs, the
 * pairs of variants whose order flips and the PRIM box where it flips, the effects at the
 * nominal values, the sensitivity of each variant's effect to the uncertain parameters with
 * its charts, the first design points and the provenance. One self-contained file; every text
 * from a file is escaped. Reads only the folder's small files, built with the helpers of
 * {@link SweepReport}.
 */
public final class RobustnessReport {
    private RobustnessReport() {
    }

    /** Writes {@code report.html} into a robustness folder. */
    public static void build(Path folder) throws IOException {
        JsonNode m = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        JsonNode a = m.path("robustness");
        String name = a.path("name").asText("");
        StringBuilder b = new StringBuilder(1 << 16);
        SweepReport.head(b, "sahelsim robustness " + name, "Robustness: " + name);
        List<String> against = new ArrayList<>(SweepReport.designAgainst(a));
        ResolvedFile resolved = ResolvedFile.read(folder.resolve("scenario.resolved.yaml"));
        against.addAll(SweepReport.baselineAgainst(resolved.variants().get("baseline")));

        b.append("<h2>The question</h2><p>Does the ranking of the variants of the experiment <code>")
                .append(Html.esc(a.path("experiment_name").asText(""))).append("</code> on ")
                .append(Html.esc(Labels.inSentence(a.path("metric").asText("")))).append(" <code class=\"col\">")
                .append(Html.esc(a.path("metric").asText(""))).append("</code> (")
                .append(Html.esc(a.path("better").asText(""))).append(" is better) hold across ")
                .append(Html.esc(a.path("points").asText(""))).append(" points of ")
                .append(Html.esc(article(a.path("design").asText("")))).append(" design over the uncertain parameters? At each")
                .append(" point every variant and the baseline run ").append(Html.esc(m.path("replications").asText("")))
                .append(" replications on common random numbers; a variant's effect is its paired mean difference")
                .append(" against the baseline, and rank 1 is the best effect.</p>");

        b.append("<h2>Ranking</h2><p>At the nominal values (the scenario's own): <b>")
                .append(Html.esc(m.path("nominal_ranking").asText(""))).append("</b>. ")
                .append(Html.esc(m.path("points_keeping_nominal").asText(""))).append(" of ")
                .append(Html.esc(a.path("points").asText(""))).append(" design points keep it (")
                .append(Html.esc(Num.pctAbs(m.path("share_keeping_nominal").asDouble(Double.NaN)))).append(").</p>");
        Map<String, Integer> counts = rankingCounts(folder.resolve("ranking.csv"));
        b.append("<table><tr><th>ranking at the design points</th><th>points</th></tr>");
        counts.entrySet().stream().sorted((x, y) -> Integer.compare(y.getValue(), x.getValue())).forEach(e ->
                b.append("<tr><td>").append(Html.esc(e.getKey())).append("</td><td>").append(e.getValue())
                        .append("</td></tr>"));
        b.append("</table>");
        SweepReport.trust(b, m, against, List.of("The nominal ranking's effects cover run-to-run chance over "
                + Html.esc(m.path("nominal_replications").asText("")) + " paired replications; a flip at a design"
                + " point is clear only when the interval of the two variants' paired difference there excludes 0."
                + " Levers are policy inputs: the validation checks the mechanisms, not the effect of any lever."));

        Path flips = folder.resolve("flips.csv");
        if (Files.isRegularFile(flips)) {
            b.append("<h2>Where the order of two variants flips</h2><p>For each pair, the share of design points where")
                    .append(" their order differs from the nominal one; <code>clear_flips</code> counts the flips where")
                    .append(" the 95% interval of their paired difference at that point excludes 0;")
                    .append(" <code>prim_box</code> is the region of parameter space where the flips concentrate (PRIM),")
                    .append(" with its coverage and density.</p>");
            SweepReport.table(b, flips, Integer.MAX_VALUE, null);
        }
        b.append("<h2>Effects at the nominal values</h2>");
        SweepReport.table(b, folder.resolve("effects.csv"), Integer.MAX_VALUE / 2, null, "point", "nominal");

        Path sensitivity = folder.resolve("sensitivity.csv");
        if (Files.isRegularFile(sensitivity)) {
            b.append("<h2>What the size of each effect depends on</h2><p>Sensitivity indices of each variant's effect")
                    .append(" (its paired mean difference against the baseline at each design point) to the uncertain")
                    .append(" parameters; intervals by bootstrap.</p>");
            SweepReport.table(b, sensitivity, 400, null);
        }
        SweepReport.charts(b, folder);
        Path points = folder.resolve("points.csv");
        if (Files.isRegularFile(points)) {
            b.append("<h2>Design points</h2><p>The first ").append(SweepReport.POINT_ROWS)
                    .append(" points (all of them are in <code>points.csv</code>; every effect in <code>effects.csv</code>,")
                    .append(" every ranking in <code>ranking.csv</code>).</p>");
            SweepReport.table(b, points, SweepReport.POINT_ROWS, null);
        }
        b.append("<h2>Loading the outputs</h2><pre>R:      e &lt;- read.csv(\"effects.csv\"); p &lt;- read.csv(\"points.csv\")\n")
                .append("        d &lt;- merge(e, p, by = \"point\")\n")
                .append("pandas: e = pd.read_csv(\"effects.csv\"); p = pd.read_csv(\"points.csv\")\n")
                .append("        d = e.merge(p, on=\"point\")</pre>");
        SweepReport.whatWasRun(b, m, "robustness");
        b.append("</table>");
        SweepReport.provenance(b, m, List.of("scenario_files", "git_dirty", "format_version"));
        b.append("</body></html>\n");
        Files.writeString(folder.resolve("report.html"), b.toString(), StandardCharsets.UTF_8);
    }

    /** "a lhs" reads "an lhs", "a ensemble" "an ensemble": the design's name with its article. */
    private static String article(String design) {
        return (design.matches("(?i)^[aeiou].*|lhs.*") ? "an " : "a ") + design;
    }

    /** How many design points have each ranking (the nominal row left out). */
    private static Map<String, Integer> rankingCounts(Path csv) throws IOException {
        try (CSVParser p = Csv.open(csv)) {
            return p.stream().filter(rec -> !rec.get("point").equals("nominal")).collect(
                    Collectors.groupingBy(rec -> rec.get("ranking"), TreeMap::new, Collectors.summingInt(rec -> 1)));
        }
    }
}
