package org.sahelsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.Expectations;
import org.sahelsim.scenario.ScenarioException;

/**
 * Expectations files: the shipped one loads with its experiment; every bad value stops with
 * the file, line, column and field.
 */
class ExpectationsLoaderTest {
    static final List<String> METRICS = List.of("switches", "splits", "clashes", "signatory_fighters", "joins",
            "leaves", "mergers", "trafficking_revenue", "dividends_paid");

    @TempDir
    Path tmp;

    @BeforeEach
    void copyBaseline() throws Exception {
        Files.copy(Fixtures.repoRoot().resolve("scenarios/baseline-2015.yaml"), tmp.resolve("baseline-2015.yaml"));
        Files.writeString(tmp.resolve("ko.yaml"), """
                baseline: baseline-2015.yaml
                replications: 4
                metrics: [switches, splits, clashes, signatory_fighters, joins, leaves, mergers, trafficking_revenue]
                variants:
                  rent_weight: {set: {params.beta_rent: 0}}
                  rent_economy: {set: {params.rent_scale: 0}}
                """);
    }

    private static final String SIX = """
                  switches: {direction: down, source: seed 000}
                  splits: {direction: down, source: seed 000}
                  clashes: {direction: down, source: seed 001}
                  signatory_fighters: {direction: up, confidence: low, source: seed 001}
                  joins: {direction: down, source: seed 000}
                  leaves: {direction: down, source: seed 000}
            """;

    private Path write(String text) throws Exception {
        Path p = tmp.resolve("exp.yaml");
        Files.writeString(p, text);
        return p;
    }

    private ExpectationsLoader.Loaded load(String text) throws Exception {
        return ExpectationsLoader.load(write(text), METRICS);
    }

    private ScenarioException error(String text) throws Exception {
        Path f = write(text);
        return assertThrows(ScenarioException.class, () -> ExpectationsLoader.load(f, METRICS));
    }

    private static String file(String knockoutsBody) {
        return "experiment: ko.yaml\nknockouts:\n" + knockoutsBody;
    }

    private static String rentWeight(String outcomes) {
        return "  rent_weight:\n    force: rent\n    kind: weight\n    description: no rent in choices\n    outcomes:\n"
                + outcomes;
    }

    @Test
    void theShippedExpectationsLoadWithTheirExperiment() throws Exception {
        Path shipped = Fixtures.repoRoot().resolve("scenarios/mechanisms/expectations.yaml");
        List<String> all = org.sahelsim.record.Metrics.ALL.stream().map(org.sahelsim.record.MetricDef::name).toList();
        ExpectationsLoader.Loaded l = ExpectationsLoader.load(shipped, all.subList(0, 18));
        Expectations e = l.expectations();
        assertEquals("knockouts", l.experiment().name());
        for (String v : List.of("rent_weight", "dividend_weight", "pressure_weight")) {
            Expectations.Knockout k = e.knockouts().get(v);
            assertEquals("weight", k.kind(), v);
            assertTrue(k.outcomes().keySet().containsAll(Expectations.REQUIRED_OUTCOMES), v + " carries the four outcomes");
        }
        for (Expectations.Knockout k : e.knockouts().values()) {
            assertTrue(k.outcomes().size() >= Expectations.MIN_OUTCOMES, k.description());
        }
        assertTrue(e.figures().containsKey("isgs_disbands"));
        assertEquals(0.01, e.significance());
        assertEquals(0.1, e.minChange());
    }

    @Test
    void readsDirectionsConfidenceAndDefaults() throws Exception {
        Expectations e = load(file(rentWeight(SIX))).expectations();
        Expectations.Expect sig = e.knockouts().get("rent_weight").outcomes().get("signatory_fighters");
        assertEquals(1, sig.sign());
        assertEquals("low", sig.confidence());
        assertEquals("medium", e.knockouts().get("rent_weight").outcomes().get("splits").confidence(), "default");
        assertEquals(-1, e.knockouts().get("rent_weight").outcomes().get("splits").sign());
    }

    @Test
    void anUnknownDirectionIsPlacedWithAHint() throws Exception {
        ScenarioException x = error(file(rentWeight(SIX.replace("switches: {direction: down", "switches: {direction: dwn"))));
        assertTrue(x.getMessage().contains("knockouts.rent_weight.outcomes.switches.direction"), x.getMessage());
        assertTrue(x.getMessage().contains("Did you mean 'down'"), x.getMessage());
        assertEquals(8, x.line());
    }

    @Test
    void aKnockoutMustBeAVariantOfTheExperiment() throws Exception {
        ScenarioException x = error(file(rentWeight(SIX).replace("rent_weight:", "rent_wieght:")));
        assertTrue(x.getMessage().contains("'rent_wieght' is not a variant"), x.getMessage());
        assertTrue(x.getMessage().contains("Did you mean 'rent_weight'"), x.getMessage());
        assertEquals(3, x.line());
    }

    @Test
    void anOutcomeMustBeAMetricOfInterestOfTheExperiment() throws Exception {
        ScenarioException x = error(file(rentWeight(SIX.replace("leaves:", "dividends_paid:"))));
        assertTrue(x.getMessage().contains("not among the metrics of interest"), x.getMessage());
        assertEquals(13, x.line());
        ScenarioException y = error(file(rentWeight(SIX.replace("leaves:", "leavs:"))));
        assertTrue(y.getMessage().contains("'leavs' is not a metric"), y.getMessage());
    }

    @Test
    void anEconomyKnockoutCannotExpectTheQuantityItSwitchesOff() throws Exception {
        String body = "  rent_economy:\n    force: rent\n    kind: economy\n    description: no rent\n    outcomes:\n"
                + SIX.replace("leaves:", "trafficking_revenue:");
        ScenarioException x = error(file(body));
        assertTrue(x.getMessage().contains("the quantity this knock-out switches off"), x.getMessage());
    }

    @Test
    void knockoutsOfRentDividendsAndPressureCarryTheFourOutcomes() throws Exception {
        ScenarioException x = error(file(rentWeight(SIX.replace("clashes: {direction: down, source: seed 001}",
                "mergers: {direction: down, source: seed 004}"))));
        assertTrue(x.getMessage().contains("must carry an expectation for clashes"), x.getMessage());
    }

    @Test
    void aKnockoutNeedsSixOutcomesEachWithASource() throws Exception {
        ScenarioException x = error(file(rentWeight(SIX.replace("      leaves: {direction: down, source: seed 000}\n", ""))));
        assertTrue(x.getMessage().contains("at least 6 outcomes"), x.getMessage());
        ScenarioException y = error(file(rentWeight(SIX.replace("leaves: {direction: down, source: seed 000}",
                "leaves: {direction: down}"))));
        assertTrue(y.getMessage().contains("leaves.source"), y.getMessage());
    }

    @Test
    void aFigureNeedsWhatItsMeasureReadsAndARangeInOrder() throws Exception {
        String fig = file(rentWeight(SIX)) + """
                figures:
                  isgs:
                    review: ISGS disbands
                    measure: group_disbands
                    range: [0.6, 0.2]
                    basis: record
                    source: active to 2020
                """;
        ScenarioException x = error(fig);
        assertTrue(x.getMessage().contains("measure group_disbands needs faction"), x.getMessage());
        ScenarioException y = error(fig.replace("measure: group_disbands", "measure: group_disbands\n    faction: ISGS"));
        assertTrue(y.getMessage().contains("low <= high"), y.getMessage());
        ScenarioException z = error(fig.replace("measure: group_disbands", "measure: group_disbands\n    faction: ISIS")
                .replace("[0.6, 0.2]", "[0, 0.5]"));
        assertTrue(z.getMessage().contains("'ISIS' is not a faction of the baseline"), z.getMessage());
        assertTrue(z.getMessage().contains("Did you mean 'ISGS'"), z.getMessage());
        ScenarioException w = error(fig.replace("    measure: group_disbands\n", "").replace("[0.6, 0.2]", "[0, 0.5]"));
        assertTrue(w.getMessage().contains("a figure without a measure has no range"), w.getMessage());
    }

    @Test
    void placesSidesMetricsAndKindsOfAFigureAreChecked() throws Exception {
        String fig = file(rentWeight(SIX)) + """
                figures:
                  towns:
                    review: Mopti changes hands
                    measure: changes_of_hands
                    places: [Mopti, Sgou]
                    range: [0, 0.5]
                    basis: record
                    source: held by the state
                """;
        ScenarioException x = error(fig);
        assertTrue(x.getMessage().contains("figures.towns.places[1]"), x.getMessage());
        assertTrue(x.getMessage().contains("'Sgou' is not a place"), x.getMessage());
        assertTrue(x.getMessage().contains("Did you mean 'Segou'"), x.getMessage());
        assertTrue(x.getMessage().matches("(?s).*exp\\.yaml:\\d+:\\d+.*"), x.getMessage());
        ScenarioException y = error(fig.replace("measure: changes_of_hands\n    places: [Mopti, Sgou]",
                "measure: clash_runs\n    faction: GATIA\n    other: CAM"));
        assertTrue(y.getMessage().contains("'CAM' is neither a coalition nor a faction"), y.getMessage());
        assertTrue(y.getMessage().contains("Did you mean 'CMA'"), y.getMessage());
        ScenarioException z = error(fig.replace("measure: changes_of_hands\n    places: [Mopti, Sgou]",
                "measure: metric_ratio\n    metric: dividends_paid\n    over: trafficking"));
        assertTrue(z.getMessage().contains("'trafficking' is not a metric"), z.getMessage());
        ScenarioException k = error(fig.replace("measure: changes_of_hands\n    places: [Mopti, Sgou]",
                "measure: clash_share\n    kinds: [separatist, rebel]"));
        assertTrue(k.getMessage().contains("rebel"), k.getMessage());
        ScenarioException p = error(fig.replace("places: [Mopti, Sgou]", "places: [Mopti]\n    per_year: yes"));
        assertTrue(p.getMessage().contains("per_year"), p.getMessage());
    }

    @Test
    void theExperimentMustExistAndBeValid() throws Exception {
        ScenarioException x = error("experiment: nowhere.yaml\nknockouts:\n" + rentWeight(SIX));
        assertTrue(x.getMessage().contains("was not found"), x.getMessage());
        assertEquals(1, x.line());
    }
}
