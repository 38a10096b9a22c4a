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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;

/**
 * What the report reads from an output folder, except {@code timeseries.csv} (streamed
 * separately by {@link SeriesReader}): the manifest, the codebook, every row of
 * {@code runs.csv}, {@code summary.csv} when there is one, and the resolved scenario file.
 */
final class FolderData {
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

    final Path folder;
    final JsonNode manifest;
    final Map<String, Entry> codebook;
    final List<String> metricColumns;
    final List<RunRow> runs;
    /** Null for a folder without {@code summary.csv} (a plain {@code run}). */
    final List<SummaryRow> summary;
    final ResolvedFile resolved;
    /** Variants in file order: those of runs.csv, then any only in summary.csv. */
    final List<String> variants;
    /** The baseline variant's name. */
    final String baseline;
    /** The metrics charted and tabulated, in order. */
    final List<String> mainMetrics;

    private FolderData(Path folder, JsonNode manifest, Map<String, Entry> codebook, List<String> metricColumns,
                       List<RunRow> runs, List<SummaryRow> summary, ResolvedFile resolved) {
        this.folder = folder;
        this.manifest = manifest;
        this.codebook = codebook;
        this.metricColumns = metricColumns;
        this.runs = runs;
        this.summary = summary;
        this.resolved = resolved;
        Set<String> vs = new LinkedHashSet<>();
        for (RunRow r : runs) {
            vs.add(r.variant());
        }
        if (summary != null) {
            for (SummaryRow s : summary) {
                vs.add(s.variant());
            }
        }
        this.variants = List.copyOf(vs);
        this.baseline = findBaseline(variants, summary);
        this.mainMetrics = findMetrics(summary, metricColumns);
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
        List<String> columns = new ArrayList<>();
        List<RunRow> runs = new ArrayList<>();
        try (CSVParser p = Csv.open(runsFile)) {
            Csv.require(p, runsFile, List.of("run_id", "variant", "rep", "seed"));
            for (String h : p.getHeaderNames()) {
                if (!List.of("run_id", "variant", "rep", "seed").contains(h)) {
                    columns.add(h);
                }
            }
            for (CSVRecord r : p) {
                double[] v = new double[columns.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Csv.number(r, columns.get(i), runsFile);
                }
                double rep = Csv.number(r, "rep", runsFile);
                double seed = Csv.number(r, "seed", runsFile);
                if (Double.isNaN(rep) || Double.isNaN(seed)) {
                    throw new IllegalArgumentException("runs.csv line " + r.getRecordNumber() + ": rep and seed are required");
                }
                runs.add(new RunRow(r.get("run_id"), r.get("variant"), (int) rep, Long.parseLong(r.get("seed").trim()), v));
            }
        }
        Path sf = folder.resolve("summary.csv");
        List<SummaryRow> summary = Files.isRegularFile(sf) ? SummaryRow.read(sf) : null;
        if (summary != null && summary.isEmpty()) {
            summary = null;
        }
        ResolvedFile resolved = ResolvedFile.read(folder.resolve("scenario.resolved.yaml"));
        return new FolderData(folder, manifest, codebook, List.copyOf(columns), List.copyOf(runs), summary, resolved);
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
        if (summary != null) {
            // the variant compared with nothing is the reference
            for (SummaryRow s : summary) {
                if (!s.compared()) {
                    return s.variant();
                }
            }
        }
        return variants.isEmpty() ? "baseline" : variants.get(0);
    }

    private static List<String> findMetrics(List<SummaryRow> summary, List<String> columns) {
        Set<String> ms = new LinkedHashSet<>();
        if (summary != null) {
            for (SummaryRow s : summary) {
                ms.add(s.metric());
            }
            return List.copyOf(ms);
        }
        for (String m : DEFAULT_METRICS) {
            if (columns.contains(m)) {
                ms.add(m);
            }
        }
        return List.copyOf(ms);
    }

    /** The manifest's field, or a missing node. */
    JsonNode m(String field) {
        return manifest.path(field);
    }

    Entry entry(String metric) {
        Entry e = codebook.get(metric);
        return e != null ? e : new Entry(metric, "level", "", "");
    }

    /** The runs of one variant in file order. */
    List<RunRow> runsOf(String variant) {
        List<RunRow> out = new ArrayList<>();
        for (RunRow r : runs) {
            if (r.variant().equals(variant)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The column index of a metric in {@link RunRow#finals}, or -1. */
    int column(String metric) {
        return metricColumns.indexOf(metric);
    }

    /** The summary row of a variant and metric, or null. */
    SummaryRow summary(String variant, String metric) {
        if (summary == null) {
            return null;
        }
        for (SummaryRow s : summary) {
            if (s.variant().equals(variant) && s.metric().equals(metric)) {
                return s;
            }
        }
        return null;
    }
}
