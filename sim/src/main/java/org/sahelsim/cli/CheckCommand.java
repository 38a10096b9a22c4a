package org.sahelsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sahelsim.run.SweepPlan;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.scenario.ExperimentLoader;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.ScenarioLoader;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.scenario.SweepLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check FILE.yaml}: loads and checks a scenario or an experiment file (one with a
 * top-level {@code baseline} or {@code variants} key, including the resolved experiment of a
 * {@code compare} folder), says what is wrong; never writes.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Check a scenario, experiment or sweep file and say what is wrong.", usageHelpAutoWidth = true,
        versionProvider = VersionProvider.class,
        description = {"Checks a scenario, experiment or sweep file without running it: prints 'OK: ...'",
            "(exit 0) or what is wrong, with file, line, column and field (exit 2). An",
            "experiment file (a top-level 'baseline' or 'variants' key) is checked with its",
            "baseline and every variant's scenario; a sweep file (a top-level 'design' or",
            "'parameters' key) with its scenario and every design point's. Writes nothing."},
        footer = {"", "Examples:", "  sahelsim check scenarios/baseline-2015.yaml",
            "  sahelsim check scenarios/policy-levers.yaml", "  sahelsim check scenarios/sweeps/lhs-levers.yaml"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(index = "0", paramLabel = "FILE.yaml", description = "The file to check.")
    Path file;

    @Override
    public Integer call() throws Exception {
        Folders.checkReadable(file, "file");
        if (SweepLoader.isSweep(file)) {
            Sweep s = SweepCommand.load(file);
            // a calibration file: its patterns file and their period too, as calibrate checks them
            String patterns = s.patterns() == null ? "" : ", patterns: "
                    + CalibrateCommand.calibration(file, s).patterns().patterns().size() + " of " + s.patterns();
            SweepPlan plan = new SweepPlan(s);
            List<String> params = new ArrayList<>();
            for (Sweep.Parameter p : s.parameters()) {
                params.add(p.path());
            }
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
            spec.commandLine().getOut().println("OK: sweep " + s.name() + ", " + s.design().label() + " design of "
                    + plan.points() + " points over " + params.size() + " parameter" + (params.size() == 1 ? "" : "s")
                    + " (" + String.join(", ", params) + "), " + s.replications() + " replication"
                    + (s.replications() == 1 ? "" : "s") + " each (" + plan.runs() + " runs), seed " + s.seed()
                    + ", scenario " + b.name() + " (" + b.factions().size() + " factions, " + b.months()
                    + " months from " + b.start() + ")" + (s.discovery() == null ? ""
                    : ", discovery: " + s.discovery().describe()) + patterns);
            return Main.OK;
        }
        switch (ExperimentLoader.kind(file)) {
            case EXPERIMENT: {
                Experiment e = CompareCommand.load(file);
                Scenario b = e.baseline();
                int n = e.variants().size() - 1;
                spec.commandLine().getOut().println("OK: experiment " + e.name() + ", baseline " + b.name() + " ("
                        + b.factions().size() + " factions, " + b.months() + " months from " + b.start() + ") and " + n
                        + " variant" + (n == 1 ? "" : "s") + " (" + String.join(", ", e.variantNames().subList(1, n + 1))
                        + "), " + e.replications() + " replications each, seed " + e.seed() + ", metrics "
                        + String.join(", ", e.metrics()) + " (primary " + e.primaryMetric() + ")");
                return Main.OK;
            }
            case RESOLVED_EXPERIMENT: {
                Map<String, Scenario> v = ExperimentLoader.readResolved(file);
                spec.commandLine().getOut().println("OK: resolved experiment with " + v.size() + " variant"
                        + (v.size() == 1 ? "" : "s") + " (" + String.join(", ", v.keySet()) + "), each a valid scenario");
                return Main.OK;
            }
            default: {
                Scenario s = ScenarioLoader.load(file);
                spec.commandLine().getOut().println("OK: " + s.name() + ", " + s.factions().size() + " factions, "
                        + s.months() + " months from " + s.start());
                return Main.OK;
            }
        }
    }
}
