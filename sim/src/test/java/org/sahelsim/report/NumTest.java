package org.sahelsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumTest {
    private static SummaryRow row(double mean, double diff, double lo, double hi) {
        return new SummaryRow("v", "m", 10, mean, 1, 0, 0, diff, lo, hi, 0.01, 0.02, 0.5);
    }

    @Test
    void valuesHaveThreeSignificantDigitsAndThousandsAreWhole() {
        assertEquals("0.00123", Num.num(0.0012345));
        assertEquals("-1.25", Num.num(-1.248));
        assertEquals("7.10", Num.num(7.1));
        assertEquals("1434", Num.num(1433.95));
        assertEquals("3,614,703", Num.num(3614703.499));
        assertEquals("0", Num.num(-0.0));
        assertEquals("n/a", Num.num(Double.NaN));
    }

    @Test
    void pValuesBelowOneInAThousandAreNotShownAsZero() {
        assertEquals("< 0.001", Num.p(1e-20));
        assertEquals("0.003", Num.p(0.0031));
        assertEquals("0.62", Num.p(0.6234));
        assertEquals("p < 0.001", Num.pIs("p", 0.0004));
        assertEquals("p = 0.040", Num.pIs("p", 0.04));
    }

    @Test
    void relativeChangeDividesTheDifferenceAndItsIntervalByTheBaselineMean() {
        double[] r = Num.relativeChange(row(9, -1.25, -1.66, -0.83), row(10.4, Double.NaN, Double.NaN, Double.NaN));
        assertArrayEquals(new double[] {-1.25 / 10.4, -1.66 / 10.4, -0.83 / 10.4}, r, 1e-12);
        double[] neg = Num.relativeChange(row(-4, 1, 0.5, 1.5), row(-2, Double.NaN, Double.NaN, Double.NaN));
        assertArrayEquals(new double[] {-0.5, -0.75, -0.25}, neg, 1e-12, "a negative baseline flips the interval");
        assertNull(Num.relativeChange(row(1, 1, 0, 2), row(0, Double.NaN, Double.NaN, Double.NaN)),
                "no relative change from a zero baseline");
        assertEquals("-12.0%", Num.pct(-0.12));
    }

    @Test
    void htmlEscapesTheFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;", Html.esc("<a href=\"x\">Tom & Jerry's</a>"));
    }
}
