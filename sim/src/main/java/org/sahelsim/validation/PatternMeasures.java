package org.sahelsim.validation;

import java.util.List;
import java.util.stream.IntStream;
import org.sahelsim.record.Event;
import org.sahelsim.run.RunMeasures;
import org.sahelsim.scenario.Scenario;

/**
 * The patterns of a patterns file as further measures of a sweep's runs ({@code calibrate}):
 * column {@code pattern_<id>} is 1 when the run reproduces the pattern and 0 otherwise,
 * measured exactly as {@code validate} measures it ({@link Validation#measure} on the run's
 * {@link RunLog}), so a design point's mean of the column is the share {@code validate} reports
 * for the same scenario and seeds. Per design point, {@value #PASSED} counts the patterns whose
 * share meets their threshold ({@link Pattern#passes}, on counts of replications).
 */
public final class PatternMeasures implements RunMeasures {
    /** Prefix of the pattern columns of {@code runs.csv}. */
    public static final String PREFIX = "pattern_";
    /** The per-point output: how many patterns pass. */
    public static final String PASSED = "patterns_passed";

    private final List<Pattern> patterns;
    private final List<String> names;

    public PatternMeasures(List<Pattern> patterns) {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("no patterns to measure");
        }
        this.patterns = List.copyOf(patterns);
        this.names = patterns.stream().map(PatternMeasures::column).toList();
    }

    /** The column of a pattern: {@code pattern_<id>}. */
    public static String column(Pattern p) {
        return PREFIX + p.id();
    }

    public List<Pattern> patterns() {
        return patterns;
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public double[] measure(Scenario scenario, List<Event> events, List<double[]> rows) {
        List<Outcome> out = Validation.measure(patterns, RunLog.of(scenario, events, rows));
        return out.stream().mapToDouble(o -> o.reproduced() ? 1 : 0).toArray();
    }

    @Override
    public List<String> pointNames() {
        return List.of(PASSED);
    }

    @Override
    public double[] pointValues(double[] means, int reps) {
        return new double[] {passed(means, reps)};
    }

    /** How many patterns meet their threshold, given each one's share over {@code reps} replications. */
    int passed(double[] shares, int reps) {
        return (int) IntStream.range(0, patterns.size())
                .filter(i -> patterns.get(i).passes(reproduced(shares[i], reps), reps)).count();
    }

    /** The count of replications behind a share (shares are counts over reps, so this is exact). */
    static int reproduced(double share, int reps) {
        return (int) Math.round(share * reps);
    }
}
