package org.sahelsim.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelsim.validation.Logs.JIH;
import static org.sahelsim.validation.Logs.MIL;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;

/** Counting events of one type, where and between whom; splinters by the allegiance they take. */
class EventsOfTypeTest {

    private static Event communal(int step, String militia, String region) {
        return new Event(step, EventType.COMMUNAL_VIOLENCE, militia, MIL, "Fulani", null, region, "deaths=12");
    }

    @Test
    void communalViolenceInTheCentreIsCountedByRegionAndWindow() {
        RunLog log = Logs.history().event(communal(30, "Dogon-Mopti", "Mopti")).event(communal(31, "Dogon-Mopti", "Gao"))
                .build();
        Measure inCentre = new EventsOfType(EventType.COMMUNAL_VIOLENCE, List.of("Mopti", "Segou"), List.of(), List.of(),
                1, Integer.MAX_VALUE);
        assertTrue(inCentre.evaluate(log).reproduced(), inCentre.evaluate(log).explanation());
        assertTrue(inCentre.evaluate(log).explanation().startsWith("1 communal_violence event (need at least 1): Dogon-Mopti-Fulani 2014-07"),
                inCentre.evaluate(log).explanation());
        assertFalse(new Windowed(inCentre, YearMonth.of(2012, 1), YearMonth.of(2013, 12)).evaluate(log).reproduced());
        Measure twice = new EventsOfType(EventType.COMMUNAL_VIOLENCE, List.of(), List.of(MIL), List.of(), 2, 2);
        assertTrue(twice.evaluate(log).reproduced(), "two in all regions");
    }

    @Test
    void clashesBetweenJihadistGroupsAreCountedByTheKindsOfBothSides() {
        RunLog log = Logs.history().event(Logs.clash(20, "AQIM", JIH, "MUJAO", JIH, "Gao-Bourem"))
                .event(Logs.clash(21, "MNLA", Logs.SEP, "AQIM", JIH, "Gao-Bourem")).build();
        Measure infighting = new EventsOfType(EventType.CLASH, List.of(), List.of(JIH), List.of(JIH), 1, Integer.MAX_VALUE);
        assertTrue(infighting.evaluate(log).reproduced());
        assertTrue(infighting.evaluate(log).explanation().startsWith("1 clash event"), infighting.evaluate(log).explanation());
    }

    @Test
    void aSplinterIsCountedByTheAllegianceItTakes() {
        RunLog log = Logs.history().event(new Event(40, EventType.SPLIT, "MUJAO", JIH, "MUJAO-Arab", JIH, "Gao",
                "bloc=Arab;allegiance=is;parent_allegiance=aq")).build();
        assertTrue(new Splits(List.of(JIH), List.of(), List.of(JIH), 1, Integer.MAX_VALUE, "is").evaluate(log).reproduced());
        assertFalse(new Splits(List.of(JIH), List.of(), List.of(JIH), 1, Integer.MAX_VALUE, "aq").evaluate(log).reproduced());
    }
}
