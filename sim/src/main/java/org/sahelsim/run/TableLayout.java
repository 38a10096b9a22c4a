package org.sahelsim.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * How the per-run tables of a folder are stored: plain CSV (what {@code run} and
 * {@code compare} always write, and a sweep by default), or the compact form a large sweep
 * may ask for: {@code timeseries.csv.gz} and {@code events.csv.gz}, gzip-compressed, with
 * {@code runs.csv} kept plain (it is small, and its lines are the commit records of the runs);
 * and whether {@code events.csv} is kept at all.
 *
 * <p>A compressed table is a series of gzip members (RFC 1952): the header line is the first
 * member, then each block of {@value #RUNS_PER_MEMBER} runs is one member, blocks counted from
 * run 0 of the whole sweep (so runs {@code 0..15}, {@code 16..31}, ...; a shard's first and
 * last block may be partial, and {@code merge} joins the two halves). Every gzip reader reads
 * the members as one stream (pandas, R's {@code gzfile} and {@code data.table::fread}, Python's
 * {@code gzip}, {@code zcat}), so the file is one CSV table. Blocks rather than single runs:
 * a member per run takes about 25% more space, measured on baseline-2015; blocks of 16 runs
 * come within 3% of one stream, and a kill loses at most the 15 runs of the unfinished block,
 * which a resume runs again.
 *
 * @param gzip   whether {@code timeseries.csv} and {@code events.csv} are gzip-compressed
 *               ({@code .csv.gz})
 * @param events whether {@code events.csv} is written at all
 */
public record TableLayout(boolean gzip, boolean events) {
    /** Plain CSV, events kept: what every folder held before the compact form. */
    public static final TableLayout PLAIN = new TableLayout(false, true);
    /** Runs per gzip member of a compressed table. */
    public static final int RUNS_PER_MEMBER = 16;
    /** The words of the sweep file's {@code compression} key. */
    public static final List<String> COMPRESSIONS = org.sahelsim.scenario.Sweep.COMPRESSIONS;
    /** The suffix of a compressed table. */
    public static final String GZ = ".gz";

    /** The layout of {@code compression} ({@code none} or {@code gzip}) and {@code events}. */
    public static TableLayout of(String compression, boolean events) {
        if (!COMPRESSIONS.contains(compression)) {
            throw new IllegalArgumentException("compression must be one of " + COMPRESSIONS + ", was '" + compression
                    + "'");
        }
        return new TableLayout(compression.equals("gzip"), events);
    }

    /** {@code none} or {@code gzip}. */
    public String compression() {
        return gzip ? "gzip" : "none";
    }

    /** The file name of {@code table} ({@link Columns#RUNS}, {@link Columns#TIMESERIES}, {@link Columns#EVENTS}). */
    public String file(String table) {
        return gzip && !table.equals(Columns.RUNS) ? table + GZ : table;
    }

    /** Whether {@code table} is compressed. */
    public boolean compressed(String table) {
        return gzip && !table.equals(Columns.RUNS);
    }

    /** The tables kept, in the order a run's rows are written: events (if kept), time series, runs (the commit record). */
    public List<String> tables() {
        List<String> t = new ArrayList<>(3);
        if (events) {
            t.add(Columns.EVENTS);
        }
        t.add(Columns.TIMESERIES);
        t.add(Columns.RUNS);
        return List.copyOf(t);
    }

    /**
     * Whether the rows written so far end a block when the next run is {@code next}, for a folder
     * of runs {@code from} to {@code to - 1}: always for plain tables (every run is written on
     * its own); for compressed ones at {@code to} and at multiples of {@link #RUNS_PER_MEMBER}.
     */
    public boolean endsBlock(long next, long from, long to) {
        return !gzip || next == to || (next > from && next % RUNS_PER_MEMBER == 0);
    }

    /** The most runs from {@code from} on, at most {@code done}, that end at a block boundary. */
    public int wholeBlocks(long from, int done, long to) {
        if (!gzip) {
            return done;
        }
        long end = from + done;
        if (end == to) {
            return done;
        }
        long boundary = end - end % RUNS_PER_MEMBER;
        return (int) Math.max(0, boundary - from);
    }

    /**
     * The layout a folder's manifest records; a folder older than the compact form (no such keys)
     * is {@link #PLAIN}.
     *
     * @throws IllegalArgumentException if the manifest names a compression this version does not know
     */
    public static TableLayout ofManifest(com.fasterxml.jackson.databind.JsonNode manifest) {
        String c = manifest.path("compression").asText("none");
        boolean e = !manifest.path("events").isBoolean() || manifest.path("events").asBoolean();
        if (!COMPRESSIONS.contains(c)) {
            throw new IllegalArgumentException("the manifest's compression '" + c + "' is not one this version reads ("
                    + String.join(", ", COMPRESSIONS) + "): was the folder written by a later version?");
        }
        return of(c, e);
    }

    /**
     * The file holding {@code table} in {@code folder}: {@code table} itself, or its compressed
     * form, or null when neither exists (events not kept).
     */
    public static Path find(Path folder, String table) {
        Path plain = folder.resolve(table);
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        Path gz = folder.resolve(table + GZ);
        return Files.isRegularFile(gz) ? gz : null;
    }

    /** A UTF-8 reader of a table's file, decompressing a {@code .gz} one (all its members). */
    public static BufferedReader reader(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(GZ)) {
            return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
        }
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
}
