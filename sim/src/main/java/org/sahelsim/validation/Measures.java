package org.sahelsim.validation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sahelsim.data.Gazetteer;
import org.sahelsim.data.RouteInfo;
import org.sahelsim.domain.Kind;
import org.sahelsim.record.EventType;
import org.sahelsim.scenario.ScenarioException;

/** The measures a patterns file may name, each built from its parameters (checked, with positions). */
final class Measures {
    private Measures() {
    }

    @FunctionalInterface
    interface Factory {
        Measure create(Params p) throws ScenarioException;
    }

    /** Every measure by name, in the order the documentation lists them. */
    static final Map<String, Factory> ALL = new LinkedHashMap<>();

    static {
        ALL.put(PactFormsAndBreaks.NAME, p -> {
            List<Kind> kinds = p.kinds("kinds");
            int max = p.integer("max_months", 0);
            p.done();
            if (kinds.size() != 2) {
                throw p.error(p.node("kinds"), "kinds", "name the two kinds of the pact, e.g. [separatist, jihadist]");
            }
            return new PactFormsAndBreaks(kinds.get(0), kinds.get(1), max);
        });
        ALL.put(TownsTaken.NAME, p -> {
            List<Kind> by = p.kinds("by");
            List<Kind> from = p.kinds("from");
            List<String> places = p.places("places", false);
            int min = p.integer("min_places", 1);
            p.done();
            if (min > places.size()) {
                throw p.error(p.node("min_places"), "min_places", "asks for " + min + " towns of a list of "
                        + places.size());
            }
            return new TownsTaken(by, from, places, min);
        });
        ALL.put(SplitsByParentKind.NAME, p -> {
            List<Kind> kinds = p.kinds("kinds");
            int min = p.integer("min_each", 1);
            p.done();
            return new SplitsByParentKind(kinds, min);
        });
        ALL.put(RivalCoalitions.NAME, p -> {
            List<Kind> a = p.kinds("camp_a");
            List<Kind> b = p.kinds("camp_b");
            boolean signatory = p.bool("signatory", false);
            p.done();
            disjoint(p, a, b);
            return new RivalCoalitions(a, b, signatory);
        });
        ALL.put(CampFightingOverHubs.NAME, p -> {
            List<Kind> a = p.kinds("camp_a");
            List<Kind> b = p.kinds("camp_b");
            List<String> hubs = p.places("hubs", true);
            int min = p.integer("min_events", 1);
            p.done();
            disjoint(p, a, b);
            Map<String, List<String>> ends = Gazetteer.get().routes().stream()
                    .collect(Collectors.toMap(RouteInfo::id, r -> List.of(r.from(), r.to()), (x, y) -> y));
            return new CampFightingOverHubs(a, b, hubs, min, ends);
        });
        ALL.put(MergerBetweenKinds.NAME, p -> {
            List<Kind> absorber = p.kinds("absorber");
            List<Kind> absorbed = p.kinds("absorbed");
            int min = p.integer("min", 1);
            p.done();
            return new MergerBetweenKinds(absorber, absorbed, min);
        });
        ALL.put(MetricTotal.NAME, p -> {
            String metric = p.countMetric("metric");
            int min = p.integer("min", 0);
            int max = p.integer("max", 0);
            p.done();
            p.checkMax(min, max);
            return new MetricTotal(metric, min, max);
        });
        ALL.put(MetricChange.NAME, p -> {
            String metric = p.levelMetric("metric");
            double min = p.number("min_rise");
            p.done();
            return new MetricChange(metric, min);
        });
        ALL.put(SignatoryCoalitions.NAME, p -> {
            int min = p.integer("min", 0);
            int max = p.integer("max", 0);
            p.done();
            p.checkMax(min, max);
            return new SignatoryCoalitions(min, max);
        });
        ALL.put(Splits.NAME, p -> {
            List<Kind> parentKinds = p.kindsOrAll("parent_kinds");
            List<String> parents = p.idsOrNone("parents");
            List<Kind> childKinds = p.kindsOrAll("child_kinds");
            int[] count = p.countRange();
            String allegiance = p.has("child_allegiance") ? p.oneOf("child_allegiance", List.of("aq", "is")) : "";
            p.done();
            return new Splits(parentKinds, parents, childKinds, count[0], count[1], allegiance);
        });
        ALL.put(EventsOfType.NAME, p -> {
            List<String> labels = Arrays.stream(EventType.values()).map(EventType::label).toList();
            EventType type = EventType.values()[labels.indexOf(p.oneOf("type", labels))];
            List<String> regions = p.has("regions") ? p.regions("regions") : List.of();
            List<Kind> actorKinds = p.has("actor_kinds") ? p.kinds("actor_kinds") : List.of();
            List<Kind> otherKinds = p.has("other_kinds") ? p.kinds("other_kinds") : List.of();
            int[] count = p.countRange();
            p.done();
            return new EventsOfType(type, regions, actorKinds, otherKinds, count[0], count[1]);
        });
    }

    private static void disjoint(Params p, List<Kind> a, List<Kind> b) throws ScenarioException {
        List<Kind> both = a.stream().filter(b::contains).toList();
        if (!both.isEmpty()) {
            throw p.error(p.node("camp_b"), "camp_b", "the two camps share " + Text.kinds(both)
                    + "; a kind belongs to one camp only");
        }
    }
}
