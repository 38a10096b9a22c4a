package org.sahelsim.validation;

import org.sahelsim.record.Fmt;
import org.sahelsim.record.MetricKind;
import org.sahelsim.record.Metrics;

/**
 * {@code metric_total: {metric: name, min: a, max: b}}. Reproduced when the count metric,
 * totalled over months 1 to M as in {@code runs.csv}, lies between a and b (both included):
 * the in-sample counts of the design brief (about five splits, one or two mergers).
 */
record MetricTotal(String metric, double min, double max) implements Measure {
    static final String NAME = "metric_total";

    MetricTotal {
        int index = Metrics.indexOf(metric);
        if (index < 0 || Metrics.ALL.get(index).kind() != MetricKind.COUNT) {
            throw new IllegalArgumentException("not a count metric: " + metric);
        }
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome evaluate(RunLog run) {
        double total = run.total(Metrics.indexOf(metric));
        String text = metric + " total " + Fmt.num(total, 2) + " (range " + Fmt.num(min, 2) + " to " + Fmt.num(max, 2) + ")";
        return total >= min && total <= max ? Outcome.yes(text) : Outcome.no(text);
    }
}
