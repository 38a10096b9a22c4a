package org.sahelsim.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Gzip members (RFC 1952), written and read one at a time, so that a compressed table can be
 * appended to, cut back to its whole runs after a kill, and joined across shards.
 *
 * <p>A member is written the same bytes on every run: a fixed header (no file name, time 0,
 * operating system "unknown"), the data deflated at level {@value #LEVEL} (zlib's default, the
 * usual balance of speed and size), then the CRC-32 and length of the data.
 */
public final class GzipMembers {
    /** The deflate level. */
    public static final int LEVEL = 6;
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final Deflater deflater = new Deflater(LEVEL, true);
    private final CRC32 crc = new CRC32();
    private final byte[] buf = new byte[1 << 16];

    /** The member holding {@code data}. */
    public byte[] member(byte[] data) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(data.length / 4 + 64);
        o.write(HEADER, 0, HEADER.length);
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(buf);
            o.write(buf, 0, n);
        }
        crc.reset();
        crc.update(data);
        int c = (int) crc.getValue();
        int size = data.length;
        for (int v : new int[] {c, size}) {
            o.write(v);
            o.write(v >>> 8);
            o.write(v >>> 16);
            o.write(v >>> 24);
        }
        return o.toByteArray();
    }

    /** One whole member met by {@link #scan}: its place in the file and its data. */
    @FunctionalInterface
    public interface Visitor {
        /** Returns false to stop the scan after this member. */
        boolean member(long start, long end, byte[] data) throws IOException;
    }

    /**
     * Reads the members of {@code file} in order and hands each whole one to {@code visitor};
     * stops at the end of the file, at the first member that is cut short or damaged (as the
     * last one of a killed writer is), or when the visitor says so. Returns the end of the last
     * whole member handed over (0 when none).
     */
    public static long scan(Path file, Visitor visitor) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Source in = new Source(ch);
            Inflater inf = new Inflater(true);
            CRC32 crc = new CRC32();
            byte[] out = new byte[1 << 16];
            long end = 0;
            try {
                while (true) {
                    long start = in.offset();
                    byte[] head = in.take(HEADER.length);
                    if (head == null || head[0] != 0x1f || head[1] != (byte) 0x8b || head[2] != 8 || head[3] != 0) {
                        return end;
                    }
                    inf.reset();
                    crc.reset();
                    ByteArrayOutputStream data = new ByteArrayOutputStream(1 << 16);
                    in.feed(inf);
                    while (!inf.finished()) {
                        int n = inf.inflate(out);
                        if (n > 0) {
                            data.write(out, 0, n);
                            crc.update(out, 0, n);
                        } else if (inf.needsInput()) {
                            in.consumed(inf);
                            if (!in.refill()) {
                                return end;
                            }
                            in.feed(inf);
                        } else if (inf.needsDictionary()) {
                            return end;
                        }
                    }
                    in.consumed(inf);
                    byte[] trailer = in.take(8);
                    if (trailer == null || le(trailer, 0) != (int) crc.getValue() || le(trailer, 4) != data.size()) {
                        return end;
                    }
                    end = in.offset();
                    if (!visitor.member(start, end, data.toByteArray())) {
                        return end;
                    }
                }
            } catch (DataFormatException e) {
                return end;
            } finally {
                inf.end();
            }
        }
    }

    /** The bytes of {@code ch} from {@code start} to {@code end} (a member {@link #scan} found). */
    public static byte[] bytes(FileChannel ch, long start, long end) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(end - start));
        while (b.hasRemaining()) {
            if (ch.read(b, start + b.position()) < 0) {
                throw new java.io.EOFException("the file ends at " + (start + b.position()) + ", before " + end);
            }
        }
        return b.array();
    }

    private static int le(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    /** The first field of the first line of {@code data} (up to 64 bytes), as a run id. */
    public static String firstField(byte[] data) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < data.length && s.length() < 64; i++) {
            if (data[i] == ',' || data[i] == '\n') {
                break;
            }
            s.append((char) (data[i] & 0xff));
        }
        return s.toString();
    }

    /** A file read forwards through a buffer, knowing the offset of the next byte. */
    private static final class Source {
        private final FileChannel ch;
        private final ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        private long base;   // file offset of buf[0]
        private int pos;
        private int lim;

        Source(FileChannel ch) {
            this.ch = ch;
        }

        long offset() {
            return base + pos;
        }

        /** Reads more after the bytes not yet taken; false at the end of the file. */
        boolean refill() throws IOException {
            int keep = lim - pos;
            byte[] a = buf.array();
            System.arraycopy(a, pos, a, 0, keep);
            base += pos;
            pos = 0;
            lim = keep;
            buf.clear();
            buf.position(lim);
            int n = ch.read(buf, base + lim);
            if (n <= 0) {
                return false;
            }
            lim += n;
            return true;
        }

        /** The next {@code n} bytes, or null when the file ends first. */
        byte[] take(int n) throws IOException {
            while (lim - pos < n) {
                if (!refill()) {
                    return null;
                }
            }
            byte[] r = new byte[n];
            System.arraycopy(buf.array(), pos, r, 0, n);
            pos += n;
            return r;
        }

        /** Gives the inflater the bytes not yet taken. */
        void feed(Inflater inf) throws IOException {
            if (pos == lim && !refill()) {
                return;
            }
            inf.setInput(buf.array(), pos, lim - pos);
        }

        /** Marks as taken what the inflater used of what it was fed. */
        void consumed(Inflater inf) {
            pos = lim - inf.getRemaining();
        }
    }
}
