package org.sahelsim.run;

import java.nio.file.Path;
import java.util.function.Function;
import org.sahelsim.scenario.Scenario;

/**
 * What {@code compare} calls once {@code runs.csv}, {@code timeseries.csv},
 * {@code events.csv}, {@code summary.csv} and the final {@code manifest.json} are written: the
 * builder of the charts and {@code report.html}, which the command line passes in
 * ({@code org.sahelsim.report.Report::build}), so that this package does not depend on the
 * report package, which is above it.
 */
@FunctionalInterface
public interface ReportHook {
    /**
     * Builds the report of an output folder.
     *
     * @param folder    the output folder of {@code compare}
     * @param scenarios the resolved scenario of each variant by name ({@code baseline} included);
     *                  null for a name that is not a variant
     */
    void build(Path folder, Function<String, Scenario> scenarios) throws Exception;

    /** Does nothing. */
    ReportHook NONE = (folder, scenarios) -> { };

    /** Whether a hook actually builds something (false for {@link #NONE}). */
    default boolean present() {
        return this != NONE;
    }
}
