package org.sahelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.analysis.PairedStats;
import org.sahelsim.scenario.Scenario;

/** The report end to end on folders made by the real runner on the shipped baseline. */
class ReportTest {
    @TempDir
    static Path tmp;

    static Path compare;
    static Path plain;

    @BeforeAll
    static void build() throws Exception {
        compare = ReportFixtures.comparison(tmp.resolve("compare"), 6, 12);
        Scenario base = ReportFixtures.baseline(12);
        Scenario var = ReportFixtures.variant(base);
        Report.build(compare, v -> v.equals("baseline") ? base : v.equals(ReportFixtures.VARIANT) ? var : null);
        plain = ReportFixtures.plainRun(tmp.resolve("plain"), 5, 8);
        Report.build(plain);
    }

    private static String html(Path folder) throws Exception {
        return Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
    }

    private static List<String> charts(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder.resolve("charts"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Distinct colours in a grid of samples (every 3rd pixel), enough to tell a chart from a blank. */
    static int colours(BufferedImage img) {
        Set<Integer> c = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                c.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return c.size();
    }

    /** Share of sampled pixels that are not white. */
    static double inked(BufferedImage img) {
        int ink = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                n++;
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink / (double) n;
    }

    private static void assertDrawn(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img, png + " does not decode as an image");
        assertTrue(img.getWidth() >= 800 && img.getHeight() >= 300, png + " is too small: " + img.getWidth() + "x"
                + img.getHeight());
        int colours = colours(img);
        assertTrue(colours > 40, png + " has only " + colours + " colours: blank or nearly so");
        double ink = inked(img);
        assertTrue(ink > 0.02 && ink < 0.9, png + " has " + ink + " of its pixels inked");
    }

    @Test
    void compareFolderGetsAFanChartPerSummaryMetricTheDifferencesAndANetworkPerVariant() throws Exception {
        assertEquals(List.of("differences.png", "fan-armed_groups.png", "fan-clashes.png", "forest.png",
                "network-baseline.png", "network-" + ReportFixtures.VARIANT + ".png"), charts(compare));
        for (String f : charts(compare)) {
            assertDrawn(compare.resolve("charts").resolve(f));
        }
    }

    @Test
    void plainRunFolderGetsFanChartsOfTheDefaultMetricsAndANetworkButNoDifferences() throws Exception {
        List<String> expected = new java.util.ArrayList<>();
        for (String m : FolderData.DEFAULT_METRICS) {
            expected.add("fan-" + m + ".png");
        }
        expected.add("network-baseline.png");
        expected.sort(null);
        assertEquals(expected, charts(plain));
        for (String f : charts(plain)) {
            assertDrawn(plain.resolve("charts").resolve(f));
        }
        String h = html(plain);
        assertTrue(h.contains("Final values across replications"), "run tables");
        assertTrue(h.contains(HtmlPage.NOTICE));
        assertFalse(h.contains("Findings in plain words"), "no comparison without summary.csv");
        assertTrue(h.contains("baseline/r4"), "the runs and their seeds are listed");
    }

    @Test
    void finalsTableShowsTheMeanSdAndIntervalOfSummaryCsvsRule() throws Exception {
        FolderData data = FolderData.read(plain);
        for (String m : data.mainMetrics()) {
            int col = data.column(m);
            double[] v = data.runsOf("baseline").stream().mapToDouble(r -> r.finals()[col]).toArray();
            PairedStats.Describe d = PairedStats.describe(v);
            String cells = "<td class=\"num\">" + d.n() + "</td><td class=\"num\">" + Html.esc(Num.num(d.mean())
                    + " [" + Num.num(d.ciLow()) + ", " + Num.num(d.ciHigh()) + "]") + "</td><td class=\"num\">"
                    + Html.esc(Num.num(d.sd())) + "</td>";
            assertTrue(html(plain).contains(cells), m + ": " + cells);
        }
    }

    @Test
    void reportIsOneSelfContainedPageWithEveryChartEmbedded() throws Exception {
        for (Path folder : List.of(compare, plain)) {
            String h = html(folder);
            assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(h).find(),
                    "no external resource");
            assertFalse(h.toLowerCase().contains("<link"), "no external stylesheet");
            assertFalse(h.toLowerCase().contains("<script"), "no script");
            assertFalse(h.contains("@import"), "no imported css");
            Matcher m = Pattern.compile("<img src=\"([^\"]*)\"").matcher(h);
            int images = 0;
            while (m.find()) {
                images++;
                String src = m.group(1);
                assertTrue(src.startsWith("data:image/png;base64,"), "image not embedded: " + src.substring(0, 40));
                byte[] png = Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()));
                assertNotNull(ImageIO.read(new java.io.ByteArrayInputStream(png)), "embedded image decodes");
            }
            assertEquals(charts(folder).size(), images, "every chart is in the page");
        }
    }

    @Test
    void compareReportShowsTheNoticeTheVariantsWhatTheySetAndTheNumbersOfTheSummary() throws Exception {
        String h = html(compare);
        int notice = h.indexOf(HtmlPage.NOTICE);
        assertTrue(notice > 0 && notice < h.indexOf("What was run"), "the notice comes first");
        assertTrue(h.contains("test-levers"), "experiment name");
        assertTrue(h.contains(ReportFixtures.VARIANT));
        assertTrue(h.contains("levers.minusma.close_bases"), "what the variant sets");
        assertTrue(h.contains("[Tessalit, Ansongo]"));
        assertTrue(h.contains("A more mobile MINUSMA: Tessalit"), "the variant's description");
        // numbers of summary.csv, as the page formats them
        assertTrue(h.contains("10.4 [7.10, 13.7]"), "baseline mean and CI of clashes");
        assertTrue(h.contains("-1.25 [-1.66, -0.832]"), "difference and CI");
        assertTrue(h.contains("-12.0% [-16.0%, -8.0%]"), "relative change and its CI");
        assertTrue(h.contains("<td class=\"num\">0.003</td>"), "Holm-adjusted p");
        assertTrue(h.contains("< 0.001") || h.contains("&lt; 0.001"), "raw p");
        assertTrue(h.contains("-0.97"), "effect size");
        // provenance from the manifest
        assertTrue(h.contains("Master seed") && h.contains("Git commit") && h.contains("Command line"));
        assertTrue(h.contains("sahelsim compare test-levers.yaml"));
        assertTrue(h.contains("t.test(") && h.contains("ttest_rel"), "R and pandas snippets");
    }

    @Test
    void plainLanguageReadingNamesClearEffectsAndTheRest() throws Exception {
        String h = html(compare);
        assertTrue(h.contains(ReportFixtures.VARIANT + " lowers armed clashes <code class=\"col\">clashes</code> by 12.0%"
                + " [8.0%, 16.0%] (from 10.4 to 9.15 on average; paired t-test, Holm-adjusted p = 0.003, standardised"
                + " effect d_z = -0.97)."), "clear result as a sentence, the metric by its label");
        assertTrue(h.contains("No clear effect on armed groups <code class=\"col\">armed_groups</code> (+1.1% [-2.5%,"
                + " +4.6%], Holm-adjusted p = 0.82)."),
                "the others, with their numbers");
        assertTrue(h.contains("Holm") && h.contains("common random numbers") || h.contains("Common random numbers"),
                "methods");
    }

    @Test
    void networkChartsShowTheRepresentativeRunReRunExactly() throws Exception {
        String h = html(compare);
        assertTrue(h.contains("every re-run drawn here reproduced its row"), "re-runs match runs.csv");
        int w = h.indexOf("<div class=\"warn\">");
        assertTrue(w < 0, () -> "no warnings: " + h.substring(w, Math.min(h.length(), w + 400)));
    }

    @Test
    void textFromFilesIsEscaped() throws Exception {
        String h = html(compare);
        assertTrue(h.contains("a more mobile MINUSMA &lt;b&gt;against&lt;/b&gt; the baseline &amp; co"));
        assertFalse(h.contains("<b>against</b>"));
    }

    @Test
    void fanChartsSayWhenTheyAreDrawnFromASampleOfTheReplications() throws Exception {
        Path small = ReportFixtures.plainRun(tmp.resolve("sampled"), 5, 3);
        Report.build(small, null, 3);
        String h = html(small);
        assertTrue(h.contains("sampled: the first 3 of up to 5 replications per variant"), "caption says so");
        assertTrue(h.contains("drawn from their first 3 replications only"), "methods say so");
    }

    @Test
    void aReRunThatDoesNotReproduceItsRowIsFlaggedNotHidden() throws Exception {
        Path small = ReportFixtures.plainRun(tmp.resolve("mismatch"), 2, 3);
        Scenario longer = ReportFixtures.baseline(4);
        Report.build(small, v -> longer);
        String h = html(small);
        assertTrue(h.contains("<div class=\"warn\">The re-run of baseline/r"), "a warning at the top");
        assertTrue(h.contains("did not reproduce runs.csv"));
        assertTrue(Files.isRegularFile(small.resolve("charts/network-baseline.png")), "the chart is still drawn");
    }

    @Test
    void aVariantWithoutAScenarioGetsNoNetworkAndThePageSaysWhy() throws Exception {
        Path small = ReportFixtures.plainRun(tmp.resolve("noscenario"), 2, 3);
        Report.build(small, v -> null);
        assertFalse(Files.exists(small.resolve("charts/network-baseline.png")));
        assertTrue(html(small).contains("No network chart for baseline: no scenario is known for it."));
    }
}
