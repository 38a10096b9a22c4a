package org.sahelsim.tools;

import java.io.IOException;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;
import org.sahelsim.tools.ExperimentSchema;

/**
 * Writes {@code scenarios/experiment.schema.json} with the metric names of
 * {@link Metrics#ALL}: the scenario package, which knows the format, does not depend on the
 * recording code, so the names are passed from here. Run from the repository root:
 * {@code java -cp sim/target/sahelsim.jar org.sahelsim.tools.ExperimentSchemaFile [FILE]}.
 */
public final class ExperimentSchemaFile {
    private ExperimentSchemaFile() {
    }

    /** The schema text for the metrics of this version. */
    public static String generate() {
        return ExperimentSchema.generate(Metrics.ALL.stream().map(MetricDef::name).toList());
    }

    public static void main(String[] args) throws IOException {
        ExperimentSchema.write(Metrics.ALL.stream().map(MetricDef::name).toList(), args);
    }
}
