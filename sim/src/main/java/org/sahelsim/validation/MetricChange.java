package org.sahelsim.validation;

import org.sahelsim.record.Fmt;
import org.sahelsim.record.MetricKind;
import org.sahelsim.record.Metrics;

/**
 * {@code metric_change: {metric: name, min_rise: d}}. Reproduced when the level metric at the
 * last step exceeds its value at step 0 by at least d (a negative d asks that it fall by at
 * most |d|): for example the spread of jihadist influence to central Mali after 2015.
 */
record MetricChange(String metric, double minRise) implements Measure {
    static final String NAME = "metric_change";

    MetricChange {
        int index = Metrics.indexOf(metric);
        if (index < 0 || Metrics.ALL.get(index).kind() == MetricKind.COUNT) {
            throw new IllegalArgumentException("not a level metric: " + metric);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome evaluate(RunLog run) {
        if (run.rows().isEmpty()) {
            throw new IllegalStateException("this run log holds no metric rows");
        }
        int index = Metrics.indexOf(metric);
        double first = run.rows().get(run.first())[index];
        double last = run.rows().get(run.last())[index];
        double rise = last - first;
        String text = metric + " from " + Fmt.num(first, 3) + " to " + Fmt.num(last, 3) + " (rise " + Fmt.num(rise, 3)
                + ", need at least " + Fmt.num(minRise, 3) + ")";
        return rise >= minRise ? Outcome.yes(text) : Outcome.no(text);
    }
}
