package org.sahelsim.run;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

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
        BigDecimal d = new BigDecimal(v).round(CONTEXT).stripTrailingZeros();
        return Math.abs(v) >= 1e-6 ? d.toPlainString() : d.toString();
    }
}
