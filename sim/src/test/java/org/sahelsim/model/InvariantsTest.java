package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sahelsim.record.Event;
import org.sahelsim.record.Metrics;
import org.sahelsim.record.RunSink;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioLoader;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/** Invariants over many random seeds, decision details, common random numbers, shipped scenarios. */
class InvariantsTest {

    private static final Set<String> NON_FACTION_TARGETS = Set.of("MINUSMA", "FAMa", "MOC");

    /** Checks the world after every month. */
    private static void runChecked(Scenario s, long seed, Tiny.Keep keep) {
        SahelModel m = new SahelModel(s, seed, keep);
        m.start();
        for (int month = 1; month <= s.months(); month++) {
            m.stepMonth();
            World w = m.world();
            for (Faction f : w.factions) {
                assertTrue(f.fighters >= 0 && Double.isFinite(f.fighters), f.id + " fighters " + f.fighters);
                assertTrue(f.treasury >= 0 && Double.isFinite(f.treasury), f.id + " treasury " + f.treasury);
                assertTrue(f.cohesion >= 0 && f.cohesion <= 1, f.id + " cohesion " + f.cohesion);
                double shares = 0;
                for (Bloc b : f.blocs) {
                    assertTrue(b.share >= 0, f.id + " bloc share " + b.share);
                    assertTrue(b.grievance >= 0 && b.grievance <= 1, f.id + " grievance " + b.grievance);
                    shares += b.share;
                }
                assertEquals(1.0, shares, 1e-9, f.id + " bloc shares sum to one");
                for (double d : f.detached) {
                    assertTrue(d >= 0, f.id + " negative detachment");
                }
                if (f.coalition != null) {
                    assertTrue(f.coalition.alive && f.coalition.members.contains(f), f.id + " in a dead coalition");
                }
            }
            for (Coalition c : w.coalitions) {
                if (c.alive) {
                    for (Faction f : c.members) {
                        assertTrue(f.alive && f.coalition == c, c.name + " lists " + f.id);
                    }
                }
            }
            for (var r : w.regions) {
                assertTrue(r.influence >= 0 && r.influence <= 1, r.name + " influence " + r.influence);
                assertTrue(r.coverage >= 0 && r.coverage <= 1, r.name + " coverage " + r.coverage);
            }
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
            if (e.other() != null && e.type() != org.sahelsim.record.EventType.COMMUNAL_VIOLENCE) {
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

    @Test
    void decisionTermsAddUpToTheUtility() {
        Scenario base = Tiny.shipped("baseline-2015.yaml", Map.of());
        int checked = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Tiny.Keep keep = new Tiny.Keep();
            new SahelModel(base, seed, keep).runToEnd();
            for (Event e : keep.events) {
                if (!e.type().isDecision()) {
                    continue;
                }
                Map<String, String> kv = new java.util.LinkedHashMap<>();
                for (String part : e.detail().split(";")) {
                    String[] p = part.split("=", 2);
                    kv.put(p[0], p[1]);
                }
                for (String key : List.of("rent", "dividend", "pressure", "security", "affinity", "switch_cost", "utility", "p", "top")) {
                    assertTrue(kv.containsKey(key), "decision detail lacks " + key + ": " + e.detail());
                }
                double sum = 0;
                for (String t : List.of("rent", "dividend", "pressure", "security", "affinity", "switch_cost", "grievance")) {
                    if (kv.containsKey(t)) {
                        sum += Double.parseDouble(kv.get(t));
                    }
                }
                assertEquals(Double.parseDouble(kv.get("utility")), sum, 1e-3, "terms add up: " + e.detail());
                double p = Double.parseDouble(kv.get("p"));
                assertTrue(p > 0 && p <= 1, "probability in (0,1]: " + p);
                checked++;
            }
        }
        assertTrue(checked > 10, "enough decisions to check: " + checked);
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
