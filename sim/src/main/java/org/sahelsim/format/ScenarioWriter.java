package org.sahelsim.format;

import org.sahelsim.scenario.Scenario;

/**
 * Writes a resolved {@link Scenario} as YAML that loads back to an equal scenario: every
 * value written (defaults included), keys in snake_case in the records' component order, maps
 * in their own order, numbers written so that they read back exactly. Lists of plain values
 * are written in flow style ({@code [Kidal, Gao]}), everything else in block style.
 */
public final class ScenarioWriter {
    private ScenarioWriter() {
    }

    /** The YAML text of a resolved scenario ({@link YamlWriter}). */
    public static String toYaml(Scenario scenario) {
        return YamlWriter.toYaml("", scenario);
    }
}
