package org.sahelsim.record;

/**
 * Fast, locale-free number formatting for output files: the same number always gives the
 * same text, whatever the machine's locale.
 */
public final class Fmt {
    private Fmt() {
    }

    private static final long[] POW10 = {1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L};

    /** A number rounded to {@code decimals} places (0-6), without trailing zeros; NaN gives "". */
    public static String num(double x, int decimals) {
        StringBuilder b = new StringBuilder(24);
        append(b, x, decimals);
        return b.toString();
    }

    /** Appends a number rounded to {@code decimals} places, trailing zeros dropped. */
    public static void append(StringBuilder b, double x, int decimals) {
        if (Double.isNaN(x)) {
            return;
        }
        if (Double.isInfinite(x)) {
            b.append(x > 0 ? "Inf" : "-Inf");
            return;
        }
        if (Math.abs(x) >= 1e15) {
            b.append(Double.toString(x));
            return;
        }
        long scale = POW10[decimals];
        long v = Math.round(x * scale);
        if (v == 0) {
            b.append('0');
            return;
        }
        if (v < 0) {
            b.append('-');
            v = -v;
        }
        long whole = v / scale;
        long frac = v % scale;
        b.append(whole);
        if (frac != 0) {
            b.append('.');
            String fs = Long.toString(frac);
            for (int i = fs.length(); i < decimals; i++) {
                b.append('0');
            }
            int end = fs.length();
            while (end > 0 && fs.charAt(end - 1) == '0') {
                end--;
            }
            b.append(fs, 0, end);
        }
    }
}
