package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;

/** The ranking over an ensemble: the order by mean difference, and a flip found where a parameter reverses it. */
class EnsembleRankingTest {
    @TempDir
    Path tmp;

    @Test
    void findsTheParameterAcrossWhoseMedianTwoVariantsSwapAndKeepsAnOrderThatHolds() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "baseline-2015.yaml"));
        int sets = 50;
        double[][] values = new double[sets][2];
        double[] w = new double[sets];
        int[] ids = new int[sets];
        for (int k = 0; k < sets; k++) {
            ids[k] = k;
            w[k] = 1.0 / sets;
            values[k][0] = k;            // params.a decides who is ahead
            values[k][1] = (k * 7) % 50; // params.b does not
        }
        Ensemble e = new Ensemble(Path.of("e.csv"), List.of("params.a", "params.b"), ids, w, values);
        Experiment exp = new Experiment(null, "t", "", null, 200, 9, List.of("clashes", "splits"), "clashes", 2000,
                Map.of(), List.of(new Experiment.Variant("baseline", "", Map.of(), s),
                        new Experiment.Variant("x", "", Map.of(), s), new Experiment.Variant("y", "", Map.of(), s)),
                e);
        int reps = 200;
        Map<String, double[][]> v = new LinkedHashMap<>();
        double[][] base = new double[2][reps];
        double[][] x = new double[2][reps];
        double[][] y = new double[2][reps];
        for (int r = 0; r < reps; r++) {
            double a = e.values()[EnsembleRuns.set(e, 9, r)][0];
            double noise = ((r * 37) % 11 - 5) / 50.0;
            // clashes: y beats x where a is low, x beats y where a is high
            x[0][r] = 10;
            y[0][r] = a < 25 ? 8 + noise : 12 + noise;
            // splits: x always well below y
            x[1][r] = 1 + noise;
            y[1][r] = 5 + noise;
        }
        v.put("baseline", base);
        v.put("x", x);
        v.put("y", y);
        List<EnsembleRanking.Row> rows = EnsembleRanking.compute(exp, v, reps);
        EnsembleRanking.Row clashes = rows.get(0);
        assertEquals("clashes", clashes.metric());
        assertEquals("params.a", clashes.parameter());
        assertTrue(clashes.flips(), clashes.toString());
        EnsembleRanking.Row splits = rows.get(2);
        assertEquals(List.of("x", "y"), List.of(splits.variant(), rows.get(3).variant()));
        assertFalse(splits.flips(), splits.toString());
        assertEquals(4, splits.pair().mean(), 1e-9);

        Path f = tmp.resolve(EnsembleRanking.FILE);
        EnsembleRanking.write(f, rows);
        assertEquals(EnsembleRanking.text(rows), EnsembleRanking.text(EnsembleRanking.read(f)));
        assertTrue(EnsembleRanking.text(rows).contains("splits: x < y; holds"), EnsembleRanking.text(rows));
    }
}
