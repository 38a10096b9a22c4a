package org.sahelsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;

/** Experiment files: format, variants as baseline plus settings, and errors placed in the experiment file. */
class ExperimentLoaderTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void copyBaseline() throws Exception {
        Files.copy(Fixtures.repoRoot().resolve("scenarios/baseline-2015.yaml"), tmp.resolve("baseline-2015.yaml"));
    }

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Experiment load(String text) throws Exception {
        return ExperimentLoader.load(write("exp.yaml", text), List.of("clashes", "splits"));
    }

    /** The message of the error loading {@code text}; asserts it starts with the file, line and column. */
    private ScenarioException error(String text) throws Exception {
        Path f = write("exp.yaml", text);
        return assertThrows(ScenarioException.class, () -> ExperimentLoader.load(f, List.of("clashes")));
    }

    private static final String GOOD = """
            name: small
            baseline: baseline-2015.yaml
            replications: 5
            seed: 9
            metrics: [splits, clashes]
            set:
              months: 6
            variants:
              mobile:
                description: bases closed
                set:
                  levers.minusma.enabled: true
                  levers.minusma.close_bases: [Tessalit, Ansongo]
              sanctions:
                set:
                  levers.sanctions: {enabled: true, targets: [GATIA]}
                  months: 7
            """;

    @Test
    void loadsVariantsInFileOrderWithTheBaselineFirstAndCommonSettings() throws Exception {
        Experiment e = load(GOOD);
        assertEquals(List.of("baseline", "mobile", "sanctions"), e.variantNames());
        assertEquals("small", e.name());
        assertEquals(5, e.replications());
        assertEquals(9, e.seed());
        assertEquals(List.of("splits", "clashes"), e.metrics());
        assertEquals("splits", e.primaryMetric(), "the first metric by default");
        assertEquals(2000, e.maxReplications());
        assertEquals(tmp.resolve("baseline-2015.yaml"), e.baselineFile());
        Scenario base = e.baseline();
        assertEquals(6, base.months(), "the top-level set applies to the baseline");
        assertFalse(base.levers().minusma().enabled());
        Scenario mobile = e.scenarioOf("mobile");
        assertEquals(6, mobile.months());
        assertTrue(mobile.levers().minusma().enabled());
        assertEquals(List.of("Tessalit", "Ansongo"), mobile.levers().minusma().closeBases());
        assertFalse(mobile.levers().sanctions().enabled(), "one variant's settings never leak into another");
        Scenario sanctions = e.scenarioOf("sanctions");
        assertEquals(7, sanctions.months(), "a variant's value wins over the top-level set");
        assertEquals(List.of("GATIA"), sanctions.levers().sanctions().targets());
        assertFalse(sanctions.levers().minusma().enabled());
        assertEquals(Map.of("levers.minusma.enabled", "true", "levers.minusma.close_bases", "[Tessalit, Ansongo]"),
                e.variant("mobile").set());
        assertEquals("bases closed", e.variant("mobile").description());
        assertEquals(ScenarioLoader.load(tmp.resolve("baseline-2015.yaml"), Map.of("months", "6")), base,
                "the baseline is the scenario file with the top-level settings");
        assertEquals(null, e.scenarioOf("nope"));
    }

    @Test
    void defaultsApplyWhenKeysAreLeftOut() throws Exception {
        Experiment e = load("""
                baseline: baseline-2015.yaml
                variants:
                  v: {set: {levers.accord.enabled: true}}
                """);
        assertEquals("exp", e.name(), "the file name without .yaml");
        assertEquals(200, e.replications());
        assertEquals(1, e.seed());
        assertEquals(List.of("clashes", "splits"), e.metrics(), "the caller's default metrics");
        assertEquals("clashes", e.primaryMetric());
        assertEquals(2000, e.maxReplications());
    }

    @Test
    void withReplicationsAndSeedKeepEverythingElse() throws Exception {
        Experiment e = load(GOOD);
        Experiment f = e.withReplications(17).withSeed(4);
        assertEquals(17, f.replications());
        assertEquals(4, f.seed());
        assertEquals(e.variants(), f.variants());
        assertThrows(IllegalArgumentException.class, () -> e.withReplications(1));
    }

    @Test
    void rejectsUnknownTopLevelKeyWithLineColumnAndHint() throws Exception {
        ScenarioException e = error("""
                baseline: baseline-2015.yaml
                replicatons: 5
                variants:
                  v: {set: {levers.accord.enabled: true}}
                """);
        assertTrue(e.getMessage().startsWith(tmp.resolve("exp.yaml") + ":2:1: replicatons: unknown key 'replicatons'."),
                e.getMessage());
        assertTrue(e.getMessage().contains("Did you mean 'replications'?"), e.getMessage());
        String dotted = error("baseline: baseline-2015.yaml\nlevers.accord.enabled: true\nvariants: {v: {}}\n")
                .getMessage();
        assertTrue(dotted.contains(":2:1: levers.accord.enabled: unknown key") && dotted.endsWith("A scenario setting"
                + " goes under a variant's set."), dotted);
    }

    @Test
    void rejectsUnknownMetricWithLineAndColumn() throws Exception {
        ScenarioException e = error("""
                baseline: baseline-2015.yaml
                metrics: [clashes, clahses]
                variants:
                  v: {set: {levers.accord.enabled: true}}
                """);
        assertEquals(2, e.line());
        assertEquals(20, e.column());
        assertEquals("metrics[1]", e.field());
        assertTrue(e.problem().contains("'clahses' is not a metric") && e.problem().contains("clashes"), e.problem());
        String twice = error("baseline: baseline-2015.yaml\nmetrics: [clashes, splits, clashes]\nvariants: {v: {}}\n")
                .getMessage();
        assertTrue(twice.endsWith(":2:28: metrics[2]: 'clashes' is listed twice"), twice);
    }

    @Test
    void anEmptySettingTakesTheDefaultOfTheScenarioFormat() throws Exception {
        Experiment e = load("""
                baseline: baseline-2015.yaml
                variants:
                  v:
                    set:
                      levers.minusma.enabled: true
                      levers.minusma.mobile_share:
                """);
        assertEquals(0.35, e.variant("v").scenario().levers().minusma().mobileShare(), 1e-12, "the default");
        assertEquals("null", e.variant("v").set().get("levers.minusma.mobile_share"));
    }

    @Test
    void rejectsAPrimaryMetricOutsideTheMetrics() throws Exception {
        ScenarioException e = error("""
                baseline: baseline-2015.yaml
                metrics: [clashes]
                primary_metric: splits
                variants:
                  v: {set: {levers.accord.enabled: true}}
                """);
        assertEquals(3, e.line());
        assertEquals("primary_metric", e.field());
        assertTrue(e.problem().contains("not one of this experiment's metrics"), e.problem());
    }

    @Test
    void rejectsAnUnknownOverridePathAtTheExperimentLine() throws Exception {
        ScenarioException e = error("""
                baseline: baseline-2015.yaml
                variants:
                  mobile:
                    set:
                      levers.minusma.mobil_share: 0.5
                """);
        assertEquals(tmp.resolve("exp.yaml"), e.file());
        assertEquals(5, e.line());
        assertEquals(7, e.column());
        assertEquals("variants.mobile.set.levers.minusma.mobil_share", e.field());
        assertTrue(e.problem().contains("unknown key 'mobil_share'") && e.problem().contains("mobile_share"),
                e.problem());
    }

    @Test
    void rejectsAnUnknownLeverAtTheExperimentLine() throws Exception {
        ScenarioException e = error("""
                baseline: baseline-2015.yaml
                variants:
                  v:
                    set:
                      levers.minusmaa.enabled: true
                """);
        assertEquals(5, e.line());
        assertEquals("variants.v.set.levers.minusmaa.enabled", e.field());
        assertTrue(e.problem().contains("unknown key 'minusmaa'"), e.problem());
    }

    @Test
    void rejectsAnUnknownBaseAtTheItemOfTheExperimentFile() throws Exception {
        ScenarioException e = error("""
                baseline: baseline-2015.yaml
                variants:
                  mobile:
                    set:
                      levers.minusma.enabled: true
                      levers.minusma.close_bases: [Tessalit, Atlantis]
                """);
        assertEquals(tmp.resolve("exp.yaml"), e.file());
        assertEquals(6, e.line());
        assertEquals(46, e.column());
        assertEquals("variants.mobile.set.levers.minusma.close_bases[1]", e.field());
        assertTrue(e.problem().contains("'Atlantis' is not a place"), e.problem());
    }

    @Test
    void rejectsAnUnknownFactionAndCoalitionAtTheirLines() throws Exception {
        ScenarioException f = error("""
                baseline: baseline-2015.yaml
                variants:
                  s:
                    set:
                      levers.sanctions: {enabled: true, targets: [GATIA, GATYA]}
                """);
        assertEquals(5, f.line());
        assertEquals("variants.s.set.levers.sanctions.targets[1]", f.field());
        assertTrue(f.problem().contains("'GATYA' is not a faction"), f.problem());
        ScenarioException c = error("""
                baseline: baseline-2015.yaml
                variants:
                  i:
                    set:
                      levers.integration.enabled: true
                      levers.integration.coalition: Platfrom
                """);
        assertEquals(6, c.line());
        assertEquals(37, c.column());
        assertEquals("variants.i.set.levers.integration.coalition", c.field());
        assertTrue(c.problem().contains("'Platfrom' is not a coalition"), c.problem());
    }

    @Test
    void rejectsALeverMonthOutsideTheRunAtItsLine() throws Exception {
        ScenarioException e = error("""
                baseline: baseline-2015.yaml
                set:
                  months: 12
                variants:
                  late:
                    set:
                      levers.accord: {enabled: true, start: 2030-01}
                """);
        assertEquals(7, e.line());
        assertEquals("variants.late.set.levers.accord.start", e.field());
        assertTrue(e.problem().contains("outside the run"), e.problem());
    }

    @Test
    void aProblemShowingInTheBaselineFileIsReportedAtTheVariantQuotingTheBaseline() throws Exception {
        write("base10.yaml", """
                extends: baseline-2015.yaml
                levers:
                  accord:
                    enabled: true
                    start: 10
                """);
        ScenarioException e = error("""
                baseline: base10.yaml
                variants:
                  short:
                    set:
                      months: 6
                """);
        assertEquals(tmp.resolve("exp.yaml"), e.file());
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertEquals("variants.short", e.field());
        assertTrue(e.problem().startsWith("with this variant's settings the scenario is not valid: ")
                && e.problem().contains("base10.yaml:5:12: levers.accord.start") && e.problem().contains("outside"),
                e.problem());
    }

    @Test
    void aBrokenBaselineIsReportedAtTheBaselineKey() throws Exception {
        write("broken.yaml", "name: x\nmonths: 0\n");
        ScenarioException e = error("""
                description: d
                baseline: broken.yaml
                variants:
                  v: {set: {months: 3}}
                """);
        assertEquals(2, e.line());
        assertEquals("baseline", e.field());
        assertTrue(e.problem().startsWith("the baseline scenario is not valid: ") && e.problem().contains("broken.yaml"),
                e.problem());
    }

    @Test
    void rejectsAMissingBaselineFile() throws Exception {
        ScenarioException e = error("""
                baseline: nowhere.yaml
                variants:
                  v: {set: {months: 3}}
                """);
        assertEquals(1, e.line());
        assertEquals(11, e.column());
        assertTrue(e.problem().contains("'nowhere.yaml' was not found"), e.problem());
    }

    @Test
    void rejectsFewerThanTwoReplications() throws Exception {
        ScenarioException e = error("""
                baseline: baseline-2015.yaml
                replications: 1
                variants:
                  v: {set: {months: 3}}
                """);
        assertEquals(2, e.line());
        assertEquals(15, e.column());
        assertEquals("replications", e.field());
        assertTrue(e.problem().contains("between 2 and") && e.problem().contains("was 1"), e.problem());
    }

    @Test
    void rejectsAMaximumBelowTheReplications() throws Exception {
        ScenarioException e = error("""
                baseline: baseline-2015.yaml
                replications: 50
                max_replications: 20
                variants:
                  v: {set: {months: 3}}
                """);
        assertEquals(3, e.line());
        assertEquals("max_replications", e.field());
    }

    @Test
    void rejectsDuplicateVariantNames() throws Exception {
        ScenarioException e = error("""
                baseline: baseline-2015.yaml
                variants:
                  v: {set: {months: 3}}
                  v: {set: {months: 4}}
                """);
        assertEquals(4, e.line());
        assertEquals(3, e.column());
        assertEquals("variants.v", e.field());
        assertTrue(e.problem().contains("duplicate key 'v'") && e.problem().contains("line 3"), e.problem());
    }

    @Test
    void rejectsAVariantNamedBaseline() throws Exception {
        ScenarioException e = error("""
                baseline: baseline-2015.yaml
                variants:
                  baseline: {set: {months: 3}}
                """);
        assertEquals(3, e.line());
        assertEquals("variants.baseline", e.field());
        assertTrue(e.problem().contains("reserved"), e.problem());
    }

    @Test
    void rejectsAVariantNameThatCannotBeARunId() throws Exception {
        ScenarioException e = error("""
                baseline: baseline-2015.yaml
                variants:
                  a/b: {set: {months: 3}}
                """);
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("a variant name must start with a letter or digit"), e.problem());
    }

    @Test
    void rejectsUnknownKeysOfAVariantAndMissingVariants() throws Exception {
        ScenarioException k = error("""
                baseline: baseline-2015.yaml
                variants:
                  v:
                    sett: {months: 3}
                """);
        assertEquals(4, k.line());
        assertEquals("variants.v.sett", k.field());
        assertTrue(k.problem().contains("Did you mean 'set'?"), k.problem());
        ScenarioException m = error("baseline: baseline-2015.yaml\n");
        assertEquals("variants", m.field());
        assertTrue(m.problem().contains("required key 'variants' is missing"), m.problem());
    }

    @Test
    void resolvedExperimentReadsBackToTheSameScenarios() throws Exception {
        Experiment e = load(GOOD);
        Path resolved = write("resolved.yaml", ExperimentWriter.toYaml(e.withReplications(8), 2.5));
        assertEquals(ExperimentLoader.FileKind.RESOLVED_EXPERIMENT, ExperimentLoader.kind(resolved));
        Map<String, Scenario> back = ExperimentLoader.readResolved(resolved);
        assertEquals(e.variantNames(), List.copyOf(back.keySet()));
        for (Experiment.Variant v : e.variants()) {
            assertEquals(v.scenario(), back.get(v.name()), v.name());
        }
        String text = Files.readString(resolved);
        assertTrue(text.contains("\n  replications: 8\n") && text.contains("\n  ci_width: 2.5\n")
                && text.contains("levers.minusma.close_bases: [Tessalit, Ansongo]"), text);
        assertNotEquals(back.get("baseline"), back.get("mobile"));
    }

    @Test
    void fileKindFollowsTheTopLevelKeys() throws Exception {
        assertEquals(ExperimentLoader.FileKind.SCENARIO, ExperimentLoader.kind(tmp.resolve("baseline-2015.yaml")));
        assertEquals(ExperimentLoader.FileKind.EXPERIMENT, ExperimentLoader.kind(write("a.yaml", "baseline: x.yaml\n")));
        assertEquals(ExperimentLoader.FileKind.EXPERIMENT, ExperimentLoader.kind(write("b.yaml", "variants: {}\n")));
    }
}
