package org.sahelsim.scenario;

import java.util.Map;

/**
 * A resolved scenario kept as a YAML tree, from which copies with overrides are bound cheaply:
 * a sweep builds one scenario per design point, and reading the scenario's text again for
 * each (as {@link ScenarioLoader#withOverrides} does) costs several times more than copying
 * the tree. The result is the same scenario {@code withOverrides} gives: the tree is read
 * once from {@link ScenarioWriter}'s text, each call copies it, applies the overrides by the
 * rules of {@link Overrides} (a path must exist; shorter paths first, then alphabetically)
 * and binds and checks the copy as a scenario file. Safe to use from several threads: the
 * kept tree is only read.
 */
public final class ScenarioTemplate {
    private final YNode.Map tree;

    private ScenarioTemplate(YNode.Map tree) {
        this.tree = tree;
    }

    /** The template of a resolved scenario. */
    public static ScenarioTemplate of(Scenario scenario) throws ScenarioException {
        YNode root = YamlReader.readString(ScenarioWriter.toYaml(scenario), null);
        if (!(root instanceof YNode.Map)) {
            throw new IllegalStateException("the scenario writer wrote something other than a map");
        }
        return new ScenarioTemplate((YNode.Map) root);
    }

    /**
     * The scenario with {@code overrides} applied (dotted path to YAML text, as for
     * {@link ScenarioLoader#load(java.nio.file.Path, Map)}); errors name the override's path.
     */
    public Scenario with(Map<String, String> overrides) throws ScenarioException {
        YNode.Map copy = (YNode.Map) YNode.copy(tree);
        Overrides.apply(copy, overrides);
        return ScenarioLoader.bindTree(copy);
    }
}
