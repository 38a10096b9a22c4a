package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.Details;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.record.Metrics;
import org.sahelsim.record.RunSink;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;

/** Invariants over many random seeds, decision details, common random numbers, shipped scenarios. */
class InvariantsTest {

    private static final Set<String> NON_FACTION_TARGETS = Set.of("MINUSMA", "FAMa", "MOC");

    /** Checks the world after every month. */
    private static void runChecked(Scenario s, long seed, Tiny.Keep keep) {
        SahelModel m = new SahelModel(s, seed, keep);
        m.start();
        for (int month = 1; month <= s.months(); month++) {
            m.stepMonth();
            Tiny.assertSound(m.world());
        }
        Set<String> names = new HashSet<>();
        for (Faction f : m.world().allFactions) {
            names.add(f.id);
        }
        for (Coalition c : m.world().coalitions) {
            names.add(c.name);
        }
        for (Event e : keep.events) {
            assertTrue(names.contains(e.actor()) || e.actor().equals("FAMa"), "event names unknown actor: " + e);
            if (e.other() != null && e.type() != EventType.COMMUNAL_VIOLENCE) {
                // (the other side of an attack on civilians is a community, not a group)
                assertTrue(names.contains(e.other()) || NON_FACTION_TARGETS.contains(e.other()), "event names unknown other: " + e);
            }
        }
        for (double[] row : keep.rows) {
            assertTrue(row[Metrics.JIHADIST_FIGHTER_SHARE] >= 0 && row[Metrics.JIHADIST_FIGHTER_SHARE] <= 1);
            assertTrue(row[Metrics.LARGEST_BLOC_SHARE] >= 0 && row[Metrics.LARGEST_BLOC_SHARE] <= 1 + 1e-9);
            for (double v : row) {
                assertTrue(Double.isFinite(v), "metrics are finite");
            }
        }
    }

    @Test
    void noNegativeFightersOrMoneySharesSumToOneAndEventsNameExistingFactions() {
        Scenario base = Tiny.shipped("baseline-2015.yaml", Map.of());
        Scenario hist = Tiny.shipped("history-2012.yaml", Map.of());
        for (long seed = 1; seed <= 25; seed++) {
            runChecked(base, seed * 7919, new Tiny.Keep());
            runChecked(hist, seed * 104729, new Tiny.Keep());
        }
    }

    /**
     * The utilities a decision's rule compared (handed to the journal with its event) are the
     * sums of the terms its detail logs, within the log's rounding to four decimals: the chosen
     * option's is the logged utility, staying's the logged terms less their differences from
     * staying. Every event of a decision is handed over with them.
     */
    @Test
    void theUtilityEachDecisionUsedIsTheSumOfTheTermsItLogs() {
        Scenario base = Tiny.shipped("baseline-2015.yaml", Map.of());
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        int checked = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Tiny.Keep keep = new Tiny.Keep();
            SahelModel m = Tiny.started(base, seed, keep);
            List<Tiny.Decided> decided = Tiny.keepDecisions(m);
            for (int month = 1; month <= base.months(); month++) {
                m.stepMonth();
            }
            assertEquals(keep.events.stream().filter(e -> e.type().isDecision()).toList(),
                    decided.stream().map(Tiny.Decided::event).filter(e -> e.type().isDecision()).toList(),
                    "every decision's event comes with the utilities its rule used");
            for (Tiny.Decided d : decided) {
                Map<String, String> kv = Details.parse(d.event().detail());
                for (String key : List.of("rent", "dividend", "pressure", "security", "affinity", "switch_cost", "utility", "p", "top")) {
                    assertTrue(kv.containsKey(key), "decision detail lacks " + key + ": " + d.event().detail());
                }
                double sum = 0;
                double stay = 0;
                int n = 0;
                for (String t : List.of("rent", "dividend", "pressure", "security", "affinity", "switch_cost", "grievance")) {
                    if (kv.containsKey(t)) {
                        double term = Double.parseDouble(kv.get(t));
                        sum += term;
                        stay += term - Double.parseDouble(kv.get("d_" + t));
                        n++;
                    }
                }
                // each logged term and difference is rounded to four decimals
                double rounding = 0.5e-4;
                assertEquals(d.utility(), sum, n * rounding + 1e-9, "the utility used is the sum of the logged terms: " + d);
                assertEquals(d.utility(), Double.parseDouble(kv.get("utility")), n * rounding + 1e-9, "logged utility: " + d);
                assertEquals(d.stayUtility(), stay, 2 * n * rounding + 1e-9, "staying's utility used is the logged terms less their differences: " + d);
                if (kv.containsKey("stay_utility")) {
                    assertEquals(d.stayUtility(), Double.parseDouble(kv.get("stay_utility")), rounding + 1e-9, d.toString());
                }
                double p = Double.parseDouble(kv.get("p"));
                assertTrue(p > 0 && p <= 1, "probability in (0,1]: " + p);
                seen.add(d.event().type());
                checked++;
            }
        }
        assertTrue(checked > 10, "enough decisions to check: " + checked);
        assertTrue(seen.containsAll(List.of(EventType.JOIN, EventType.LEAVE, EventType.SPLIT)), "decisions of several rules: " + seen);
    }

    @Test
    void sameSeedGivesTheSameRun() {
        Scenario base = Tiny.shipped("baseline-2015.yaml", Map.of());
        Tiny.Keep a = new Tiny.Keep();
        Tiny.Keep b = new Tiny.Keep();
        new SahelModel(base, 42, a).runToEnd();
        new SahelModel(base, 42, b).runToEnd();
        assertEquals(a.events, b.events);
        for (int i = 0; i < a.rows.size(); i++) {
            assertTrue(java.util.Arrays.equals(a.rows.get(i), b.rows.get(i)), "row " + i);
        }
    }

    @Test
    void variantWhoseLeverStartsAtMonthTIsIdenticalToTheBaselineBeforeT() {
        Scenario base = Tiny.shipped("baseline-2015.yaml", Map.of());
        Scenario variant = Tiny.shipped("baseline-2015.yaml", Map.of("levers.sanctions.enabled", "true",
                "levers.sanctions.start", "12", "levers.sanctions.targets", "[MNLA, GATIA]",
                "levers.minusma.enabled", "true", "levers.minusma.start", "12", "levers.minusma.close_bases", "[Tessalit, Ansongo]"));
        int differAfter = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Tiny.Keep a = new Tiny.Keep();
            Tiny.Keep b = new Tiny.Keep();
            new SahelModel(base, seed, a).runToEnd();
            new SahelModel(variant, seed, b).runToEnd();
            for (int step = 0; step < 12; step++) {
                assertTrue(java.util.Arrays.equals(a.rows.get(step), b.rows.get(step)), "step " + step + " differs before the lever");
            }
            assertEquals(a.events.stream().filter(e -> e.step() < 12).toList(),
                    b.events.stream().filter(e -> e.step() < 12).toList());
            for (int step = 12; step < a.rows.size(); step++) {
                if (!java.util.Arrays.equals(a.rows.get(step), b.rows.get(step))) {
                    differAfter++;
                    break;
                }
            }
        }
        assertTrue(differAfter > 0, "the lever changes something after it starts");
    }

    @Test
    void everyShippedScenarioLoadsAndRunsAFewMonths() throws IOException {
        Path dir = Tiny.root().resolve("scenarios");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 2, "scenarios shipped: " + files);
        for (Path f : files) {
            Scenario s;
            try {
                s = ScenarioLoader.load(f);
            } catch (Exception e) {
                // experiment and sweep files are not scenarios: they are checked by their own commands
                boolean experiment = Files.readAllLines(f).stream().anyMatch(l -> l.startsWith("variants:"));
                if (f.getParent().getFileName().toString().equals("scenarios") && !experiment) {
                    fail(f + " does not load: " + e.getMessage());
                }
                continue;
            }
            Tiny.Keep keep = new Tiny.Keep();
            SahelModel m = Tiny.started(s, 1, keep);
            for (int i = 0; i < 3; i++) {
                m.stepMonth();
            }
            assertEquals(4, keep.rows.size(), f + " records steps 0..3");
        }
    }

    @Test
    void aRunDrawsNothingFromOutsideItsSeed() {
        Scenario base = Tiny.shipped("baseline-2015.yaml", Map.of("months", "12"));
        RunSink none = RunSink.NONE;
        new SahelModel(base, 1, none).runToEnd();
        Tiny.Keep a = new Tiny.Keep();
        new SahelModel(base, 99, a).runToEnd();
        Tiny.Keep b = new Tiny.Keep();
        new SahelModel(base, 99, b).runToEnd();
        assertEquals(a.events, b.events, "an earlier run of another seed does not leak into this one");
    }
}
