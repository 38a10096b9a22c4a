package org.sahelsim.record;

/** Whether a metric counts events in a month (totalled over a run) or is a level (last value kept). */
public enum MetricKind {
    COUNT("count"), LEVEL("level");

    private final String label;

    MetricKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
