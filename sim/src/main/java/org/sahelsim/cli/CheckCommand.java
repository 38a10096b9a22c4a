package org.sahelsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sahelsim.robustness.RobustnessJob;
import org.sahelsim.scenario.Expectations;
import org.sahelsim.format.ExpectationsLoader;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.format.ExperimentLoader;
import org.sahelsim.scenario.Robustness;
import org.sahelsim.format.RobustnessLoader;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.format.SweepLoader;
import org.sahelsim.sweep.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code check FILE.yaml}: loads and checks a scenario or an experiment file (one with a
 * top-level {@code baseline} or {@code variants} key, including the resolved experiment of a
 * {@code compare} folder), says what is wrong; never writes.
 */
@Command(name = "check",
        header = "Check a scenario, experiment, sweep, robustness, expectations, patterns or calibration file and say what is wrong.",
        description = {"Checks a scenario, experiment, sweep, robustness, expectations, patterns or calibration file",
            "without running it: prints 'OK: ...'",
            "(exit 0) or what is wrong, with file, line, column and field (exit 2). An",
            "experiment file (a top-level 'baseline' or 'variants' key) is checked with its",
            "baseline and every variant's scenario; a sweep file (a top-level 'design' or",
            "'parameters' key) with its scenario and every design point's; a robustness file (a",
            "top-level 'experiment' key) with its experiment and every point's scenario for every",
            "variant; an expectations file (a top-level 'knockouts' key) with its experiment. Writes",
            "nothing."},
        footer = {"", "Examples:", "  sahelsim check scenarios/baseline-2015.yaml",
            "  sahelsim check scenarios/policy-levers.yaml", "  sahelsim check scenarios/sweeps/lhs-levers.yaml"})
final class CheckCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE.yaml", description = "The file to check.")
    Path file;

    /** Loads an expectations file with this version's metrics (its experiment as {@code compare} would). */
    static ExpectationsLoader.Loaded loadExpectations(Path file) throws ScenarioException {
        return ExpectationsLoader.load(file, CompareCommand.metricNames().subList(0, CompareCommand.MAIN_METRICS));
    }

    @Override
    public Integer call() throws Exception {
        Folders.checkReadable(file, "file");
        stdout().println("OK: " + check());
        return Main.OK;
    }

    /** The file checked as its kind says; what it holds, in one line. */
    private String check() throws Exception {
        if (ExpectationsLoader.isExpectations(file)) {
            ExpectationsLoader.Loaded l = loadExpectations(file);
            Expectations x = l.expectations();
            int outcomes = x.knockouts().values().stream().mapToInt(k -> k.outcomes().size()).sum();
            return "expectations of " + x.knockouts().size() + " knock-outs ("
                    + outcomes + " expected moves) of experiment " + l.experiment().name() + " ("
                    + l.experiment().replications() + " replications, seed " + l.experiment().seed() + "), and "
                    + x.figures().size() + " figures with their record ranges";
        }
        if (org.sahelsim.format.AbcSpecLoader.isAbc(file)) {
            org.sahelsim.validation.AbcCalibration.Setup a = CalibrateCommand.abcSetup(file, null);
            return "calibration " + a.spec().name() + " (" + a.spec().method() + ") over "
                    + a.prior().size() + " parameters against the " + a.fitted().size() + " patterns of "
                    + a.spec().period() + " of " + a.set().file() + ", " + a.settings().particles()
                    + " particles a round, at most " + a.settings().maxSimulations() + " simulations of "
                    + a.scenario().name() + " (" + a.scenario().months() + " months), seed "
                    + a.settings().seed();
        }
        if (RobustnessLoader.isRobustness(file)) {
            // its experiment, its design, and every point's scenario for every variant
            Robustness r = RobustnessCommand.load(file);
            SweepPlan design = new SweepPlan(r.sweep());
            try {
                RobustnessJob.checkPoints(r, design);
            } catch (SweepPlan.PointException e) {
                throw new BadInputException(file + ": " + e.getMessage());
            }
            Scenario b = r.experiment().baseline();
            int v = r.variantNames().size() - 1;
            int p = r.sweep().parameters().size();
            return "robustness " + r.name() + " of experiment " + r.experiment().name() + " (" + v
                    + " variant" + (v == 1 ? "" : "s") + ": "
                    + String.join(", ", r.variantNames().subList(1, v + 1)) + ") on " + r.metric() + " ("
                    + r.better().label() + " is better), " + r.sweep().design().label() + " design of "
                    + design.points() + " points over " + p + " parameter" + (p == 1 ? "" : "s") + ", "
                    + r.replications() + " replications each (" + RobustnessJob.runs(r, design.points())
                    + " runs with the nominal values), seed " + r.seed() + ", scenario " + b.name() + " ("
                    + b.months() + " months from " + b.start() + ")";
        }
        if (org.sahelsim.validation.PatternsLoader.isPatterns(file)) {
            org.sahelsim.validation.PatternSet set = org.sahelsim.validation.PatternsLoader.load(file);
            Scenario sc = ScenarioLoader.load(set.scenario());
            List<String> periods = set.patterns().stream().map(p -> p.period()).filter(p -> !p.isEmpty())
                    .distinct().toList();
            return "patterns file of " + set.patterns().size() + " patterns"
                    + (periods.isEmpty() ? "" : " (periods " + String.join(", ", periods) + ")") + " for scenario "
                    + sc.name() + " (" + sc.months() + " months from " + sc.start() + ")";
        }
        if (SweepLoader.isSweep(file)) {
            Sweep s = SweepCommand.load(file);
            // a calibration file: its patterns file and their period too, as calibrate checks them
            String patterns = s.patterns() == null ? "" : ", patterns: "
                    + CalibrateCommand.calibration(file, s).patterns().patterns().size() + " of " + s.patterns();
            SweepPlan plan = new SweepPlan(s);
            List<String> params = s.parameters().stream().map(Sweep.Parameter::path).toList();
            // every point's scenario, so a combination of values the scenario refuses shows before a sweep
            for (long i = 0; i < plan.points(); i++) {
                try {
                    plan.pointScenario(i);
                } catch (ScenarioException e) {
                    throw new BadInputException(file + ": design point " + plan.pointId(i) + " " + plan.valueTexts(i)
                            + " is not a valid scenario: " + e.getMessage());
                }
            }
            Scenario b = s.scenario();
            return "sweep " + s.name() + ", " + s.design().label() + " design of "
                    + plan.points() + " points over " + params.size() + " parameter" + (params.size() == 1 ? "" : "s")
                    + " (" + String.join(", ", params) + "), " + s.replications() + " replication"
                    + (s.replications() == 1 ? "" : "s") + " each (" + plan.runs() + " runs), seed " + s.seed()
                    + ", scenario " + b.name() + " (" + b.factions().size() + " factions, " + b.months()
                    + " months from " + b.start() + ")" + (s.discovery() == null ? ""
                    : ", discovery: " + s.discovery().describe()) + patterns;
        }
        switch (ExperimentLoader.kind(file)) {
            case EXPERIMENT: {
                Experiment e = CompareCommand.load(file);
                Scenario b = e.baseline();
                int n = e.variants().size() - 1;
                return "experiment " + e.name() + ", baseline " + b.name() + " ("
                        + b.factions().size() + " factions, " + b.months() + " months from " + b.start() + ") and " + n
                        + " variant" + (n == 1 ? "" : "s") + " (" + String.join(", ", e.variantNames().subList(1, n + 1))
                        + "), " + e.replications() + " replications each, seed " + e.seed() + ", metrics "
                        + String.join(", ", e.metrics()) + " (primary " + e.primaryMetric() + ")";
            }
            case RESOLVED_EXPERIMENT: {
                Map<String, Scenario> v = ExperimentLoader.readResolved(file);
                return "resolved experiment with " + v.size() + " variant" + (v.size() == 1 ? "" : "s") + " ("
                        + String.join(", ", v.keySet()) + "), each a valid scenario";
            }
            default: {
                Scenario s = ScenarioLoader.load(file);
                return s.name() + ", " + s.factions().size() + " factions, " + s.months() + " months from "
                        + s.start();
            }
        }
    }
}
