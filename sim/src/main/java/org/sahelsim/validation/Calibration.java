package org.sahelsim.validation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVPrinter;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.Numbers;
import org.sahelsim.run.ResultTables;
import org.sahelsim.run.RunMeasures;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioWriter;
import org.sahelsim.sweep.SweepAnalysis;
import org.sahelsim.sweep.SweepJob;
import org.sahelsim.sweep.SweepPlan;

/**
 * Calibration of a scenario against the patterns of a patterns file with a sweep
 * ({@code calibrate}): every run of the sweep measures every pattern ({@link PatternMeasures},
 * 0/1 columns {@code pattern_<id>} of {@code runs.csv}); once the sweep is analysed, each design
 * point is scored and ranked, and the files below are written.
 *
 * <p>Rules, in plain words:
 * <ul>
 * <li>A point's share of a pattern is the share of its replications reproducing it (the mean
 * of the pattern's column over the point's runs, as in {@code summary.csv}).</li>
 * <li>A pattern passes at a point when its share meets the pattern's threshold, compared on
 * counts of replications as {@code validate} does ({@link Pattern#passes}).</li>
 * <li>{@code patterns_passed} counts the patterns that pass; {@code shortfall} is the sum over
 * the patterns that fail of threshold minus share (how far the point is from passing them
 * all).</li>
 * <li>Rank: most patterns passed first, then the smallest shortfall, then the point id (design
 * order), so ties are broken the same way every time.</li>
 * </ul>
 *
 * <p>Files: {@code calibration.csv}, one row per design point in rank order: {@code point},
 * one column per parameter (as {@code points.csv}), the share of each pattern
 * ({@code pattern_<id>}), {@code patterns_passed}, {@code shortfall}, {@code rank};
 * {@code best.yaml}, the scenario of the best point in full ({@link ScenarioWriter}), which
 * loads from any folder and which {@code validate --scenario} checks again.
 */
public final class Calibration implements SweepJob.Finisher {
    public static final String FILE = "calibration.csv";
    public static final String BEST = "best.yaml";
    public static final String SHORTFALL = "shortfall";
    public static final String RANK = "rank";

    private final PatternSet set;
    private final PatternMeasures measures;
    private List<Score> ranking;

    /**
     * One design point's score.
     *
     * @param point     the point's index in design order
     * @param id        its id ({@code p0012})
     * @param values    its parameter values as {@code points.csv} writes them
     * @param shares    each pattern's share of replications reproducing it, in file order
     * @param reproduced each pattern's count of replications reproducing it
     * @param passed    patterns whose share meets their threshold
     * @param shortfall sum of threshold minus share over the patterns that fail
     * @param rank      1 for the best point
     */
    public record Score(long point, String id, List<String> values, double[] shares, int[] reproduced, int passed,
                        double shortfall, int rank) {
    }

    public Calibration(PatternSet set) {
        this.set = set;
        this.measures = new PatternMeasures(set.patterns());
    }

    /** The measures every run takes: one 0/1 column per pattern. */
    public RunMeasures measures() {
        return measures;
    }

    public PatternSet patterns() {
        return set;
    }

    /** The points in rank order, once the sweep has finished (null before). */
    public List<Score> ranking() {
        return ranking;
    }

    /**
     * Why a scenario cannot be checked against the patterns, or null when it can: it must cover
     * the same months as the scenario the patterns file names ({@code reference}), since the
     * patterns are dated (the accord's signature, the in-sample counts).
     */
    public static String periodMismatch(PatternSet set, Scenario reference, Scenario scenario) {
        if (reference.start().equals(scenario.start()) && reference.months() == scenario.months()) {
            return null;
        }
        return "the patterns of " + set.file() + " describe " + reference.start() + " to "
                + reference.start().plusMonths(reference.months()) + " (" + reference.months() + " months of "
                + set.scenario() + "), but the scenario " + scenario.name() + " runs " + scenario.start() + " to "
                + scenario.start().plusMonths(scenario.months()) + " (" + scenario.months() + " months); calibrate"
                + " and validate the history scenario or a scenario over the same months";
    }

    @Override
    public void finish(Path folder, SweepPlan plan, SweepAnalysis.Result analysis, Manifest manifest)
            throws IOException {
        ranking = rank(set.patterns(), plan, analysis.measureMeans());
        write(folder.resolve(FILE), plan, ranking);
        Score best = ranking.get(0);
        Scenario scenario;
        try {
            scenario = plan.pointScenario(best.point());
        } catch (ScenarioException e) {
            // its runs were made from this very scenario, so it was built before
            throw new IllegalStateException("the scenario of point " + best.id() + " cannot be built again", e);
        }
        Files.writeString(folder.resolve(BEST), bestYaml(plan, best, scenario), StandardCharsets.UTF_8);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("file", FILE);
        c.put("best_scenario", BEST);
        c.put("best_point", best.id());
        c.put("patterns", set.patterns().size());
        c.put("patterns_passed", best.passed());
        c.put("shortfall", best.shortfall());
        c.put("rule", "rank by patterns_passed (share >= threshold, on counts of replications) descending, then"
                + " shortfall (sum of threshold - share over failing patterns) ascending, then point id");
        manifest.put("calibration", c);
    }

    /** Scores every point from its means of the pattern columns ({@code shares[pattern][point]}) and ranks them. */
    static List<Score> rank(List<Pattern> patterns, SweepPlan plan, double[][] shares) {
        int reps = plan.reps();
        List<Score> scores = new ArrayList<>();
        for (long point = 0; point < plan.points(); point++) {
            double[] s = new double[patterns.size()];
            int[] r = new int[patterns.size()];
            int passed = 0;
            double shortfall = 0;
            for (int i = 0; i < s.length; i++) {
                s[i] = shares[i][(int) point];
                r[i] = PatternMeasures.reproduced(s[i], reps);
                Pattern p = patterns.get(i);
                if (p.passes(r[i], reps)) {
                    passed++;
                } else {
                    shortfall += Math.max(0, p.threshold() - s[i]);
                }
            }
            scores.add(new Score(point, plan.pointId(point), plan.valueTexts(point), s, r, passed, shortfall, 0));
        }
        scores.sort(Comparator.comparingInt(Score::passed).reversed().thenComparingDouble(Score::shortfall)
                .thenComparingLong(Score::point));
        List<Score> ranked = new ArrayList<>(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            Score x = scores.get(i);
            ranked.add(new Score(x.point(), x.id(), x.values(), x.shares(), x.reproduced(), x.passed(), x.shortfall(),
                    i + 1));
        }
        return List.copyOf(ranked);
    }

    /** The columns of {@code calibration.csv}. */
    public static List<String> columns(SweepPlan plan, List<Pattern> patterns) {
        List<String> h = new ArrayList<>();
        h.add(SweepAnalysis.POINT_COLUMN);
        plan.ranges().forEach(r -> h.add(r.path()));
        patterns.forEach(p -> h.add(PatternMeasures.column(p)));
        h.addAll(List.of(PatternMeasures.PASSED, SHORTFALL, RANK));
        return h;
    }

    private void write(Path file, SweepPlan plan, List<Score> scores) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, ResultTables.FORMAT)) {
            p.printRecord(columns(plan, set.patterns()));
            for (Score s : scores) {
                List<String> row = new ArrayList<>();
                row.add(s.id());
                row.addAll(s.values());
                for (double v : s.shares()) {
                    row.add(Numbers.format(v));
                }
                row.add(Integer.toString(s.passed()));
                row.add(Numbers.format(s.shortfall()));
                row.add(Integer.toString(s.rank()));
                p.printRecord(row);
            }
        }
    }

    private String bestYaml(SweepPlan plan, Score best, Scenario scenario) {
        StringBuilder b = new StringBuilder();
        b.append("# The best design point of the calibration ").append(plan.sweep().name()).append(": ")
                .append(best.id()).append(", ").append(best.passed()).append(" of ").append(set.patterns().size())
                .append(" patterns passed, shortfall ").append(Numbers.format(best.shortfall())).append(" (")
                .append(plan.reps()).append(" replications).\n");
        for (int i = 0; i < plan.ranges().size(); i++) {
            b.append("#   ").append(plan.ranges().get(i).path()).append(" = ").append(best.values().get(i)).append('\n');
        }
        b.append("# The scenario ").append(scenario.name()).append(" in full with these values (it extends no file, so\n")
                .append("# it loads from any folder). Check it with: sahelsim validate --scenario best.yaml\n");
        b.append(ScenarioWriter.toYaml(scenario));
        return b.toString();
    }

    /** The validation table's rows for one point: each pattern's count over the point's replications. */
    public List<Validation.PatternResult> results(Score s, int reps) {
        return IntStream.range(0, set.patterns().size())
                .mapToObj(i -> new Validation.PatternResult(set.patterns().get(i), s.reproduced()[i], reps))
                .toList();
    }
}
