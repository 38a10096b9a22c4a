package org.sahelsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.Sweep;

/** Sweep files: format, defaults, types, and bad input reported at the sweep file's line and column. */
class SweepLoaderTest {
    static final List<String> METRICS = List.of("clashes", "fatalities", "splits", "jihadist_fighter_share");

    @TempDir
    Path tmp;

    @BeforeEach
    void copyBaseline() throws Exception {
        Files.copy(Fixtures.repoRoot().resolve("scenarios/baseline-2015.yaml"), tmp.resolve("baseline-2015.yaml"));
    }

    private Path write(String text) throws Exception {
        return Files.writeString(tmp.resolve("sweep.yaml"), text);
    }

    private Sweep load(String text) throws Exception {
        return SweepLoader.load(write(text), List.of("clashes", "splits"));
    }

    /** Asserts loading {@code text} fails with a message starting "sweep.yaml:line:column: field: " and returns it. */
    private String error(String text, int line, int column, String field) throws Exception {
        Path f = write(text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepLoader.load(f,
                List.of("clashes")));
        String prefix = f + ":" + line + ":" + column + ": " + field + ": ";
        assertTrue(e.getMessage().startsWith(prefix), "expected '" + prefix + "...', got: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one paragraph");
        return e.getMessage();
    }

    private static final String GOOD = """
            scenario: baseline-2015.yaml
            design: lhs
            points: 12
            set:
              months: 24
              levers.minusma.enabled: true
            parameters:
              levers.minusma.mobile_share: {min: 0.1, max: 0.6}
              levers.minusma.start: {min: 1, max: 12}
              factions.GATIA.fighters: [500, 1000, 1500]
              params.rationality: {min: 0.01, max: 0.05, step: 0.01}
            """;

    @Test
    void loadsASweepWithItsDefaultsAndTheSetApplied() throws Exception {
        Sweep s = load(GOOD);
        assertEquals("sweep", s.name(), "the file name by default");
        assertEquals(Sweep.DesignKind.LHS, s.design());
        assertEquals(12, s.points());
        assertEquals(12, s.designSize());
        assertEquals(10, s.replications());
        assertEquals(1, s.seed());
        assertFalse(s.commonRandomNumbers());
        assertEquals("none", s.series(), "sweeps write no time series unless asked");
        assertEquals(List.of("clashes", "splits"), s.metrics(), "the caller's default metrics");
        assertEquals(24, s.scenario().months());
        assertTrue(s.scenario().levers().minusma().enabled());
        assertEquals(Map.of("months", "24", "levers.minusma.enabled", "true"), s.set());
        assertEquals(tmp.resolve("baseline-2015.yaml"), s.scenarioFile());
        assertNull(s.baselinePoint());
        assertNull(s.discovery());
        assertEquals(120, s.runs());
    }

    @Test
    void parameterTypesFollowTheScenarioValueTheySet() throws Exception {
        List<Sweep.Parameter> ps = load(GOOD).parameters();
        assertEquals(List.of("levers.minusma.mobile_share", "levers.minusma.start", "factions.GATIA.fighters",
                "params.rationality"), ps.stream().map(Sweep.Parameter::path).toList(), "file order");
        assertEquals(Sweep.NumberType.DOUBLE, ps.get(0).type());
        assertEquals(Sweep.NumberType.INT, ps.get(1).type(), "a lever's start is a month number");
        assertEquals(Sweep.NumberType.INT, ps.get(2).type(), "fighters are counted");
        assertEquals(List.of(500.0, 1000.0, 1500.0), ps.get(2).values(), "a list is shorthand for values");
        assertEquals(5, ps.get(3).levelCount(), "0.01 to 0.05 by 0.01 in decimal: five levels");
        assertEquals(0.05, ps.get(3).upper(), 1e-15);
    }

    @Test
    void eachDesignTakesItsOwnSizesAndCountsItsPoints() throws Exception {
        String params = """
                parameters:
                  levers.minusma.mobile_share: {values: [0.1, 0.3]}
                  params.rationality: {min: 0.01, max: 0.03, step: 0.01}
                """;
        assertEquals(6, load("scenario: baseline-2015.yaml\ndesign: factorial\n" + params).designSize());
        Sweep sobol = load("scenario: baseline-2015.yaml\ndesign: sobol\nbase_samples: 16\n" + params);
        assertEquals(16 * 4, sobol.designSize(), "N (k + 2)");
        Sweep morris = load("scenario: baseline-2015.yaml\ndesign: morris\ntrajectories: 5\n" + params);
        assertEquals(5 * 3, morris.designSize(), "r (k + 1)");
        assertEquals(4, morris.levels(), "four levels by default");
    }

    @Test
    void readsDiscoveryBaselinePointAndOptions() throws Exception {
        Sweep s = load(GOOD + """
                replications: 3
                seed: 7
                common_random_numbers: true
                series: yearly
                metrics: [splits]
                baseline_point: p0003
                discovery: {metric: jihadist_fighter_share, op: gt, threshold: 0.3, step: 12, min_share: 0.1}
                """);
        assertEquals(3, s.replications());
        assertEquals(7, s.seed());
        assertTrue(s.commonRandomNumbers());
        assertEquals("yearly", s.series());
        assertEquals(List.of("splits"), s.metrics());
        assertEquals("p0003", s.baselinePoint());
        Sweep.Discovery d = s.discovery();
        assertEquals(">", d.op(), "gt is a word for >");
        assertEquals(12, d.step());
        assertEquals(0.1, d.minShare());
        assertTrue(d.holds(0.31));
        assertFalse(d.holds(0.3));
        assertFalse(d.holds(Double.NaN), "a missing value does not satisfy the outcome");
        assertEquals(24, load(GOOD + "discovery: {metric: clashes, op: \"<=\", threshold: 3}\n").discovery().step(),
                "the last month by default");
    }

    @Test
    void theResolvedSweepReadsBackToTheSameSweep() throws Exception {
        Sweep s = load(GOOD + "seed: 5\nbaseline_point: p0002\ndiscovery: {metric: clashes, op: \">\", threshold: 2.5}\n");
        String text = SweepWriter.toYaml(s);
        Path resolved = Files.writeString(tmp.resolve("resolved.yaml"), text);
        assertTrue(SweepLoader.isSweep(resolved));
        Sweep back = SweepLoader.load(resolved, List.of("clashes"));
        assertNull(back.scenarioFile(), "the scenario is written inline");
        assertEquals(s.scenario(), back.scenario());
        assertEquals(s.parameters(), back.parameters());
        assertEquals(s.design(), back.design());
        assertEquals(s.points(), back.points());
        assertEquals(s.seed(), back.seed());
        assertEquals(s.baselinePoint(), back.baselinePoint());
        assertEquals(s.discovery(), back.discovery());
        assertEquals(text, SweepWriter.toYaml(back), "writing is a fixed point");
    }

    @Test
    void tellsSweepFilesFromScenarios() throws Exception {
        assertTrue(SweepLoader.isSweep(write(GOOD)));
        assertFalse(SweepLoader.isSweep(tmp.resolve("baseline-2015.yaml")));
    }

    // ---- bad input, at the line and column of the sweep file ----

    @Test
    void rejectsUnknownTopLevelKeyWithLineAndColumn() throws Exception {
        String m = error(GOOD + "replication: 5\n", 12, 1, "replication");
        assertTrue(m.contains("Did you mean 'replications'?"), m);
        m = error(GOOD + "levers.minusma.troops: 5\n", 12, 1, "levers.minusma.troops");
        assertTrue(m.endsWith("A scenario setting goes under set; a swept value under parameters."), m);
    }

    @Test
    void anEmptyValueUnderSetGivesTheScenarioDefault() throws Exception {
        Sweep s = load(GOOD.replace("months: 24", "months: 24\n  levers.minusma.mobile_share:"));
        assertEquals(0.35, s.scenario().levers().minusma().mobileShare(), "the record's default");
    }

    @Test
    void rejectsAMissingOrAbsentScenario() throws Exception {
        error("design: lhs\npoints: 3\nparameters: {params.rationality: [0.01]}\n", 1, 1, "scenario");
        String m = error(GOOD.replace("baseline-2015.yaml", "nowhere.yaml"), 1, 11, "scenario");
        assertTrue(m.contains("was not found"), m);
    }

    @Test
    void rejectsAnUnknownDesignAndSizesOfAnotherDesign() throws Exception {
        String m = error(GOOD.replace("design: lhs", "design: latin"), 2, 9, "design");
        assertTrue(m.contains("factorial, lhs, sobol, morris"), m);
        error(GOOD.replace("points: 12\n", ""), 2, 9, "points");
        m = error(GOOD.replace("design: lhs", "design: sobol\nbase_samples: 8"), 4, 1, "points");
        assertTrue(m.contains("belongs to design lhs"), m);
        error(GOOD.replace("design: lhs\npoints: 12", "design: morris\ntrajectories: 4\nlevels: 5"), 4, 9, "levels");
        error(GOOD.replace("points: 12", "points: 0"), 3, 9, "points");
    }

    @Test
    void rejectsAParameterPathThatDoesNotExistAtItsLine() throws Exception {
        String m = error(GOOD.replace("levers.minusma.mobile_share:", "levers.minusma.mobile_shar:"), 8, 3,
                "parameters.levers.minusma.mobile_shar");
        assertTrue(m.contains("Did you mean 'mobile_share'?"), m);
        m = error(GOOD.replace("factions.GATIA.fighters", "factions.GATA.fighters"), 10, 3,
                "parameters.factions.GATA.fighters");
        assertTrue(m.contains("there is no 'GATA'"), m);
    }

    @Test
    void rejectsARangeTheScenarioRefusesAtTheParameter() throws Exception {
        String m = error(GOOD.replace("{min: 0.1, max: 0.6}", "{min: 0.1, max: 1.2}"), 8, 3,
                "parameters.levers.minusma.mobile_share");
        assertTrue(m.contains("with the value 1.2") && m.contains("between 0 and 1"), m);
        m = error(GOOD.replace("{min: 1, max: 12}", "{min: 1, max: 30}"), 9, 3, "parameters.levers.minusma.start");
        assertTrue(m.contains("with the value 30"), m);
    }

    @Test
    void rejectsSweepingAValueThatIsNotANumber() throws Exception {
        String m = error(GOOD + "  levers.sanctions.enabled: [0, 1]\n", 12, 3, "parameters.levers.sanctions.enabled");
        assertTrue(m.contains("true or false, not a number"), m);
    }

    @Test
    void rejectsBadValuesAndRanges() throws Exception {
        error(GOOD.replace("{min: 1, max: 12}", "{min: 1, max: 12, type: double}"), 9, 49,
                "parameters.levers.minusma.start.type");
        error(GOOD.replace("[500, 1000, 1500]", "[500, 1000.5]"), 10, 34, "parameters.factions.GATIA.fighters.values[1]");
        error(GOOD.replace("[500, 1000, 1500]", "[500, 500]"), 10, 34, "parameters.factions.GATIA.fighters.values[1]");
        error(GOOD.replace("{min: 0.1, max: 0.6}", "{min: 0.6, max: 0.1}"), 8, 48, "parameters.levers.minusma.mobile_share.max");
        error(GOOD.replace("step: 0.01", "step: 0.5"), 11, 52, "parameters.params.rationality.step");
        error(GOOD.replace("{min: 0.1, max: 0.6}", "{values: [0.1], min: 0.1}"), 8, 41,
                "parameters.levers.minusma.mobile_share");
        error(GOOD.replace("{min: 0.1, max: 0.6}", "{min: 0.1, max: 0.6, steps: 2}"), 8, 53,
                "parameters.levers.minusma.mobile_share.steps");
    }

    @Test
    void rejectsAContinuousRangeInAFactorialDesign() throws Exception {
        String m = error(GOOD.replace("design: lhs\npoints: 12", "design: factorial"), 7, 3,
                "parameters.levers.minusma.mobile_share");
        assertTrue(m.contains("factorial design needs the levels"), m);
    }

    @Test
    void rejectsOverlappingParameters() throws Exception {
        error(GOOD + "  levers.minusma: {min: 0, max: 1}\n", 12, 3, "parameters.levers.minusma");
    }

    @Test
    void rejectsABaselinePointOutsideTheDesign() throws Exception {
        String m = error(GOOD + "baseline_point: p0012\n", 12, 17, "baseline_point");
        assertTrue(m.contains("p0000 to p0011"), m);
        error(GOOD + "baseline_point: 3\n", 12, 17, "baseline_point");
    }

    @Test
    void rejectsABadDiscoveryQuestion() throws Exception {
        String m = error(GOOD + "discovery: {metric: clashes, op: \"==\", threshold: 1}\n", 12, 34, "discovery.op");
        assertTrue(m.contains("in quotes"), m);
        m = error(GOOD + "discovery: {metric: clash, op: \"<\", threshold: 1}\n", 12, 21, "discovery.metric");
        assertTrue(m.contains("Did you mean 'clashes'?"), m);
        error(GOOD + "discovery: {metric: clashes, op: \"<\", threshold: 1, step: 25}\n", 12, 59, "discovery.step");
        m = error(GOOD + "discovery: {metric: clashes, op: \"<\", threshold: 1, step: 12}\n", 12, 59, "discovery.step");
        assertTrue(m.contains("series: monthly"), "a month before the last needs the time series: " + m);
        error(GOOD + "discovery: {metric: clashes, op: \"<\"}\n", 12, 12, "discovery.threshold");
    }

    @Test
    void rejectsBadSetEntriesAtTheirLine() throws Exception {
        String m = error(GOOD.replace("levers.minusma.enabled: true", "levers.minusma.enable: true"), 6, 3,
                "set.levers.minusma.enable");
        assertTrue(m.contains("Did you mean 'enabled'?"), m);
        error(GOOD.replace("months: 24", "months: 24\n  levers.minusma.mobile_share: 2"), 6, 32,
                "set.levers.minusma.mobile_share");
    }

    @Test
    void rejectsBadPlainOptions() throws Exception {
        error(GOOD + "replications: 0\n", 12, 15, "replications");
        error(GOOD + "seed: -1\n", 12, 7, "seed");
        error(GOOD + "series: weekly\n", 12, 9, "series");
        error(GOOD + "metrics: [clashes, bogus]\n", 12, 20, "metrics[1]");
        error(GOOD + "common_random_numbers: yes please\n", 12, 24, "common_random_numbers");
    }
}
