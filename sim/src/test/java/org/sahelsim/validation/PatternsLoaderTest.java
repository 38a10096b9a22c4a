package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.model.Tiny;
import org.sahelsim.scenario.ScenarioException;

/** The patterns file: the shipped one loads; bad input fails with file, line, column and field. */
class PatternsLoaderTest {
    @TempDir
    Path dir;

    static Path shipped() {
        return Tiny.root().resolve("scenarios/validation/history-patterns.yaml");
    }

    /** A valid file with one pattern whose measure line is {@code measure} (line 8). */
    private static String one(String measure, String threshold) {
        return String.join("\n",
                "scenario: s.yaml",                             // 1
                "patterns:",                                    // 2
                "  - id: p1",                                   // 3
                "    description: a pattern",                   // 4
                "    source: timeline 2012-05-26",              // 5
                "    threshold: " + threshold,                  // 6
                "    measure:",                                 // 7
                "      " + measure,                             // 8
                "");
    }

    private Path write(String yaml) throws Exception {
        Files.writeString(dir.resolve("s.yaml"), "name: x\n");
        Path p = dir.resolve("patterns.yaml");
        Files.writeString(p, yaml);
        return p;
    }

    private ScenarioException failure(String yaml) throws Exception {
        Path p = write(yaml);
        return assertThrows(ScenarioException.class, () -> PatternsLoader.load(p));
    }

    private static void assertAt(ScenarioException e, int line, int column, String field, String part) {
        assertEquals("patterns.yaml", e.file().getFileName().toString(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.problem().contains(part), () -> "'" + e.problem() + "' lacks '" + part + "'");
        assertTrue(e.getMessage().startsWith(e.file() + ":" + line + ":" + column + ": " + field + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void shippedPatternsFileLoadsWithTheNinePatternsOfIssueFiveAndHonestThresholds() throws Exception {
        PatternSet set = PatternsLoader.load(shipped());
        List<String> ids = new ArrayList<>();
        for (Pattern p : set.patterns()) {
            ids.add(p.id());
            assertFalse(p.description().isBlank() || p.source().isBlank(), p.id());
            assertTrue(p.threshold() >= 0.33 && p.threshold() <= 0.5, p.id() + " threshold " + p.threshold());
        }
        assertEquals(List.of("pact_forms_and_breaks", "jihadists_take_main_towns", "splinters_on_both_sides",
                "rival_signatory_coalitions", "rival_coalitions_fight_over_hubs", "jihadist_merger", "splits_count",
                "mergers_count", "signatory_coalitions_count"), ids);
        assertEquals(Tiny.root().resolve("scenarios/history-2012.yaml").normalize(), set.scenario());
        assertEquals("pact_forms_and_breaks{kinds: [separatist, jihadist], max_months: 12}",
                set.patterns().get(0).measureText());
    }

    @Test
    void loadsAValidFileAndRendersTheMeasureAsWritten() throws Exception {
        PatternSet set = PatternsLoader.load(write(one("metric_total: {metric: splits, min: 3, max: 7}", "0.5")));
        Pattern p = set.patterns().get(0);
        assertEquals("p1", p.id());
        assertEquals(0.5, p.threshold());
        assertEquals("metric_total{metric: splits, min: 3, max: 7}", p.measureText());
        assertEquals("metric_total", p.measure().name());
        assertEquals(dir.resolve("s.yaml").toAbsolutePath().normalize(), set.scenario());
    }

    @Test
    void rejectsUnknownMeasureWithSuggestion() throws Exception {
        assertAt(failure(one("pact_form_and_breaks: {kinds: [separatist, jihadist], max_months: 12}", "0.5")), 8, 7,
                "patterns[0].measure.pact_form_and_breaks", "unknown measure 'pact_form_and_breaks'; measures: "
                        + "pact_forms_and_breaks, towns_taken");
        assertTrue(failure(one("pact_form_and_breaks: {kinds: [separatist, jihadist]}", "0.5")).problem()
                .contains("Did you mean 'pact_forms_and_breaks'?"));
    }

    @Test
    void rejectsUnknownKindWithLineColumnAndSuggestion() throws Exception {
        assertAt(failure(one("pact_forms_and_breaks: {kinds: [separatist, jihadists], max_months: 12}", "0.5")), 8, 51,
                "patterns[0].measure.pact_forms_and_breaks.kinds[1]", "'jihadists' is not a kind of armed group;"
                        + " expected one of separatist, progovernment, community_militia, jihadist. Did you mean 'jihadist'?");
    }

    @Test
    void readsAWindowAndAPeriodAndRejectsBadOnes() throws Exception {
        Path ok = write(one("splits: {parent_kinds: [separatist], within: [2014-01, 2014-12]}", "0.5")
                + "    period: 2012-2015\n");
        Pattern p = PatternsLoader.load(ok).patterns().get(0);
        assertEquals("2012-2015", p.period());
        assertEquals("splits{parent_kinds: [separatist], within: [2014-01, 2014-12]}", p.measureText());
        assertTrue(p.measure() instanceof Windowed);
        assertAt(failure(one("splits: {within: [2014-13, 2014-12]}", "0.5")), 8, 25,
                "patterns[0].measure.splits.within[0]", "'2014-13' is not a month; write yyyy-MM");
        assertAt(failure(one("splits: {within: [2015-01, 2014-12]}", "0.5")), 8, 24,
                "patterns[0].measure.splits.within", "the last month 2014-12 is before the first 2015-01");
        assertAt(failure(one("splits: {within: [2015-01]}", "0.5")), 8, 24,
                "patterns[0].measure.splits.within", "expected two months [first, last]");
        assertAt(failure(one("splits: {parents: [MNLA], min: 2, max: 1}", "0.5")), 8, 46,
                "patterns[0].measure.splits.max", "must be at least min (2), was 1");
        assertAt(failure(one("splits: {}", "0.5") + "    period: ''\n"), 9, 13, "patterns[0].period",
                "the period is empty");
    }

    @Test
    void rejectsMissingAndUnknownParameters() throws Exception {
        assertAt(failure(one("pact_forms_and_breaks: {kinds: [separatist, jihadist]}", "0.5")), 8, 30,
                "patterns[0].measure.pact_forms_and_breaks.max_months", "missing: this measure needs 'max_months'");
        assertAt(failure(one("pact_forms_and_breaks: {kinds: [separatist, jihadist], max_months: 12, max_month: 3}",
                "0.5")), 8, 78, "patterns[0].measure.pact_forms_and_breaks.max_month",
                "unknown parameter 'max_month'; this measure takes kinds, max_months (and every measure within).");
    }

    @Test
    void rejectsThresholdsOutsideZeroToOneAndNonNumbers() throws Exception {
        assertAt(failure(one("splits_by_parent_kind: {kinds: [jihadist], min_each: 1}", "1.5")), 6, 16,
                "patterns[0].threshold", "must be above 0 and at most 1, was 1.5");
        assertAt(failure(one("splits_by_parent_kind: {kinds: [jihadist], min_each: 1}", "0")), 6, 16,
                "patterns[0].threshold", "must be above 0 and at most 1, was 0");
        assertAt(failure(one("splits_by_parent_kind: {kinds: [jihadist], min_each: 1}", "half")), 6, 16,
                "patterns[0].threshold", "expected a number, found the text 'half'");
    }

    @Test
    void rejectsWholeNumberGivenAsTextOrFraction() throws Exception {
        assertAt(failure(one("splits_by_parent_kind: {kinds: [jihadist], min_each: 1.5}", "0.5")), 8, 60,
                "patterns[0].measure.splits_by_parent_kind.min_each", "expected a whole number, found the number 1.5");
        assertAt(failure(one("splits_by_parent_kind: {kinds: [jihadist], min_each: '2'}", "0.5")), 8, 60,
                "patterns[0].measure.splits_by_parent_kind.min_each", "expected a whole number, found the text '2'");
    }

    @Test
    void rejectsPlacesNotInTheBundledTableAndNonHubs() throws Exception {
        assertAt(failure(one("towns_taken: {by: [jihadist], from: [separatist], places: [Kidal, Gaoo], min_places: 1}",
                "0.5")), 8, 73, "patterns[0].measure.towns_taken.places[1]",
                "'Gaoo' is not a place of the bundled places table. Did you mean 'Gao'?");
        assertAt(failure(one("camp_fighting_over_hubs: {camp_a: [separatist], camp_b: [progovernment], hubs: [Gao],"
                + " min_events: 1}", "0.5")), 8, 87, "patterns[0].measure.camp_fighting_over_hubs.hubs[0]",
                "'Gao' is not a hub in the bundled places table; hubs: Kidal, Anefis");
    }

    @Test
    void rejectsLevelMetricsAndMaxBelowMin() throws Exception {
        assertAt(failure(one("metric_total: {metric: armed_groups, min: 1, max: 2}", "0.5")), 8, 30,
                "patterns[0].measure.metric_total.metric", "'armed_groups' is a level, not a count that can be totalled");
        assertAt(failure(one("metric_total: {metric: splits, min: 5, max: 3}", "0.5")), 8, 51,
                "patterns[0].measure.metric_total.max", "must be at least min (5), was 3");
    }

    @Test
    void metricChangeTakesLevelsAndRefusesCountsAndUnknownNames() throws Exception {
        PatternSet set = PatternsLoader.load(write(one("metric_change: {metric: jihadist_influence_centre, min_rise: 0.05}",
                "0.5")));
        assertEquals("metric_change", set.patterns().get(0).measure().name());
        assertAt(failure(one("metric_change: {metric: splits, min_rise: 0.05}", "0.5")), 8, 31,
                "patterns[0].measure.metric_change.metric", "'splits' is a count per month, not a level that changes");
        assertAt(failure(one("metric_change: {metric: no_such, min_rise: 0.05}", "0.5")), 8, 31,
                "patterns[0].measure.metric_change.metric", "'no_such' is not a metric");
    }

    @Test
    void rejectsCampsThatShareAKind() throws Exception {
        assertAt(failure(one("rival_coalitions: {camp_a: [separatist], camp_b: [separatist, progovernment]}", "0.5")),
                8, 56, "patterns[0].measure.rival_coalitions.camp_b", "the two camps share separatist");
    }

    @Test
    void rejectsDuplicateIdsMissingKeysAndUnknownKeys() throws Exception {
        String two = one("splits_by_parent_kind: {kinds: [jihadist], min_each: 1}", "0.5")
                + "  - {id: p1, description: d, source: s, threshold: 0.5, measure: {signatory_coalitions: {min: 2, max: 2}}}\n";
        assertAt(failure(two), 9, 10, "patterns[1].id", "duplicate id 'p1' (first at line 3)");
        assertAt(failure("scenario: s.yaml\npatterns:\n  - {id: p1, description: d, threshold: 0.5,"
                + " measure: {signatory_coalitions: {min: 2, max: 2}}}\n"), 3, 5, "patterns[0].source",
                "the required key 'source' is missing");
        assertAt(failure("scenario: s.yaml\npatterns:\n  - {id: p1, descripton: d}\n"), 3, 14, "patterns[0].descripton",
                "unknown key 'descripton'. Did you mean 'description'? Valid keys here: id, description, source,"
                        + " measure, threshold, period.");
        assertAt(failure("scenario: s.yaml\npattern: []\n"), 2, 1, "pattern", "unknown key 'pattern'");
    }

    @Test
    void rejectsMissingScenarioFileAndEmptyPatternList() throws Exception {
        assertAt(failure(one("splits: {}", "0.5").replace("s.yaml", "nowhere.yaml")), 1, 11, "scenario",
                "no scenario file at ");
        assertAt(failure("scenario: s.yaml\npatterns: []\n"), 2, 11, "patterns", "needs at least 1 item, has 0");
    }

    @Test
    void rejectsTwoMeasuresInOnePatternAndMalformedYaml() throws Exception {
        ScenarioException e = failure(one("{metric_total: {metric: splits, min: 1, max: 2}, signatory_coalitions: {min: 1, max: 2}}",
                "0.5"));
        assertEquals("patterns[0].measure", e.field());
        assertTrue(e.problem().contains("expected one measure"), e.problem());
        ScenarioException y = failure("scenario: s.yaml\npatterns: [\n");
        assertTrue(y.problem().startsWith("malformed YAML"), y.problem());
        assertTrue(y.line() > 0, y.getMessage());
    }

    @Test
    void rejectsTagsOtherThanPlainData() throws Exception {
        ScenarioException e = failure("scenario: !!java.lang.Runtime s.yaml\npatterns: []\n");
        assertEquals("scenario", e.field());
        assertTrue(e.problem().contains("is not allowed"), e.problem());
    }
}
