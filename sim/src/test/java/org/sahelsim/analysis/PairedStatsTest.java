package org.sahelsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The statistics of summary.csv against values computed by hand on five pairs.
 *
 * <pre>
 * baseline b = 10, 12, 9, 11, 13       variant v = 8, 11, 9, 8, 10
 * differences d = v - b = -2, -1, 0, -3, -3
 * mean(d) = -9 / 5 = -1.8
 * deviations -0.2, 0.8, 1.8, -1.2, -1.2; squares sum to 6.8; var = 6.8 / 4 = 1.7
 * sd(d) = sqrt(1.7) = 1.3038404810405297; se = sd / sqrt(5) = 0.5830951894845300
 * t(0.975, df 4) = 2.7764451051977934 (R: qt(0.975, 4))
 * CI = -1.8 -/+ 2.7764451051977934 * 0.58309518948453 = [-3.4189317847087, -0.1810682152913]
 * t statistic = -1.8 / 0.58309518948453 = -3.0869745325651587
 * p = 2 * pt(-3.0869745325651587, 4) = 0.03668198940044108
 *   (R: t.test(v, b, paired = TRUE); the same figures from scipy.stats.ttest_rel)
 * Cohen's d_z = -1.8 / 1.3038404810405297 = -1.380536979925267
 * mean(v) = 9.2, sd(v) = sqrt(6.8 / 4) = 1.3038404810405297, CI [7.581068215291296, 10.818931784708703]
 * mean(b) = 11, sd(b) = sqrt(10 / 4) = 1.5811388300841898, CI [9.036756838522443, 12.963243161477557]
 * </pre>
 */
class PairedStatsTest {
    static final double[] B = {10, 12, 9, 11, 13};
    static final double[] V = {8, 11, 9, 8, 10};
    private static final double EPS = 1e-12;

    @Test
    void tQuantileMatchesTheTable() {
        assertEquals(2.7764451051977934, PairedStats.tQuantile(4), EPS);
        assertEquals(12.706204736174696, PairedStats.tQuantile(1), 1e-9);
        assertEquals(1.9842169515086827, PairedStats.tQuantile(99), 1e-9);
    }

    @Test
    void describeGivesMeanSampleSdAndStudentInterval() {
        PairedStats.Describe d = PairedStats.describe(V);
        assertEquals(5, d.n());
        assertEquals(9.2, d.mean(), EPS);
        assertEquals(1.3038404810405297, d.sd(), EPS);
        assertEquals(7.581068215291296, d.ciLow(), EPS);
        assertEquals(10.818931784708703, d.ciHigh(), EPS);
        PairedStats.Describe b = PairedStats.describe(B);
        assertEquals(11, b.mean(), EPS);
        assertEquals(1.5811388300841898, b.sd(), EPS);
        assertEquals(9.036756838522443, b.ciLow(), EPS);
        assertEquals(12.963243161477557, b.ciHigh(), EPS);
    }

    @Test
    void pairedDifferenceMatchesHandComputedValues() {
        PairedStats.Paired p = PairedStats.paired(V, B);
        assertEquals(5, p.n());
        assertEquals(-1.8, p.mean(), EPS);
        assertEquals(1.3038404810405297, p.sd(), EPS);
        assertEquals(-3.418931784708703, p.ciLow(), EPS);
        assertEquals(-0.1810682152912968, p.ciHigh(), EPS);
        assertEquals(0.03668198940044108, p.pValue(), 1e-10);
        assertEquals(-1.380536979925267, p.effectSize(), EPS);
        assertEquals(p.ciHigh() - p.ciLow(), p.ciWidth(), 0);
    }

    @Test
    void swappingTheSidesFlipsTheDifferenceButKeepsThePValue() {
        PairedStats.Paired a = PairedStats.paired(V, B);
        PairedStats.Paired b = PairedStats.paired(B, V);
        assertEquals(-a.mean(), b.mean(), EPS);
        assertEquals(-a.ciHigh(), b.ciLow(), EPS);
        assertEquals(a.pValue(), b.pValue(), EPS);
        assertEquals(-a.effectSize(), b.effectSize(), EPS);
    }

    @Test
    void identicalSamplesHavePValueOneAndNoEffectSize() {
        PairedStats.Paired p = PairedStats.paired(B, B);
        assertEquals(0, p.mean());
        assertEquals(0, p.sd());
        assertEquals(0, p.ciLow());
        assertEquals(0, p.ciHigh());
        assertEquals(1.0, p.pValue());
        assertTrue(Double.isNaN(p.effectSize()));
    }

    @Test
    void aConstantNonZeroDifferenceHasPValueZero() {
        double[] shifted = {12.5, 14.5, 11.5, 13.5, 15.5};
        PairedStats.Paired p = PairedStats.paired(shifted, B);
        assertEquals(2.5, p.mean());
        assertEquals(0.0, p.pValue());
        assertEquals(2.5, p.ciLow());
        assertEquals(2.5, p.ciHigh());
        assertTrue(Double.isNaN(p.effectSize()));
    }

    @Test
    void pairsWithAMissingValueAreLeftOut() {
        double[] v = {8, 11, 9, 8, 10, Double.NaN, 3};
        double[] b = {10, 12, 9, 11, 13, 4, Double.NaN};
        PairedStats.Paired p = PairedStats.paired(v, b);
        assertEquals(5, p.n());
        assertEquals(0.03668198940044108, p.pValue(), 1e-10);
        PairedStats.Describe d = PairedStats.describe(v);
        assertEquals(6, d.n());
        assertEquals(49.0 / 6, d.mean(), EPS);
    }

    @Test
    void fewerThanTwoValuesLeaveSdIntervalAndPValueUndefined() {
        PairedStats.Describe one = PairedStats.describe(new double[] {3});
        assertEquals(1, one.n());
        assertEquals(3, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()) && Double.isNaN(one.ciHigh()));
        PairedStats.Paired p = PairedStats.paired(new double[] {3}, new double[] {1});
        assertEquals(2, p.mean());
        assertTrue(Double.isNaN(p.pValue()) && Double.isNaN(p.ciLow()));
        assertEquals(0, PairedStats.describe(new double[0]).n());
        assertTrue(Double.isNaN(PairedStats.describe(new double[] {Double.NaN}).mean()));
    }

    @Test
    void refusesSamplesOfDifferentLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairedStats.paired(new double[2], new double[3]));
        assertTrue(e.getMessage().contains("2 and 3"), e.getMessage());
    }
}
