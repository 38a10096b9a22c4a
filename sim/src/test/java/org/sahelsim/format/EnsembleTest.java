package org.sahelsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;

/** Reading an ensemble of parameter sets: weights, the draw, and every bad file refused at its line and field. */
class EnsembleTest {
    @TempDir
    Path tmp;

    static Scenario base;

    @BeforeAll
    static void load() throws Exception {
        base = ScenarioLoader.load(Path.of("..", "scenarios", "baseline-2015.yaml"));
    }

    private Ensemble read(String csv) throws ScenarioException, java.io.IOException {
        return EnsembleLoader.load(Files.writeString(tmp.resolve("e.csv"), csv), base);
    }

    private ScenarioException bad(String csv) {
        return assertThrows(ScenarioException.class, () -> read(csv));
    }

    @Test
    void normalisesWeightsAndDrawsBySetWeight() throws Exception {
        Ensemble e = read("particle,weight,distance,params.rationality,params.split_cost\n"
                + "0,1,3,0.01,50\n1,3,2,0.02,60\n");
        assertEquals(0.25, e.weights()[0], 1e-12);
        assertEquals(0, e.pick(0.2));
        assertEquals(1, e.pick(0.3));
        assertEquals(1, e.pick(0.9999999999999999));
        assertEquals("0.02", e.overrides(1).get("params.rationality"));
        assertEquals(java.util.List.of("params.rationality", "params.split_cost"), e.paths());
    }

    @Test
    void aSetOfWeightZeroIsNeverDrawn() throws Exception {
        Ensemble e = read("particle,weight,params.rationality\n0,0,0.01\n1,1,0.02\n2,0,0.03\n");
        for (double u = 0; u < 1; u += 0.01) {
            assertEquals(1, e.pick(u));
        }
    }

    @Test
    void refusesAnUnknownParameterAtTheHeaderWithItsName() {
        ScenarioException x = bad("particle,weight,params.rationalty\n0,1,0.01\n");
        assertTrue(x.getMessage().contains(":1:") || x.getMessage().contains(":2:"), x.getMessage());
        assertTrue(x.getMessage().contains("params.rationalty"), x.getMessage());
    }

    @Test
    void refusesAValueOutOfRangeAtItsLine() {
        ScenarioException x = bad("particle,weight,params.rationality\n0,1,0.01\n1,1,7\n");
        assertTrue(x.getMessage().contains("e.csv:3"), x.getMessage());
        assertTrue(x.getMessage().contains("params.rationality"), x.getMessage());
    }

    @Test
    void refusesAFileWithoutRows() {
        assertTrue(bad("particle,weight,params.rationality\n").getMessage().contains("no rows"));
    }

    @Test
    void refusesMissingColumnsNonNumbersAndNegativeWeights() {
        assertTrue(bad("weight,params.rationality\n1,0.01\n").getMessage().contains("particle"));
        assertTrue(bad("particle,weight\n0,1\n").getMessage().contains("at least one parameter"));
        assertTrue(bad("particle,weight,params.rationality\n0,x,0.01\n").getMessage().contains("e.csv:2"));
        assertTrue(bad("particle,weight,params.rationality\n0,-1,0.01\n").getMessage().contains("at least 0"));
        assertTrue(bad("particle,weight,params.rationality\n0,0,0.01\n").getMessage().contains("must not all be 0"));
        assertTrue(bad("particle,weight,params.rationality\n0,1\n").getMessage().contains("fields"));
        assertTrue(bad("particle,weight,params.max_routes\n0,1,3.5\n").getMessage().contains("params.max_routes"));
    }

    @Test
    void aVariantsOwnSettingWinsOverTheEnsembleAndAnExperimentKeyReadsIt() throws Exception {
        Files.writeString(tmp.resolve("post.csv"), "particle,weight,params.rationality,params.split_cost\n0,1,0.01,50\n");
        Path baseline = Path.of("..", "scenarios", "baseline-2015.yaml").toAbsolutePath().normalize();
        Path exp = Files.writeString(tmp.resolve("exp.yaml"), "baseline: " + baseline + "\n"
                + "ensemble: post.csv\n"
                + "variants:\n  knockout:\n    set:\n      params.rationality: 0.002\n");
        java.util.List<String> metrics = java.util.List.of("clashes");
        Experiment e = ExperimentLoader.load(exp, metrics);
        assertEquals(java.util.Map.of("params.rationality", "0.01", "params.split_cost", "50.0"),
                e.ensembleFor(e.variants().get(0)).overrides(0));
        assertEquals(java.util.Map.of("params.split_cost", "50.0"), e.ensembleFor(e.variant("knockout")).overrides(0));

        Files.writeString(tmp.resolve("post.csv"), "particle,weight,params.rationality\n");
        ScenarioException x = assertThrows(ScenarioException.class, () -> ExperimentLoader.load(exp, metrics));
        assertTrue(x.getMessage().contains("exp.yaml:2") && x.getMessage().contains("no rows"), x.getMessage());
    }
}
