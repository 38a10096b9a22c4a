package org.sahelsim.run;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.sahelsim.record.Event;
import org.sahelsim.record.MetricKind;
import org.sahelsim.record.Metrics;
import org.sahelsim.record.RunSink;
import org.sahelsim.scenario.Scenario;

/**
 * Everything one run produces, held until the run's turn to be written comes: the metric rows
 * of the steps the series keeps, the events, and the run's final metrics for {@code runs.csv}
 * (counts totalled over months 1 to M, levels taken at the last step). Checks that the model
 * streams steps 0, 1, ..., M in order with one value per metric, and fails the run otherwise.
 * With further {@link RunMeasures} (calibrate), every step's row is kept until the run ends,
 * the measures are taken on the run's events and rows, and only their values are kept.
 * Used by one thread at a time (the run's own).
 */
public final class RunBuffer implements RunSink {
    private final RunKey key;
    private final YearMonth start;
    private final int months;
    private final Series series;
    private final int width;
    private final List<Integer> steps = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final double[] finals;
    private final Scenario scenario;
    private final RunMeasures measures;
    private List<double[]> allRows;
    private double[] measured = new double[0];
    private int lastStep = -1;

    /** A buffer for the run {@code key} of a scenario starting at {@code start} and lasting {@code months}. */
    public RunBuffer(RunKey key, YearMonth start, int months, Series series) {
        this(key, start, months, series, null, RunMeasures.NONE);
    }

    /** A buffer for the run {@code key} of {@code scenario} that also takes {@code measures} on the run. */
    public RunBuffer(RunKey key, Scenario scenario, Series series, RunMeasures measures) {
        this(key, scenario.start(), scenario.months(), series, scenario, measures);
    }

    private RunBuffer(RunKey key, YearMonth start, int months, Series series, Scenario scenario,
                      RunMeasures measures) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be >= 1, was " + months);
        }
        this.key = key;
        this.start = start;
        this.months = months;
        this.series = series;
        this.width = Metrics.count();
        this.finals = new double[width];
        this.scenario = scenario;
        this.measures = measures;
        this.allRows = measures.isEmpty() ? null : new ArrayList<>(months + 1);
    }

    @Override
    public void metrics(int step, double[] values) {
        if (step != lastStep + 1 || step > months) {
            throw new IllegalStateException("run " + key.runId() + ": metrics of step " + step + " came after step "
                    + lastStep + "; expected step " + (lastStep + 1) + " of 0.." + months);
        }
        if (values.length != width) {
            throw new IllegalStateException("run " + key.runId() + ": step " + step + " has " + values.length
                    + " metric values, expected " + width);
        }
        lastStep = step;
        for (int i = 0; i < width; i++) {
            if (Metrics.ALL.get(i).kind() == MetricKind.COUNT) {
                if (step > 0) {
                    finals[i] += values[i];
                }
            } else {
                finals[i] = values[i];
            }
        }
        double[] copy = null;
        if (series.includes(step, months)) {
            copy = values.clone();
            steps.add(step);
            rows.add(copy);
        }
        if (allRows != null) {
            allRows.add(copy != null ? copy : values.clone());
        }
    }

    @Override
    public void event(Event event) {
        if (event.step() < 0 || event.step() > months) {
            throw new IllegalStateException("run " + key.runId() + ": event at step " + event.step()
                    + " outside 0.." + months + ": " + event);
        }
        events.add(event);
    }

    private String[] rendered;
    /**
     * CPU time of the run's thread from taking the run to rendering its rows (set by
     * {@link Batch}; 0 where the JVM cannot measure it): what the time estimate of
     * {@code --dry-run} scales, as it does not change when other programs take the cores.
     */
    long cpuNanos;

    /**
     * Checks the run reached its last month and renders its CSV rows; called once the model
     * returns, on the worker's thread, so formatting runs in parallel and the single writer
     * only copies text.
     */
    public void finish() {
        if (lastStep != months) {
            throw new IllegalStateException("run " + key.runId() + " stopped at step " + lastStep + " of " + months);
        }
        if (allRows != null) {
            double[] m = measures.measure(scenario, Collections.unmodifiableList(events),
                    Collections.unmodifiableList(allRows));
            if (m.length != measures.names().size()) {
                throw new IllegalStateException("run " + key.runId() + ": " + m.length + " measured values for "
                        + measures.names().size() + " measures");
            }
            measured = m.clone();
            allRows = null;
        }
        rendered = ResultTables.render(this);
    }

    /** The rendered rows (runs, timeseries, events), or null before {@link #finish()}. */
    public String[] rendered() {
        return rendered;
    }

    public RunKey key() {
        return key;
    }

    /** Month of step 0; step k is dated start + k months. */
    public YearMonth start() {
        return start;
    }

    public int months() {
        return months;
    }

    /** Steps kept for the time series, in order. */
    public List<Integer> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** The metric values of the i-th kept step. */
    public double[] row(int i) {
        return rows.get(i).clone();
    }

    /** Events in the order the model emitted them. */
    public List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    /** The values of the further measures (empty without them), after {@link #finish()}. */
    public double[] measured() {
        return measured.clone();
    }

    /** Final metrics for {@code runs.csv}: counts totalled over months 1..M, levels at step M. */
    public double[] finals() {
        return Arrays.copyOf(finals, width);
    }
}
