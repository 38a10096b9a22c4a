package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Tiny;
import org.sahelsim.run.EnsembleRuns;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.format.EnsembleLoader;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;

/** A classroom session over the calibrated posterior: the seed draws the world's set; a preset's own values win. */
class SessionEnsembleTest {
    static final Path POSTERIOR = Tiny.root().resolve("scenarios/calibration/history-2012-2015-posterior.csv");
    static final Path PRESET = Tiny.root().resolve("scenarios/classroom/2-war-over-routes.yaml");

    @Test
    void theSeedDrawsTheSetRunReplicationZeroDrawsAndThePresetsOwnRentStays() throws Exception {
        Scenario preset = ScenarioLoader.load(PRESET);
        Ensemble e = EnsembleLoader.forScenarioFile(POSTERIOR, PRESET, preset);
        assertFalse(e.paths().contains("params.rent_scale"), "the lesson's trafficking boom is the preset's own value");
        assertTrue(e.paths().contains("params.rationality"));
        Session s = new Session(preset, PRESET, 7, e);
        int k = EnsembleRuns.set(e, 7, 0);
        assertEquals(e.ids()[k], s.ensembleParticle());
        Scenario world = s.scenario();
        assertEquals(e.values()[k][e.paths().indexOf("params.rationality")], world.params().rationality());
        assertEquals(2.0, world.params().rentScale(), "the preset's own value wins");
        // what 'sahelsim run --ensemble POSTERIOR --seed 7' runs as replication 0
        assertEquals(EnsembleRuns.scenarios(preset, e, 7).apply(0), world.withTimedInputs(preset.timedInputs()));
        s.setSeed(8);
        assertEquals(e.ids()[EnsembleRuns.set(e, 8, 0)], s.ensembleParticle());
        // without an ensemble, the scenario's own values
        assertEquals(preset.params().rationality(), new Session(preset, PRESET, 7).scenario().params().rationality());
        assertEquals(-1, new Session(preset, PRESET, 7).ensembleParticle());
    }

    @Test
    void ownPathsAreTheValuesTheFileWritesNotThoseItInherits() throws Exception {
        var own = EnsembleLoader.ownPaths(PRESET);
        assertTrue(own.contains("params.rent_scale"));
        assertTrue(own.contains("months"));
        assertFalse(own.contains("params.rationality"));
        assertFalse(own.stream().anyMatch(p -> p.startsWith("factions.")), "factions come from the extended baseline: "
                + own);
    }
}
