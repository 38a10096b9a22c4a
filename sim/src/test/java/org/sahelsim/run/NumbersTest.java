package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void wholeNumbersHaveNoDecimalPoint() {
        assertEquals("0", Numbers.format(0.0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("12", Numbers.format(12.0));
        assertEquals("-3", Numbers.format(-3.0));
        assertEquals("1500000", Numbers.format(1.5e6));
    }

    @Test
    void nanIsEmptyAndInfinitiesAreNamedAsRReadsThem() {
        assertEquals("", Numbers.format(Double.NaN));
        assertEquals("Inf", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", Numbers.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void fractionsKeepTenSignificantDigitsWithoutTrailingZeros() {
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("0.3333333333", Numbers.format(1.0 / 3));
        assertEquals("2.5", Numbers.format(2.5));
        assertEquals("1234567.891", Numbers.format(1234567.8912));
        assertEquals("0.000123", Numbers.format(0.000123));
    }

    @Test
    void tinyValuesUseScientificNotation() {
        assertEquals("1.5E-7", Numbers.format(1.5e-7));
    }

    @Test
    void formatIsIndependentOfTheDefaultLocale() {
        java.util.Locale old = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("0.25", Numbers.format(0.25));
        } finally {
            java.util.Locale.setDefault(old);
        }
    }

    @Test
    void parseReadsBackWhatFormatWritesIncludingEmptyAndInfinities() {
        assertEquals(Double.NaN, Numbers.parse(Numbers.format(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parse(Numbers.format(Double.POSITIVE_INFINITY)));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.parse(Numbers.format(Double.NEGATIVE_INFINITY)));
        assertEquals(0.1234567891, Numbers.parse(Numbers.format(0.12345678912345)));
        assertEquals(-42.0, Numbers.parse(Numbers.format(-42)));
    }
}
