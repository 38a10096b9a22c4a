package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.model.Tiny;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.scenario.TimedInput;
import sim.util.Interval;

/** The lever panel of the inspector over the session: every setting, and changes recorded as timed inputs of the session. */
class LeverSettingsTest {
    @TempDir
    Path dir;

    private final AtomicInteger next = new AtomicInteger(1);
    private final List<String> problems = new ArrayList<>();
    private final List<TimedInput> changes = new ArrayList<>();

    private Session session() {
        return new Session(Tiny.shipped("baseline-2015.yaml", Map.of("months", "24")), null, 1);
    }

    private LeverSettings settings(Session s) {
        return new LeverSettings(s, new Texts(Locale.ENGLISH), next::get, problems::add, changes::add);
    }

    @Test
    void everyPropertyHasANameADescriptionAndARangeOrChoicesInBothLanguages() {
        for (Locale l : Texts.LANGUAGES) {
            Texts texts = new Texts(l);
            LeverPanel p = new LeverSettings(session(), texts, next::get, problems::add, changes::add).panel();
            for (int i = 0; i < p.numProperties(); i++) {
                String key = "lever." + p.path(i).replaceFirst("^levers\\.", "");
                assertTrue(texts.has(key) && texts.has(key + ".des"), l + ": translated name and description of " + key);
                assertEquals(texts.t(key), p.getName(i));
                assertTrue(p.getDescription(i).length() > 20, "plain-language description of " + key);
                assertTrue(p.isReadWrite(i));
                Class<?> t = p.getType(i);
                Object dom = p.getDomain(i);
                if (t == double.class) {
                    assertTrue(dom instanceof Interval, "slider range of " + key);
                } else if (t == int.class) {
                    assertTrue(dom instanceof String[] && ((String[]) dom).length >= 2, "chooser of " + key);
                    int c = (Integer) p.getValue(i);
                    assertTrue(c >= 0 && c < ((String[]) dom).length, key + " shows one of its choices");
                } else {
                    assertTrue(t == boolean.class || t == long.class && key.equals("lever.seed"), key + " is " + t);
                }
            }
        }
    }

    @Test
    void thePanelShowsTheSeedThenEachLeverWithItsMarkedValuesAndTheirRanges() {
        LeverPanel p = settings(session()).panel();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) {
            paths.add(p.path(i));
        }
        assertEquals(List.of("seed",
                "levers.minusma.enabled", "levers.minusma.strength", "levers.minusma.mobile_share",
                "levers.minusma.close_bases", "levers.minusma.civilian",
                "levers.sanctions.enabled", "levers.sanctions.targets", "levers.sanctions.enforcement",
                "levers.sanctions.spare_progovernment",
                "levers.integration.enabled", "levers.integration.groups", "levers.integration.coalition",
                "levers.integration.quota",
                "levers.accord.enabled", "levers.accord.pace", "levers.accord.funding",
                "levers.reconciliation.enabled", "levers.reconciliation.strength",
                "levers.mixed_patrols.enabled", "levers.mixed_patrols.strength",
                "levers.counter_terrorism.enabled", "levers.counter_terrorism.tempo",
                "levers.state_presence.enabled", "levers.state_presence.strength",
                "levers.clientelist_arming.enabled", "levers.clientelist_arming.budget",
                "levers.mediation.enabled", "levers.mediation.capacity"), paths);
        // the slider ranges of the hand-written bean this panel replaced
        Map<String, double[]> ranges = Map.ofEntries(Map.entry("levers.minusma.strength", new double[] {0, 1}),
                Map.entry("levers.minusma.mobile_share", new double[] {0, 1}),
                Map.entry("levers.minusma.civilian", new double[] {0, 5}),
                Map.entry("levers.sanctions.enforcement", new double[] {0, 1}),
                Map.entry("levers.integration.quota", new double[] {0, 500}),
                Map.entry("levers.accord.pace", new double[] {0, 10}),
                Map.entry("levers.accord.funding", new double[] {0, 10}),
                Map.entry("levers.reconciliation.strength", new double[] {0, 1}),
                Map.entry("levers.mixed_patrols.strength", new double[] {0, 5}),
                Map.entry("levers.counter_terrorism.tempo", new double[] {0, 10}),
                Map.entry("levers.state_presence.strength", new double[] {0, 1}),
                Map.entry("levers.clientelist_arming.budget", new double[] {0, 2000000}),
                Map.entry("levers.mediation.capacity", new double[] {0, 10}));
        for (Map.Entry<String, double[]> e : ranges.entrySet()) {
            Interval range = (Interval) p.getDomain(p.indexOf(e.getKey()));
            assertEquals(e.getValue()[0], range.getMin().doubleValue(), e.getKey());
            assertEquals(e.getValue()[1], range.getMax().doubleValue(), e.getKey());
        }
        set(p, "seed", 5L);
        assertEquals(5L, get(p, "seed"), "the seed of the next run");
    }

    private static void set(LeverPanel p, String path, Object value) {
        assertNotNull(p.setValue(p.indexOf(path), value), path);
    }

    private static Object get(LeverPanel p, String path) {
        return p.getValue(p.indexOf(path));
    }

    @Test
    void aChangeWhileMonthKIsShownIsRecordedForMonthKPlusOne() {
        Session s = session();
        LeverSettings b = settings(s);
        LeverPanel p = b.panel();
        next.set(5); // month 4 is shown
        set(p, "levers.sanctions.enforcement", 0.8);
        set(p, "levers.sanctions.enabled", true);
        assertEquals(List.of(), problems);
        assertEquals(1, s.recorded().size(), "two changes of one month merge");
        TimedInput t = s.recorded().get(0);
        assertEquals(5, t.at().step(s.base().start()));
        assertEquals("0.8", t.set().get("levers.sanctions.enforcement"));
        assertEquals("true", t.set().get("levers.sanctions.enabled"));
        assertEquals(true, get(p, "levers.sanctions.enabled"));
        assertEquals(0.8, get(p, "levers.sanctions.enforcement"));
        assertEquals(2, changes.size(), "the running model is told of each change");
    }

    @Test
    void aNewChangeForgetsTheChangesRecordedForLaterMonths() {
        Session s = session();
        LeverSettings b = settings(s);
        LeverPanel p = b.panel();
        next.set(10);
        set(p, "levers.accord.enabled", true);
        next.set(4);
        set(p, "levers.reconciliation.enabled", true);
        assertEquals(1, s.recorded().size());
        assertEquals(4, s.recorded().get(0).at().step(s.base().start()));
        next.set(10);
        assertEquals(false, get(p, "levers.accord.enabled"), "the month-10 change was forgotten");
        assertEquals(true, get(p, "levers.reconciliation.enabled"));
    }

    @Test
    void choosersSetTargetsGroupsAndBases() {
        Session s = session();
        LeverSettings b = settings(s);
        LeverPanel p = b.panel();
        next.set(3);
        String[] targets = (String[]) p.getDomain(p.indexOf("levers.sanctions.targets"));
        int gatia = java.util.Arrays.asList(targets).indexOf("GATIA");
        set(p, "levers.sanctions.targets", gatia);
        assertEquals(gatia, get(p, "levers.sanctions.targets"));
        assertEquals(List.of("GATIA"), s.leversAt(3).sanctions().targets());
        String[] bases = (String[]) p.getDomain(p.indexOf("levers.minusma.close_bases"));
        assertEquals("Tessalit and Ansongo", bases[1]);
        set(p, "levers.minusma.close_bases", 1);
        assertEquals(List.of("Tessalit", "Ansongo"), s.leversAt(3).minusma().closeBases());
        assertEquals(List.of(), problems);
    }

    @Test
    void triggerNowButtonsTurnLeversOnFromTheNextMonth() {
        Session s = session();
        LeverSettings b = settings(s);
        next.set(7);
        assertTrue(b.sanctionsNow());
        assertTrue(b.integrationNow());
        assertTrue(b.closeBasesNow());
        var l = s.leversAt(7);
        assertTrue(l.sanctions().enabled() && l.integration().enabled() && l.minusma().enabled());
        assertEquals(List.of("trafficking_ties", "spoiling"), l.sanctions().criteria());
        assertEquals(List.of("Tessalit", "Ansongo"), l.minusma().closeBases());
        assertFalse(s.leversAt(6).sanctions().enabled(), "not before month 7");
    }

    @Test
    void anImpossibleChangeIsRefusedInPlainWordsAndNotRecorded() {
        Session s = session();
        LeverSettings b = settings(s);
        LeverPanel p = b.panel();
        next.set(25); // the 24-month run is over
        set(p, "levers.sanctions.enabled", true);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("The run is over"), problems.get(0));
        assertTrue(s.recorded().isEmpty());
        next.set(3);
        b.change(Map.of("levers.minusma.close_bases", "[Kidal, Segou]"));
        assertEquals(2, problems.size());
        assertTrue(problems.get(1).contains("cannot close the base at Segou"), problems.get(1));
        assertTrue(s.recorded().isEmpty());
    }

    @Test
    void aSavedSessionLoadsBackAsTheSessionScenario() throws Exception {
        Session s = session();
        LeverSettings b = settings(s);
        LeverPanel p = b.panel();
        next.set(6);
        b.sanctionsNow();
        next.set(12);
        set(p, "levers.integration.quota", 300.0);
        Path file = dir.resolve("session.yaml");
        s.save(file);
        Scenario back = ScenarioLoader.load(file);
        assertEquals(s.scenario(), back);
        assertEquals(2, back.timedInputs().size());
        assertTrue(java.nio.file.Files.readString(file).contains("sahelsim run session.yaml --seed 1 --reps 1"));
    }
}
