package org.sahelsim.tools;

import java.io.IOException;
import org.sahelsim.sweep.SweepJob;
import org.sahelsim.tools.SweepSchema;

/**
 * Writes {@code scenarios/sweep.schema.json} with the metric names of this version (the
 * scenario package, which knows the format, does not depend on the recording code). Run from
 * the repository root: {@code java -cp sim/target/sahelsim.jar org.sahelsim.tools.SweepSchemaFile [FILE]}.
 */
public final class SweepSchemaFile {
    private SweepSchemaFile() {
    }

    /** The schema text for the metrics of this version. */
    public static String generate() {
        return SweepSchema.generate(SweepJob.metricNames());
    }

    public static void main(String[] args) throws IOException {
        SweepSchema.write(SweepJob.metricNames(), args);
    }
}
