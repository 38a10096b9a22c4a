package org.sahelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer first: a comparison's page opens with the variants ranked on the primary metric in
 * the direction the experiment declares, the best named with its effect as summary.csv gives it,
 * whether it is clearly ahead of the runner-up, and the forest plot beside it; without a
 * direction, no best is named; the settings show every setting of a lever the variant switches
 * on; provenance comes last.
 */
class AnswerTest {
    @TempDir
    static Path tmp;

    static Path folder;

    @BeforeAll
    static void build() throws Exception {
        folder = ReportFixtures.comparison(tmp.resolve("compare"), 6, 12);
    }

    /** The folder's page with {@code fields} added to the resolved experiment. */
    private static String page(String name, String fields) throws Exception {
        Path copy = tmp.resolve(name);
        if (!Files.exists(copy)) {
            Files.createDirectories(copy);
            try (var s = Files.list(folder)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    Files.copy(p, copy.resolve(p.getFileName()));
                }
            }
            Path resolved = copy.resolve("scenario.resolved.yaml");
            Files.writeString(resolved, Files.readString(resolved).replace("  name: test-levers\n",
                    "  name: test-levers\n" + fields));
        }
        Report.build(copy);
        return Files.readString(copy.resolve("report.html"), StandardCharsets.UTF_8);
    }

    @Test
    void lowerIsBetterRanksTheVariantFirstAndNamesItWithTheSummarysEffect() throws Exception {
        String html = page("lower", "  primary_metric: clashes\n  primary_metric_better: lower\n");
        int answer = html.indexOf("<section id=\"answer\"");
        assertTrue(answer > 0 && answer < html.indexOf("<section id=\"run\""), "the answer comes before the settings");
        assertTrue(html.indexOf("<section id=\"provenance\"") > html.indexOf("<section id=\"methods\""),
                "provenance comes after the details");
        assertTrue(html.contains("<strong>mobile_minusma</strong> does best (lower armed clashes is better"), html);
        // summary.csv: -1.248 [-1.664, -0.832] from a baseline mean of 10.4
        assertTrue(html.contains("lowers armed clashes by 12.0% [8.0%, 16.0%] against the baseline (10.4 to 9.15 on"
                + " average; Holm-adjusted p = 0.003)"), html);
        assertTrue(html.contains("Against the runner-up, baseline, the difference is"), html);
        String table = html.substring(answer, html.indexOf("</table>", answer));
        assertTrue(table.indexOf("mobile_minusma") < table.indexOf("<strong>baseline"), "ranked best first");
        assertTrue(table.contains("-12.0% [-16.0%, -8.0%]"), table);
        assertTrue(html.indexOf("id=\"forest\"") > answer && html.indexOf("id=\"trust\"") > answer
                && html.indexOf("id=\"trust\"") < html.indexOf("<section id=\"run\""),
                "the forest plot and how far to trust it are beside the answer");
        assertTrue(Files.isRegularFile(tmp.resolve("lower/charts/forest.png")));
    }

    @Test
    void higherIsBetterPutsTheBaselineFirstHere() throws Exception {
        String html = page("higher", "  primary_metric: clashes\n  primary_metric_better: higher\n");
        assertTrue(html.contains("No variant does better than the baseline on armed clashes (higher is better)"), html);
    }

    @Test
    void withoutADirectionNoBestIsNamed() throws Exception {
        String html = page("undirected", "  primary_metric: clashes\n");
        assertTrue(html.contains("does not say whether more or less armed clashes is better"), html);
        assertFalse(html.contains("</strong> does best"), "no best without a direction");
    }

    @Test
    void everyTwoVariantsArePairedByReplicationAndHolmAdjusted() throws Exception {
        page("pairs", "  primary_metric: clashes\n  primary_metric_better: lower\n");
        Answer a = Answer.of(FolderData.read(tmp.resolve("pairs")));
        assertNotNull(a);
        assertEquals(2, a.ranking().size());
        assertEquals(1, a.pairs().size());
        Answer.Pair p = a.pairs().get(0);
        assertEquals(6, p.diff().n(), "six replications paired");
        assertTrue(p.pAdjusted() >= p.diff().pValue());
        Answer.Pair back = a.pair(p.b(), p.a());
        assertEquals(-p.diff().mean(), back.diff().mean(), 1e-12);
    }

    @Test
    void aLeverSwitchedOnShowsEverySettingInEffectEvenOnesEqualToTheUnusedDefault() throws Exception {
        String html = page("lever", "");
        // strength is 1 on both sides, but only the variant uses it: the baseline's lever is off
        assertTrue(html.contains("<code>levers.minusma.strength</code>: 1.0 <span class=\"small\">(baseline: (lever off))"),
                html);
    }
}
