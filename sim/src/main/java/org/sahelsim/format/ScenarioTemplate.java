package org.sahelsim.format;

import java.util.Map;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;

/**
 * A resolved scenario from which copies with overrides are made, one per sweep point: the
 * overrides are set as typed edits of its records and the copy checked as a scenario file
 * ({@link ScenarioLoader#withOverrides}). Safe to use from several threads: the scenario is
 * immutable.
 */
public final class ScenarioTemplate {
    private final Scenario scenario;

    private ScenarioTemplate(Scenario scenario) {
        this.scenario = scenario;
    }

    /** The template of a resolved scenario. */
    public static ScenarioTemplate of(Scenario scenario) {
        return new ScenarioTemplate(scenario);
    }

    /**
     * The scenario with {@code overrides} applied (dotted path to YAML text, as for
     * {@link ScenarioLoader#load(java.nio.file.Path, Map)}); errors name the override's path.
     */
    public Scenario with(Map<String, String> overrides) throws ScenarioException {
        return ScenarioLoader.withOverrides(scenario, overrides);
    }
}
