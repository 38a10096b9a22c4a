package org.sahelsim.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Every faction a scenario file starts with must exist in the bundled faction tables and
 * have been formed by the scenario's start month (a 2012 history cannot start with GATIA).
 */
class ScenarioFactionsExistTest {
    private final Gazetteer g = Gazetteer.get();

    @Test
    void everyScenarioFactionExistsInTheBundledTablesAndWasFormedByTheStart() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : ScenarioFiles.all()) {
            Map<String, Object> doc = ScenarioFiles.read(file);
            if (!(doc.get("factions") instanceof Map)) {
                continue; // experiments, sweeps, or files that inherit their factions through extends
            }
            YearMonth start = startOf(file, doc, new LinkedHashSet<>())
                    .orElseThrow(() -> new AssertionError(file + ": has factions but no start (own or inherited)"));
            for (String id : ScenarioFiles.map(doc.get("factions"), file + " factions").keySet()) {
                Optional<YearMonth> formed = g.formed(id);
                if (formed.isEmpty()) {
                    problems.add(file.getFileName() + ": faction '" + id + "' is in neither bundled faction table");
                } else if (formed.get().isAfter(start)) {
                    problems.add(file.getFileName() + ": faction '" + id + "' formed " + formed.get()
                            + ", after the start " + start);
                }
            }
            checked++;
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        assertTrue(checked >= 2, "expected at least baseline-2015 and history-2012 to be checked, got " + checked);
    }

    @Test
    void aGroupFormedAfterTheStartIsCaught() {
        // the rule the test above applies, on a known case: GATIA (2014-08) cannot be in a 2012 start
        YearMonth gatia = g.formed("GATIA").orElseThrow();
        assertTrue(gatia.isAfter(YearMonth.of(2012, 1)));
        assertFalse(g.formed("MNLA").orElseThrow().isAfter(YearMonth.of(2012, 1)));
        assertTrue(g.formed("MSA").isEmpty(), "MSA is not in the bundled tables");
    }

    /** The file's own start, else its parent's through {@code extends} (a path relative to the file). */
    private static Optional<YearMonth> startOf(Path file, Map<String, Object> doc, Set<Path> seen) {
        if (!seen.add(file.toAbsolutePath().normalize())) {
            throw new AssertionError(file + ": extends cycle");
        }
        Object start = doc.get("start");
        if (start != null) {
            return Optional.of(YearMonth.parse(start.toString().trim()));
        }
        Object ext = doc.get("extends");
        List<Object> parents = ext instanceof List ? ScenarioFiles.list(ext, "extends") : ext == null ? List.of() : List.of(ext);
        for (Object p : parents) {
            Path parent = file.getParent().resolve(p.toString());
            Optional<YearMonth> s = startOf(parent, ScenarioFiles.read(parent), seen);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }
}
