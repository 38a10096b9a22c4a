package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mechanisms} end to end: the shipped knock-outs with a few replications, scoring an earlier folder, bad input. */
class CliMechanismsTest {
    /** Tests run in sim/; the expectations live one level up. */
    static final Path EXPECTATIONS = Path.of("..", "scenarios", "mechanisms", "expectations.yaml");

    @TempDir
    Path tmp;

    @Test
    void runsTheKnockoutsScoresThemAndScoresTheSameFolderAgainFromDisk() throws Exception {
        Path out = tmp.resolve("m");
        CliResult r = CliResult.of("mechanisms", EXPECTATIONS.toString(), "--reps", "3", "--seed", "2", "--threads", "2",
                "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("knock-out") && r.out().contains("verdict"), r.out());
        assertTrue(r.out().matches("(?s).*rent_weight +rent +weight +8 +\\d +\\d +(PASS|FAIL).*"), r.out());
        assertTrue(r.out().contains("isgs_disbands"), r.out());
        for (String f : List.of("summary.csv", "runs.csv", "events.csv", "drivers.csv", "knockouts.csv", "figures.csv",
                "manifest.json", "report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String> ko = Files.readAllLines(out.resolve("knockouts.csv"));
        assertEquals("knockout,force,kind,metric,expected,confidence,baseline_mean,diff_mean,diff_ci_low,diff_ci_high,"
                + "relative_change,p_adjusted,verdict", ko.get(0));
        assertEquals(1 + 63, ko.size(), "every expected move of the shipped file");
        assertTrue(ko.get(1).startsWith("rent_weight,rent,weight,switches,down,high,"), ko.get(1));
        for (String line : ko.subList(1, ko.size())) {
            assertTrue(line.matches(".*,(reproduced|too_small|not_significant|against)"), line);
        }
        List<String> fig = Files.readAllLines(out.resolve("figures.csv"));
        assertEquals("figure,measure,value,low,high,basis,verdict", fig.get(0));
        assertTrue(fig.stream().anyMatch(l -> l.startsWith("isgs_disbands,group_disbands,")), fig.toString());
        assertTrue(fig.stream().anyMatch(l -> l.startsWith("review_rates,,,,,definition,test")), fig.toString());

        Path again = tmp.resolve("again");
        CliResult s = CliResult.of("mechanisms", EXPECTATIONS.toString(), "--from", out.toString(), "--out", again.toString());
        assertEquals(0, s.code(), s.toString());
        assertEquals(Files.readString(out.resolve("knockouts.csv")), Files.readString(again.resolve("knockouts.csv")),
                "scoring the same folder again gives the same verdicts");
        assertEquals(Files.readString(out.resolve("figures.csv")), Files.readString(again.resolve("figures.csv")));
        assertTrue(Files.isRegularFile(again.resolve("manifest.json")));
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws Exception {
        Path out = tmp.resolve("never");
        CliResult none = CliResult.of("mechanisms", tmp.resolve("missing.yaml").toString(), "--out", out.toString());
        assertEquals(2, none.code(), none.toString());

        Files.copy(EXPECTATIONS.resolveSibling("knockouts.yaml"), tmp.resolve("knockouts.yaml"));
        Files.copy(EXPECTATIONS.resolveSibling("../baseline-2015.yaml").normalize(), tmp.resolve("baseline-2015.yaml"));
        String text = Files.readString(EXPECTATIONS).replace("        direction: down\n        confidence: high\n",
                "        direction: downward\n        confidence: high\n");
        Files.writeString(tmp.resolve("knockouts.yaml"), Files.readString(tmp.resolve("knockouts.yaml"))
                .replace("../baseline-2015.yaml", "baseline-2015.yaml"));
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, text);
        CliResult r = CliResult.of("mechanisms", bad.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(bad + ":42:20: knockouts.rent_weight.outcomes.switches.direction: 'downward' is not"
                + " allowed"), r.err());
        CliResult c = CliResult.of("check", bad.toString());
        assertEquals(2, c.code(), c.toString());

        CliResult from = CliResult.of("mechanisms", EXPECTATIONS.toString(), "--from", tmp.toString(), "--out", out.toString());
        assertEquals(2, from.code(), from.toString());
        assertTrue(from.err().contains("no summary.csv there"), from.err());
        CliResult both = CliResult.of("mechanisms", EXPECTATIONS.toString(), "--from", tmp.toString(), "--reps", "4");
        assertEquals(2, both.code(), both.toString());
        assertFalse(Files.exists(out), "nothing is written on bad input");
    }

    @Test
    void checkReadsAnExpectationsFile() {
        CliResult r = CliResult.of("check", EXPECTATIONS.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("OK: expectations of 9 knock-outs (63 expected moves) of experiment knockouts"), r.out());
    }
}
