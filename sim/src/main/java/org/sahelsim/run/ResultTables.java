package org.sahelsim.run;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;

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

    /** The tables in the order {@link #render} gives their text. */
    private static final List<String> FILES = List.of(Columns.RUNS, Columns.TIMESERIES, Columns.EVENTS);

    private final Writer[] out = new Writer[3];
    /** The files under {@link #out}: a writer whose last flush fails (a full disk) leaves its file open. */
    private final OutputStream[] files = new OutputStream[3];
    private int runsWritten;

    /**
     * Opens a table's file for writing; a test may replace it to make writes fail (a full disk).
     * Package-private and only ever set by tests.
     */
    static Opener opener = (p, options) -> Files.newOutputStream(p, options);

    /** How {@link ResultTables} opens its files. */
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path file, StandardOpenOption... options) throws IOException;
    }

    /** Creates the three files in {@code dir} (which must not hold them yet) and writes their headers. */
    public ResultTables(Path dir) throws IOException {
        this(dir, false);
        List<List<String>> headers = List.of(Columns.runsColumns(), Columns.TIMESERIES_COLUMNS,
                Columns.EVENTS_COLUMNS);
        for (int f = 0; f < 3; f++) {
            out[f].write(header(headers.get(f)));
        }
    }

    private ResultTables(Path dir, boolean append) throws IOException {
        try {
            for (int f = 0; f < 3; f++) {
                StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.CREATE_NEW;
                OutputStream os = opener.open(dir.resolve(FILES.get(f)), mode, StandardOpenOption.WRITE);
                files[f] = os;
                out[f] = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
            }
        } catch (IOException | RuntimeException e) {
            closeAll(files);
            throw e;
        }
    }

    /**
     * Opens the three files of {@code dir}, which hold their headers and whole runs only (put so
     * by {@link TableRecovery#recover}), to append further runs.
     */
    public static ResultTables append(Path dir) throws IOException {
        return new ResultTables(dir, true);
    }

    /** A printer in this format of the new file {@code file} (which must not exist), in UTF-8. */
    public static CSVPrinter create(Path file) throws IOException {
        return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), FORMAT);
    }

    /** The header line of a table of {@code columns}, quoted as the rows are. */
    public static String header(List<String> columns) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            field(b, columns.get(i), i == 0);
        }
        return b.append('\n').toString();
    }

    /**
     * Appends one run's rows to the three files, {@code events.csv}, then {@code timeseries.csv},
     * then {@code runs.csv}, each handed whole to the system before the next: a complete line of
     * {@code runs.csv} is the commit record of its run, so a job killed at any moment can be put
     * back to its whole runs ({@link TableRecovery#recover}) and continued.
     */
    public void write(RunBuffer run) {
        String[] text = run.rendered() != null ? run.rendered() : render(run);
        try {
            for (int f = 2; f >= 0; f--) {
                out[f].write(text[f]);
                out[f].flush();
            }
            runsWritten++;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the rows of run " + run.key().runId() + ": " + ex,
                    ex);
        }
    }

    /**
     * The CSV text of one run's rows in the three tables, quoted as commons-csv's default
     * format would (a field is quoted when it holds a comma, quote, line break, or is empty
     * at the start of a record).
     */
    public static String[] render(RunBuffer run) {
        YearMonth start = run.start();
        RunKey k = run.key();
        String id = k.runId();
        String rep = Integer.toString(k.rep());
        String seed = Long.toString(k.seed());
        String[] names = METRIC_NAMES;
        StringBuilder prefix = new StringBuilder();
        field(prefix, id, true);
        field(prefix, k.variant(), false);
        field(prefix, rep, false);
        field(prefix, seed, false);
        String pre = prefix.toString();
        StringBuilder rb = new StringBuilder(1024).append(pre);
        for (double v : run.finals()) {
            field(rb, Numbers.format(v), false);
        }
        for (double v : run.measured()) {
            field(rb, Numbers.format(v), false);
        }
        rb.append('\n');

        List<Integer> steps = run.steps();
        StringBuilder ts = new StringBuilder(steps.size() * names.length * 48);
        for (int s = 0; s < steps.size(); s++) {
            int step = steps.get(s);
            String stepDate = step + "," + start.plusMonths(step);
            double[] values = run.row(s);
            for (int i = 0; i < values.length; i++) {
                ts.append(pre).append(',').append(stepDate);
                field(ts, names[i], false);
                field(ts, Numbers.format(values[i]), false);
                ts.append('\n');
            }
        }

        StringBuilder ev = new StringBuilder(run.events().size() * 160);
        for (Event e : run.events()) {
            field(ev, id, true);
            field(ev, k.variant(), false);
            field(ev, rep, false);
            field(ev, Integer.toString(e.step()), false);
            field(ev, start.plusMonths(e.step()).toString(), false);
            field(ev, e.type().label(), false);
            field(ev, e.actor(), false);
            field(ev, kind(e.actorKind()), false);
            field(ev, nz(e.other()), false);
            field(ev, kind(e.otherKind()), false);
            field(ev, nz(e.region()), false);
            field(ev, e.detail(), false);
            ev.append('\n');
        }
        return new String[] {rb.toString(), ts.toString(), ev.toString()};
    }

    private static final String[] METRIC_NAMES = Metrics.ALL.stream().map(MetricDef::name).toArray(String[]::new);

    /** Appends one field (with its leading comma unless first), quoting when commons-csv would. */
    public static void field(StringBuilder b, String value, boolean first) {
        if (!first) {
            b.append(',');
        }
        boolean quote = first && value.isEmpty();
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote && !value.isEmpty()) {
            char c0 = value.charAt(0);
            quote = c0 <= '#';
            char last = value.charAt(value.length() - 1);
            quote |= last <= ' ';
        }
        if (!quote) {
            b.append(value);
            return;
        }
        b.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        b.append('"');
    }

    public int runsWritten() {
        return runsWritten;
    }

    private static String kind(Kind k) {
        return k == null ? "" : k.label();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() throws IOException {
        try {
            closeAll(out);
        } finally {
            closeAll(files);
        }
    }

    /** Closes every one of {@code files} (skipping nulls), then throws the first failure to close, if any. */
    public static void closeAll(Closeable... files) throws IOException {
        IOException first = null;
        for (Closeable c : files) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
