package org.sahelsim.report;

import java.util.LinkedHashMap;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.CSVParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sahelsim.analysis.PairedStats;
import org.sahelsim.analysis.Quantiles;
import org.sahelsim.format.YNode;

/**
 * {@code report.html}: one self-contained page (inline CSS, charts as base64 data URIs, no
 * scripts, no links needed to read it) a researcher can send to a colleague. Every text taken
 * from the folder's files is HTML-escaped.
 *
 * @param h the page's text, as it is written
 */
record HtmlPage(FolderData data, List<Figure> figures, Notes notes, StringBuilder h) {
    /** The notice the page must carry, prominently. */
    static final String NOTICE = "This model explores mechanisms; it is not a forecast.";

    /** What the report learned while drawing, for the page. */
    record Notes(SeriesReader.Result series, Representative.Choice choice, List<Representative.Rerun> reruns,
                 List<String> warnings, String generated, Figure forest) {
    }

    /** The opening tag of a number cell. */
    private static final String NUM = "<td class=\"num\">";

    /** The page's text. */
    static String render(FolderData data, List<Figure> figures, Notes notes) throws IOException {
        HtmlPage p = new HtmlPage(data, figures, notes, new StringBuilder(1 << 16));
        p.page();
        return p.h.toString();
    }

    private boolean comparison() {
        return data.summary() != null;
    }

    private String name() {
        if (!data.resolved().name().isEmpty()) {
            return data.resolved().name();
        }
        String s = data.m("scenario").path("name").asText("");
        return s.isEmpty() ? String.valueOf(data.folder().getFileName()) : s;
    }

    private String testName() {
        return Stream.of(data.m("statistics").path("test"), data.m("test")).filter(n -> n.isTextual()
                && !n.asText().isBlank()).map(JsonNode::asText).findFirst().orElse("paired t-test");
    }

    // ------------------------------------------------------------------ page

    private void page() throws IOException {
        String title = comparison()
                ? name() + ": " + data.compared().size() + (data.compared().size() == 1 ? " variant" : " variants")
                        + " compared with the baseline"
                : name() + ": " + data.runs().size() + (data.runs().size() == 1 ? " run" : " runs");
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.esc("sahelsim report - " + title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>").append(Html.esc(title)).append("</h1>\n");
        h.append("<p class=\"meta\">sahelsim report on the output folder <code>")
                .append(Html.esc(String.valueOf(data.folder().toAbsolutePath().normalize().getFileName())))
                .append("</code>, generated ").append(Html.esc(notes.generated())).append(".</p>\n");
        String status = data.m("status").asText("");
        if (!status.isEmpty() && !status.equals("complete")) {
            h.append("<div class=\"warn\"><strong>This folder is marked <code>").append(Html.esc(status))
                    .append("</code> in its manifest</strong>: ")
                    .append(Html.esc(data.m("error").asText("the command did not finish")))
                    .append(". Results may be missing or partial.</div>\n");
        }
        for (String w : notes.warnings()) {
            h.append("<div class=\"warn\">").append(Html.esc(w)).append("</div>\n");
        }
        // the answer first, then how far to trust it, then the details, provenance last
        Answer answer = comparison() ? Answer.of(data) : null;
        Map<String, List<CSVRecord>> ranking = ensembleRanking();
        if (answer != null) {
            answer(answer, ranking);
        } else {
            trust(null, ranking);
        }
        contents();
        whatWasRun();
        if (comparison()) {
            findings();
            ensemble(ranking);
            metricTables();
        } else {
            runTables();
        }
        charts();
        methods();
        provenance();
        loading();
        h.append("</main>\n</body>\n</html>\n");
    }

    private void contents() {
        h.append("<nav><strong>Contents:</strong> ").append(comparison() ? "<a href=\"#answer\">The answer</a> &middot; " : "")
                .append("<a href=\"#trust\">How far to trust it</a> &middot; <a href=\"#run\">What was run</a>");
        if (comparison()) {
            h.append(" &middot; <a href=\"#findings\">Findings</a>"
                    + (Files.isRegularFile(data.folder().resolve(ENSEMBLE_RANKING)) ? " &middot; <a href=\"#ensemble\">Across the ensemble</a>" : "")
                    + " &middot; <a href=\"#tables\">Tables</a>");
        } else {
            h.append(" &middot; <a href=\"#tables\">Final values</a>");
        }
        h.append(" &middot; <a href=\"#charts\">Charts</a> &middot; <a href=\"#methods\">Methods</a>")
                .append(" &middot; <a href=\"#provenance\">Provenance</a> &middot; <a href=\"#loading\">Loading the outputs</a></nav>\n");
    }

    // ------------------------------------------------------------------ the answer

    /**
     * The answer to the question the comparison asks, first on the page: the variants ranked on
     * the primary metric ({@link Answer}), the best and whether it is clearly ahead of the
     * runner-up, the other clear changes, and the forest plot of every effect beside them.
     */
    private void answer(Answer a, Map<String, List<CSVRecord>> ranking) throws IOException {
        String m = a.metric();
        FolderData.Entry e = data.entry(m);
        h.append("<section id=\"answer\" class=\"answer\"><h2>The answer</h2>\n<div class=\"answer-grid\"><div>\n");
        h.append("<p class=\"question\">Which variant does best on <strong>").append(Html.esc(Labels.inSentence(m)))
                .append("</strong> ").append(col(m));
        if (!e.definition().isEmpty()) {
            h.append(" <span class=\"small\">(").append(Html.esc(Num.shorten(e.definition(), 110)))
                    .append(e.unit().isEmpty() ? "" : "; " + Html.esc(e.unit())).append(")</span>");
        }
        h.append("?</p>\n");
        Answer.Ranked first = a.ranking().get(0);
        if (!a.directed()) {
            h.append("<p class=\"lead\" id=\"lead\">The experiment does not say whether more or less ")
                    .append(Html.esc(Labels.inSentence(m)))
                    .append(" is better (<code>primary_metric_better</code>), so the variants are ranked by their mean,")
                    .append(" lowest first, and none is called best.</p>\n");
        } else if (first.variant().equals(data.baseline())) {
            h.append("<p class=\"lead\" id=\"lead\">No variant does better than the baseline on ")
                    .append(Html.esc(Labels.inSentence(m)))
                    .append(" (").append(Html.esc(a.better())).append(" is better): the baseline ranks first.</p>\n");
        } else {
            h.append("<p class=\"lead\" id=\"lead\"><strong>").append(Html.esc(first.variant())).append("</strong> does best (")
                    .append(Html.esc(a.better())).append(" ").append(Html.esc(Labels.inSentence(m)))
                    .append(" is better, as the experiment")
                    .append(" declares): ").append(Html.esc(effect(first))).append(".");
            Answer.Ranked second = a.ranking().get(1);
            Answer.Pair p = a.pair(first.variant(), second.variant());
            if (p != null) {
                h.append(" Against the runner-up, ").append(Html.esc(second.variant())).append(", the difference is ")
                        .append(Html.esc(Num.interval(Num::signed, p.diff().mean(), p.diff().ciLow(), p.diff().ciHigh())))
                        .append(" (").append(Html.esc(Num.pIs("Holm-adjusted p", p.pAdjusted()))).append("): ")
                        .append(p.clear() ? "<strong>clearly ahead</strong>."
                                : "<strong>not clearly ahead</strong>; these replications cannot tell the two apart.");
            }
            h.append("</p>\n");
        }
        h.append("<div id=\"ranking\">");
        gridHead("Rank", "Variant", "Mean [95% CI]", "Change [95% CI]", "Holm-adjusted p");
        int rank = 0;
        for (Answer.Ranked r : a.ranking()) {
            rank++;
            SummaryRow row = r.row();
            boolean base = r.variant().equals(data.baseline());
            h.append("<tr><td class=\"num\">").append(rank).append("</td><td><strong>").append(Html.esc(r.variant()))
                    .append("</strong></td>");
            cells(NUM, Num.interval(Num::num, row.mean(), row.ciLow(), row.ciHigh()),
                    base ? "(the reference)" : change(row, r.base()));
            h.append(NUM).append(base ? "" : Html.esc(Num.p(row.pAdjusted())) + (r.clear() ? " <strong>clear</strong>"
                    : " not clear")).append("</td></tr>\n");
        }
        h.append("</tbody></table></div>\n");
        if (!a.pairs().isEmpty()) {
            h.append("<details><summary>Every two variants compared on ").append(Html.esc(m)).append(" (paired by ")
                    .append("replication from runs.csv, Holm-adjusted over ").append(a.pairs().size() == 1 ? "this pair"
                            : "the " + a.pairs().size() + " pairs").append(")</summary>\n");
            gridHead("Variant", "minus", "Difference [95% CI]", "Holm-adjusted p", "Clear?");
            for (Answer.Pair p : a.pairs()) {
                h.append("<tr>");
                cells("<td>", p.a(), p.b());
                cells(NUM, Num.interval(Num::signed, p.diff().mean(), p.diff().ciLow(), p.diff().ciHigh()),
                        Num.p(p.pAdjusted()), p.clear() ? "yes" : "no");
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n</details>\n");
        }
        h.append("<h3>Other metrics that change clearly</h3>\n<ul class=\"others\">\n");
        for (String v : data.compared()) {
            List<String> clear = new ArrayList<>();
            for (String other : data.mainMetrics()) {
                SummaryRow row = data.summary(v, other);
                if (!other.equals(m) && row != null && row.compared() && row.pAdjusted() < DifferenceChart.ALPHA) {
                    clear.add(labelled(other) + " " + Html.esc(change(row, data.summary(data.baseline(), other))));
                }
            }
            h.append("<li><strong>").append(Html.esc(v)).append("</strong>: ")
                    .append(clear.isEmpty() ? "no other clear change" : String.join("; ", clear))
                    .append("</li>\n");
        }
        h.append("</ul>\n<p class=\"small\">Changes are relative to the baseline mean, paired by replication, with ")
                .append("95% intervals; clear means a Holm-adjusted p below 0.05 over every variant and metric ")
                .append("(summary.csv). The intervals cover run-to-run chance only: see How far to trust it.</p>\n");
        h.append("</div>\n<div>\n");
        Figure f = notes.forest();
        if (f != null) {
            Path file = data.folder().resolve("charts").resolve(f.file());
            h.append("<figure class=\"forest\" id=\"forest\"><img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(Files.readAllBytes(file))).append("\" alt=\"")
                    .append(Html.esc(f.title())).append("\">\n<figcaption>").append(Html.esc(f.caption()))
                    .append(" <span class=\"small\">(charts/").append(Html.esc(f.file()))
                    .append(")</span></figcaption></figure>\n");
        }
        trust(a, ranking);
        h.append("</div>\n");
        h.append("</div>\n</section>\n");
    }

    /** "lowers clashes by 12.0% [8.0%, 16.0%] against the baseline (44.5 to 39.2 on average; Holm-adjusted p = 0.003)". */
    private String effect(Answer.Ranked r) {
        SummaryRow row = r.row();
        return (row.diffMean() > 0 ? "raises " : "lowers ") + Labels.inSentence(row.metric()) + " by "
                + size(row.metric(), row, r.base()) + " against the baseline ("
                + Num.num(r.base().mean()) + " to " + Num.num(row.mean()) + " on average; "
                + Num.pIs("Holm-adjusted p", row.pAdjusted()) + ")";
    }

    /** The change from the baseline with its sign: relative with its interval, else in the metric's unit. */
    private static String change(SummaryRow row, SummaryRow base) {
        double[] rel = Num.relativeChange(row, base);
        return rel != null ? Num.interval(Num::pct, rel[0], rel[1], rel[2])
                : Num.interval(Num::signed, row.diffMean(), row.diffCiLow(), row.diffCiHigh());
    }

    /**
     * The size of the change without its sign (the verb of the sentence says it), with its
     * interval: relative, else in the metric's unit.
     */
    private String size(String metric, SummaryRow row, SummaryRow base) {
        double[] rel = Num.relativeChange(row, base);
        double[] est = rel != null ? rel : new double[] {row.diffMean(), row.diffCiLow(), row.diffCiHigh()};
        double a = Math.abs(est[1]);
        double c = Math.abs(est[2]);
        String unit = rel != null || data.entry(metric).unit().isEmpty() ? "" : " " + data.entry(metric).unit();
        return Num.interval(rel != null ? Num::pctAbs : x -> Num.num(Math.abs(x)), est[0], Math.min(a, c),
                Math.max(a, c)) + unit;
    }

    /**
     * How far to trust the answer: the standing notice, what the intervals cover, whether the
     * ranking holds across the calibrated ensemble when the comparison ran over one.
     */
    private void trust(Answer a, Map<String, List<CSVRecord>> ranking) {
        h.append("<section id=\"trust\" class=\"notice\" role=\"note\"><h3>How far to trust it: <span class=\"notice-main\">")
                .append(Html.esc(NOTICE)).append("</span></h3>\n");
        Validated v = Validated.bundled();
        List<String> against = new ArrayList<>();
        against.add(ValidationBox.modelLine(v, data.manifest()));
        JsonNode ens = data.m("ensemble").isObject() ? data.m("ensemble") : data.m("ensemble_file");
        against.add(ValidationBox.ensembleLine(v, ens.path("file").asText(ens.path("path").asText("")),
                ens.path("sha256").asText("")));
        YNode.Map baseline = data.resolved().variants().get(data.baseline());
        if (baseline != null) {
            String bn = data.resolved().field(data.baseline(), "name");
            against.add(ValidationBox.baselineLine(v, bn.isEmpty() ? data.baseline() : bn, baseline));
        }
        h.append(ValidationBox.html(v, against)).append("<ul>\n");
        if (a != null && ranking.containsKey(a.metric())) {
            List<String> order = new ArrayList<>();
            List<String> flips = new ArrayList<>();
            for (CSVRecord r : ranking.get(a.metric())) {
                order.add(r.get("variant"));
                if ("yes".equals(r.get("flips"))) {
                    flips.add(r.get("variant") + " and " + r.get("next") + " across the median of "
                            + r.get("split_parameter"));
                }
            }
            h.append("<li>Each replication ran on a parameter set drawn from the calibrated ensemble, so the intervals ")
                    .append("also cover the calibration's uncertainty. Ranked by the difference from the baseline on ")
                    .append(Html.esc(Labels.inSentence(a.metric()))).append(", lowest first: ")
                    .append(Html.esc(String.join(" < ", order))).append("; ")
                    .append(flips.isEmpty() ? "this order holds on both sides of every parameter's median."
                            : "it flips between " + Html.esc(String.join("; ", flips)) + ".")
                    .append(" <a href=\"#ensemble\">Details</a>.</li>\n");
        }
        if (comparison()) {
            List<Integer> counts = data.variants().stream().map(v2 -> data.runsOf(v2).size()).distinct().toList();
            String reps = counts.size() == 1 ? counts.get(0) + " replications of each variant"
                    : "replications " + replications();
            boolean over = !ens.path("sha256").asText("").isEmpty();
            h.append("<li>The intervals cover ").append(over ? "run-to-run chance and the spread of the ensemble"
                            : "run-to-run chance only").append(" (").append(Html.esc(reps))
                    .append(", every variant on the same seeds), not the uncertainty of the model's ")
                    .append(over ? "structure" : "parameters or of its structure").append(".</li>\n");
        }
        h.append("<li>The figures compare mechanisms (alliance choices driven by trafficking rents, peace dividends, ")
                .append("jihadist pressure and security) and levers under stated assumptions; they do not predict ")
                .append("events in Mali.</li>\n</ul>\n</section>\n");
    }

    // ------------------------------------------------------------------ what was run

    private void whatWasRun() {
        h.append("<section id=\"run\"><h2>What was run</h2>\n<table class=\"kv\">\n");
        ResolvedFile r = data.resolved();
        row(r.experiment() ? "Experiment" : "Scenario", name());
        String desc = r.description().isEmpty() ? r.field(data.baseline(), "description") : r.description();
        if (!desc.isEmpty()) {
            row("Description", desc);
        }
        if (r.experiment()) {
            String bd = r.field(data.baseline(), "description");
            row("Baseline scenario", r.field(data.baseline(), "name") + (bd.isEmpty() || bd.equals(desc) ? "" : ": " + bd));
        }
        for (Map.Entry<String, String> e : r.experimentFields().entrySet()) {
            // what the manifest gives with its effective value is shown once, below; a key left
            // empty (no --ci-width) is not a setting
            if (!List.of("replications", "reps", "seed", "master_seed", "threads").contains(e.getKey())
                    && !e.getValue().isBlank() && !e.getValue().equals("null")) {
                row(e.getKey().replace('_', ' '), e.getValue());
            }
        }
        JsonNode sc = data.m("scenario");
        String start = sc.path("start").asText(r.field(data.baseline(), "start"));
        String months = sc.path("months").asText(r.field(data.baseline(), "months"));
        if (!start.isEmpty()) {
            row("Simulated period", months + " months from " + start);
        }
        row("Replications", replications());
        row("Series", text(data.m("series").isMissingNode() ? data.m("options").path("series") : data.m("series")));
        h.append("</table>\n");
        if (r.experiment() || data.variants().size() > 1) {
            variantsTable();
        }
        h.append("</section>\n");
    }

    private String replications() {
        if (data.variants().size() == 1) {
            return String.valueOf(data.runs().size());
        }
        return data.variants().stream().map(v -> v + ": " + data.runsOf(v).size()).collect(Collectors.joining("; "))
                + (comparison() ? " (paired by rep)" : "");
    }

    private void variantsTable() {
        ResolvedFile r = data.resolved();
        h.append("<h3>Variants and what each sets</h3>\n");
        gridHead("Variant", "Replications", "Settings that differ from the baseline");
        for (String v : data.variants()) {
            h.append("<tr><td><strong>").append(Html.esc(v)).append("</strong>");
            String d = r.field(v, "description");
            if (!v.equals(data.baseline()) && !d.isEmpty() && !d.equals(r.field(data.baseline(), "description"))) {
                h.append("<br><span class=\"small\">").append(Html.esc(d)).append("</span>");
            }
            h.append("</td><td class=\"num\">").append(data.runsOf(v).size()).append("</td><td>");
            if (v.equals(data.baseline())) {
                h.append("the reference: the baseline scenario as resolved");
            } else if (!r.variants().containsKey(v)) {
                h.append("<em>not described in scenario.resolved.yaml</em>");
            } else {
                List<ResolvedFile.Change> ch = r.changes(data.baseline(), v);
                if (ch.isEmpty()) {
                    h.append("nothing (identical to the baseline)");
                } else {
                    h.append("<ul class=\"changes\">");
                    int shown = Math.min(ch.size(), 30);
                    for (ResolvedFile.Change c : ch.subList(0, shown)) {
                        h.append("<li><code>").append(Html.esc(c.path())).append("</code>: ")
                                .append(Html.esc(Num.shorten(c.variant(), 160))).append(" <span class=\"small\">(baseline: ")
                                .append(Html.esc(Num.shorten(c.baseline(), 80))).append(")</span></li>");
                    }
                    if (ch.size() > shown) {
                        h.append("<li>... and ").append(ch.size() - shown).append(" more (see scenario.resolved.yaml)</li>");
                    }
                    h.append("</ul>");
                }
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** Appends one cell per text, escaped, each opened with {@code open} (a {@code <td>} tag). */
    private void cells(String open, Object... texts) {
        for (Object t : texts) {
            h.append(open).append(Html.esc(String.valueOf(t))).append("</td>");
        }
    }

    /** Opens a grid table with one header row of {@code headers} (HTML, as given) and opens its body. */
    private void gridHead(String... headers) {
        h.append(Stream.of(headers).map(x -> "<th>" + x + "</th>")
                .collect(Collectors.joining("", "<table class=\"grid\"><thead><tr>", "</tr></thead><tbody>\n")));
    }

    private void row(String key, String value) {
        h.append("<tr><th>").append(Html.esc(key)).append("</th><td>").append(Html.esc(value)).append("</td></tr>\n");
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? "not recorded" : n.isValueNode() ? n.asText()
                : n.toString();
    }

    // ------------------------------------------------------------------ findings

    /**
     * Over an ensemble of parameter sets (compare --ensemble): which ranking of the variants
     * holds on each metric and where it flips, from the folder's ensemble-ranking.csv.
     */
    private void ensemble(Map<String, List<CSVRecord>> ranking) {
        if (ranking.isEmpty()) {
            return;
        }
        Path file = data.folder().resolve(ENSEMBLE_RANKING);
        JsonNode e = data.m("ensemble");
        h.append("<section id=\"ensemble\"><h2>Across the calibrated ensemble</h2>\n");
        h.append("<p>Replication r of every variant ran on the parameter set drawn by weight from the seed and r out of ")
                .append(Html.esc(e.path("sets").asText("the"))).append(" sets of <code>")
                .append(Html.esc(e.path("file").asText(""))).append("</code>, so the intervals below cover both ")
                .append("run-to-run chance and the uncertainty of the calibration. On each metric the variants are ")
                .append("ranked by their mean difference from the baseline, lowest first. A <strong>flip</strong> is ")
                .append("where two neighbours in that order swap sides of zero across the median of one parameter, ")
                .append("each side two standard errors from zero: a lead for a robustness analysis, not a finding ")
                .append("(<code>").append(ENSEMBLE_RANKING).append("</code>).</p>\n");
        h.append("<table><thead><tr><th>metric</th><th>ranking, lowest first</th><th>where it flips</th></tr></thead>")
                .append("<tbody>\n");
        for (Map.Entry<String, List<CSVRecord>> x : ranking.entrySet()) {
            List<String> order = new ArrayList<>();
            List<String> f = new ArrayList<>();
            for (CSVRecord r : x.getValue()) {
                order.add(r.get("variant"));
                if ("yes".equals(r.get("flips"))) {
                    f.add(r.get("next") + " minus " + r.get("variant") + " is "
                            + Num.num(Csv.number(r, "next_minus_this_below", file)) + " where "
                            + r.get("split_parameter") + " is at most " + Num.num(Csv.number(r, "split_median", file))
                            + ", " + Num.num(Csv.number(r, "next_minus_this_above", file)) + " above");
                }
            }
            h.append("<tr><td>").append(labelled(x.getKey())).append("</td>");
            cells("<td>", String.join(" < ", order),
                    f.isEmpty() ? "holds on both sides of every parameter's median" : String.join("; ", f));
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    /** The file compare writes over an ensemble (run.EnsembleRanking.FILE). */
    static final String ENSEMBLE_RANKING = "ensemble-ranking.csv";

    /** The rows of the folder's ensemble-ranking.csv by metric, in file order; empty without the file. */
    private Map<String, List<CSVRecord>> ensembleRanking() throws IOException {
        Map<String, List<CSVRecord>> by = new LinkedHashMap<>();
        Path file = data.folder().resolve(ENSEMBLE_RANKING);
        if (Files.isRegularFile(file)) {
            try (CSVParser p = Csv.open(file)) {
                for (CSVRecord r : p) {
                    by.computeIfAbsent(r.get("metric"), x -> new ArrayList<>()).add(r);
                }
            }
        }
        return by;
    }

    private void findings() {
        h.append("<section id=\"findings\"><h2>Findings in plain words</h2>\n");
        h.append("<p>Each sentence compares a variant with the baseline on the final value of a metric (totals over the ")
                .append("run for event counts, the last month's level otherwise), paired by replication. A result is ")
                .append("called clear when its Holm-adjusted p-value is below 0.05. Percentages are relative to the ")
                .append("baseline mean; brackets give 95% confidence intervals.</p>\n");
        for (String v : data.compared()) {
            h.append("<h3>").append(Html.esc(v)).append("</h3>\n<ul class=\"findings\">\n");
            List<String> unclear = new ArrayList<>();
            int clear = 0;
            for (String m : data.mainMetrics()) {
                SummaryRow row = data.summary(v, m);
                SummaryRow base = data.summary(data.baseline(), m);
                if (row == null || !row.compared()) {
                    continue;
                }
                if (row.pAdjusted() < DifferenceChart.ALPHA) {
                    h.append("<li class=\"clear\">").append(sentence(v, m, row, base)).append("</li>\n");
                    clear++;
                } else {
                    unclear.add(Html.esc(Labels.inSentence(m)) + " " + col(m) + " (" + Html.esc(unclearDetail(row, base))
                            + ")");
                }
            }
            if (!unclear.isEmpty()) {
                h.append("<li>").append(clear == 0 ? "No clear effect on any metric: " : "No clear effect on ")
                        .append(String.join("; ", unclear)).append(".</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    /**
     * "v lowers armed clashes <code>clashes</code> by 12.0% [8.0%, 16.0%] (from 44.5 to 39.2 on
     * average; paired t-test, Holm-adjusted p = 0.003, standardised effect d_z = -0.45).", as HTML.
     */
    String sentence(String v, String metric, SummaryRow row, SummaryRow base) {
        String verb = row.diffMean() > 0 ? "raises" : "lowers";
        String head = v + " " + verb + " " + Labels.inSentence(metric);
        StringBuilder b = new StringBuilder(" by ").append(size(metric, row, base)).append(" (");
        if (base != null && !Double.isNaN(base.mean())) {
            b.append("from ").append(Num.num(base.mean())).append(" to ").append(Num.num(row.mean()))
                    .append(" on average; ");
        }
        b.append(testName()).append(", ").append(Num.pIs("Holm-adjusted p", row.pAdjusted()));
        if (!Double.isNaN(row.effectSize())) {
            b.append(", standardised effect d_z = ").append(Num.d(row.effectSize()));
        }
        return Html.esc(head) + " " + col(metric) + Html.esc(b.append(").").toString());
    }

    /** A metric's column name in small type, beside its label, for those who script against the files. */
    private static String col(String metric) {
        return "<code class=\"col\">" + Html.esc(metric) + "</code>";
    }

    /** A metric's plain label with its column name in small type. */
    private static String labelled(String metric) {
        return Html.esc(Labels.of(metric)) + " " + col(metric);
    }

    private String unclearDetail(SummaryRow row, SummaryRow base) {
        if (row.diffMean() == 0 && row.diffCiLow() == 0 && row.diffCiHigh() == 0) {
            return "identical in every replication pair";
        }
        return change(row, base) + ", " + Num.pIs("Holm-adjusted p", row.pAdjusted());
    }

    // ------------------------------------------------------------------ tables

    private void metricTables() {
        h.append("<section id=\"tables\"><h2>Results by metric</h2>\n");
        h.append("<p>Per metric: the mean final value of each variant with its 95% confidence interval, the paired ")
                .append("difference from the baseline with its 95% CI, the relative change (difference / baseline mean), ")
                .append("the p-value of the ").append(Html.esc(testName())).append(", the Holm-adjusted p-value over all ")
                .append(tests()).append(" tests of this comparison, and the effect size d<sub>z</sub>. Rows with a ")
                .append("Holm-adjusted p below 0.05 are highlighted. The same numbers are in <code>summary.csv</code>.</p>\n");
        for (String m : data.mainMetrics()) {
            FolderData.Entry e = data.entry(m);
            SummaryRow base = data.summary(data.baseline(), m);
            h.append("<h3 id=\"m-").append(Html.esc(m)).append("\">").append(labelled(m)).append("</h3>\n");
            h.append("<p class=\"small\">").append(Html.esc(sentenceOf(e.definition())))
                    .append(e.unit().isEmpty() ? "" : " Unit: " + Html.esc(e.unit()) + ".")
                    .append(e.isCount() ? " Final value: total over the run." : " Final value: level in the last month.")
                    .append("</p>\n");
            gridHead("Variant", "n", "Mean [95% CI]", "Difference [95% CI]", "Relative change [95% CI]", "p",
                    "Holm p", "d<sub>z</sub> (standardised effect)");
            for (String v : data.variants()) {
                SummaryRow r = data.summary(v, m);
                if (r == null) {
                    continue;
                }
                boolean sig = r.compared() && r.pAdjusted() < DifferenceChart.ALPHA;
                h.append(sig ? "<tr class=\"sig\">" : "<tr>");
                cells("<td>", v);
                cells(NUM, r.n(), Num.interval(Num::num, r.mean(), r.ciLow(), r.ciHigh()));
                if (!r.compared()) {
                    h.append("<td colspan=\"5\" class=\"small\">reference (sd ").append(Html.esc(Num.num(r.sd())))
                            .append(")</td>");
                } else {
                    double[] rel = Num.relativeChange(r, base);
                    cells(NUM, Num.interval(Num::signed, r.diffMean(), r.diffCiLow(), r.diffCiHigh()),
                            rel == null ? "n/a (baseline mean 0)" : Num.interval(Num::pct, rel[0], rel[1], rel[2]),
                            Num.p(r.pValue()), Num.p(r.pAdjusted()), Num.d(r.effectSize()));
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    /** A definition as a sentence: ends with a full stop. */
    private static String sentenceOf(String s) {
        String t = s.trim();
        return t.isEmpty() || t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }

    private long tests() {
        return data.summary().stream().filter(r -> r.compared() && !Double.isNaN(r.pValue())).count();
    }

    /** For a plain run: per metric, the spread of final values over the replications. */
    private void runTables() {
        h.append("<section id=\"tables\"><h2>Final values across replications</h2>\n");
        h.append("<p>Final value of each replication (totals over the run for event counts, the last month's level ")
                .append("otherwise): mean with the 95% confidence interval of the mean (t distribution), standard ")
                .append("deviation, median and the range holding the middle 90% of replications.</p>\n");
        for (String v : data.variants()) {
            if (data.variants().size() > 1) {
                h.append("<h3>").append(Html.esc(v)).append("</h3>\n");
            }
            finalsTable(v, data.mainMetrics());
            List<String> others = data.metricColumns().stream().filter(m -> !data.mainMetrics().contains(m)).toList();
            if (!others.isEmpty()) {
                h.append("<details><summary>All other metrics (").append(others.size()).append(")</summary>\n");
                finalsTable(v, others);
                h.append("</details>\n");
            }
            List<FolderData.RunRow> runs = data.runsOf(v);
            int shown = Math.min(runs.size(), 100);
            h.append("<details><summary>The runs and their seeds (").append(runs.size()).append(")</summary>\n");
            gridHead(Stream.concat(Stream.of("run_id", "seed"), data.mainMetrics().stream()
                    .map(m -> Html.esc(Labels.of(m)) + "<br>" + col(m))).toArray(String[]::new));
            for (FolderData.RunRow r : runs.subList(0, shown)) {
                h.append("<tr>");
                cells("<td>", r.runId());
                cells(NUM, r.seed());
                data.mainMetrics().forEach(m -> cells(NUM, Num.num(r.finals()[data.column(m)])));
                h.append("</tr>\n");
            }
            h.append("</tbody></table>");
            if (runs.size() > shown) {
                h.append("<p class=\"small\">The first ").append(shown).append(" runs; all are in runs.csv.</p>");
            }
            h.append("</details>\n");
        }
        h.append("</section>\n");
    }

    private void finalsTable(String variant, List<String> metrics) {
        gridHead("Metric", "Unit", "n", "Mean [95% CI]", "sd", "Median", "5% to 95%");
        List<FolderData.RunRow> runs = data.runsOf(variant);
        for (String m : metrics) {
            int col = data.column(m);
            if (col < 0) {
                continue;
            }
            double[] v = runs.stream().mapToDouble(r -> r.finals()[col]).filter(x -> !Double.isNaN(x)).toArray();
            // the same mean, sd and interval as summary.csv
            PairedStats.Describe d = PairedStats.describe(v);
            int n = d.n();
            double[] q = Quantiles.of(v, n, 0.05, 0.5, 0.95);
            h.append("<tr>");
            h.append("<td title=\"").append(Html.esc(data.entry(m).definition())).append("\">").append(labelled(m))
                    .append("</td>");
            cells("<td>", data.entry(m).unit());
            cells(NUM, n, n > 1 ? Num.interval(Num::num, d.mean(), d.ciLow(), d.ciHigh()) : Num.num(d.mean()),
                    Num.num(d.sd()), Num.num(q[1]), Num.num(q[0]) + " to " + Num.num(q[2]));
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    // ------------------------------------------------------------------ charts

    private void charts() throws IOException {
        h.append("<section id=\"charts\"><h2>Charts</h2>\n");
        if (figures.isEmpty()) {
            h.append("<p>No chart could be drawn from this folder.</p>\n");
        }
        int k = 0;
        for (Figure f : figures) {
            k++;
            Path file = data.folder().resolve("charts").resolve(f.file());
            String b64 = Base64.getEncoder().encodeToString(Files.readAllBytes(file));
            h.append("<figure id=\"fig-").append(k).append("\"><img src=\"data:image/png;base64,").append(b64)
                    .append("\" alt=\"").append(Html.esc(f.title())).append("\">\n<figcaption><strong>Figure ").append(k)
                    .append(". ").append(Html.esc(f.title())).append(".</strong> ").append(Html.esc(f.caption()))
                    .append(" <span class=\"small\">(charts/").append(Html.esc(f.file())).append(")</span></figcaption></figure>\n");
        }
        h.append("</section>\n");
    }

    // ------------------------------------------------------------------ methods

    private void methods() {
        h.append("<section id=\"methods\"><h2>Methods</h2>\n");
        if (comparison()) {
            h.append("<p><strong>Common random numbers.</strong> Replication <em>r</em> of every variant starts from ")
                    .append("the same seed, derived from the master seed and <em>r</em>; inside a run each mechanism ")
                    .append("draws from its own stream, so a lever that changes how one mechanism draws does not shift ")
                    .append("the others. Run <em>r</em> of a variant and run <em>r</em> of the baseline therefore meet ")
                    .append("the same chance events wherever the lever does not intervene, and form a pair.</p>\n");
            h.append("<p><strong>Test.</strong> For each variant and metric, the ").append(Html.esc(testName()))
                    .append(" is applied to the per-replication final values: the differences ")
                    .append("<em>d<sub>r</sub></em> = variant<sub>r</sub> &minus; baseline<sub>r</sub>, their mean, ")
                    .append("and the 95% interval mean(<em>d</em>) &plusmn; <em>t</em><sub>0.975, n&minus;1</sub> ")
                    .append("sd(<em>d</em>)/&radic;<em>n</em>. Why paired: the two runs of a pair share their random ")
                    .append("shocks, so most of the run-to-run noise is common to both and cancels in the difference; ")
                    .append("the test works on the spread of the differences, which is much smaller than the spread ")
                    .append("of either variant, and detects a given effect with far fewer replications than an ")
                    .append("unpaired comparison would.</p>\n");
            h.append("<p><strong>Multiple comparisons.</strong> The p-values are adjusted with Holm's step-down ")
                    .append("method over all variant &times; metric tests of the comparison (").append(tests())
                    .append(" here), which keeps the chance of any false positive among them at 5% without assuming ")
                    .append("the tests independent. A result is called clear when its Holm-adjusted p is below 0.05.</p>\n");
            h.append("<p><strong>Effect size.</strong> d<sub>z</sub> = mean(<em>d</em>) / sd(<em>d</em>), the ")
                    .append("standardised mean of the paired differences. With common random numbers the differences ")
                    .append("can be very consistent, so d<sub>z</sub> can be large for a small change in level: read it ")
                    .append("with the relative change.</p>\n");
            h.append("<p><strong>Relative changes.</strong> Relative change = mean difference / baseline mean; its ")
                    .append("interval is the 95% CI of the difference divided by the baseline mean, treated as fixed ")
                    .append("(its own uncertainty, small with many replications, is ignored). It is not given when the ")
                    .append("baseline mean is zero.</p>\n");
        } else {
            h.append("<p>Each replication starts from its own seed, derived from the master seed and its rep number; ")
                    .append("the table gives the spread of final values over the replications and the 95% confidence ")
                    .append("interval of their mean (t distribution).</p>\n");
        }
        SeriesReader.Result s = notes.series();
        if (s != null) {
            h.append("<p><strong>Fan charts.</strong> At each month, the median and the ranges holding the middle 50% ")
                    .append("(25th to 75th percentile) and 90% (5th to 95th) of replications, from ")
                    .append("<code>timeseries.csv</code>; quantiles interpolate between order statistics (type 7, as ")
                    .append("R's <code>quantile</code> and numpy). ");
            h.append(s.cumulativeCounts() ? "Event counts are shown cumulative: the sum of the monthly counts from month 1, "
                    + "which ends at the run's total in runs.csv. " : "Event counts are shown per month (the series is not "
                    + "monthly, so they cannot be summed). ");
            if (s.sampled()) {
                h.append("Variants with more than ").append(s.cap()).append(" replications are drawn from their first ")
                        .append(s.cap()).append(" replications only, to bound memory; seeds of successive replications ")
                        .append("are independent, so these are a simple random sample of all of them. ");
            }
            h.append("</p>\n");
        }
        Representative.Choice c = notes.choice();
        if (c != null) {
            h.append("<p><strong>Representative run.</strong> The alliance network is drawn for the baseline ")
                    .append("replication whose final ").append(Html.esc(c.metric())).append(" is closest to the baseline ")
                    .append("median (").append(Html.esc(Num.num(c.median()))).append("), the lowest rep among equally close ")
                    .append("ones: <code>").append(Html.esc(c.run().runId())).append("</code> (seed ").append(c.run().seed())
                    .append(", ").append(Html.esc(c.metric())).append(" = ")
                    .append(Html.esc(Num.num(c.run().finals()[data.column(c.metric())]))).append("). It is re-run exactly ")
                    .append("from its seed and the resolved scenario, and its final metrics are checked against its row ")
                    .append("of runs.csv");
            if (!notes.reruns().isEmpty()) {
                long ok = notes.reruns().stream().filter(Representative.Rerun::reproduced).count();
                h.append(ok == notes.reruns().size() ? " (every re-run drawn here reproduced its row)"
                        : " (" + (notes.reruns().size() - ok) + " re-run(s) did not: see the warnings above)");
            }
            h.append(".");
            if (comparison()) {
                h.append(" The other network charts show the same replication (the same seed) under each variant.");
            }
            h.append("</p>\n");
        }
        h.append("</section>\n");
    }

    // ------------------------------------------------------------------ provenance

    private void provenance() throws IOException {
        h.append("<section id=\"provenance\"><h2>Provenance</h2>\n<table class=\"kv\">\n");
        row("Master seed", text(data.m("master_seed")));
        String rule = data.m("seed_rule").asText("");
        row("Seeds", rule.isEmpty() ? "one per replication, in runs.csv"
                : rule + (comparison() && !rule.contains("common random numbers")
                ? "; the same for every variant (common random numbers)" : ""));
        row("Program version", text(data.m("version")));
        row("Git commit", text(data.m("git_commit"))
                + (data.m("git_dirty").asBoolean(false) ? " (with uncommitted changes)" : ""));
        row("Command line", text(data.m("command_line")));
        JsonNode jvm = data.m("jvm");
        row("JVM", jvm.isObject() ? (jvm.path("vendor").asText("") + " " + jvm.path("version").asText("") + ", "
                + jvm.path("vm").asText("") + "; " + jvm.path("os").asText("") + " " + jvm.path("arch").asText("")
                + "; " + jvm.path("cores").asText("?") + " cores, max heap " + jvm.path("max_heap_mb").asText("?")
                + " MB").trim() : text(jvm));
        row("Threads", text(data.m("threads")));
        row("Started", text(data.m("started")));
        row("Finished", text(data.m("finished")));
        row("Status", text(data.m("status")) + (data.m("runs").isMissingNode() ? ""
                : " (" + data.m("runs").asText() + " runs written)"));
        h.append("</table>\n");
        h.append("<p>From <code>manifest.json</code>: the files the scenario was read from and their SHA-256, and the ")
                .append("hash of <code>scenario.resolved.yaml</code> as written. Anyone can check a file with ")
                .append("<code>sha256sum</code>; any run can be re-run from its seed in <code>runs.csv</code>")
                .append(comparison() ? "." : " with <code>sahelsim replay FOLDER RUN_ID</code>.").append("</p>\n");
        gridHead("File", "SHA-256");
        // every list of {path, sha256} and every *_sha256 field the manifest holds, in its order
        for (Map.Entry<String, JsonNode> e : data.manifest().properties()) {
            JsonNode v = e.getValue();
            if (v.isArray()) {
                for (JsonNode f : v) {
                    if (f.isObject() && f.has("sha256")) {
                        h.append("<tr><td>").append(Html.esc(f.path("path").asText(e.getKey()))).append("</td><td><code>")
                                .append(Html.esc(f.path("sha256").asText())).append("</code></td></tr>\n");
                    }
                }
            } else if (v.isTextual() && e.getKey().endsWith("sha256")) {
                String what = e.getKey().equals("resolved_sha256") ? "scenario.resolved.yaml (as written)"
                        : e.getKey().substring(0, e.getKey().length() - "sha256".length()).replaceAll("_$", "");
                h.append("<tr><td>").append(Html.esc(what)).append("</td><td><code>").append(Html.esc(v.asText()))
                        .append("</code></td></tr>\n");
            }
        }
        h.append("</tbody></table>\n");
        h.append("<p>Files in the folder:</p>\n<ul class=\"files\">\n");
        try (Stream<Path> s = Files.list(data.folder())) {
            for (Path p : s.sorted().filter(f -> Files.isRegularFile(f)
                    && !f.getFileName().toString().startsWith("report.html")).toList()) {
                h.append("<li><code>").append(Html.esc(p.getFileName().toString())).append("</code> (")
                        .append(Html.esc(size(Files.size(p)))).append(")</li>\n");
            }
        }
        h.append("</ul>\n");
        h.append("<details><summary>The whole manifest</summary><pre>")
                .append(Html.esc(data.manifest().isMissingNode() ? "(no manifest.json)" : data.manifest().toPrettyString()))
                .append("</pre></details>\n</section>\n");
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? Num.num(bytes / 1024.0) + " KB"
                : Num.num(bytes / (1024.0 * 1024)) + " MB";
    }

    // ------------------------------------------------------------------ loading

    private void loading() {
        String metric = Objects.requireNonNullElse(Representative.primaryMetric(data), "clashes");
        String variant = data.compared().isEmpty() ? null : data.compared().get(0);
        String base = data.baseline();
        h.append("<section id=\"loading\"><h2>Loading the outputs</h2>\n");
        h.append("<p>All tables are tidy CSV (one row per run, per run and step and metric, or per event), UTF-8, ")
                .append("with a header. Seeds are below 2<sup>53</sup>, so both tools read them exactly as numbers.</p>\n");
        StringBuilder r = new StringBuilder();
        r.append("runs <- read.csv(\"runs.csv\", check.names = FALSE)\n")
                .append("ts   <- read.csv(\"timeseries.csv\")          # long: run_id, variant, rep, seed, step, date, metric, value\n")
                .append("# (big files load faster with data.table::fread(\"timeseries.csv\"))\n")
                .append("ev   <- read.csv(\"events.csv\")\n")
                .append("cb   <- read.csv(\"codebook.csv\")            # what each metric and event type means\n");
        StringBuilder py = new StringBuilder();
        py.append("import pandas as pd\n")
                .append("runs = pd.read_csv(\"runs.csv\")\n")
                .append("ts = pd.read_csv(\"timeseries.csv\", dtype={\"metric\": \"category\", \"variant\": \"category\"})\n")
                .append("ev = pd.read_csv(\"events.csv\")\n")
                .append("cb = pd.read_csv(\"codebook.csv\")\n");
        if (comparison()) {
            r.append("summary <- read.csv(\"summary.csv\")\n");
            py.append("summary = pd.read_csv(\"summary.csv\")\n");
        }
        r.append("\n# one metric over time, median per variant and month\n")
                .append("m <- subset(ts, metric == \"").append(quoted(metric)).append("\")\n")
                .append("aggregate(value ~ variant + date, data = m, FUN = median)\n");
        py.append("\n# one metric over time, median per variant and month\n")
                .append("m = ts[ts.metric == \"").append(quoted(metric)).append("\"]\n")
                .append("m.groupby([\"variant\", \"date\"], observed=True)[\"value\"].median().unstack(\"variant\")\n");
        if (variant != null) {
            r.append("\n# the paired test of one variant against the baseline, by hand\n")
                    .append("w <- reshape(runs[, c(\"variant\", \"rep\", \"").append(quoted(metric))
                    .append("\")], idvar = \"rep\", timevar = \"variant\", direction = \"wide\")\n")
                    .append("t.test(w[[\"").append(quoted(metric)).append('.').append(quoted(variant)).append("\"]], w[[\"")
                    .append(quoted(metric)).append('.').append(quoted(base)).append("\"]], paired = TRUE)\n");
            py.append("\n# the paired test of one variant against the baseline, by hand\n")
                    .append("from scipy import stats\n")
                    .append("w = runs.pivot(index=\"rep\", columns=\"variant\", values=\"").append(quoted(metric)).append("\")\n")
                    .append("stats.ttest_rel(w[\"").append(quoted(variant)).append("\"], w[\"").append(quoted(base)).append("\"])\n");
        }
        h.append("<h3>R</h3>\n<pre><code>").append(Html.esc(r.toString())).append("</code></pre>\n");
        h.append("<h3>Python (pandas)</h3>\n<pre><code>").append(Html.esc(py.toString())).append("</code></pre>\n");
        h.append("</section>\n");
    }

    /** A string for an R or Python double-quoted literal (the same escapes in both). */
    private static String quoted(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static final String CSS = String.join("\n",
            "body{margin:0;background:#f6f6f4;color:#1a1a1a;font:16px/1.5 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif}",
            "main{max-width:1180px;margin:0 auto;padding:24px 32px 64px;background:#fff}",
            "h1{font-size:30px;line-height:1.25;margin:8px 0 4px}",
            "h2{font-size:24px;margin:40px 0 10px;padding-bottom:4px;border-bottom:2px solid #ddd}",
            "h3{font-size:19px;margin:24px 0 8px}",
            ".meta,.small{color:#555;font-size:14px}",
            ".notice{border:3px solid #D55E00;background:#fff4ec;padding:14px 20px;margin:18px 0;border-radius:6px}",
            ".notice p{margin:6px 0}",
            ".notice h2{margin-top:0;border:none}",
            ".answer-grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:22px;align-items:start}",
            ".forest{margin:0 0 8px}.forest figcaption{font-size:13px}",
            ".answer table.grid{font-size:13px;width:100%}.answer table.grid td,.answer table.grid th{padding:3px 6px}",
            ".answer table.grid td.num{white-space:normal}",
            ".answer h2{margin:4px 0 8px;font-size:22px}.answer .others{font-size:14px;margin:4px 0}.answer h3{margin:10px 0 4px}",
            "#trust{margin:10px 0;padding:8px 14px;font-size:14px}#trust ul{margin:4px 0;padding-left:18px}",
            "#trust h3{margin:2px 0;font-size:15px}#trust .notice-main{font-size:15px}",
            "#validation table.validation{font-size:13px;margin:4px 0;width:100%;background:#fff}",
            "table.validation th,table.validation td{border:1px solid #e3c9b5;padding:2px 6px;text-align:left}",
            "table.validation td.num{text-align:right}#validation p{margin:4px 0}#validation .against{font-size:13px}",
            "@media (max-width:1000px){.answer-grid{grid-template-columns:1fr}}",
            ".forest img{width:100%;height:auto}",
            ".question{font-size:19px;margin:4px 0}",
            ".lead{font-size:16px}",
            "code.col{font-size:11px;color:#666}",
            ".notice-main{font-size:22px;font-weight:700;color:#8a3000}",
            ".warn{border-left:6px solid #E69F00;background:#fff8e6;padding:10px 14px;margin:10px 0}",
            "nav{font-size:15px;margin:10px 0 0}",
            "a{color:#0072B2}",
            "table{border-collapse:collapse;margin:8px 0 16px;font-size:15px}",
            "table.kv th{text-align:left;vertical-align:top;padding:4px 16px 4px 0;color:#444;white-space:nowrap}",
            "table.kv td{padding:4px 0;word-break:break-word}",
            "table.grid th,table.grid td{border:1px solid #d6d6d6;padding:5px 9px;vertical-align:top}",
            "table.grid th{background:#f0f0ee;text-align:left}",
            "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
            "tr.sig td{background:#e8f3fb;font-weight:600}",
            "ul.changes{margin:0;padding-left:18px}",
            "ul.findings li{margin:6px 0}",
            "li.clear{font-weight:600}",
            "figure{margin:22px 0;padding:0}",
            "figure img{max-width:100%;height:auto;border:1px solid #e2e2e2}",
            "figcaption{font-size:15px;color:#333;margin-top:6px}",
            "pre{background:#f4f4f2;border:1px solid #e0e0dc;padding:12px;overflow-x:auto;font-size:13.5px}",
            "code{font-family:Menlo,Consolas,'DejaVu Sans Mono',monospace;font-size:0.92em}",
            "details{margin:8px 0}",
            "summary{cursor:pointer;color:#0072B2}",
            "@media print{body{background:#fff}main{padding:0}figure{break-inside:avoid}}",
            "");
}
