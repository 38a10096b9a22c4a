package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
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
import org.sahelsim.scenario.ScenarioLoader;
import org.sahelsim.scenario.TimedInput;
import sim.util.Interval;

/** The lever bean of the inspector: every setting, and changes recorded as timed inputs of the session. */
class LeverSettingsTest {
    @TempDir
    Path dir;

    private final AtomicInteger next = new AtomicInteger(1);
    private final List<String> problems = new ArrayList<>();
    private final List<TimedInput> changes = new ArrayList<>();

    private Session session() {
        return new Session(Tiny.shipped("baseline-2015.yaml", Map.of("months", "24")), null, 1);
    }

    private LeverSettings bean(Session s) {
        return new LeverSettings(s, new Texts(Locale.ENGLISH), next::get, problems::add, changes::add);
    }

    @Test
    void everyPropertyHasGetterSetterDescriptionAndRangeOrChoices() throws Exception {
        LeverSettings b = bean(session());
        for (String p : LeverSettings.PROPERTIES) {
            Method get = find(b, "get" + p);
            assertNotNull(get, "get" + p);
            assertNotNull(find(b, "set" + p), "set" + p);
            Object des = find(b, "des" + p).invoke(b);
            assertTrue(des instanceof String && ((String) des).length() > 20, "plain-language description of " + p);
            Class<?> t = get.getReturnType();
            if (t == double.class) {
                assertTrue(find(b, "dom" + p).invoke(b) instanceof Interval, "slider range of " + p);
            } else if (t == int.class) {
                Object dom = find(b, "dom" + p).invoke(b);
                assertTrue(dom instanceof String[] && ((String[]) dom).length >= 2, "chooser of " + p);
                int i = (Integer) get.invoke(b);
                assertTrue(i >= 0 && i < ((String[]) dom).length, p + " shows one of its choices");
            }
        }
        new LeverProperties(b, new Texts(Locale.FRENCH)); // every property found, named in French
    }

    private static Method find(Object o, String name) {
        for (Method m : o.getClass().getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        return null;
    }

    @Test
    void aChangeWhileMonthKIsShownIsRecordedForMonthKPlusOne() {
        Session s = session();
        LeverSettings b = bean(s);
        next.set(5); // month 4 is shown
        b.setSanctionsEnforcement(0.8);
        b.setSanctionsEnabled(true);
        assertEquals(List.of(), problems);
        assertEquals(1, s.recorded().size(), "two changes of one month merge");
        TimedInput t = s.recorded().get(0);
        assertEquals(5, t.at().step(s.base().start()));
        assertEquals("0.8", t.set().get("levers.sanctions.enforcement"));
        assertEquals("true", t.set().get("levers.sanctions.enabled"));
        assertTrue(b.getSanctionsEnabled());
        assertEquals(0.8, b.getSanctionsEnforcement());
        assertEquals(2, changes.size(), "the running model is told of each change");
    }

    @Test
    void aNewChangeForgetsTheChangesRecordedForLaterMonths() {
        Session s = session();
        LeverSettings b = bean(s);
        next.set(10);
        b.setAccordEnabled(true);
        next.set(4);
        b.setForumsEnabled(true);
        assertEquals(1, s.recorded().size());
        assertEquals(4, s.recorded().get(0).at().step(s.base().start()));
        next.set(10);
        assertFalse(b.getAccordEnabled(), "the month-10 change was forgotten");
        assertTrue(b.getForumsEnabled());
    }

    @Test
    void choosersSetTargetsGroupsAndBases() {
        Session s = session();
        LeverSettings b = bean(s);
        next.set(3);
        String[] targets = (String[]) b.domSanctionsTargets();
        int gatia = java.util.Arrays.asList(targets).indexOf("GATIA");
        b.setSanctionsTargets(gatia);
        assertEquals(gatia, b.getSanctionsTargets());
        assertEquals(List.of("GATIA"), s.leversAt(3).sanctions().targets());
        String[] bases = (String[]) b.domMinusmaClosedBases();
        assertEquals("Tessalit and Ansongo", bases[1]);
        b.setMinusmaClosedBases(1);
        assertEquals(List.of("Tessalit", "Ansongo"), s.leversAt(3).minusma().closeBases());
        assertEquals(List.of(), problems);
    }

    @Test
    void triggerNowButtonsTurnLeversOnFromTheNextMonth() {
        Session s = session();
        LeverSettings b = bean(s);
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
        LeverSettings b = bean(s);
        next.set(25); // the 24-month run is over
        b.setSanctionsEnabled(true);
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
        LeverSettings b = bean(s);
        next.set(6);
        b.sanctionsNow();
        next.set(12);
        b.setIntegrationQuota(300);
        Path file = dir.resolve("session.yaml");
        s.save(file);
        Scenario back = ScenarioLoader.load(file);
        assertEquals(s.scenario(), back);
        assertEquals(2, back.timedInputs().size());
        assertTrue(java.nio.file.Files.readString(file).contains("sahelsim run session.yaml --seed 1 --reps 1"));
    }
}
