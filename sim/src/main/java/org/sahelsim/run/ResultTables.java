package org.sahelsim.run;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sahelsim.record.Event;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;
import org.sahelsim.scenario.Kind;

/**
 * The three per-run tables of an output folder, {@code runs.csv}, {@code timeseries.csv} and
 * {@code events.csv}, written one whole run at a time in the order runs are given. UTF-8,
 * comma-separated, {@code \n} line ends, fields quoted only when they hold a comma, a quote or
 * a line break (RFC 4180), numbers by {@link Numbers#format}. Dates are {@code yyyy-MM}: the
 * start month plus the step in months.
 */
public final class ResultTables implements Closeable {
    /** RFC 4180 with Unix line ends, so files are the same bytes on every system. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    private final CSVPrinter runs;
    private final CSVPrinter timeseries;
    private final CSVPrinter events;
    private final String[] metricNames;
    private int runsWritten;

    /** Creates the three files in {@code dir} (which must not hold them yet) and writes their headers. */
    public ResultTables(Path dir) throws IOException {
        runs = open(dir.resolve(Columns.RUNS), Columns.runsColumns());
        timeseries = open(dir.resolve(Columns.TIMESERIES), Columns.TIMESERIES_COLUMNS);
        events = open(dir.resolve(Columns.EVENTS), Columns.EVENTS_COLUMNS);
        List<MetricDef> all = Metrics.ALL;
        metricNames = new String[all.size()];
        for (int i = 0; i < metricNames.length; i++) {
            metricNames[i] = all.get(i).name();
        }
    }

    private static CSVPrinter open(Path file, List<String> header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        CSVPrinter p = new CSVPrinter(w, FORMAT);
        p.printRecord(header);
        return p;
    }

    /** Appends one run's rows to the three files. */
    public void write(RunBuffer run) {
        YearMonth start = run.start();
        RunKey k = run.key();
        String id = k.runId();
        String rep = Integer.toString(k.rep());
        String seed = Long.toString(k.seed());
        try {
            double[] finals = run.finals();
            Object[] row = new Object[Columns.RUNS_ID_COLUMNS.size() + finals.length];
            row[0] = id;
            row[1] = k.variant();
            row[2] = rep;
            row[3] = seed;
            for (int i = 0; i < finals.length; i++) {
                row[4 + i] = Numbers.format(finals[i]);
            }
            runs.printRecord(row);

            List<Integer> steps = run.steps();
            for (int s = 0; s < steps.size(); s++) {
                int step = steps.get(s);
                String stepText = Integer.toString(step);
                String date = start.plusMonths(step).toString();
                double[] values = run.row(s);
                for (int i = 0; i < values.length; i++) {
                    timeseries.printRecord(id, k.variant(), rep, seed, stepText, date, metricNames[i],
                            Numbers.format(values[i]));
                }
            }

            for (Event e : run.events()) {
                events.printRecord(id, k.variant(), rep, Integer.toString(e.step()),
                        start.plusMonths(e.step()).toString(), e.type().label(), e.actor(), kind(e.actorKind()),
                        nz(e.other()), kind(e.otherKind()), nz(e.region()), e.detail());
            }
            runsWritten++;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the rows of run " + id, ex);
        }
    }

    /** Runs written so far. */
    public int runsWritten() {
        return runsWritten;
    }

    private static String kind(Kind k) {
        return k == null ? "" : k.label();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Flushes the files to disk without closing them. */
    public void flush() throws IOException {
        runs.flush();
        timeseries.flush();
        events.flush();
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CSVPrinter p : new CSVPrinter[] {runs, timeseries, events}) {
            try {
                p.close(true);
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
