package org.sahelsim.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sahelsim.analysis.AbcSmc;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.RunKey;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;

/**
 * The distance of a parameter set to a history, for approximate Bayesian calibration
 * ({@link AbcSmc}): the scenario with the parameter set's values (by dotted path) is run once
 * with the given seed, and the distance is the number of the patterns the run does not
 * reproduce, each measured exactly as {@code validate} measures it. A run reproducing the whole
 * history is at distance 0 (docs/VALIDATION.md section 13: with an exact match, the accepted
 * sets are drawn from the posterior given the history).
 */
public final class HistoryDistance implements AbcSmc.Simulator {
    private final Scenario base;
    private final List<Pattern> patterns;
    private final List<String> paths;
    private final ModelEntry model;

    /**
     * @param base     the scenario whose values the parameter sets replace
     * @param patterns the patterns of the history (at least one)
     * @param paths    the dotted scenario path of each parameter, in the order of a parameter set
     * @param model    the model to run
     */
    public HistoryDistance(Scenario base, List<Pattern> patterns, List<String> paths, ModelEntry model) {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("a history needs at least one pattern");
        }
        if (paths.isEmpty() || new TreeSet<>(paths).size() != paths.size()) {
            throw new IllegalArgumentException("parameter paths must be given once each, were " + paths);
        }
        this.base = base;
        this.patterns = List.copyOf(patterns);
        this.paths = List.copyOf(paths);
        this.model = model;
    }

    /** The patterns of a file that belong to a period (as its {@code period} field names it); fails naming the periods there are. */
    public static List<Pattern> ofPeriod(PatternSet set, String period) {
        List<Pattern> out = new ArrayList<>();
        TreeSet<String> periods = new TreeSet<>();
        for (Pattern p : set.patterns()) {
            periods.add(String.valueOf(p.period()));
            if (period.equals(p.period())) {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(set.file() + " has no pattern of period " + period + "; its periods: "
                    + periods);
        }
        return out;
    }

    /** The scenario of a parameter set: the base with each value set at its path (errors name the path). */
    public Scenario scenario(double[] theta) throws ScenarioException {
        if (theta.length != paths.size()) {
            throw new IllegalArgumentException("a parameter set of " + paths.size() + " values was expected, got "
                    + theta.length);
        }
        Map<String, String> set = new LinkedHashMap<>();
        for (int i = 0; i < theta.length; i++) {
            set.put(paths.get(i), Double.toString(theta[i]));
        }
        return ScenarioLoader.withOverrides(base, set);
    }

    @Override
    public int distance(double[] theta, long seed) throws ScenarioException {
        Scenario s = scenario(theta);
        Validation.RunOutcome o = Validation.one(patterns, s, new RunKey("abc", 0, seed), model);
        return (int) o.outcomes().stream().filter(x -> !x.reproduced()).count();
    }
}
