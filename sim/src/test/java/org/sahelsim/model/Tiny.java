package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sahelsim.record.Event;
import org.sahelsim.record.RunSink;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;

/** Helpers for tests on small hand-built worlds and on the shipped scenarios. */
public final class Tiny {
    private Tiny() {
    }

    /** The repository root (the folder holding pom.xml and scenarios/). */
    public static Path root() {
        Path p = Path.of("").toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isDirectory(q.resolve("scenarios")) && Files.exists(q.resolve("pom.xml"))) {
                return q;
            }
        }
        throw new IllegalStateException("no repository root above " + p);
    }

    public static Scenario scenario(String yaml) {
        try {
            return ScenarioLoader.fromYamlString(yaml, Path.of("tiny.yaml"));
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static Scenario shipped(String name, Map<String, String> overrides) {
        try {
            return ScenarioLoader.load(root().resolve("scenarios").resolve(name), overrides);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A model set up (step 0 recorded) but not yet stepped. */
    public static SahelModel started(Scenario s, long seed, RunSink sink) {
        SahelModel m = new SahelModel(s, seed, sink);
        m.start();
        return m;
    }

    /** A journal that keeps the events logged to it in a list, and ignores deaths and desertions. */
    public static org.sahelsim.world.Journal journal(List<Event> events) {
        return new org.sahelsim.world.Journal() {
            @Override
            public void log(Event e) {
                events.add(e);
            }

            @Override
            public void fatalities(org.sahelsim.record.Metrics.Cause cause, double deaths) {
            }

            @Override
            public void desertions(double fighters) {
            }

            @Override
            public void civilians(double deaths) {
            }
        };
    }

    /**
     * Checks that a world is sound: fighters, money and detachments never negative, cohesion,
     * grievance, influence and coverage between 0 and 1, each faction's bloc shares summing to
     * one, coalitions and their members listing each other.
     */
    public static void assertSound(org.sahelsim.world.World w) {
        for (org.sahelsim.world.Faction f : w.factions) {
            assertTrue(f.fighters >= 0 && Double.isFinite(f.fighters), f.id + " fighters " + f.fighters);
            assertTrue(f.treasury >= 0 && Double.isFinite(f.treasury), f.id + " treasury " + f.treasury);
            assertTrue(f.cohesion >= 0 && f.cohesion <= 1, f.id + " cohesion " + f.cohesion);
            double shares = 0;
            for (org.sahelsim.world.Bloc b : f.blocs) {
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
        for (org.sahelsim.world.Coalition c : w.coalitions) {
            if (c.alive) {
                for (org.sahelsim.world.Faction f : c.members) {
                    assertTrue(f.alive && f.coalition == c, c.name + " lists " + f.id);
                }
            }
        }
        for (var r : w.regions) {
            assertTrue(r.influence >= 0 && r.influence <= 1, r.name + " influence " + r.influence);
            assertTrue(r.coverage >= 0 && r.coverage <= 1, r.name + " coverage " + r.coverage);
        }
    }

    /** A decision as its rule handed it to the journal: its event and the utilities the rule compared. */
    public record Decided(Event event, double utility, double stayUtility) {
    }

    /**
     * Puts in front of a started model's journal one that keeps every decision handed to it, with
     * the utilities its rule compared, and passes everything on; returns the list it keeps.
     */
    public static List<Decided> keepDecisions(SahelModel m) {
        org.sahelsim.world.Journal own = m.world().journal;
        List<Decided> decided = new ArrayList<>();
        m.world().journal = new org.sahelsim.world.Journal() {
            @Override
            public void log(Event e) {
                own.log(e);
            }

            @Override
            public void decision(Event e, double utility, double stayUtility) {
                decided.add(new Decided(e, utility, stayUtility));
                own.decision(e, utility, stayUtility);
            }

            @Override
            public void fatalities(org.sahelsim.record.Metrics.Cause cause, double deaths) {
                own.fatalities(cause, deaths);
            }

            @Override
            public void desertions(double fighters) {
                own.desertions(fighters);
            }

            @Override
            public void civilians(double deaths) {
                own.civilians(deaths);
            }
        };
        return decided;
    }

    /** A route of a world by its id. */
    public static org.sahelsim.world.Route route(org.sahelsim.world.World w, String id) {
        for (org.sahelsim.world.Route r : w.routes) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no route " + id);
    }

    /** A sink that keeps everything. */
    public static final class Keep implements RunSink {
        public final List<Event> events = new ArrayList<>();
        public final List<double[]> rows = new ArrayList<>();

        @Override
        public void metrics(int step, double[] values) {
            rows.add(values.clone());
        }

        @Override
        public void event(Event event) {
            events.add(event);
        }
    }
}
