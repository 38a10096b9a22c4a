package org.sahelsim.sweep;

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
import org.sahelsim.run.ResultTables;
import org.sahelsim.run.RunBuffer;
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

    private final OutputStream[] out = new OutputStream[3];
    private int written;

    private SweepTables(Path dir, boolean append) throws IOException {
        for (int f = 0; f < 3; f++) {
            Path p = dir.resolve(ORDER.get(f));
            out[f] = append
                    ? Files.newOutputStream(p, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /** Creates the three files (which must not exist) with their headers. */
    static SweepTables create(Path dir) throws IOException {
        return create(dir, Columns.runsColumns());
    }

    /** As {@link #create(Path)}, with {@code runs.csv}'s columns (further measures after the metrics). */
    static SweepTables create(Path dir, List<String> runsColumns) throws IOException {
        SweepTables t = new SweepTables(dir, false);
        for (int f = 0; f < 3; f++) {
            t.out[f].write(header(ORDER.get(f), runsColumns));
            t.out[f].flush();
        }
        return t;
    }

    /** Opens the three files, put back in order by {@link TableRecovery#recover}, to append further runs. */
    static SweepTables append(Path dir) throws IOException {
        return new SweepTables(dir, true);
    }

    /** The header line of a table, as {@link ResultTables} writes it. */
    static byte[] header(String file) {
        return TableRecovery.header(file);
    }

    /** The header line of a table, with the given columns of {@code runs.csv}. */
    static byte[] header(String file, List<String> runsColumns) {
        return TableRecovery.header(file, runsColumns);
    }

    /** Appends one run's rows, events, then time series, then its line in runs.csv, each flushed. */
    void write(RunBuffer run) {
        String[] text = run.rendered() != null ? run.rendered() : ResultTables.render(run);
        try {
            // rendered order is runs, timeseries, events; written in commit order
            for (int f = 0; f < 3; f++) {
                out[f].write(text[2 - f].getBytes(StandardCharsets.UTF_8));
                out[f].flush();
            }
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rows of run " + run.key().runId(), e);
        }
    }

    int written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        ResultTables.closeAll(out);
    }

    /** The tables of {@code sweep} and {@code calibrate} (with their runs.csv columns) in {@code dir}, for {@code --dry-run}. */
    public static Estimator.Tables forEstimate(Path dir, SweepPlan plan) throws IOException {
        SweepTables t = create(dir, plan.runsColumns());
        return new Estimator.Tables(t::write, t);
    }
}
