package org.sahelsim.run;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;

/**
 * Puts the three per-run tables of a killed job ({@code run}, {@code sweep}) back to "exactly
 * the first K runs", so that appending can continue with run K and the files end byte for byte
 * as those of a job never interrupted.
 *
 * <p>It relies on how the tables are written: each run's rows whole and in run order,
 * {@code events.csv} first, then {@code timeseries.csv}, then {@code runs.csv}, each handed to
 * the operating system before the next ({@link ResultTables#write}). A complete line of
 * {@code runs.csv} is therefore the commit record of its run; a run whose rows are in the
 * other files but not in {@code runs.csv} is not done, and its rows are cut.
 */
public final class TableRecovery {
    /** The tables in the order a run's rows are written; {@code runs.csv} last, as the commit record. */
    public static final List<String> ORDER = List.of(Columns.EVENTS, Columns.TIMESERIES, Columns.RUNS);

    private TableRecovery() {
    }

    /** The header line of a table, as {@link ResultTables} writes it (runs.csv without further measures). */
    public static byte[] header(String file) {
        return header(file, Columns.runsColumns());
    }

    /** The header line of a table, with the given columns of {@code runs.csv}. */
    public static byte[] header(String file, List<String> runsColumns) {
        List<String> cols = file.equals(Columns.RUNS) ? runsColumns
                : file.equals(Columns.TIMESERIES) ? Columns.TIMESERIES_COLUMNS : Columns.EVENTS_COLUMNS;
        return ResultTables.header(cols).getBytes(StandardCharsets.UTF_8);
    }

    /** The first bytes of a table of {@code layout}: its header line, or for a compressed table the member holding it. */
    public static byte[] header(String file, List<String> runsColumns, TableLayout layout) {
        byte[] h = header(file, runsColumns);
        return layout.compressed(file) ? new GzipMembers().member(h) : h;
    }

    /** A folder that cannot be continued: its files do not hold the runs of this job in order. */
    public static final class DamagedException extends Exception {
        public DamagedException(String message) {
            super(message);
        }
    }

    /**
     * Puts the tables of {@code dir} back to exactly the runs {@code from, from+1, ...} whose
     * lines in {@code runs.csv} are complete, and returns how many those are.
     *
     * @param expectedId the run id of run {@code from + j}, to check {@code runs.csv} line by line
     * @param runIndex   the run index of a run id of this job, -1 for anything else
     */
    public static int recover(Path dir, int from, int to, IntFunction<String> expectedId,
                              ToLongFunction<String> runIndex) throws IOException, DamagedException {
        return recover(dir, from, to, expectedId, runIndex, TableLayout.PLAIN);
    }

    /**
     * As {@link #recover(Path, int, int, IntFunction, ToLongFunction)}, for the tables of
     * {@code layout}: with compressed tables, the runs kept end at a block boundary (the runs of
     * an unfinished block are cut from runs.csv too, and run again), and a compressed table is
     * cut after its last whole member of those runs.
     */
    public static int recover(Path dir, int from, int to, IntFunction<String> expectedId,
                              ToLongFunction<String> runIndex, TableLayout layout)
            throws IOException, DamagedException {
        Path runs = dir.resolve(Columns.RUNS);
        byte[] runsHeader = header(Columns.RUNS);
        if (!headerComplete(runs, runsHeader)) {
            // killed before the first run was committed: start the tables again
            for (String f : layout.tables()) {
                Files.write(dir.resolve(layout.file(f)), header(f, Columns.runsColumns(), layout));
            }
            return 0;
        }
        long[] end = new long[1];
        int committed = countCommitted(runs, runsHeader.length, from, to, expectedId, end, Integer.MAX_VALUE);
        int done = layout.wholeBlocks(from, committed, to);
        if (done < committed) {
            countCommitted(runs, runsHeader.length, from, to, expectedId, end, done);
        }
        truncate(runs, end[0]);
        long limit = from + (long) done;
        for (String f : layout.tables()) {
            if (f.equals(Columns.RUNS)) {
                continue;
            }
            Path p = dir.resolve(layout.file(f));
            byte[] h = header(f, Columns.runsColumns(), layout);
            if (!headerComplete(p, h)) {
                if (done > 0) {
                    throw new DamagedException(p.getFileName() + " is missing or lacks its header, but runs.csv holds "
                            + done + " runs");
                }
                Files.write(p, h);
                continue;
            }
            truncate(p, layout.compressed(f) ? memberCut(p, runIndex, limit) : cutOffset(p, h.length, runIndex, limit));
        }
        return done;
    }

    /**
     * Where to cut a compressed table so that it holds the members of runs before {@code limit}
     * only: the start of the first member whose first run is at or after {@code limit}, else the
     * end of the last whole member (a member cut short by a kill goes).
     */
    static long memberCut(Path p, ToLongFunction<String> runIndex, long limit) throws IOException, DamagedException {
        long[] cut = {0};
        boolean[] first = {true};
        String[] foreign = {null};
        GzipMembers.scan(p, (start, end, data) -> {
            if (first[0]) {
                first[0] = false;
                cut[0] = end;
                return true;
            }
            String id = GzipMembers.firstField(data);
            long run = runIndex.applyAsLong(id);
            if (run < 0) {
                foreign[0] = id;
                return false;
            }
            if (run >= limit) {
                return false;
            }
            cut[0] = end;
            return true;
        });
        if (foreign[0] != null) {
            throw new DamagedException(p.getFileName() + " holds rows of '" + foreign[0] + "', which is not a run of"
                    + " this folder");
        }
        return cut[0];
    }

    /**
     * As {@link #recover}, for the header-less part files of one variant of a comparison: cuts
     * {@code runs} to its complete lines that are runs {@code expectedId(0), expectedId(1), ...}
     * in order (at most {@code max}), cuts each of {@code others} that exists after the rows of
     * those runs, and returns how many runs they are.
     */
    public static int recoverParts(Path runs, List<Path> others, int max, IntFunction<String> expectedId,
                                   ToLongFunction<String> runIndex) throws IOException, DamagedException {
        if (!Files.isRegularFile(runs)) {
            for (Path p : others) {
                Files.deleteIfExists(p);
            }
            return 0;
        }
        long[] end = new long[1];
        int done = countCommitted(runs, 0, 0, max, expectedId, end, Integer.MAX_VALUE);
        truncate(runs, end[0]);
        for (Path p : others) {
            if (Files.isRegularFile(p)) {
                truncate(p, cutOffset(p, 0, runIndex, done));
            }
        }
        return done;
    }

    private static boolean headerComplete(Path p, byte[] header) throws IOException, DamagedException {
        if (!Files.isRegularFile(p) || Files.size(p) < header.length) {
            if (Files.isRegularFile(p) && Files.size(p) > 0) {
                byte[] head = Files.readAllBytes(p);
                if (head.length > header.length
                        || !Arrays.equals(header, 0, head.length, head, 0, head.length)) {
                    throw new DamagedException(p.getFileName() + " does not start with the header of a sahelsim table");
                }
            }
            return false;
        }
        byte[] head = new byte[header.length];
        try (InputStream in = Files.newInputStream(p)) {
            if (in.readNBytes(head, 0, head.length) != head.length || !Arrays.equals(head, header)) {
                throw new DamagedException(p.getFileName() + " does not start with the header this version writes"
                        + " (was it written by another version?)");
            }
        }
        return true;
    }

    /** Counts the complete lines of runs.csv after the header (at most {@code most}), checking each is the next run; end[0] gets their end. */
    private static int countCommitted(Path runs, int headerLength, int from, int to,
                                      IntFunction<String> expectedId, long[] end, int most)
            throws IOException, DamagedException {
        int done = 0;
        long offset = headerLength;
        end[0] = offset;
        StringBuilder first = new StringBuilder();
        boolean inFirst = true;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(runs), 1 << 16)) {
            in.skipNBytes(headerLength);
            int c;
            while (done < most && (c = in.read()) >= 0) {
                offset++;
                if (c == '\n') {
                    if (from + done >= to) {
                        throw new DamagedException("runs.csv holds more runs than this folder ("
                                + (to - from) + ")");
                    }
                    String want = expectedId.apply(from + done);
                    if (!first.toString().equals(want)) {
                        throw new DamagedException("runs.csv line " + (done + 2) + " is run '" + first
                                + "', but the run there is " + want);
                    }
                    done++;
                    end[0] = offset;
                    first.setLength(0);
                    inFirst = true;
                } else if (inFirst) {
                    if (c == ',') {
                        inFirst = false;
                    } else if (first.length() < 64) {
                        first.append((char) c);
                    }
                }
            }
        }
        return done;
    }

    private static void truncate(Path p, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            if (ch.size() > size) {
                ch.truncate(size);
            }
            ch.force(true);
        }
    }

    /**
     * Where to cut a table so that it holds the rows of runs before {@code limit} only: the start
     * of the first row of a run at or after {@code limit}, else the end of the last complete
     * line (a partial last line goes). Reads lines backwards from the end and stops at the first
     * row of an earlier run (or the header), so only the unfinished run's rows are read. A line
     * whose first field is not a run id of this job (the continuation of a field with a line
     * break) is passed over.
     */
    public static long cutOffset(Path p, int headerLength, ToLongFunction<String> runIndex, long limit) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            BackReader r = new BackReader(ch);
            long size = ch.size();
            long lastNl = r.previous('\n', size - 1, headerLength - 1);
            long cut = lastNl + 1;
            long lineEnd = lastNl;
            while (lineEnd >= headerLength) {
                long prevNl = r.previous('\n', lineEnd - 1, headerLength - 1);
                long lineStart = prevNl + 1;
                long run = runIndex.applyAsLong(r.firstField(lineStart, lineEnd));
                if (run >= 0 && run < limit) {
                    break;
                }
                if (run >= limit) {
                    cut = lineStart;
                }
                lineEnd = prevNl;
            }
            return cut;
        }
    }

    /** Reads a file backwards in blocks. */
    private static final class BackReader {
        private static final int BLOCK = 1 << 16;
        private final FileChannel ch;
        private final ByteBuffer buf = ByteBuffer.allocate(BLOCK);
        private long start = -1;
        private int length;

        BackReader(FileChannel ch) {
            this.ch = ch;
        }

        private byte at(long pos) throws IOException {
            if (pos < start || pos >= start + length) {
                // the block ending at pos, as reading goes backwards
                start = Math.max(0, pos - BLOCK + 1);
                buf.clear();
                buf.limit((int) Math.min(BLOCK, ch.size() - start));
                length = 0;
                while (buf.hasRemaining()) {
                    int n = ch.read(buf, start + length);
                    if (n < 0) {
                        break;
                    }
                    length += n;
                }
            }
            return buf.get((int) (pos - start));
        }

        /** The last position at or before {@code pos} and after {@code floor} holding {@code b}, or {@code floor}. */
        long previous(char b, long pos, long floor) throws IOException {
            for (long i = pos; i > floor; i--) {
                if (at(i) == b) {
                    return i;
                }
            }
            return floor;
        }

        /** The text from {@code from} to the first comma or {@code to} (at most 64 bytes). */
        String firstField(long from, long to) throws IOException {
            StringBuilder s = new StringBuilder();
            for (long i = from; i < to && s.length() < 64; i++) {
                byte c = readForward(i);
                if (c == ',') {
                    break;
                }
                s.append((char) (c & 0xff));
            }
            return s.toString();
        }

        private byte readForward(long pos) throws IOException {
            ByteBuffer one = ByteBuffer.allocate(1);
            if (pos >= start && pos < start + length) {
                return buf.get((int) (pos - start));
            }
            ch.read(one, pos);
            return one.get(0);
        }
    }
}
