package org.sahelsim.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;

/**
 * {@code towns_taken: {by: [kinds], from: [kinds], places: [towns], min_places: N}}. Reproduced
 * when groups of the {@code by} kinds capture at least N distinct towns of the list from a
 * holder of the {@code from} kinds ({@code capture} events: {@code actor} the new holder,
 * {@code other} the old one, {@code detail} the place). Source of the default use: the battle
 * of Gao, MUJAO expelling the MNLA (timeline 2012-06-26/28).
 */
record TownsTaken(List<Kind> by, List<Kind> from, List<String> places, int minPlaces) implements Measure {
    static final String NAME = "towns_taken";

    TownsTaken {
        by = List.copyOf(by);
        from = List.copyOf(from);
        places = List.copyOf(places);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome evaluate(RunLog run) {
        Map<String, String> taken = new LinkedHashMap<>();
        for (Event e : run.events()) {
            if (e.type() != EventType.CAPTURE || !run.inWindow(e.step()) || !by.contains(e.actorKind()) || e.otherKind() == null
                    || !from.contains(e.otherKind())) {
                continue;
            }
            String place = Text.detail(e.detail(), "place");
            if (place != null && places.contains(place) && !taken.containsKey(place)) {
                taken.put(place, place + " " + run.date(e.step()) + " (" + e.actor() + " from " + e.other() + ")");
            }
        }
        String what = Text.kinds(by) + " groups took " + taken.size() + " of " + places.size() + " towns from "
                + Text.kinds(from) + " holders (need " + minPlaces + ")";
        List<String> list = new ArrayList<>(taken.values());
        String text = list.isEmpty() ? what : what + ": " + String.join("; ", list);
        return taken.size() >= minPlaces ? Outcome.yes(text) : Outcome.no(text);
    }
}
