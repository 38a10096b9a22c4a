package org.sahelsim.gui;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.record.Event;
import org.sahelsim.record.RunSink;

/**
 * Keeps what a run shown in the window produced: every event and the metrics of every step.
 * The model writes from its thread, the window reads from the Swing thread.
 */
public final class GuiSink implements RunSink {
    private final List<Event> events = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();
    private final List<Integer> steps = new ArrayList<>();

    @Override
    public synchronized void metrics(int step, double[] values) {
        rows.add(values.clone());
        steps.add(step);
    }

    /** The metrics of a step, copied, or null when the run has not recorded it. */
    public synchronized double[] row(int step) {
        int i = steps.lastIndexOf(step);
        return i < 0 ? null : rows.get(i).clone();
    }

    @Override
    public synchronized void event(Event event) {
        events.add(event);
    }

    public synchronized int eventCount() {
        return events.size();
    }

    /** The events from index {@code from} on, copied. */
    public synchronized List<Event> eventsFrom(int from) {
        return new ArrayList<>(events.subList(Math.min(from, events.size()), events.size()));
    }

    /** The events of one month. */
    public synchronized List<Event> eventsOf(int step) {
        return new ArrayList<>(events.stream().filter(e -> e.step() == step).toList());
    }

    /** The metrics of the last recorded step, copied, or null. */
    public synchronized double[] lastRow() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1).clone();
    }

    /** A monthly count summed over the steps recorded so far (attacks on MINUSMA so far). */
    public synchronized double total(int metric) {
        return rows.stream().mapToDouble(r -> r[metric]).sum();
    }

    /** Events of the given type so far. */
    public synchronized int count(org.sahelsim.record.EventType type) {
        return (int) events.stream().filter(e -> e.type() == type).count();
    }
}
