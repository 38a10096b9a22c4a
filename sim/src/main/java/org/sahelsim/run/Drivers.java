package org.sahelsim.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.sahelsim.record.Details;

/**
 * {@code drivers.csv}: why the decisions of a folder were taken. For each variant (or design
 * point) and decision type ({@code split}, {@code merge}, {@code join}, {@code leave},
 * {@code switch}, {@code coalition_formed}), each utility term's mean advantage over staying
 * (its {@code d_<term>} in the events' detail, USD per fighter a month) and the share of those
 * decisions it decided (whose {@code driver} it is). Read from {@code events.csv} once the
 * folder's runs are written, in the file's order, so the same events give the same bytes.
 * Decisions without a {@code driver} (logs of older versions) are not counted.
 */
public final class Drivers {
    /** The file's name. */
    public static final String FILE = "drivers.csv";
    /** Its columns. */
    public static final List<String> COLUMNS = List.of("variant", "decision", "decisions", "term", "mean_advantage",
            "share_decided");
    /** Decision types in the order of the rows. */
    static final List<String> DECISIONS = List.of("split", "merge", "join", "leave", "switch", "coalition_formed");
    /** Terms in the order of the rows; other {@code d_} keys follow in the order first seen. */
    static final List<String> TERMS = List.of("rent", "dividend", "pressure", "security", "affinity", "switch_cost",
            "grievance");

    private Drivers() {
    }

    /** The sums of one variant's decisions of one type. */
    static final class Tally {
        long decisions;
        final Map<String, double[]> sums = new LinkedHashMap<>();
        final Map<String, long[]> decided = new LinkedHashMap<>();
        final Map<String, long[]> counted = new LinkedHashMap<>();
    }

    /**
     * Reads {@code events.csv} (or {@code events.csv.gz}) of a folder and writes {@code drivers.csv}
     * beside it; a folder without events (a sweep with {@code events: false}) gets none.
     */
    public static void write(Path folder) throws IOException {
        Path events = TableLayout.find(folder, Columns.EVENTS);
        if (events == null) {
            return;
        }
        Map<String, Map<String, Tally>> all = tally(events);
        try (Writer w = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
             CSVPrinter p = new CSVPrinter(w, ResultTables.FORMAT)) {
            p.printRecord(COLUMNS);
            for (Map.Entry<String, Map<String, Tally>> v : all.entrySet()) {
                for (String type : DECISIONS) {
                    Tally t = v.getValue().get(type);
                    if (t == null || t.decisions == 0) {
                        continue;
                    }
                    for (Map.Entry<String, double[]> e : t.sums.entrySet()) {
                        long n = t.counted.get(e.getKey())[0];
                        p.printRecord(v.getKey(), type, Long.toString(n), e.getKey(), Numbers.format(e.getValue()[0] / n),
                                Numbers.format((double) t.decided.get(e.getKey())[0] / n));
                    }
                }
            }
        }
    }

    /** Per variant (in file order) and decision type: the sums of the advantages and the drivers. */
    static Map<String, Map<String, Tally>> tally(Path events) throws IOException {
        Map<String, Map<String, Tally>> all = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (BufferedReader r = TableLayout.reader(events);
             CSVParser parser = format.parse(r)) {
            for (CSVRecord rec : parser) {
                String type = rec.get("type");
                if (!DECISIONS.contains(type)) {
                    continue;
                }
                Map<String, String> d = detail(rec.get("detail"));
                String driver = d.get("driver");
                if (driver == null) {
                    continue;
                }
                Tally t = all.computeIfAbsent(rec.get("variant"), k -> new LinkedHashMap<>())
                        .computeIfAbsent(type, k -> newTally());
                t.decisions++;
                for (Map.Entry<String, String> e : d.entrySet()) {
                    if (!e.getKey().startsWith("d_")) {
                        continue;
                    }
                    String term = e.getKey().substring(2);
                    t.sums.computeIfAbsent(term, k -> new double[1])[0] += Numbers.parse(e.getValue());
                    t.counted.computeIfAbsent(term, k -> new long[1])[0]++;
                    t.decided.computeIfAbsent(term, k -> new long[1]);
                    if (term.equals(driver)) {
                        t.decided.get(term)[0]++;
                    }
                }
            }
        }
        // keep only the terms some decision carried, in the fixed order
        for (Map<String, Tally> byType : all.values()) {
            for (Tally t : byType.values()) {
                t.sums.keySet().removeIf(term -> t.counted.get(term)[0] == 0);
            }
        }
        return all;
    }

    private static Tally newTally() {
        Tally t = new Tally();
        // the known terms first, in their order, so rows come out the same whatever appears first
        for (String term : TERMS) {
            t.sums.put(term, new double[1]);
            t.counted.put(term, new long[1]);
            t.decided.put(term, new long[1]);
        }
        return t;
    }

    /** The {@code key=value} pairs of an event's detail, in order. */
    public static Map<String, String> detail(String detail) {
        return Details.parse(detail);
    }
}
