package org.sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.analysis.DesignPoint;
import org.sahelsim.analysis.EnsembleDesign;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.format.SweepLoader;
import org.sahelsim.format.SweepWriter;

/** A design of points drawn from an ensemble (robustness over a posterior): loading, drawing, writing back. */
class EnsembleSweepTest {
    @TempDir
    Path tmp;

    static final String ENSEMBLE = "particle,weight,distance,params.rationality,params.split_cost\n"
            + "0,0,5,0.01,50\n1,3,4,0.02,60\n2,1,5,0.03,70\n";

    private Sweep sweep(String body) throws Exception {
        Files.writeString(tmp.resolve("post.csv"), ENSEMBLE);
        return SweepFixtures.sweep(tmp, "s.yaml", body);
    }

    @Test
    void drawsItsPointsByWeightAndTakesTheColumnsAsParameters() throws Exception {
        Sweep s = sweep("design: ensemble\npoints: 400\nensemble: post.csv\nreplications: 1\nseed: 5\n");
        assertEquals(List.of("params.rationality", "params.split_cost"),
                s.parameters().stream().map(Sweep.Parameter::path).toList());
        assertEquals(0.01, s.parameters().get(0).min());
        assertEquals(0.03, s.parameters().get(0).max());
        SweepPlan plan = new SweepPlan(s);
        assertEquals(400, plan.points());
        int[] count = new int[3];
        for (DesignPoint p : plan.design().points()) {
            double r = (Double) p.values().get("params.rationality");
            count[r == 0.01 ? 0 : r == 0.02 ? 1 : 2]++;
            // a set's values travel together
            assertEquals(r == 0.02 ? 60.0 : 70.0, (Double) p.values().get("params.split_cost"));
        }
        assertEquals(0, count[0], "a set of weight 0 is never drawn");
        assertTrue(count[1] > 2.3 * count[2] && count[1] < 3.9 * count[2], "weights 3 : 1, drawn " + count[1] + " : "
                + count[2]);
        assertEquals(0.03, plan.pointScenario(indexOf(plan, 0.03)).params().rationality());
        // the same points from the same seed, whatever reads them
        EnsembleDesign again = (EnsembleDesign) new SweepPlan(s).design();
        for (long i = 0; i < 400; i++) {
            assertEquals(plan.design().point(i), again.point(i));
        }
    }

    private static long indexOf(SweepPlan plan, double rationality) {
        for (long i = 0; i < plan.points(); i++) {
            if ((Double) plan.design().point(i).values().get("params.rationality") == rationality) {
                return i;
            }
        }
        throw new AssertionError("no point at " + rationality);
    }

    @Test
    void theResolvedSweepReadsBackToTheSamePoints() throws Exception {
        Sweep s = sweep("design: ensemble\npoints: 20\nensemble: post.csv\nreplications: 2\nseed: 9\n");
        Path resolved = Files.writeString(tmp.resolve("resolved.yaml"), SweepWriter.toYaml(s));
        List<String> metrics = SweepJob.metricNames();
        Sweep back = SweepLoader.load(resolved, metrics);
        assertEquals(Sweep.DesignKind.ENSEMBLE, back.design());
        SweepPlan a = new SweepPlan(s);
        SweepPlan b = new SweepPlan(back);
        for (long i = 0; i < 20; i++) {
            assertEquals(a.design().point(i).values(), b.design().point(i).values());
        }
    }

    @Test
    void refusesParametersWithAnEnsembleAndAnEnsembleWithAnotherDesign() {
        ScenarioException x = assertThrows(ScenarioException.class, () -> sweep(
                "design: ensemble\npoints: 5\nensemble: post.csv\nparameters:\n  params.rationality: {min: 0.01, max: 0.02}\n"));
        assertTrue(x.getMessage().contains("remove 'parameters'"), x.getMessage());
        x = assertThrows(ScenarioException.class, () -> sweep("design: ensemble\npoints: 5\n"));
        assertTrue(x.getMessage().contains("needs the key 'ensemble'"), x.getMessage());
        x = assertThrows(ScenarioException.class, () -> sweep("design: lhs\npoints: 5\nensemble: post.csv\n"
                + "parameters:\n  params.rationality: {min: 0.01, max: 0.02}\n"));
        assertTrue(x.getMessage().contains("ensemble belongs to design ensemble"), x.getMessage());
        x = assertThrows(ScenarioException.class, () -> sweep("design: ensemble\nensemble: post.csv\n"));
        assertTrue(x.getMessage().contains("points"), x.getMessage());
    }
}
