package org.sahelsim.format;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Tiny;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.TimedInput;

/** The scenario format's timed inputs and teaching note: reading, checking, writing. */
class TimedInputsTest {
    @TempDir
    Path dir;

    private static final String BASE = String.join("\n",
            "name: timed",                      // 1
            "start: 2015-06",                   // 2
            "months: 12",                       // 3
            "teaching_note: Watch the Daoussahak bloc.", // 4
            "factions:",                        // 5
            "  MNLA:",                          // 6
            "    kind: separatist",             // 7
            "    fighters: 2000",               // 8
            "    regions: [Kidal]",             // 9
            "    blocs:",                       // 10
            "      Ifoghas: {share: 1}",        // 11
            "  GATIA:",                         // 12
            "    kind: progovernment",          // 13
            "    fighters: 800",                // 14
            "    regions: [Gao]",               // 15
            "    blocs:",                       // 16
            "      Imghad: {share: 1}",         // 17
            "");

    private Scenario load(String yaml) throws Exception {
        Path p = dir.resolve("s.yaml");
        Files.writeString(p, yaml);
        return ScenarioLoader.load(p);
    }

    private ScenarioException failure(String yaml) throws Exception {
        Path p = dir.resolve("bad.yaml");
        Files.writeString(p, yaml);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p));
    }

    @Test
    void readsTimedInputsInFileOrderAndTheTeachingNote() throws Exception {
        Scenario s = load(BASE + String.join("\n",
                "timed_inputs:",                                      // 18
                "  - at: 6",                                          // 19
                "    set:",                                           // 20
                "      levers.sanctions.enabled: true",               // 21
                "      levers.sanctions.targets: '[MNLA, GATIA]'",    // 22
                "  - at: 2015-09",                                    // 23
                "    set: {levers.accord.enabled: 'true', levers.accord.pace: '3'}",
                ""));
        assertEquals("Watch the Daoussahak bloc.", s.teachingNote());
        assertEquals(2, s.timedInputs().size());
        assertEquals(6, s.timedInputs().get(0).at().step(s.start()));
        assertEquals(Map.of("levers.sanctions.enabled", "true", "levers.sanctions.targets", "[MNLA, GATIA]"),
                s.timedInputs().get(0).set());
        List<TimedInput> order = ScenarioLoader.inApplyOrder(s);
        assertEquals(3, order.get(0).at().step(s.start()), "2015-09 is step 3 and applies first");
        assertEquals(6, order.get(1).at().step(s.start()));
    }

    @Test
    void aTimedInputChangesTheLeversOnTopOfEarlierOnes() throws Exception {
        Scenario s = load(BASE);
        Scenario a = ScenarioLoader.withTimedInput(s, ScenarioLoader.timedInput(MonthRef.ofOffset(2),
                Map.of("levers.sanctions.enabled", "true", "levers.sanctions.targets", "[MNLA]")));
        Scenario b = ScenarioLoader.withTimedInput(a, ScenarioLoader.timedInput(MonthRef.ofOffset(4),
                Map.of("levers.sanctions.enforcement", "0.9")));
        assertTrue(b.levers().sanctions().enabled());
        assertEquals(List.of("MNLA"), b.levers().sanctions().targets());
        assertEquals(0.9, b.levers().sanctions().enforcement());
        assertEquals(s.factions(), b.factions(), "nothing but the levers changes");
    }

    @Test
    void writesTimedInputsSoThatTheyReadBackEqual() throws Exception {
        Scenario s = load(BASE).withTimedInputs(List.of(
                ScenarioLoader.timedInput(MonthRef.ofOffset(3), Map.of("levers.integration.enabled", "true",
                        "levers.integration.groups", "[non_signatories]")),
                ScenarioLoader.timedInput(MonthRef.ofOffset(1), Map.of("levers.minusma.mobile_share", "0.6"))));
        String yaml = ScenarioWriter.toYaml(s);
        assertTrue(yaml.contains("timed_inputs:"), yaml);
        assertTrue(yaml.contains("teaching_note: \"Watch the Daoussahak bloc.\""), yaml);
        Scenario back = ScenarioLoader.fromYamlString(yaml, null);
        assertEquals(s, back);
    }

    @Test
    void rejectsATimedInputOutsideTheLeversWithItsLine() throws Exception {
        ScenarioException e = failure(BASE + String.join("\n",
                "timed_inputs:",                                      // 18
                "  - at: 6",                                          // 19
                "    set: {months: '40'}",                            // 20
                ""));
        assertEquals(19, e.line(), e.getMessage());
        assertEquals("timed_inputs[0]", e.field());
        assertTrue(e.problem().contains("may only set levers"), e.problem());
    }

    @Test
    void rejectsATimedInputBeyondTheRun() throws Exception {
        ScenarioException e = failure(BASE + String.join("\n",
                "timed_inputs:",                                      // 18
                "  - at: 13",                                         // 19
                "    set: {levers.sanctions.enabled: 'true'}",        // 20
                ""));
        assertEquals(19, e.line(), e.getMessage());
        assertEquals("timed_inputs[0].at", e.field());
        assertTrue(e.problem().contains("outside the run"), e.problem());
    }

    @Test
    void rejectsAnUnknownTargetAtTheTimedInputsKey() throws Exception {
        ScenarioException e = failure(BASE + String.join("\n",
                "timed_inputs:",                                      // 18
                "  - at: 2",                                          // 19
                "    set:",                                           // 20
                "      levers.sanctions.enabled: 'true'",             // 21
                "      levers.sanctions.targets: '[MNLA, GATA]'",     // 22
                ""));
        assertEquals(22, e.line(), e.getMessage());
        assertEquals(7, e.column(), e.getMessage());
        assertEquals("timed_inputs[0].set.levers.sanctions.targets", e.field());
        assertTrue(e.problem().contains("'GATA' is not a faction or latent id"), e.problem());
        assertTrue(e.problem().contains("Did you mean 'GATIA'?"), e.problem());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void rejectsAnUnknownLeverKeyWithAHint() throws Exception {
        ScenarioException e = failure(BASE + String.join("\n",
                "timed_inputs:",                                      // 18
                "  - at: 2",                                          // 19
                "    set:",                                           // 20
                "      levers.sanctions.enforcment: '0.5'",           // 21
                ""));
        assertEquals(21, e.line(), e.getMessage());
        assertTrue(e.problem().contains("Did you mean 'enforcement'?"), e.problem());
    }

    @Test
    void checksTimedInputsCumulativelyInMonthOrder() throws Exception {
        // the later input (month 5, written first) ends the lever at month 4, before the start
        // that the earlier one (month 2) set: valid alone, invalid on top of the other
        ScenarioException e = failure(BASE + String.join("\n",
                "timed_inputs:",                                      // 18
                "  - at: 5",                                          // 19
                "    set: {levers.accord.end: '4'}",                  // 20
                "  - at: 2",                                          // 21
                "    set: {levers.accord.start: '6'}",                // 22
                ""));
        assertEquals(20, e.line(), e.getMessage());
        assertEquals("timed_inputs[0].set.levers.accord.end", e.field());
        assertTrue(e.problem().contains("must come after the start"), e.problem());
    }

    @Test
    void aTimedInputAsATypedEditOfTheLeversGivesTheLeversOfTheOverridesItWasCheckedWith() throws Exception {
        Scenario s = Tiny.shipped("baseline-2015.yaml", Map.of());
        List<Map<String, String>> inputs = List.of(
                Map.of("levers.sanctions.enabled", "true", "levers.sanctions.criteria", "[trafficking_ties, spoiling]",
                        "levers.sanctions.enforcement", "0.25"),
                Map.of("levers.minusma", "{enabled: true, mobile_share: 0.6}", "levers.minusma.close_bases",
                        "[Tessalit]"),
                Map.of("levers.integration.enabled", "true", "levers.integration.groups", "[non_signatories]",
                        "levers.integration.start", "5", "levers.integration.end", "null"),
                Map.of("levers.accord.pace", "3", "levers.mediation.capacity", "7"));
        LeversSpec typed = s.levers();
        for (Map<String, String> set : inputs) {
            TimedInput t = ScenarioLoader.timedInput(MonthRef.ofOffset(3), set);
            Scenario checked = ScenarioLoader.withTimedInput(s.withLevers(typed), t);
            LeversSpec edited = t.applyTo(typed);
            assertEquals(checked.levers(), edited, set.toString());
            assertNotEquals(typed, edited, "the input changes the levers: " + set);
            typed = edited;
        }
        // bad values are refused by the typed edit too, naming the path
        ScenarioException range = assertThrows(ScenarioException.class, () -> ScenarioLoader.timedInput(MonthRef.ofOffset(1),
                Map.of("levers.sanctions.enforcement", "1.5")));
        assertEquals("levers.sanctions.enforcement", range.field(), range.getMessage());
        ScenarioException key = assertThrows(ScenarioException.class, () -> ScenarioLoader.timedInput(MonthRef.ofOffset(1),
                Map.of("levers.sanctions.enforcment", "0.5")));
        assertTrue(key.getMessage().contains("Did you mean 'enforcement'"), key.getMessage());
    }

    @Test
    void aTimedInputNotReadByTheLoaderIsRefusedRatherThanReadInTheMiddleOfARun() throws Exception {
        TimedInput raw = new TimedInput(MonthRef.ofOffset(1), Map.of("levers.sanctions.enabled", "true"), null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> raw.applyTo(load(BASE).levers()));
        assertTrue(e.getMessage().contains("ScenarioLoader.timedInput"), e.getMessage());
        TimedInput typed = ScenarioLoader.timedInput(MonthRef.ofOffset(1), Map.of("levers.sanctions.enforcement", "0.7"));
        assertEquals(List.of(new TimedInput.Edit(List.of("sanctions", "enforcement"), 0.7,
                "levers.sanctions.enforcement")), typed.edits());
        assertEquals(0.7, typed.applyTo(load(BASE).levers()).sanctions().enforcement());
    }
}
