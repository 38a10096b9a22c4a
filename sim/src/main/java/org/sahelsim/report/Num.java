package org.sahelsim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Numbers as the report shows them, the same on every machine (no locale): three significant
 * digits below 10,000, whole numbers with thousands separators above; p-values to three
 * decimals with "&lt; 0.001" below; relative changes in percent with one decimal.
 */
final class Num {
    private Num() {
    }

    /**
     * A value for tables and sentences: whole numbers from 1,000 up (with thousands separators
     * from 10,000), three significant digits below; "n/a" for NaN.
     */
    static String num(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        if (Math.abs(x) >= 999.5) {
            DecimalFormat f = new DecimalFormat(Math.abs(x) >= 9999.5 ? "#,##0" : "0",
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
            f.setRoundingMode(RoundingMode.HALF_EVEN);
            return f.format(x);
        }
        if (x == 0) {
            return "0";
        }
        String s = new BigDecimal(x).round(new MathContext(3, RoundingMode.HALF_EVEN)).toPlainString();
        return s.startsWith("-") && s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    /** A value and its interval as "x [low, high]", each written by {@code format}. */
    static String interval(DoubleFunction<String> format, double x, double low, double high) {
        return format.apply(x) + " [" + format.apply(low) + ", " + format.apply(high) + "]";
    }

    /** A value with an explicit sign (for differences). */
    static String signed(double x) {
        String s = num(x);
        return x > 0 && !s.equals("0") ? "+" + s : s;
    }

    /** A p-value: "&lt; 0.001", three decimals below 0.1, two above; "n/a" for NaN. */
    static String p(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        if (p < 0.001) {
            return "< 0.001";
        }
        return String.format(Locale.ROOT, p < 0.1 ? "%.3f" : "%.2f", p);
    }

    /** "p &lt; 0.001" or "p = 0.003": a p-value after its letter. */
    static String pIs(String letter, double p) {
        String t = p(p);
        return letter + (t.startsWith("<") ? " " : " = ") + t;
    }

    /** An effect size to two decimals. */
    static String d(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%+.2f", x);
    }

    /** A share as a signed percentage with one decimal. */
    static String pct(double share) {
        if (Double.isNaN(share)) {
            return "n/a";
        }
        String s = String.format(Locale.ROOT, "%+.1f%%", 100 * share);
        return s.equals("+0.0%") || s.equals("-0.0%") ? "0.0%" : s;
    }

    /** An unsigned percentage with one decimal. */
    static String pctAbs(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * Math.abs(share));
    }

    /**
     * The relative change of a variant against the baseline and its interval: the difference
     * and its CI divided by the baseline mean, which is treated as fixed; null when the
     * baseline mean is zero or unknown (no relative change exists).
     */
    static double[] relativeChange(SummaryRow row, SummaryRow base) {
        if (row == null || base == null || !row.compared() || Double.isNaN(base.mean()) || base.mean() == 0) {
            return null;
        }
        double m = base.mean();
        double a = row.diffCiLow() / m;
        double b = row.diffCiHigh() / m;
        return new double[] {row.diffMean() / m, Math.min(a, b), Math.max(a, b)};
    }

    /** Cuts a text to at most {@code n} characters, ending with an ellipsis when cut. */
    static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1).trim() + "\u2026";
    }
}
