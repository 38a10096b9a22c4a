package org.sahelsim.model;

import org.sahelsim.record.RunSink;
import org.sahelsim.scenario.Scenario;

/** Runs one replication of a scenario from a seed to its last month, streaming to a sink. */
public final class ModelRunner {
    private ModelRunner() {
    }

    /** Runs one replication; metrics of step 0 first, then each month's events and metrics. */
    public static void run(Scenario scenario, long seed, RunSink sink) {
        new SahelModel(scenario, seed, sink).runToEnd();
    }
}
