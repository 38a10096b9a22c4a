package org.sahelsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;

/**
 * The loader's checks of signing shocks ({@code preliminary_agreement}, {@code accord_signed})
 * that name coalitions by the rule {@code all_non_jihadist}.
 */
class SigningShockChecksTest {
    @TempDir
    Path dir;

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

    private Path write(String yaml) throws Exception {
        Path p = dir.resolve("s.yaml");
        Files.writeString(p, yaml);
        return p;
    }

    private ScenarioException failure(String yaml) throws Exception {
        Path p = write(yaml);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p));
    }

    @Test
    void acceptsTheRuleInBothSigningShocksWithoutAnyCoalitionInTheFile() throws Exception {
        Scenario s = ScenarioLoader.load(write(MINIMAL + "shocks:\n"
                + "  - {at: 3, type: preliminary_agreement, coalitions: [all_non_jihadist]}\n"
                + "  - {at: 9, type: accord_signed, coalitions: [all_non_jihadist]}\n"));
        assertEquals(List.of("all_non_jihadist"), s.shocks().get(1).coalitions());
        assertTrue(s.shocks().get(0).signs() && s.shocks().get(1).signs());
    }

    @Test
    void rejectsPreliminaryAgreementThatNamesNoCoalitionWithLineAndColumn() throws Exception {
        ScenarioException e = failure(MINIMAL + "shocks:\n  - {at: 3, type: preliminary_agreement}\n");
        assertEquals(12, e.line());
        assertEquals(5, e.column());
        assertEquals("shocks[0].coalitions", e.field());
        assertTrue(e.problem().contains("a preliminary_agreement shock must name the coalitions that sign, or give"
                + " the rule all_non_jihadist"), e.problem());
    }

    @Test
    void rejectsTheRuleInAShockThatSignsNothing() throws Exception {
        ScenarioException e = failure(MINIMAL + "shocks:\n  - {at: 3, type: coup, coalitions: [all_non_jihadist]}\n");
        assertEquals("shocks[0].coalitions[0]", e.field());
        assertEquals(12, e.line());
        assertEquals(38, e.column());
        assertTrue(e.problem().contains("only preliminary_agreement and accord_signed shocks take it, not coup"),
                e.problem());
    }

    @Test
    void suggestsTheRuleForAMisspeltRule() throws Exception {
        ScenarioException e = failure(MINIMAL + "shocks:\n  - {at: 3, type: accord_signed, coalitions: [all_non_jihadists]}\n");
        assertEquals("shocks[0].coalitions[0]", e.field());
        assertTrue(e.problem().contains("is not a coalition of this scenario or the rule all_non_jihadist"), e.problem());
        assertTrue(e.problem().contains("Did you mean 'all_non_jihadist'?"), e.problem());
    }

    @Test
    void rejectsACoalitionNamedLikeTheRule() throws Exception {
        ScenarioException e = failure(MINIMAL + "coalitions:\n  all_non_jihadist: {kind: separatist}\n");
        assertEquals("coalitions.all_non_jihadist", e.field());
        assertEquals(12, e.line());
        assertEquals(3, e.column());
        assertTrue(e.problem().contains("give the coalition another name"), e.problem());
    }
}
