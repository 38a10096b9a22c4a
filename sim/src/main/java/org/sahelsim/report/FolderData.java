package org.sahelsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;

/**
 * What the report reads from an output folder, except {@code timeseries.csv} (streamed
 * separately by {@link SeriesReader}): the manifest, the codebook, every row of
 * {@code runs.csv}, {@code summary.csv} when there is one, and the resolved scenario file.
 *
 * @param summary     null for a folder without {@code summary.csv} (a plain {@code run})
 * @param variants    variants in file order: those of runs.csv, then any only in summary.csv
 * @param baseline    the baseline variant's name
 * @param mainMetrics the metrics charted and tabulated, in order
 */
record FolderData(Path folder, JsonNode manifest, Map<String, Entry> codebook, List<String> metricColumns,
                  List<RunRow> runs, List<SummaryRow> summary, ResolvedFile resolved, List<String> variants,
                  String baseline, List<String> mainMetrics) {
    /** The metrics charted when there is no {@code summary.csv} (issue 3's main outcomes). */
    static final List<String> DEFAULT_METRICS = List.of("clashes", "fatalities", "armed_groups", "effective_groups",
            "jihadist_fighter_share", "jihadist_influence_north", "jihadist_influence_centre", "signatory_cohesion");

    /** One entry of {@code codebook.csv}. */
    record Entry(String name, String kind, String unit, String definition) {
        boolean isCount() {
            return kind.equals("count");
        }
    }

    /** One row of {@code runs.csv}: identifiers and the final value of each metric, in {@link #metricColumns} order. */
    record RunRow(String runId, String variant, int rep, long seed, double[] finals) {
    }

    /** Reads the folder; fails naming the file when a required one is missing or malformed. */
    static FolderData read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        Path runsFile = folder.resolve("runs.csv");
        if (!Files.isRegularFile(runsFile)) {
            throw new IllegalArgumentException(folder + " is not an output folder: runs.csv is missing");
        }
        Path mf = folder.resolve("manifest.json");
        JsonNode manifest = Files.isRegularFile(mf) ? new ObjectMapper().readTree(mf.toFile()) : MissingNode.getInstance();
        Map<String, Entry> codebook = readCodebook(folder.resolve("codebook.csv"));
        List<String> columns;
        List<RunRow> runs = new ArrayList<>();
        try (CSVParser p = Csv.open(runsFile)) {
            List<String> ids = List.of("run_id", "variant", "rep", "seed");
            Csv.require(p, runsFile, ids);
            columns = p.getHeaderNames().stream().filter(h -> !ids.contains(h)).toList();
            for (CSVRecord r : p) {
                double[] v = columns.stream().mapToDouble(c -> Csv.number(r, c, runsFile)).toArray();
                double rep = Csv.number(r, "rep", runsFile);
                double seed = Csv.number(r, "seed", runsFile);
                if (Double.isNaN(rep) || Double.isNaN(seed)) {
                    throw new IllegalArgumentException("runs.csv line " + r.getRecordNumber() + ": rep and seed are required");
                }
                runs.add(new RunRow(r.get("run_id"), r.get("variant"), (int) rep, Long.parseLong(r.get("seed").trim()), v));
            }
        }
        Path sf = folder.resolve("summary.csv");
        List<SummaryRow> rows = Files.isRegularFile(sf) ? SummaryRow.read(sf) : List.of();
        List<SummaryRow> summary = rows.isEmpty() ? null : rows;
        ResolvedFile resolved = ResolvedFile.read(folder.resolve("scenario.resolved.yaml"));
        Stream<String> summarised = summary == null ? Stream.empty() : summary.stream().map(SummaryRow::variant);
        List<String> variants = Stream.concat(runs.stream().map(RunRow::variant), summarised).distinct().toList();
        return new FolderData(folder, manifest, codebook, columns, List.copyOf(runs), summary, resolved,
                variants, findBaseline(variants, summary), findMetrics(summary, columns));
    }

    private static Map<String, Entry> readCodebook(Path file) throws IOException {
        Map<String, Entry> m = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            try (CSVParser p = Csv.open(file)) {
                Csv.require(p, file, List.of("name", "kind", "unit", "definition"));
                for (CSVRecord r : p) {
                    m.put(r.get("name"), new Entry(r.get("name"), r.get("kind"), r.get("unit"), r.get("definition")));
                }
            }
        } else {
            // An older or hand-made folder: the program's own definitions are the best guess.
            for (MetricDef d : Metrics.ALL) {
                m.put(d.name(), new Entry(d.name(), d.kind().name().toLowerCase(java.util.Locale.ROOT), d.unit(),
                        d.definition()));
            }
        }
        return Collections.unmodifiableMap(m);
    }

    private static String findBaseline(List<String> variants, List<SummaryRow> summary) {
        if (variants.contains("baseline")) {
            return "baseline";
        }
        // the variant compared with nothing is the reference
        String reference = summary == null ? null : summary.stream().filter(s -> !s.compared())
                .map(SummaryRow::variant).findFirst().orElse(null);
        return reference != null ? reference : variants.isEmpty() ? "baseline" : variants.get(0);
    }

    private static List<String> findMetrics(List<SummaryRow> summary, List<String> columns) {
        return summary != null ? summary.stream().map(SummaryRow::metric).distinct().toList()
                : DEFAULT_METRICS.stream().filter(columns::contains).toList();
    }

    /** The manifest's field, or a missing node. */
    JsonNode m(String field) {
        return manifest.path(field);
    }

    Entry entry(String metric) {
        return codebook.getOrDefault(metric, new Entry(metric, "level", "", ""));
    }

    /** The runs of one variant in file order. */
    List<RunRow> runsOf(String variant) {
        return runs.stream().filter(r -> r.variant().equals(variant)).toList();
    }

    /** The variants other than the baseline, in file order. */
    List<String> compared() {
        return variants.stream().filter(v -> !v.equals(baseline)).toList();
    }

    /** The column index of a metric in {@link RunRow#finals}, or -1. */
    int column(String metric) {
        return metricColumns.indexOf(metric);
    }

    /** The summary row of a variant and metric, or null. */
    SummaryRow summary(String variant, String metric) {
        return summary == null ? null : summary.stream().filter(s -> s.variant().equals(variant)
                && s.metric().equals(metric)).findFirst().orElse(null);
    }
}
