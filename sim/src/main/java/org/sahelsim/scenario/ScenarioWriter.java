package org.sahelsim.scenario;

/** Writes a resolved {@link Scenario} as YAML that loads back to an equal scenario. */
public final class ScenarioWriter {
    private ScenarioWriter() {
    }

    public static String toYaml(Scenario scenario) {
        throw new UnsupportedOperationException("not yet written");
    }
}
