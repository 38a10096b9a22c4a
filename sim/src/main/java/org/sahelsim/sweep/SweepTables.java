package org.sahelsim.sweep;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.sahelsim.run.Columns;
import org.sahelsim.run.Estimator;
import org.sahelsim.run.GzipMembers;
import org.sahelsim.run.ResultTables;
import org.sahelsim.run.RunBuffer;
import org.sahelsim.run.TableLayout;
import org.sahelsim.run.TableRecovery;

/**
 * The three per-run tables of a sweep folder, written so that the folder survives a kill at any
 * moment (also {@code kill -9} in the middle of a write) and can be continued run for run.
 *
 * <p>How: each run's rows are appended whole and in a fixed order, {@code events.csv} first,
 * then {@code timeseries.csv}, then {@code runs.csv}, each file handed to the operating system
 * (flushed) before the next is written. A complete line in {@code runs.csv} is therefore the
 * commit record of its run: its other rows are all in the files. Rows are in run order, so
 * {@link TableRecovery#recover} can put a folder back to "exactly the first K runs" (K = complete lines of
 * {@code runs.csv}): it cuts a partial last line of {@code runs.csv}, and cuts the other two
 * files where the rows of the first run not committed begin (found by reading them backwards
 * from the end, so recovery costs the same for a file of any size); then appending continues
 * with run K. The files are then byte for byte what an uninterrupted sweep writes.
 *
 * <p>Data reaches the operating system per run, so a killed program loses at most the run it
 * was writing; a power cut may lose more than the runs the operating system had not yet
 * written to disk (the files are not forced to disk per run, which would cost too much).
 */
public final class SweepTables implements Closeable {
    /** The tables in the order a run's rows are written; {@code runs.csv} last, as the commit record. */
    static final List<String> ORDER = TableRecovery.ORDER;

    private final TableLayout layout;
    private final List<String> tables;
    private final OutputStream[] out;
    private final ByteArrayOutputStream[] pending;
    private final GzipMembers gzip = new GzipMembers();
    private final long from;
    private final long to;
    private long next;
    private int held;
    private int written;

    private SweepTables(Path dir, boolean append, TableLayout layout, long next, long from, long to)
            throws IOException {
        this.layout = layout;
        this.tables = layout.tables();
        this.out = new OutputStream[tables.size()];
        this.pending = new ByteArrayOutputStream[tables.size()];
        this.from = from;
        this.to = to;
        this.next = next;
        try {
            for (int f = 0; f < out.length; f++) {
                Path p = dir.resolve(layout.file(tables.get(f)));
                out[f] = append
                        ? Files.newOutputStream(p, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                        : Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                pending[f] = new ByteArrayOutputStream(1 << 16);
            }
        } catch (IOException | RuntimeException e) {
            ResultTables.closeAll(out);
            throw e;
        }
    }

    /**
     * Creates the tables of {@code layout} (which must not exist) with their headers, for the runs
     * {@code from} to {@code to - 1}.
     */
    static SweepTables create(Path dir, List<String> runsColumns, TableLayout layout, long from, long to)
            throws IOException {
        SweepTables t = new SweepTables(dir, false, layout, from, from, to);
        for (int f = 0; f < t.out.length; f++) {
            t.out[f].write(TableRecovery.header(t.tables.get(f), runsColumns, layout));
            t.out[f].flush();
        }
        return t;
    }

    /**
     * Opens the tables of {@code layout}, put back to whole blocks of runs by
     * {@link TableRecovery#recover}, to append the runs from {@code next} on.
     */
    static SweepTables append(Path dir, TableLayout layout, long next, long from, long to) throws IOException {
        return new SweepTables(dir, true, layout, next, from, to);
    }

    /** The header line of a table, as {@link ResultTables} writes it. */
    static byte[] header(String file) {
        return TableRecovery.header(file);
    }

    /**
     * Takes the next run's rows. They are written when their block ends ({@link TableLayout}:
     * every run for plain tables, blocks of runs for compressed ones): events, then time series,
     * then the lines in runs.csv, each handed to the system before the next.
     */
    void write(RunBuffer run) {
        String[] text = run.rendered() != null ? run.rendered() : ResultTables.render(run);
        // rendered order is runs, timeseries, events
        for (int f = 0; f < tables.size(); f++) {
            String table = tables.get(f);
            String rows = table.equals(Columns.RUNS) ? text[0] : table.equals(Columns.TIMESERIES) ? text[1] : text[2];
            byte[] b = rows.getBytes(StandardCharsets.UTF_8);
            pending[f].write(b, 0, b.length);
        }
        held++;
        next++;
        if (layout.endsBlock(next, from, to)) {
            try {
                for (int f = 0; f < tables.size(); f++) {
                    if (pending[f].size() > 0) {
                        byte[] b = pending[f].toByteArray();
                        out[f].write(layout.compressed(tables.get(f)) ? gzip.member(b) : b);
                        out[f].flush();
                        pending[f].reset();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the rows of run " + run.key().runId() + ": " + e, e);
            }
            written += held;
            held = 0;
        }
    }

    /** The runs whose rows are all in the files (a block not yet ended is not). */
    int written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        ResultTables.closeAll(out);
    }

    /** The tables of {@code sweep} and {@code calibrate} (with their runs.csv columns) in {@code dir}, for {@code --dry-run}. */
    public static Estimator.Tables forEstimate(Path dir, SweepPlan plan) throws IOException {
        SweepTables t = create(dir, plan.runsColumns(), plan.layout(), 0, Long.MAX_VALUE);
        return new Estimator.Tables(t::write, t);
    }
}
