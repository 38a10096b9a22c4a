package org.sahelsim.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.scenario.Sweep;

/**
 * Writes a sweep as run, for {@code scenario.resolved.yaml} of a {@code sweep} folder: the
 * sweep's keys with the values actually used (replications, seed and series after the command
 * line, the discovery month filled in), every parameter with its type, and under
 * {@code scenario:} the base scenario in full ({@link ScenarioWriter}), its {@code set} already
 * applied. The text is itself a sweep file: {@link SweepLoader} reads it back to the same
 * sweep, so {@code merge} and {@code replay} rebuild every design point from the folder alone,
 * and {@code sahelsim sweep scenario.resolved.yaml} runs the sweep again. Numbers are written
 * so that they read back exactly. A {@code patterns} file is not written: it measures runs but
 * does not change them (the manifest of {@code calibrate} names it with its hash).
 */
public final class SweepWriter {
    private SweepWriter() {
    }

    /** The text of the resolved sweep. */
    public static String toYaml(Sweep s) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("name", s.name());
        top.put("description", s.description());
        top.put("design", s.design().label());
        switch (s.design()) {
            case LHS -> top.put("points", s.points());
            case ENSEMBLE -> {
                top.put("points", s.points());
                // absolute, so that merge and replay find it from the output folder
                top.put("ensemble", s.ensemble().toAbsolutePath().normalize().toString());
            }
            case SOBOL -> top.put("base_samples", s.baseSamples());
            case MORRIS -> {
                top.put("trajectories", s.trajectories());
                top.put("levels", s.levels());
            }
            default -> {
            }
        }
        top.put("replications", s.replications());
        top.put("seed", s.seed());
        top.put("common_random_numbers", s.commonRandomNumbers());
        top.put("series", s.series());
        // written only when not the default, so that a sweep's resolved file is what it was before these keys
        if (!s.compression().equals(Sweep.COMPRESSIONS.get(0))) {
            top.put("compression", s.compression());
        }
        if (!s.events()) {
            top.put("events", false);
        }
        top.put("metrics", s.metrics());
        // an ensemble design takes its parameters from the ensemble file's columns
        if (s.design() != Sweep.DesignKind.ENSEMBLE) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            for (Sweep.Parameter p : s.parameters()) {
                parameters.put(p.path(), new YamlWriter.Flow(parameter(p)));
            }
            top.put("parameters", parameters);
        }
        if (s.baselinePoint() != null) {
            top.put("baseline_point", s.baselinePoint());
        }
        Sweep.Discovery d = s.discovery();
        if (d != null) {
            Map<String, Object> discovery = new LinkedHashMap<>();
            discovery.put("metric", d.metric());
            discovery.put("op", d.op());
            discovery.put("threshold", d.threshold());
            discovery.put("step", d.step());
            discovery.put("min_share", d.minShare());
            top.put("discovery", new YamlWriter.Flow(discovery));
        }
        top.put("scenario", s.scenario());
        return YamlWriter.toYaml("# The sweep as run by sahelsim sweep. Under 'scenario', the base scenario every design point\n"
                + "# starts from, with the sweep's set applied; each point sets the parameters below. This file is\n"
                + "# itself a sweep file: 'sahelsim sweep' reads it, and 'merge' and 'replay' rebuild points from it.\n",
                top);
    }

    /** A swept parameter: its type and values, whole numbers for an int parameter. */
    private static Map<String, Object> parameter(Sweep.Parameter p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", p.type().label());
        if (p.isList()) {
            out.put("values", p.values().stream().map(v -> number(v, p.type())).toList());
        } else {
            out.put("min", number(p.min(), p.type()));
            out.put("max", number(p.max(), p.type()));
            if (!Double.isNaN(p.step())) {
                out.put("step", number(p.step(), p.type()));
            }
        }
        return out;
    }

    private static Object number(double v, Sweep.NumberType type) {
        return type == Sweep.NumberType.INT ? (Object) (long) v : (Object) v;
    }
}
