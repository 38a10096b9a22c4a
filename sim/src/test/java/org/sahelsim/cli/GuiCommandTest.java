package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.model.Tiny;

/**
 * {@code gui} without a display (the tests run headless): help, and every input checked with
 * the usual exit code 2 before any window would open. The window itself is tested under Xvfb
 * ({@code org.sahelsim.gui.GuiWindowTest}).
 */
class GuiCommandTest {
    @TempDir
    Path tmp;

    private static String preset() {
        return Tiny.root().resolve("scenarios/classroom/3-mobile-minusma.yaml").toString();
    }

    @Test
    void helpDescribesTheWindowAndItsOptions() {
        CliResult r = CliResult.of("gui", "--help");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Usage: sahelsim gui [-hV] [--lang=L] [--seed=S] [SCENARIO.yaml]")
                || r.out().contains("Usage: sahelsim gui"), r.out());
        assertTrue(r.out().contains("classroom presets") && r.out().contains("--lang") && r.out().contains("--seed"),
                r.out());
    }

    @Test
    void withoutADisplayItIsBadInputAfterCheckingTheScenario() {
        CliResult r = CliResult.of("gui", preset());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("needs a graphical display"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aBadScenarioIsReportedWithFileLineAndField() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nstart: 2015-06\nmonths: many\n");
        CliResult r = CliResult.of("gui", bad.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("bad.yaml:3:9: months: expected a whole number"), r.err());
        CliResult missing = CliResult.of("gui", tmp.resolve("none.yaml").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void theWindowRunsOverTheCalibratedPosteriorUnlessToldOtherwiseAndABadEnsembleIsBadInput() throws Exception {
        CliResult help = CliResult.of("gui", "--help");
        assertTrue(help.out().contains("Default: the calibrated posterior") && help.out().contains("'none'"), help.out());
        // the default posterior is found from the repository: no note that it is missing
        CliResult found = CliResult.of("gui", preset());
        assertFalse(found.err().contains("was not found"), found.err());
        CliResult none = CliResult.of("gui", preset(), "--ensemble", "none");
        assertTrue(none.err().contains("needs a graphical display"), none.err());
        CliResult missing = CliResult.of("gui", preset(), "--ensemble", tmp.resolve("posterior.csv").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("ensemble file") && missing.err().contains("does not exist"), missing.err());
        Path bad = tmp.resolve("bad-posterior.csv");
        Files.writeString(bad, "particle,weight,params.no_such_thing\n0,1,2\n");
        CliResult wrong = CliResult.of("gui", preset(), "--ensemble", bad.toString());
        assertEquals(2, wrong.code(), wrong.toString());
        assertTrue(wrong.err().contains("bad-posterior.csv:2: params.no_such_thing") && wrong.err().contains("params.no_such_thing"), wrong.err());
    }

    @Test
    void badSeedAndLanguageAreBadInput() {
        CliResult lang = CliResult.of("gui", preset(), "--lang", "de");
        assertEquals(2, lang.code());
        assertTrue(lang.err().contains("--lang must be en or fr, was 'de'"), lang.err());
        CliResult seed = CliResult.of("gui", preset(), "--seed", "-3");
        assertEquals(2, seed.code());
        assertTrue(seed.err().contains("--seed must be"), seed.err());
    }

    @Test
    void noCommandWithoutADisplayPrintsHelp() {
        CliResult r = CliResult.of();
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Usage: sahelsim"), r.out());
    }
}
