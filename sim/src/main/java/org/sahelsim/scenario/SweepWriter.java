package org.sahelsim.scenario;

import java.util.List;

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
        StringBuilder b = new StringBuilder();
        b.append("# The sweep as run by sahelsim sweep. Under 'scenario', the base scenario every design point\n");
        b.append("# starts from, with the sweep's set applied; each point sets the parameters below. This file is\n");
        b.append("# itself a sweep file: 'sahelsim sweep' reads it, and 'merge' and 'replay' rebuild points from it.\n");
        entry(b, "name", ScenarioWriter.text(s.name()));
        entry(b, "description", ScenarioWriter.text(s.description()));
        entry(b, "design", s.design().label());
        switch (s.design()) {
            case LHS:
                entry(b, "points", Integer.toString(s.points()));
                break;
            case ENSEMBLE:
                entry(b, "points", Integer.toString(s.points()));
                // absolute, so that merge and replay find it from the output folder
                entry(b, "ensemble", ScenarioWriter.text(s.ensemble().toAbsolutePath().normalize().toString()));
                break;
            case SOBOL:
                entry(b, "base_samples", Integer.toString(s.baseSamples()));
                break;
            case MORRIS:
                entry(b, "trajectories", Integer.toString(s.trajectories()));
                entry(b, "levels", Integer.toString(s.levels()));
                break;
            default:
                break;
        }
        entry(b, "replications", Integer.toString(s.replications()));
        entry(b, "seed", Long.toString(s.seed()));
        entry(b, "common_random_numbers", Boolean.toString(s.commonRandomNumbers()));
        entry(b, "series", s.series());
        b.append("metrics: ").append(list(s.metrics())).append('\n');
        // an ensemble design takes its parameters from the ensemble file's columns
        if (s.design() != Sweep.DesignKind.ENSEMBLE) {
            parameters(b, s);
        }
        if (s.baselinePoint() != null) {
            entry(b, "baseline_point", s.baselinePoint());
        }
        Sweep.Discovery d = s.discovery();
        if (d != null) {
            b.append("discovery: {metric: ").append(ScenarioWriter.text(d.metric())).append(", op: \"").append(d.op())
                    .append("\", threshold: ").append(ScenarioWriter.number(d.threshold())).append(", step: ")
                    .append(d.step()).append(", min_share: ").append(ScenarioWriter.number(d.minShare())).append("}\n");
        }
        b.append("scenario:\n");
        for (String line : ScenarioWriter.toYaml(s.scenario()).split("\n", -1)) {
            if (!line.isEmpty()) {
                b.append("  ").append(line).append('\n');
            }
        }
        return b.toString();
    }

    private static void entry(StringBuilder b, String key, String value) {
        b.append(key).append(": ").append(value).append('\n');
    }

    private static String list(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            b.append(i > 0 ? ", " : "").append(ScenarioWriter.text(items.get(i)));
        }
        return b.append(']').toString();
    }

    private static String number(double v, Sweep.NumberType type) {
        return type == Sweep.NumberType.INT ? Long.toString((long) v) : ScenarioWriter.number(v);
    }

    /** The swept parameters with their types and values. */
    private static void parameters(StringBuilder b, Sweep s) {
        b.append("parameters:\n");
        for (Sweep.Parameter p : s.parameters()) {
            b.append("  ").append(ScenarioWriter.text(p.path())).append(": {type: ").append(p.type().label());
            if (p.isList()) {
                StringBuilder v = new StringBuilder("[");
                for (int i = 0; i < p.values().size(); i++) {
                    v.append(i > 0 ? ", " : "").append(number(p.values().get(i), p.type()));
                }
                b.append(", values: ").append(v.append(']'));
            } else {
                b.append(", min: ").append(number(p.min(), p.type())).append(", max: ")
                        .append(number(p.max(), p.type()));
                if (!Double.isNaN(p.step())) {
                    b.append(", step: ").append(number(p.step(), p.type()));
                }
            }
            b.append("}\n");
        }
    }
}
