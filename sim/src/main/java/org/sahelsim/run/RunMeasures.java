package org.sahelsim.run;

import java.util.List;
import org.sahelsim.record.Event;
import org.sahelsim.scenario.Scenario;

/**
 * Further numbers measured on each run of a sweep, written as extra columns of
 * {@code runs.csv} after the metrics and analysed as metrics (summary, sensitivity): for
 * {@code calibrate}, one 0/1 column per pattern of the patterns file. Defined here so that
 * the runner does not depend on who measures ({@code org.sahelsim.validation} implements it,
 * the command line wires it in). Measures may also say what they make of a design point's
 * means (for {@code calibrate}: how many patterns pass), which the sensitivity analysis then
 * treats as one more output.
 */
public interface RunMeasures {
    /** Column names, in order; none may be a metric's name or an identifying column. */
    List<String> names();

    /**
     * The values of one run, one per name: computed on the run's own thread once the model
     * returns, from its events (in the order emitted) and its metric rows of steps 0 to
     * {@code months} (index = step). Must not keep the lists.
     */
    double[] measure(Scenario scenario, List<Event> events, List<double[]> rows);

    /** Names of the outputs computed per design point from the means of {@link #names()}; none by default. */
    default List<String> pointNames() {
        return List.of();
    }

    /**
     * The per-point outputs ({@link #pointNames()}) from a point's mean of each measure over its
     * {@code reps} replications (in {@link #names()} order).
     */
    default double[] pointValues(double[] means, int reps) {
        return new double[0];
    }

    /** Whether there is anything to measure. */
    default boolean isEmpty() {
        return names().isEmpty();
    }

    /** No further measures: the runs of a plain sweep. */
    RunMeasures NONE = new RunMeasures() {
        @Override
        public List<String> names() {
            return List.of();
        }

        @Override
        public double[] measure(Scenario scenario, List<Event> events, List<double[]> rows) {
            return new double[0];
        }
    };
}
