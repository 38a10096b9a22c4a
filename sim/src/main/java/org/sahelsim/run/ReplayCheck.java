package org.sahelsim.run;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Compares the rows of one run in two output folders, file by file ({@code runs.csv},
 * {@code timeseries.csv}, {@code events.csv}), streaming so that folders of any size can be
 * checked. Rows are compared as text: numbers are written by one deterministic rule, so equal
 * runs give equal text.
 */
public final class ReplayCheck {
    private ReplayCheck() {
    }

    /** What the comparison found. */
    public record Result(boolean identical, String message, long rowsCompared) {
    }

    /**
     * Compares the rows of {@code runId} in {@code original} with those in {@code replay}; with
     * {@code furtherMeasures}, the original's {@code runs.csv} may hold further columns after the
     * replay's (the measures of {@code calibrate}, which a replay does not take), and only the
     * replay's columns are compared.
     */
    public static Result compare(Path original, Path replay, String runId, boolean furtherMeasures)
            throws IOException {
        long rows = 0;
        String compared = "runs.csv, timeseries.csv and events.csv";
        for (String file : List.of(Columns.RUNS, Columns.TIMESERIES, Columns.EVENTS)) {
            Path a = TableLayout.find(original, file);
            Path b = replay.resolve(file);
            if (a == null && file.equals(Columns.EVENTS)
                    && !TableLayout.ofManifest(Manifest.read(original.resolve(Columns.MANIFEST))).events()) {
                // a sweep that kept no events: there is nothing to compare them with
                compared = "runs.csv and timeseries.csv (the original folder kept no events)";
                continue;
            }
            if (a == null) {
                return new Result(false, file + " is missing from " + original, rows);
            }
            try (CSVParser pa = CSVParser.parse(TableLayout.reader(a), ResultTables.FORMAT);
                 CSVParser pb = CSVParser.parse(Files.newBufferedReader(b), ResultTables.FORMAT)) {
                Iterator<CSVRecord> ia = pa.iterator();
                Iterator<CSVRecord> ib = pb.iterator();
                List<String> ha = ia.hasNext() ? ia.next().toList() : List.of();
                List<String> hb = ib.hasNext() ? ib.next().toList() : List.of();
                int width = hb.size();
                boolean prefix = furtherMeasures && file.equals(Columns.RUNS) && ha.size() > width
                        && ha.subList(0, width).equals(hb);
                if (!ha.equals(hb) && !prefix) {
                    return new Result(false, file + ": the columns differ (was the folder written by another "
                            + "version?): original " + ha + ", replay " + hb, rows);
                }
                Iterator<CSVRecord> fa = onlyRun(ia, runId);
                int index = 0;
                while (true) {
                    boolean moreA = fa.hasNext();
                    boolean moreB = ib.hasNext();
                    if (!moreA && !moreB) {
                        break;
                    }
                    index++;
                    if (moreA != moreB) {
                        return new Result(false, file + ": " + (moreA ? "the original" : "the replay")
                                + " has more rows for " + runId + " (first extra row is number " + index + " of the run: "
                                + (moreA ? fa.next() : ib.next()).toList() + ")", rows);
                    }
                    List<String> ra1 = fa.next().toList();
                    List<String> rb1 = ib.next().toList();
                    if (prefix && ra1.size() > width) {
                        ra1 = ra1.subList(0, width);
                    }
                    if (!ra1.equals(rb1)) {
                        return new Result(false, file + ": row " + index + " of " + runId + " differs" + firstColumn(ha,
                                ra1, rb1) + ": original " + ra1 + ", replay " + rb1, rows);
                    }
                    rows++;
                }
            }
        }
        return new Result(true, "identical: " + rows + " rows of " + runId + " in " + compared + " match the"
                + " original", rows);
    }

    private static String firstColumn(List<String> header, List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return " in column " + (i < header.size() ? header.get(i) : Integer.toString(i + 1));
            }
        }
        return "";
    }

    /** The records of one run: rows are grouped by run, so reading stops after its block. */
    private static Iterator<CSVRecord> onlyRun(Iterator<CSVRecord> all, String runId) {
        Predicate<CSVRecord> ofRun = r -> r.size() > 0 && r.get(0).equals(runId);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, Spliterator.ORDERED), false)
                .dropWhile(ofRun.negate()).takeWhile(ofRun).iterator();
    }

    /** The seed of {@code runId} in a folder's {@code runs.csv}, if the run is there. */
    public static Optional<Long> seedOf(Path folder, String runId) throws IOException {
        try (Reader r = Files.newBufferedReader(folder.resolve(Columns.RUNS));
             CSVParser p = CSVParser.parse(r, ResultTables.FORMAT)) {
            return p.stream().skip(1).filter(rec -> rec.size() > 3 && rec.get(0).equals(runId)).findFirst()
                    .map(rec -> Long.parseLong(rec.get(3)));
        }
    }

    /** The first and last run ids of a folder's {@code runs.csv} and how many there are, for messages. */
    public static String describeRuns(Path folder) throws IOException {
        String first = null;
        String last = null;
        long n = 0;
        try (Reader r = Files.newBufferedReader(folder.resolve(Columns.RUNS));
             CSVParser p = CSVParser.parse(r, ResultTables.FORMAT)) {
            for (CSVRecord rec : p) {
                if (rec.getRecordNumber() == 1) {
                    continue;
                }
                String id = rec.get(0);
                if (first == null) {
                    first = id;
                }
                last = id;
                n++;
            }
        }
        return n == 0 ? "no runs" : n == 1 ? "1 run, " + first : n + " runs, " + first + " to " + last;
    }
}
