package org.sahelsim.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A calibration by approximate Bayesian computation ({@code calibrate FILE} with
 * {@code method: abc-smc}): the scenario run for every proposal, the patterns file and the
 * period of its patterns the runs are measured against, the uniform prior of each parameter,
 * and how the sequential Monte Carlo sampler runs (docs/VALIDATION.md section 13). Read by
 * {@code format.AbcSpecLoader}; the sampler is {@code analysis.AbcSmc}.
 *
 * @param name           the calibration's name, used in output folder names
 * @param description    what the calibration asks, in plain words
 * @param method         the method: {@code abc-smc}
 * @param scenario       the scenario run for every proposal, relative to this file
 * @param patterns       the patterns file, relative to this file
 * @param period         the {@code period} of the patterns fitted; the others are not calibrated on
 * @param particles      parameter sets kept in every round
 * @param maxSimulations the most simulations in all (a count, not a time, so that the posterior
 *                       does not depend on the machine's speed)
 * @param minAcceptance  the sampler stops when a round keeps fewer than this share of its proposals
 * @param maxRounds      the most rounds
 * @param seed           the master seed: every proposal and every run's seed derives from it
 * @param parameters     the prior: each parameter's dotted scenario path and its range, in file order
 */
public record AbcSpec(
        @Param(doc = "Name of the calibration, used in output folder names") String name,
        @Param(doc = "What the calibration asks, in plain words", def = "''") String description,
        @Param(doc = "Method: abc-smc, approximate Bayesian computation by sequential Monte Carlo") String method,
        @Param(doc = "Scenario run for every proposal, relative to this file") String scenario,
        @Param(doc = "Patterns file the runs are measured against, relative to this file") String patterns,
        @Param(doc = "Period of the patterns fitted (their 'period' field); the other periods are not calibrated on") String period,
        @Param(doc = "Parameter sets kept in every round", unit = "particles", min = 2, max = 100000, def = "1000") int particles,
        @Param(doc = "Most simulations in all, a count so that the result does not depend on the machine's speed", unit = "runs", min = 2, def = "480000") int maxSimulations,
        @Param(doc = "The sampler stops when a round keeps fewer than this share of its proposals", unit = "share", min = 0, max = 0.999, def = "0.01") double minAcceptance,
        @Param(doc = "Most rounds", min = 1, max = 1000, def = "30") int maxRounds,
        @Param(doc = "Master seed: every proposal and every run's seed derives from it", min = 0, def = "1") int seed,
        @Param(doc = "The prior: a uniform range for each parameter, by dotted scenario path", min = 1) Map<String, Range> parameters) {

    /** The methods a calibration file may name. */
    public static final List<String> METHODS = List.of("abc-smc");
    /** The top-level key that tells a calibration file of this kind from a sweep file. */
    public static final String MARKER = "method";

    public AbcSpec {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        if (maxSimulations < particles) {
            throw new IllegalArgumentException("max_simulations (" + maxSimulations + ") must be at least the particles ("
                    + particles + "): round 0 alone runs one simulation per particle");
        }
    }

    /**
     * A parameter's uniform prior.
     *
     * @param min its lowest value
     * @param max its highest value, above {@code min}
     */
    public record Range(
            @Param(doc = "Lowest value of the prior") double min,
            @Param(doc = "Highest value of the prior, above min") double max) {
        public Range {
            if (!(min < max)) {
                throw new IllegalArgumentException("min (" + min + ") must be below max (" + max + ")");
            }
        }
    }

    /** The scenario file, resolved against the folder of the calibration file. */
    public Path scenarioFile(Path file) {
        return resolve(file, scenario);
    }

    /** The patterns file, resolved against the folder of the calibration file. */
    public Path patternsFile(Path file) {
        return resolve(file, patterns);
    }

    private static Path resolve(Path file, String relative) {
        return file.resolveSibling(relative).normalize();
    }
}
