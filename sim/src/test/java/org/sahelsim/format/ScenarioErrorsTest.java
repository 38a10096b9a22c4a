package org.sahelsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.Param;
import org.sahelsim.scenario.ScenarioException;

/**
 * Bad input: each case checks the whole message (file, line, column, field path, problem),
 * one paragraph without a stack trace.
 */
class ScenarioErrorsTest {
    @TempDir
    Path dir;

    /** A valid scenario to break; lines are numbered in the comments. */
    private static final String MINIMAL = String.join("\n",
            "name: minimal",                    // 1
            "start: 2015-06",                   // 2
            "months: 12",                       // 3
            "factions:",                        // 4
            "  MNLA:",                          // 5
            "    kind: separatist",             // 6
            "    fighters: 2000",               // 7
            "    regions: [Kidal]",             // 8
            "    blocs:",                       // 9
            "      Ifoghas: {share: 1}",        // 10
            "");

    private ScenarioException failure(String yaml) throws IOException {
        Path p = dir.resolve("bad.yaml");
        Files.writeString(p, yaml);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p));
    }

    private ScenarioException failure(String yaml, Map<String, String> overrides) throws IOException {
        Path p = dir.resolve("bad.yaml");
        Files.writeString(p, yaml);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p, overrides));
    }

    /** Checks every part of the message and that it reads as one paragraph. */
    private static void assertError(ScenarioException e, String file, int line, int column, String field,
                                    String problemPart) {
        String msg = e.getMessage();
        assertEquals(file, e.file() == null ? null : e.file().getFileName().toString(), msg);
        assertEquals(line, e.line(), msg);
        assertEquals(column, e.column(), msg);
        assertEquals(field, e.field(), msg);
        assertTrue(e.problem().contains(problemPart), () -> "problem '" + e.problem() + "' lacks '" + problemPart + "'");
        String where = (e.file() == null ? "<command line>" : e.file().toString())
                + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": "
                + (field.isEmpty() ? "" : field + ": ");
        assertEquals(where + e.problem(), msg);
        assertFalse(msg.contains("\n"), "one paragraph: " + msg);
        assertFalse(msg.contains("Exception"), "no exception names: " + msg);
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        return text.replace(from, to);
    }

    @Test
    void minimalScenarioIsValid() throws Exception {
        Path p = dir.resolve("ok.yaml");
        Files.writeString(p, MINIMAL);
        assertEquals("minimal", ScenarioLoader.load(p).name());
    }

    @Test
    void rejectsUnknownKeyWithSuggestionLineAndColumn() throws Exception {
        ScenarioException e = failure(MINIMAL + "levers:\n  minusma:\n    mobile_shar: 0.5\n");
        assertError(e, "bad.yaml", 13, 5, "levers.minusma.mobile_shar", "unknown key 'mobile_shar'. Did you mean 'mobile_share'?");
        assertTrue(e.problem().contains("Valid keys here: enabled, start, end, strength"), e.problem());
    }

    @Test
    void rejectsUnknownTopLevelKey() throws Exception {
        ScenarioException e = failure(MINIMAL + "factons: {}\n");
        assertError(e, "bad.yaml", 11, 1, "factons", "Did you mean 'factions'?");
    }

    @Test
    void rejectsWrongTypeOfValue() throws Exception {
        ScenarioException e = failure(replace(MINIMAL, "months: 12", "months: many"));
        assertError(e, "bad.yaml", 3, 9, "months", "expected a whole number, found the text 'many'");
    }

    @Test
    void rejectsAListWhereAMapIsExpected() throws Exception {
        ScenarioException e = failure(MINIMAL + "minusma: [1, 2]\n");
        assertError(e, "bad.yaml", 11, 10, "minusma", "expected a map of keys and values, found a list");
    }

    @Test
    void rejectsFractionForWholeNumber() throws Exception {
        ScenarioException e = failure(replace(MINIMAL, "fighters: 2000", "fighters: 2.5"));
        assertError(e, "bad.yaml", 7, 15, "factions.MNLA.fighters", "must be a whole number, was 2.5");
    }

    @Test
    void rejectsQuotedNumberAndNonBoolean() throws Exception {
        assertError(failure(MINIMAL + "accord: {fund: '3000'}\n"), "bad.yaml", 11, 16, "accord.fund",
                "expected a number, found the text '3000'");
        assertError(failure(MINIMAL + "accord: {in_force: yes}\n"), "bad.yaml", 11, 20, "accord.in_force",
                "expected true or false, found the text 'yes'");
    }

    @Test
    void rejectsValueOutOfRange() throws Exception {
        ScenarioException e = failure(replace(MINIMAL, "    kind: separatist", "    kind: separatist\n    cohesion: 1.5"));
        assertError(e, "bad.yaml", 7, 15, "factions.MNLA.cohesion", "must be between 0 and 1, was 1.5");
        assertError(failure(replace(MINIMAL, "fighters: 2000", "fighters: 0")), "bad.yaml", 7, 15,
                "factions.MNLA.fighters", "must be between 1 and 100000, was 0");
        assertError(failure(MINIMAL + "accord: {fund: -5}\n"), "bad.yaml", 11, 16, "accord.fund",
                "must be at least 0, was -5");
    }

    @Test
    void rejectsBadArbiterMediationRecognitionAndLeadership() throws Exception {
        assertError(failure(MINIMAL + "arbiter: {capacity: -1}\n"), "bad.yaml", 11, 21, "arbiter.capacity",
                "must be between 0 and 100, was -1");
        assertError(failure(MINIMAL + "arbiter: {capacty: 2}\n"), "bad.yaml", 11, 11, "arbiter.capacty",
                "Did you mean 'capacity'");
        assertError(failure(MINIMAL + "levers:\n  mediation: {enabled: true, capacity: 500}\n"), "bad.yaml", 12, 40,
                "levers.mediation.capacity", "must be between 0 and 100, was 500");
        assertError(failure(MINIMAL + "accord: {recognition_share: 1.5}\n"), "bad.yaml", 11, 29,
                "accord.recognition_share", "must be between 0 and 1, was 1.5");
        assertError(failure(MINIMAL + "accord: {recognition_rate: -0.1}\n"), "bad.yaml", 11, 28,
                "accord.recognition_rate", "must be between 0 and 1, was -0.1");
        assertError(failure(replace(MINIMAL, "Ifoghas: {share: 1}", "Ifoghas: {share: 1, leadership: maybe}")),
                "bad.yaml", 10, 39, "factions.MNLA.blocs.Ifoghas.leadership", "true or false");
    }

    @Test
    void rejectsNonFiniteNumbers() throws Exception {
        assertError(failure(MINIMAL + "accord: {fund: .inf}\n"), "bad.yaml", 11, 16, "accord.fund",
                "must be a finite number, was .inf");
    }

    @Test
    void rejectsTooShortList() throws Exception {
        assertError(failure(replace(MINIMAL, "regions: [Kidal]", "regions: []")), "bad.yaml", 8, 14,
                "factions.MNLA.regions", "needs at least 1 item, has 0");
    }

    @Test
    void rejectsMissingRequiredKey() throws Exception {
        ScenarioException e = failure(replace(MINIMAL, "    fighters: 2000\n", ""));
        assertError(e, "bad.yaml", 6, 5, "factions.MNLA.fighters", "the required key 'fighters' is missing");
        assertError(failure(replace(MINIMAL, "months: 12", "months:")), "bad.yaml", 3, 8, "months",
                "'months' needs a value");
    }

    @Test
    void rejectsUnknownKindWithSuggestion() throws Exception {
        assertError(failure(replace(MINIMAL, "kind: separatist", "kind: separatits")), "bad.yaml", 6, 11,
                "factions.MNLA.kind", "'separatits' is not a kind of group; expected one of separatist, progovernment,"
                        + " community_militia, jihadist. Did you mean 'separatist'?");
        assertError(failure(replace(MINIMAL, "kind: separatist", "kind: state")), "bad.yaml", 6, 11,
                "factions.MNLA.kind", "'state' is not a kind of group");
    }

    @Test
    void rejectsUnknownAllegianceAndBadLeaning() throws Exception {
        assertError(failure(replace(MINIMAL, "    kind: separatist", "    kind: separatist\n    allegiance: isis")),
                "bad.yaml", 7, 17, "factions.MNLA.allegiance", "'isis' is not allowed here; expected one of none, aq, is.");
        assertError(failure(replace(MINIMAL, "{share: 1}", "{share: 1, leaning: rebel}")), "bad.yaml", 10, 36,
                "factions.MNLA.blocs.Ifoghas.leaning", "'rebel' is not allowed here");
    }

    @Test
    void rejectsUnknownFactionId() throws Exception {
        ScenarioException e = failure(replace(MINIMAL, "  MNLA:", "  MNLAA:"));
        assertError(e, "bad.yaml", 5, 3, "factions.MNLAA", "'MNLAA' is not a group of the bundled faction data."
                + " Did you mean 'MNLA'?");
    }

    @Test
    void rejectsGroupNotYetFormedAtStart() throws Exception {
        String yaml = replace(replace(replace(MINIMAL, "start: 2015-06", "start: 2012-01"), "  MNLA:", "  GATIA:"),
                "kind: separatist", "kind: progovernment");
        assertError(failure(yaml), "bad.yaml", 5, 3, "factions.GATIA",
                "GATIA was formed in 2014-08, after the scenario's start 2012-01");
    }

    @Test
    void rejectsUnknownRegion() throws Exception {
        assertError(failure(replace(MINIMAL, "regions: [Kidal]", "regions: [Kidal, Kidall]")), "bad.yaml", 8, 22,
                "factions.MNLA.regions[1]", "'Kidall' is not a region of the model; regions: Kidal, Gao,");
        assertError(failure(MINIMAL + "regions:\n  Timbuctoo: {state_presence: 0.3}\n"), "bad.yaml", 12, 3,
                "regions.Timbuctoo", "'Timbuctoo' is not a region of the model");
    }

    @Test
    void acceptsBorderAreasAsRegions() throws Exception {
        Path p = dir.resolve("ok.yaml");
        Files.writeString(p, replace(MINIMAL, "regions: [Kidal]", "regions: [Kidal, Algeria border]"));
        assertEquals(List.of("Kidal", "Algeria border"), ScenarioLoader.load(p).factions().get("MNLA").regions());
    }

    @Test
    void rejectsForcesShocksWithoutTheirActorOrRegions() throws Exception {
        assertError(failure(MINIMAL + "shocks:\n  - {at: 2015-09, type: forces, troops: 0}\n"), "bad.yaml", 12, 5,
                "shocks[0]", "a forces shock names its actor: one of [minusma, france, army, g5]");
        assertError(failure(MINIMAL + "shocks:\n  - {at: 2015-09, type: forces, actor: ecowas, troops: 0}\n"), "bad.yaml",
                12, 40, "shocks[0].actor", "ecowas");
        assertError(failure(MINIMAL + "shocks:\n  - {at: 2015-09, type: coup, actor: army, value: 0.5}\n"), "bad.yaml",
                12, 5, "shocks[0]", "only a forces shock names an actor, not a coup shock");
        assertError(failure(MINIMAL + "shocks:\n  - {at: 2015-09, type: forces, actor: g5, troops: 900}\n"), "bad.yaml",
                12, 5, "shocks[0].regions", "names the regions the G5 Sahel joint force operates in");
        assertError(failure(MINIMAL + "shocks:\n  - {at: 2015-09, type: arbiter, value: 200}\n"), "bad.yaml", 12, 41,
                "shocks[0].value", "must be between 0 and 100, was 200");
    }

    @Test
    void rejectsUnknownPlaceForABase() throws Exception {
        assertError(failure(MINIMAL + "minusma:\n  bases: [Kidal, Tesalit]\n"), "bad.yaml", 12, 18,
                "minusma.bases[1]", "'Tesalit' is not a place of the bundled places table. Did you mean 'Tessalit'?");
    }

    @Test
    void rejectsClosingABaseThatIsNotOpen() throws Exception {
        String yaml = MINIMAL + "minusma: {bases: [Kidal]}\nlevers:\n  minusma:\n    close_bases: [Kidal, Ber]\n";
        assertError(failure(yaml), "bad.yaml", 14, 26, "levers.minusma.close_bases[1]",
                "cannot close the base at Ber: MINUSMA has no base there at the lever's start (bases then: Kidal)");
    }

    @Test
    void rejectsUnknownCoalition() throws Exception {
        String yaml = replace(MINIMAL, "    kind: separatist", "    kind: separatist\n    coalition: CMA")
                + "coalitions:\n  Platform: {kind: progovernment}\n";
        assertError(failure(yaml), "bad.yaml", 7, 16, "factions.MNLA.coalition",
                "'CMA' is not a coalition of this scenario; expected one of none, Platform.");
    }

    @Test
    void rejectsBlocSharesNotSummingToOne() throws Exception {
        String yaml = replace(MINIMAL, "      Ifoghas: {share: 1}", "      Ifoghas: {share: 0.5}\n      Idnane: {share: 0.4}");
        assertError(failure(yaml), "bad.yaml", 10, 7, "factions.MNLA.blocs", "the blocs' shares sum to 0.9, not 1");
    }

    @Test
    void rejectsLatentIdEqualToAFaction() throws Exception {
        String yaml = MINIMAL + "latent:\n  MNLA: {community: Dogon, region: Mopti, kind: community_militia, fighters: 10}\n";
        assertError(failure(yaml), "bad.yaml", 12, 3, "latent.MNLA", "'MNLA' is already a faction id");
    }

    @Test
    void rejectsMonthOutsideTheRun() throws Exception {
        String yaml = MINIMAL + "shocks:\n  - at: 2030-01\n    type: coup\n";
        assertError(failure(yaml), "bad.yaml", 12, 9, "shocks[0].at",
                "month 2030-01 is outside the run 2015-06..2016-06 (steps 0 to 12)");
        assertError(failure(MINIMAL + "levers:\n  accord: {start: 13}\n"), "bad.yaml", 12, 19, "levers.accord.start",
                "month number 13 is outside the run 2015-06..2016-06");
        assertError(failure(MINIMAL + "levers:\n  accord: {start: 2015-01}\n"), "bad.yaml", 12, 19,
                "levers.accord.start", "month 2015-01 is outside the run");
    }

    @Test
    void rejectsLeverEndingBeforeItStarts() throws Exception {
        String yaml = MINIMAL + "levers:\n  sanctions:\n    start: 2016-03\n    end: 2016-01\n";
        assertError(failure(yaml), "bad.yaml", 14, 10, "levers.sanctions.end",
                "the end 2016-01 (step 7) must come after the start 2016-03 (step 9)");
    }

    @Test
    void rejectsUnknownLeverTargetsAndCoalitions() throws Exception {
        assertError(failure(MINIMAL + "levers:\n  sanctions: {targets: [MNL]}\n"), "bad.yaml", 12, 25,
                "levers.sanctions.targets[0]", "'MNL' is not a faction or latent id of this scenario. Did you mean 'MNLA'?");
        assertError(failure(MINIMAL + "levers:\n  integration: {groups: [emergd]}\n"), "bad.yaml", 12, 26,
                "levers.integration.groups[0]", "'emergd' is neither a faction or latent id of this scenario nor one"
                        + " of the keywords non_signatories, emerged. Did you mean 'emerged'?");
        assertError(failure(MINIMAL + "levers:\n  integration: {coalition: CMA}\n"), "bad.yaml", 12, 28,
                "levers.integration.coalition", "'CMA' is not a coalition of this scenario");
    }

    @Test
    void rejectsAccordSignedWithoutExistingCoalition() throws Exception {
        assertError(failure(MINIMAL + "shocks:\n  - {at: 3, type: accord_signed}\n"), "bad.yaml", 12, 5,
                "shocks[0].coalitions", "an accord_signed shock must name the coalitions that sign");
        assertError(failure(MINIMAL + "shocks:\n  - {at: 3, type: accord_signed, coalitions: [CMA]}\n"), "bad.yaml",
                12, 47, "shocks[0].coalitions[0]", "'CMA' is not a coalition of this scenario");
    }

    @Test
    void rejectsUnknownShockTypeWithSuggestion() throws Exception {
        assertError(failure(MINIMAL + "shocks:\n  - {at: 3, type: coupe}\n"), "bad.yaml", 12, 19, "shocks[0].type",
                "'coupe' is not allowed here; expected one of coup, army_withdrawal");
    }

    @Test
    void rejectsUnknownRouteAndNegativeRent() throws Exception {
        assertError(failure(MINIMAL + "route_rents:\n  Kidal-Gao: 100\n"), "bad.yaml", 12, 3, "route_rents.Kidal-Gao",
                "'Kidal-Gao' is not a route id of the bundled routes table.");
        assertError(failure(MINIMAL + "route_rents:\n  Anefis-Kidal: -1\n"), "bad.yaml", 12, 17,
                "route_rents.Anefis-Kidal", "a rent cannot be negative, was -1");
    }

    @Test
    void rejectsDuplicateKeys() throws Exception {
        assertError(failure(MINIMAL + "months: 24\n"), "bad.yaml", 11, 1, "months",
                "duplicate key 'months' (first written at line 3, column 1)");
    }

    @Test
    void rejectsExtendsCycleNamingTheChain() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "extends: b.yaml\nname: a\n");
        Files.writeString(dir.resolve("b.yaml"), "name: b\nextends: a.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("a.yaml")));
        assertError(e, "b.yaml", 2, 10, "extends", "the files extend one another in a cycle: a.yaml -> b.yaml -> a.yaml");
    }

    @Test
    void rejectsFileExtendingItself() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "extends: ./a.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("a.yaml")));
        assertError(e, "a.yaml", 1, 10, "extends", "in a cycle: a.yaml -> a.yaml");
    }

    @Test
    void rejectsMissingExtendsFile() throws Exception {
        ScenarioException e = failure("extends: nowhere.yaml\nname: x\n");
        assertError(e, "bad.yaml", 1, 10, "extends", "the extended file 'nowhere.yaml' was not found");
    }

    @Test
    void reportsErrorsInAnExtendedFileAtThatFile() throws Exception {
        Files.writeString(dir.resolve("base.yaml"), replace(MINIMAL, "fighters: 2000", "fighters: lots"));
        ScenarioException e = failure("extends: base.yaml\nname: child\n");
        assertError(e, "base.yaml", 7, 15, "factions.MNLA.fighters", "expected a whole number");
    }

    @Test
    void rejectsMalformedYaml() throws Exception {
        ScenarioException e = failure("name: x\nfactions: [a, b\nmonths: 3\n");
        assertEquals("bad.yaml", e.file().getFileName().toString());
        assertTrue(e.line() >= 2, e.getMessage());
        assertTrue(e.problem().startsWith("malformed YAML: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        ScenarioException tab = failure("name: x\n\tmonths: 3\n");
        assertEquals(2, tab.line(), tab.getMessage());
        assertTrue(tab.problem().startsWith("malformed YAML: "), tab.getMessage());
    }

    @Test
    void rejectsEmptyFileAndNonMapRoot() throws Exception {
        assertError(failure(""), "bad.yaml", 0, 0, "", "the file is empty");
        assertError(failure("- a\n- b\n"), "bad.yaml", 1, 1, "", "must be a map of keys and values at the top level");
    }

    @Test
    void rejectsBillionLaughs() throws Exception {
        StringBuilder b = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'i'; c++) {
            b.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                b.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            b.append("]\n");
            prev = String.valueOf(c);
        }
        ScenarioException e = failure(b.toString());
        assertError(e, "bad.yaml", 7, 28, "", "more than 50 aliases to lists or maps");
    }

    @Test
    void rejectsAliasExpansionBeyondTheNodeLimitEvenWithFewAliases() throws Exception {
        // 2 aliases per level, 24 levels: 48 aliases but 2^24 nodes once expanded
        StringBuilder b = new StringBuilder("l0: &l0 [x, y]\n");
        for (int i = 1; i <= 24; i++) {
            b.append('l').append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1)
                    .append("]\n");
        }
        ScenarioException e = failure(b.toString());
        assertEquals("bad.yaml", e.file().getFileName().toString());
        assertTrue(e.problem().contains("once its aliases are expanded"), e.getMessage());
    }

    @Test
    void rejectsRecursiveAlias() throws Exception {
        ScenarioException e = failure("name: &a [x, *a]\n");
        assertEquals("bad.yaml", e.file().getFileName().toString());
        assertTrue(e.problem().contains("contains itself") || e.problem().startsWith("malformed YAML"), e.getMessage());
    }

    @Test
    void acceptsScalarAliases() throws Exception {
        Path p = dir.resolve("ok.yaml");
        Files.writeString(p, replace(MINIMAL, "name: minimal", "name: &n minimal\ndescription: *n"));
        assertEquals("minimal", ScenarioLoader.load(p).description());
    }

    @Test
    void rejectsJavaAndCustomTags() throws Exception {
        assertError(failure(replace(MINIMAL, "name: minimal", "name: !!java.lang.Runtime []")), "bad.yaml", 1, 7, "name",
                "the tag !!java.lang.Runtime is not allowed: scenario files hold plain values only");
        assertError(failure(replace(MINIMAL, "name: minimal", "name: !custom x")), "bad.yaml", 1, 7, "name",
                "the tag !custom is not allowed");
        assertError(failure(replace(MINIMAL, "months: 12", "months: !!binary AAAA")), "bad.yaml", 3, 9, "months",
                "the tag !!binary is not allowed");
        assertError(failure(MINIMAL + "coalitions: !!set {a, b}\n"), "bad.yaml", 11, 13, "coalitions",
                "the tag !!set is not allowed");
    }

    @Test
    void rejectsDeepNesting() throws Exception {
        ScenarioException e = failure("name: " + "[".repeat(100) + "]".repeat(100) + "\n");
        assertError(e, "bad.yaml", 1, 46, "", "nested more than 40 levels deep");
    }

    @Test
    void rejectsNonUtf8File() throws Exception {
        Path p = dir.resolve("bad.yaml");
        Files.write(p, new byte[]{'n', 'a', 'm', 'e', ':', ' ', (byte) 0xff, '\n'});
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p));
        assertError(e, "bad.yaml", 0, 0, "", "not valid UTF-8");
    }

    @Test
    void reportsAMissingFile() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("none.yaml")));
        assertError(e, "none.yaml", 0, 0, "", "file not found");
    }

    @Test
    void rejectsOverrideOfUnknownKeyListingValidKeys() throws Exception {
        ScenarioException e = failure(MINIMAL, Map.of("levers.minusma.mobile", "0.5"));
        assertError(e, null, 0, 0, "levers.minusma.mobile", "unknown key 'mobile' under 'levers.minusma'.");
        assertTrue(e.problem().contains("Valid keys there: enabled, start, end, strength, troops, mobile_share"),
                e.problem());
        assertTrue(e.getMessage().startsWith("<command line>: levers.minusma.mobile: "), e.getMessage());
    }

    @Test
    void rejectsOverrideOfMissingFaction() throws Exception {
        ScenarioException e = failure(MINIMAL, Map.of("factions.GATIA.fighters", "900"));
        assertError(e, null, 0, 0, "factions.GATIA.fighters", "there is no 'GATIA' in 'factions' to override; it has: MNLA");
    }

    @Test
    void rejectsOverrideIntoASingleValueOrMissingListItem() throws Exception {
        assertError(failure(MINIMAL, Map.of("months.x", "1")), null, 0, 0, "months.x",
                "'months' is a single value; it has no 'x'");
        assertError(failure(MINIMAL, Map.of("shocks[0].at", "1")), null, 0, 0, "shocks[0].at",
                "'shocks' is empty in the file, so it has no item [0]");
        assertError(failure(MINIMAL, Map.of("factions.MNLA.regions[3]", "Gao")), null, 0, 0, "factions.MNLA.regions[3]",
                "'factions.MNLA.regions' has no item [3] (it has 1 items, numbered from 0)");
    }

    @Test
    void reportsABadOverrideValueAtTheCommandLine() throws Exception {
        ScenarioException e = failure(MINIMAL, Map.of("factions.MNLA.fighters", "2.5"));
        assertError(e, null, 0, 0, "factions.MNLA.fighters", "must be a whole number, was 2.5");
    }

    @Test
    void reportsMalformedOverrideValueWithItsPath() throws Exception {
        assertError(failure(MINIMAL, Map.of("factions.MNLA.regions", "[Kidal")), null, 0, 0, "factions.MNLA.regions",
                "the value '[Kidal' is not valid: malformed YAML:");
    }

    @Test
    void keepsMessagesOnOneLineWhenQuotingMultiLineText() throws Exception {
        ScenarioException e = failure(replace(MINIMAL, "start: 2015-06", "start: \"2015\\n06\""));
        assertError(e, "bad.yaml", 2, 8, "start", "expected a month like 2015-06, found the text '2015\\n06'");
    }

    @Test
    void reportsAFolderGivenAsScenario() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir));
        assertEquals(dir, e.file());
        assertEquals("this is a folder, not a scenario file", e.problem());
    }

    @Test
    void reportsRecordConstructorErrorsAtTheRecord() throws Exception {
        YNode tree = YamlReader.readString("probe:\n  low: 5\n  high: 1\n", dir.resolve("probe.yaml"));
        YNode inner = ((YNode.Map) tree).entries.get("probe");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new Binder().bindRecord(inner, Probe.class, "probe"));
        assertError(e, "probe.yaml", 2, 3, "probe", "low 5 must not exceed high 1");
    }

    /** A record whose constructor checks its values, as the scenario records may. */
    public record Probe(@Param(doc = "lower bound") int low, @Param(doc = "upper bound") int high) {
        public Probe {
            if (low > high) {
                throw new IllegalArgumentException("low " + low + " must not exceed high " + high);
            }
        }
    }

    @Test
    void nullDefaultIsKeptForOptionalMonths() throws Exception {
        Path p = dir.resolve("ok.yaml");
        Files.writeString(p, MINIMAL + "levers:\n  accord: {end: ~}\n");
        assertNull(ScenarioLoader.load(p).levers().accord().end());
    }
}
