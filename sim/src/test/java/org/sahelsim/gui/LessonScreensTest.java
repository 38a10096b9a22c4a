package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sahelsim.model.Tiny;
import org.sahelsim.testing.RequiresTool;

/**
 * The three lessons of TEACHING.md as a class sees them on a projector of 1280x800 (Xvfb with
 * openbox), in English and in French: what each lesson tells the instructor to point at with
 * seed 1 is on the screen at the month it names (the first split and who left, the recognitions
 * and mergers, the groups at months 12 and 30, the first clash and its route, 24 clashes in 24
 * months, Tabankort taken in month 8, the bases closed and the mobile units from month 6, the
 * figures of side by side at month 30), in the header, the narration or under the maps; marks
 * and type are large enough for the back of a room. Screenshots of every moment go to
 * {@code target/lesson-screens/<lang>/}. The figures are those TEACHING.md states for seed 1:
 * when the model changes, this test says which sentence of the lessons to measure again.
 */
@RequiresTool({"Xvfb", "openbox"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LessonScreensTest {
    /** The moments pictured in each language, by file name. */
    static final List<String> SHOTS = List.of("1-m00-network", "1-first-split", "1-m30-dividends", "1-m30-groups",
            "1-m30-integrated-groups", "2-m00-closeup", "2-first-clash", "2-m24-clashes", "2-m24-closeup",
            "2-m24-levers", "3-m00-closeup", "3-m07-map", "3-m30-sidebyside");
    static final List<String> LANGS = List.of("en", "fr");

    private Path out;
    private final Properties facts = new Properties();

    @BeforeAll
    void walkTheLessons() throws Exception {
        Path root = Tiny.root();
        out = root.resolve("sim/target/lesson-screens");
        XServers.deleteTree(out);
        Files.createDirectories(out);
        int display = XServers.freeDisplay(171);
        String d = ":" + display;
        List<Process> started = XServers.startWithWindowManager(display, "1280x800", out);
        try {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Djava.awt.headless=false", "-Xmx1g", "-cp",
                    System.getProperty("java.class.path"), LessonDriver.class.getName(), out.toString(),
                    root.resolve("scenarios/classroom").toString());
            pb.environment().put("DISPLAY", d);
            pb.redirectErrorStream(true).redirectOutput(out.resolve("driver.log").toFile());
            Process driver = pb.start();
            started.add(driver); // stopped with the X server if it does not end
            assertTrue(driver.waitFor(8, TimeUnit.MINUTES), "the lessons were walked in 8 minutes");
            assertEquals(0, driver.exitValue(), "the driver:\n" + Files.readString(out.resolve("driver.log")));
        } finally {
            XServers.stop(started);
        }
        try (Reader r = Files.newBufferedReader(out.resolve("lessons.properties"), StandardCharsets.UTF_8)) {
            facts.load(r);
        }
    }

    private String fact(String lang, String key) {
        String v = facts.getProperty(lang + "." + key);
        assertTrue(v != null, "no fact " + lang + "." + key);
        return v;
    }

    @Test
    void lessonOneShowsTheSignatoriesTheOnlySplitItsSeatAndTheGroupsAsTaught() {
        for (String l : LANGS) {
            assertEquals("CMA,Platform", fact(l, "1.signatories"), "thick rims: the two signatory coalitions");
            assertTrue(List.of(fact(l, "1.alone").split(",")).contains("CPA"), "CPA stands alone: " + fact(l, "1.alone"));
            // "its only split comes in month 3, inside the CMA: the HCUA's Kel Ansar bloc leaves"
            assertEquals("3:HCUA>HCUA-Kel_Ansar", fact(l, "1.splits"), l + ": the only split of seed 1");
            // "recognised the month after ... CPA ... is recognised in month 17"
            assertEquals("4:HCUA-Kel_Ansar,17:CPA", fact(l, "1.recognitions"), l);
            // "Ansar Dine absorbs the FLM in month 6", "the bloc rejoins the HCUA in month 16"
            assertEquals("6:AD<FLM,16:HCUA<HCUA-Kel_Ansar", fact(l, "1.merges"), l);
            // "seed 1: 15 at month 12, 14 at month 30"; "the effective number of groups goes from 6.5"
            assertEquals("15", fact(l, "1.groups.m12"), l);
            assertEquals("14", fact(l, "1.groups.m30"), l);
            assertEquals("6.5", fact(l, "1.effective.m0"), l);
            String[] div = fact(l, "1.dividends.m30").split(",");
            assertTrue(Double.parseDouble(div[0]) > Double.parseDouble(div[1])
                    && Double.parseDouble(div[1]) > Double.parseDouble(div[2]) && div[3].equals("0"),
                    "separatists paid most, then pro-government groups, then militias, jihadists nothing: "
                            + String.join(",", div));
            // the counts the class reads in the header
            assertTrue(fact(l, "1.counts.m30").startsWith("1,2,"), fact(l, "1.counts.m30"));
            // the split's sentence among the narration's first entries, on the first screen of it
            int at = Integer.parseInt(fact(l, "1.split.shown").split(":")[0]);
            assertTrue(at >= 0 && at < 6, l + ": the split's sentence is entry " + fact(l, "1.split.shown"));
        }
        assertTrue(fact("en", "1.counts.m30").contains("1 split · 2 mergers"), fact("en", "1.counts.m30"));
        assertTrue(fact("fr", "1.counts.m30").contains("1 scission · 2 fusions"), fact("fr", "1.counts.m30"));
    }

    @Test
    void lessonOnesIntegrationIsSaidPlainlyMarkedOnTheChartsAndComparedWithTheWorldWithoutIt() {
        assertEquals("From March 2016 the groups outside the accord are offered a place in it.",
                fact("en", "1.integrate.status"));
        assertTrue(fact("fr", "1.integrate.status").startsWith("À partir de mars 2016"), fact("fr", "1.integrate.status"));
        for (String l : LANGS) {
            assertEquals("1", fact(l, "1.integrated.marks"), l + ": one dashed mark, the month of the decision");
            assertEquals("31", fact(l, "1.integrated.shadow"), l + ": the faint world without it, months 0 to 30");
            // the class compares the counts with and without: same splits here, fewer clashes and captures
            assertFalse(fact(l, "1.integrated.counts.m30").split("\\|")[0].equals(fact(l, "1.counts.m30").split("\\|")[0]),
                    l + ": the decision changed this run");
        }
    }

    @Test
    void lessonTwoShowsTheFirstClashItsRouteTwentyFourClashesAndTabankortTaken() {
        for (String l : LANGS) {
            // "the first in month 2 (MNLA against MAA-PF on the road from Aguelhok to Tessalit)"
            assertEquals("2:MNLA/MAA-PF:Aguelhok-Tessalit", fact(l, "2.clash.first"), l);
            int at = Integer.parseInt(fact(l, "2.clash.shown").split(":")[0]);
            assertTrue(at >= 0 && at < 6, l + ": the clash's sentence is entry " + fact(l, "2.clash.shown"));
            // "With seed 1 there are 24 clashes in 24 months"
            assertTrue(fact(l, "2.counts.m24").startsWith("6,0,24,"), l + ": " + fact(l, "2.counts.m24"));
            String captures = fact(l, "2.captures");
            // "the MNLA takes the open border markets ... in the first three months"
            for (String c : List.of("1:MNLA<null@Anderamboukane", "1:MNLA<null@Chegga", "2:MNLA<null@Tinzaouaten",
                    "2:MNLA<null@Labbezanga", "3:MNLA<null@Fassala")) {
                assertTrue(captures.contains(c), l + ": " + c + " in " + captures);
            }
            // "in month 8 MAA-PF assaults Tabankort and takes the hub from the MNLA"
            assertTrue(captures.contains("8:MAA-PF<MNLA@Tabankort"), l + ": " + captures);
        }
        assertTrue(fact("en", "2.counts.m24").contains("24 clashes"), fact("en", "2.counts.m24"));
        assertTrue(fact("fr", "2.counts.m24").contains("24 affrontements"), fact("fr", "2.counts.m24"));
    }

    @Test
    void lessonThreeClosesTessalitAndAnsongoSendsMobileUnitsAndSideBySideShowsItsFigures() {
        for (String l : LANGS) {
            List<String> before = List.of(fact(l, "3.bases.m0").split(","));
            List<String> after = List.of(fact(l, "3.bases.m7").split(","));
            assertTrue(before.containsAll(List.of("Tessalit", "Ansongo")), before.toString());
            assertFalse(after.contains("Tessalit") || after.contains("Ansongo"), "from month 6 the tags go: " + after);
            assertFalse(fact(l, "3.mobile.m7").isEmpty(), "blue chevrons from month 6");
        }
        // "at month 30, jihadist influence is 34% in the north against 43% without the decision,
        // 8% in the centre against 16%, and MINUSMA suffers 38 attacks against 32": under the maps
        String left = fact("en", "3.sbs.left");
        String right = fact("en", "3.sbs.right");
        assertTrue(left.contains("north 43 %, centre 16 %") && left.contains("32 attacks on MINUSMA"), left);
        assertTrue(right.contains("north 34 %, centre 8 %") && right.contains("38 attacks on MINUSMA"), right);
        assertTrue(fact("fr", "3.sbs.left").contains("nord 43 %, centre 16 %")
                && fact("fr", "3.sbs.left").contains("32 attaques contre la MINUSMA"), fact("fr", "3.sbs.left"));
        assertTrue(fact("fr", "3.sbs.right").contains("nord 34 %, centre 8 %")
                && fact("fr", "3.sbs.right").contains("38 attaques contre la MINUSMA"), fact("fr", "3.sbs.right"));
    }

    @Test
    void theLessonsTitlesAreInTheWindowsLanguage() {
        assertTrue(fact("en", "1.title").endsWith("Lesson 1: dividends for signatories only"), fact("en", "1.title"));
        assertTrue(fact("fr", "2.title").endsWith("Leçon 2 : une guerre des routes"), fact("fr", "2.title"));
        assertTrue(fact("fr", "3.title").startsWith("SahelSim en classe"), fact("fr", "3.title"));
    }

    @Test
    void marksAndTypeAreLargeEnoughForTheBackOfARoomAtTwelveEightyByEightHundred() {
        for (String l : LANGS) {
            String[] tag = fact(l, "size.tag").split("x");
            assertTrue(Integer.parseInt(tag[0]) >= 24 && Integer.parseInt(tag[1]) >= 15, "UN tags " + fact(l, "size.tag"));
            assertTrue(Integer.parseInt(fact(l, "size.chevron")) >= 18, "mobile units " + fact(l, "size.chevron"));
            assertTrue(Integer.parseInt(fact(l, "size.font.smallest")) >= 14, "the smallest type");
            assertTrue(Integer.parseInt(fact(l, "size.font.narration")) >= 16, "the narration's type");
            double zoom = Double.parseDouble(fact(l, "size.closeup.scale")) / Double.parseDouble(fact(l, "size.map.scale"));
            assertTrue(zoom >= 2.5, "the close-up spreads the Tilemsi valley " + zoom + " times");
        }
    }

    @Test
    void everyMomentOfEveryLessonIsPicturedInBothLanguages() throws Exception {
        for (String l : LANGS) {
            for (String s : SHOTS) {
                Path png = out.resolve(l).resolve(s + ".png");
                assertTrue(Files.exists(png) && Files.size(png) > 30_000, png + " was written");
            }
        }
    }
}
