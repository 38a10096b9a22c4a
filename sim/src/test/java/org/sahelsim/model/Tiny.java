package org.sahelsim.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sahelsim.record.Event;
import org.sahelsim.record.RunSink;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioLoader;

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
