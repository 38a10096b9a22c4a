package org.sahelsim.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;

/**
 * {@code camp_fighting_over_hubs: {camp_a: [kinds], camp_b: [kinds], hubs: [places],
 * min_events: N}}. A fight over a hub is a {@code clash} on a route with a listed hub at
 * either end, or a {@code capture} of a listed hub. It counts when, at that moment, one side
 * is a member of a coalition led by camp A and the other of a coalition led by camp B (led:
 * more than half of its members are of the camp's kinds). Reproduced when there are at least
 * N such fights (timeline 2015-01: Tabankort fighting, GATIA and the Platform against the
 * CMA; 2015-04-27: the Platform takes Menaka).
 *
 * @param routeEnds ends of every route by id (from the bundled routes table)
 */
record CampFightingOverHubs(List<Kind> campA, List<Kind> campB, List<String> hubs, int minEvents,
                            Map<String, List<String>> routeEnds) implements Measure {
    static final String NAME = "camp_fighting_over_hubs";

    CampFightingOverHubs {
        campA = List.copyOf(campA);
        campB = List.copyOf(campB);
        hubs = List.copyOf(hubs);
        routeEnds = Map.copyOf(routeEnds);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The hub a clash or capture is about, or null when it is about none of the listed hubs. */
    private String hubOf(Event e) {
        String place = Text.detail(e.detail(), "place");
        if (e.type() == EventType.CAPTURE || place != null) {
            // a capture, or an assault on a town (a clash at a place)
            return place != null && hubs.contains(place) ? place : null;
        }
        String route = Text.detail(e.detail(), "route");
        List<String> ends = route == null ? null : routeEnds.get(route);
        if (ends == null) {
            return null;
        }
        for (String end : ends) {
            if (hubs.contains(end)) {
                return route;
            }
        }
        return null;
    }

    private boolean opposed(CoalitionReplay r, String x, String y) {
        String cx = r.coalitionOf(x);
        String cy = r.coalitionOf(y);
        if (cx == null || cy == null || cx.equals(cy)) {
            return false;
        }
        return r.ledBy(cx, campA) && r.ledBy(cy, campB) || r.ledBy(cx, campB) && r.ledBy(cy, campA);
    }

    @Override
    public Outcome evaluate(RunLog run) {
        CoalitionReplay r = new CoalitionReplay(run);
        List<String> fights = new ArrayList<>();
        for (Event e : run.events()) {
            r.apply(e);
            if ((e.type() != EventType.CLASH && e.type() != EventType.CAPTURE) || e.other() == null
                    || !run.inWindow(e.step())) {
                continue;
            }
            String hub = hubOf(e);
            if (hub != null && opposed(r, e.actor(), e.other())) {
                fights.add(e.type().label() + " " + e.actor() + "-" + e.other() + " " + hub + " " + run.date(e.step()));
            }
        }
        String text = fights.size() + " fight" + (fights.size() == 1 ? "" : "s") + " over hubs between "
                + Text.kinds(campA) + "-led and " + Text.kinds(campB) + "-led coalitions (need " + minEvents + ")"
                + (fights.isEmpty() ? "" : ": " + Text.some(fights, 3));
        return fights.size() >= minEvents ? Outcome.yes(text) : Outcome.no(text);
    }
}
