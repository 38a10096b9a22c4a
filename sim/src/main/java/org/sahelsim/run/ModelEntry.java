package org.sahelsim.run;

import org.sahelsim.model.ModelRunner;
import org.sahelsim.record.RunSink;
import org.sahelsim.scenario.Scenario;

/**
 * How the runner calls the model: one replication of a scenario from a seed, streamed to a
 * sink. An interface rather than a direct call so tests can inject a model that fails or
 * emits known rows.
 */
@FunctionalInterface
public interface ModelEntry {
    /** Runs one replication; must be safe to call from several threads on different sinks. */
    void run(Scenario scenario, long seed, RunSink sink);

    /** The real model. */
    ModelEntry DEFAULT = ModelRunner::run;
}
