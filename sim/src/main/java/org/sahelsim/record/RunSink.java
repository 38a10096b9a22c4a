package org.sahelsim.record;

/**
 * Receives what one run produces, in order: the metrics of step 0, then for each month its
 * events followed by the metrics of that step. Implementations must not assume any thread.
 */
public interface RunSink {
    /** Metric values of a step, in the order of {@link Metrics#ALL}; the array is not kept by the caller. */
    void metrics(int step, double[] values);

    /** One event. */
    void event(Event event);

    /** A sink that drops everything. */
    RunSink NONE = new RunSink() {
        @Override
        public void metrics(int step, double[] values) {
        }

        @Override
        public void event(Event event) {
        }
    };
}
