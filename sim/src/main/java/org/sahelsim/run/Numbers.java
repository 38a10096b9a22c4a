package org.sahelsim.run;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.stream.DoubleStream;

/**
 * Writes numbers to CSV the same way on every machine and JVM, so output files can be compared
 * byte for byte. Rules, in order: NaN is an empty field (R and pandas read it as missing);
 * infinities are {@code Inf} and {@code -Inf}; whole numbers below 10^15 in size are written
 * without a decimal point ({@code -0} as {@code 0}); any other value is rounded half-even to
 * {@value #SIGNIFICANT} significant digits from its exact binary value (never from
 * {@code Double.toString}, whose output changed between JVM versions), trailing zeros dropped,
 * in plain notation when its size is at least 1e-6 and in scientific notation ({@code 1.5E-7})
 * below.
 */
public final class Numbers {
    /** Significant digits kept: enough for dollars to the cent up to 10^7 and for shares to 1e-10. */
    public static final int SIGNIFICANT = 10;

    private static final MathContext CONTEXT = new MathContext(SIGNIFICANT, RoundingMode.HALF_EVEN);
    private static final double WHOLE_LIMIT = 1e15;

    private Numbers() {
    }

    /** A value as a reader of the CSV gets it, the inverse of {@link #format}: empty is NaN, Inf and -Inf are infinities. */
    public static double parse(String text) {
        return switch (text) {
            case "" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    /** The text of a value in a CSV field. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-6 && a < WHOLE_LIMIT) {
            String fast = fast(v, a);
            if (fast != null) {
                return fast;
            }
        }
        BigDecimal d = new BigDecimal(v).round(CONTEXT).stripTrailingZeros();
        return Math.abs(v) >= 1e-6 ? d.toPlainString() : d.toString();
    }

    private static final double[] POW10 = DoubleStream.iterate(1, p -> p * 10).limit(25).toArray();

    /**
     * The same text as the exact BigDecimal rule, computed with doubles: scale to ten
     * significant digits and round; returns null (so the exact rule decides) when the scaled
     * value lies too near a rounding tie for double arithmetic to be sure, or when the
     * digit count comes out wrong at a power of ten.
     */
    private static String fast(double v, double a) {
        int exp = (int) Math.floor(Math.log10(a));
        int decimals = SIGNIFICANT - 1 - exp;
        if (decimals < 0 || decimals >= POW10.length) {
            return null;
        }
        double x = a * POW10[decimals];
        double floor = Math.floor(x);
        double frac = x - floor;
        if (Math.abs(frac - 0.5) < 1e-4) {
            return null;
        }
        long digits = (long) (frac > 0.5 ? floor + 1 : floor);
        if (digits < 1_000_000_000L || digits >= 10_000_000_000L) {
            return null;
        }
        int d = decimals;
        while (d > 0 && digits % 10 == 0) {
            digits /= 10;
            d--;
        }
        String s = Long.toString(digits);
        StringBuilder b = new StringBuilder(s.length() + 4);
        if (v < 0) {
            b.append('-');
        }
        if (d == 0) {
            b.append(s);
        } else if (s.length() > d) {
            b.append(s, 0, s.length() - d).append('.').append(s, s.length() - d, s.length());
        } else {
            b.append("0.").append("0".repeat(d - s.length())).append(s);
        }
        return b.toString();
    }
}
