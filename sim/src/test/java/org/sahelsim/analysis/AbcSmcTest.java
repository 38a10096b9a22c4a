package org.sahelsim.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ABC-SMC sampler recovers a posterior known in closed form, leaves a parameter the data
 * say nothing about at its prior, and gives the same ensemble on any number of threads.
 */
class AbcSmcTest {

    /** 20 trials of chance theta[0]; the data: 14 successes. theta[1] plays no part. */
    private static int binomial(double[] theta, long seed) {
        MersenneTwisterFast g = new MersenneTwisterFast(seed);
        int x = 0;
        for (int i = 0; i < 20; i++) {
            if (g.nextDouble() < theta[0]) {
                x++;
            }
        }
        return Math.abs(x - 14);
    }

    private static final AbcSmc.Prior PRIOR = new AbcSmc.Prior(List.of("p", "unrelated"), new double[] {0, 0},
            new double[] {1, 1});

    private static double sd(AbcSmc.Round r, int i) {
        double m = r.mean(i);
        double v = 0;
        for (int k = 0; k < r.particles().length; k++) {
            double x = r.particles()[k][i] - m;
            v += r.weights()[k] * x * x;
        }
        return Math.sqrt(v);
    }

    @Test
    void recoversTheBetaPosteriorOfABinomialAndLeavesAnUnrelatedParameterAtItsPrior() throws Exception {
        AbcSmc.Result res = AbcSmc.run(PRIOR, new AbcSmc.Settings(1000, 10, 0.01, 200_000, 42),
                AbcSmcTest::binomial, 2);
        AbcSmc.Round post = res.posterior();
        assertEquals(0, post.tolerance(), res.stopped());
        // exact: a uniform prior and 14 of 20 give Beta(15, 7), mean 15/22, sd sqrt(15*7/(22^2*23))
        assertEquals(15.0 / 22, post.mean(0), 0.02);
        assertEquals(Math.sqrt(105.0 / (484 * 23)), sd(post, 0), 0.02);
        // not identified: uniform on [0, 1], mean 1/2, sd 1/sqrt(12)
        assertEquals(0.5, post.mean(1), 0.05);
        assertEquals(1 / Math.sqrt(12), sd(post, 1), 0.03);
        int last = Integer.MAX_VALUE;
        for (AbcSmc.Round r : res.rounds()) {
            if (r.index() > 0) {
                assertTrue(r.tolerance() < last, "tolerances fall: " + r.tolerance() + " after " + last);
                last = r.tolerance();
                for (int d : r.distances()) {
                    assertTrue(d <= r.tolerance());
                }
            }
            assertEquals(1.0, java.util.Arrays.stream(r.weights()).sum(), 1e-9);
        }
    }

    @Test
    void theEnsembleIsTheSameOnAnyNumberOfThreads() throws Exception {
        AbcSmc.Settings s = new AbcSmc.Settings(200, 4, 0.01, 50_000, 7);
        AbcSmc.Round one = AbcSmc.run(PRIOR, s, AbcSmcTest::binomial, 1).posterior();
        AbcSmc.Round three = AbcSmc.run(PRIOR, s, AbcSmcTest::binomial, 3).posterior();
        assertEquals(one.proposals(), three.proposals());
        assertArrayEquals(one.weights(), three.weights(), 0.0);
        for (int k = 0; k < one.particles().length; k++) {
            assertArrayEquals(one.particles()[k], three.particles()[k], 0.0);
        }
    }

    @Test
    void stopsWhenTheBudgetIsSpentAndKeepsTheRoundsItFinished() throws Exception {
        AbcSmc.Result r = AbcSmc.run(PRIOR, new AbcSmc.Settings(100, 10, 0.01, 250, 3), AbcSmcTest::binomial, 2);
        assertTrue(r.stopped().contains("budget"), r.stopped());
        assertTrue(r.simulations() <= 250, "simulations " + r.simulations());
        assertTrue(!r.rounds().isEmpty());
    }

    @Test
    void aBadPriorOrSettingIsRefusedNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AbcSmc.Prior(List.of("params.rationality"), new double[] {0.05}, new double[] {0.01}));
        assertTrue(e.getMessage().contains("params.rationality") && e.getMessage().contains("0.05"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AbcSmc.Settings(1, 3, 0.01, 100, 1));
        assertTrue(e.getMessage().contains("particles") && e.getMessage().contains("1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AbcSmc.Settings(10, 3, 1.5, 100, 1));
        assertTrue(e.getMessage().contains("minAcceptance"), e.getMessage());
    }
}
