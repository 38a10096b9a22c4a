package org.sahelsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahelsim.run.Columns;
import org.sahelsim.run.EnsembleRuns;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.ReplayCheck;
import org.sahelsim.run.RunId;
import org.sahelsim.run.RunJob;
import org.sahelsim.run.RunKey;
import org.sahelsim.run.RunPlan;
import org.sahelsim.run.Series;
import org.sahelsim.format.ExperimentLoader;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.format.ScenarioWriter;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.format.SweepLoader;
import org.sahelsim.sweep.SweepJob;
import org.sahelsim.sweep.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code replay DIR RUN_ID}: re-runs one run of an earlier output folder from its manifest and
 * resolved scenario, writes it as a folder of one run, and checks its rows equal the
 * original's. Exit 0 when identical, 1 when not, 2 when the folder or run id is unknown.
 */
@Command(name = "replay", header = "Re-run one run of an output folder and check it is identical.",
        description = {"Re-runs one run of an earlier output folder (same scenario, seed and series) into a new",
            "folder and checks that its rows in runs.csv, timeseries.csv and events.csv equal the original's.",
            "Prints 'identical' (exit 0) or the first difference (exit 1)."},
        footer = {"", "Example:", "  sahelsim replay results/baseline-2015-20250101-120000 baseline/r3",
            "  sahelsim replay results/policy-levers-20250101-120000 mobile_minusma/r3"})
final class ReplayCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "An output folder of 'sahelsim run', 'compare', 'sweep' or"
            + " 'merge'.")
    Path dir;

    @Parameters(index = "1", paramLabel = "RUN_ID", description = "The run to replay, as in runs.csv (e.g. baseline/r3).")
    String runIdText;

    @Option(names = "--out", paramLabel = "DIR2", description = "Folder for the replayed run, which must not exist "
            + "(default: beside DIR, DIR-replay-<variant>-r<rep>-<yyyyMMdd-HHmmss>).")
    Path out;

    /**
     * The default folder of a replay: beside the original, never inside it (the original folder
     * stays as its command wrote it), named {@code <original>-replay-<variant>-r<rep>-<yyyyMMdd-HHmmss>}.
     * A folder given as {@code .} or {@code ..} is named by its absolute path.
     */
    static Path beside(Path original, RunId id) {
        Path d = original.normalize();
        if (d.getFileName() == null || d.toString().isEmpty() || d.getFileName().toString().equals("..")) {
            d = original.toAbsolutePath().normalize();
        }
        Path parent = d.getParent() != null ? d.getParent() : Path.of("");
        return Folders.stamped(parent, d.getFileName() + "-replay-" + id.variant() + "-r" + id.rep(),
                LocalDateTime.now());
    }

    @Override
    public Integer call() throws Exception {
        Folders.checkOut(out, false, true);
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + " is not a folder; give an output folder of 'sahelsim run' or 'sahelsim compare'.");
        }
        Path manifestFile = dir.resolve(Columns.MANIFEST);
        Path resolvedFile = dir.resolve(Columns.RESOLVED);
        for (Path p : List.of(manifestFile, resolvedFile, dir.resolve(Columns.RUNS))) {
            if (!Files.isRegularFile(p)) {
                throw new BadInputException(dir + " is not an output folder of 'sahelsim run' or 'compare': " + p.getFileName()
                        + " is missing.");
            }
        }
        RunId id = BadInputException.of("", () -> RunId.parse(runIdText), ".");
        JsonNode manifest;
        try {
            manifest = Manifest.read(manifestFile);
        } catch (IOException e) {
            throw new BadInputException(manifestFile + " cannot be read as JSON: " + e.getMessage());
        }
        Optional<Long> found = ReplayCheck.seedOf(dir, id.toString());
        if (found.isEmpty()) {
            throw new BadInputException("run " + id + " is not in " + dir.resolve(Columns.RUNS) + " (it holds "
                    + ReplayCheck.describeRuns(dir) + ").");
        }
        long seed = found.get();
        JsonNode seriesNode = manifest.path("options").path("series");
        Series series = !seriesNode.isTextual() ? Series.MONTHLY : BadInputException.of(manifestFile
                + ": options.series: ", () -> Series.parse(seriesNode.asText()), "");
        Scenario scenario;
        if (SweepLoader.isSweep(resolvedFile)) {
            // a folder of 'sweep' or 'merge': the resolved sweep rebuilds the run's design point
            SweepPlan plan = new SweepPlan(SweepJob.loadResolved(dir));
            long point = Sweep.pointIndex(id.variant(), plan.points());
            if (point < 0) {
                throw new BadInputException("run " + id + " names no design point of the sweep in " + dir
                        + " (its points are " + plan.pointId(0) + " to " + plan.pointId(plan.points() - 1) + ").");
            }
            scenario = plan.pointScenario(point);
        } else if (ExperimentLoader.kind(resolvedFile) == ExperimentLoader.FileKind.RESOLVED_EXPERIMENT) {
            // a folder of 'compare': the resolved file holds every variant's full scenario
            scenario = ExperimentLoader.readResolved(resolvedFile).get(id.variant());
            if (scenario == null) {
                throw new BadInputException("run " + id + " belongs to variant '" + id.variant() + "', which "
                        + resolvedFile + " does not hold.");
            }

        } else if (!id.variant().equals("baseline")) {
            throw new BadInputException("run " + id + " belongs to variant '" + id.variant()
                    + "', but " + resolvedFile + " holds one scenario (variant baseline) only.");
        } else {
            scenario = ScenarioLoader.load(resolvedFile);
        }
        Path ensembleFile = dir.resolve(Columns.ENSEMBLE);
        if (Files.isRegularFile(ensembleFile)) {
            // a run or comparison over an ensemble: the run's parameter set, as ensemble.csv records it
            scenario = ScenarioLoader.withOverrides(scenario,
                    BadInputException.of("", () -> EnsembleRuns.valuesOf(ensembleFile, id.toString()), ""));
        }
        Path folder = Folders.checkFresh(out != null ? out : beside(dir, id));
        String resolved = ScenarioWriter.toYaml(scenario);

        Map<String, Object> options = Folders.options("folder", dir.toString(), "run_id", id.toString(),
                "series", series.label(), "out", folder.toString());
        Map<String, Object> replayOf = Folders.options("folder", dir.toString(), "run_id", id.toString(),
                "seed", seed, "original_version", manifest.path("version").asText("unknown"),
                "original_git_commit", manifest.path("git_commit").asText("unknown"));
        long master = manifest.path("master_seed").canConvertToLong() ? manifest.path("master_seed").asLong() : -1;
        RunPlan plan = RunPlan.single(scenario, new RunKey(id.variant(), id.rep(), seed));
        RunJob.Spec job = new RunJob.Spec("replay", args(), options, List.of(Folders.hashed(resolvedFile)),
                scenario, resolved, plan, master, 1, series, Hooks.model, folder,
                Map.of("replay_of", replayOf));
        try {
            RunJob.execute(job, n -> { });
        } catch (FileAlreadyExistsException e) {
            throw Folders.appeared(folder);
        }
        // a calibrate folder's runs.csv also holds the patterns measured on each run, after the metrics
        boolean calibrate = "calibrate".equals(manifest.path("command").asText());
        ReplayCheck.Result r = ReplayCheck.compare(dir, folder, id.toString(), calibrate);
        if (r.identical()) {
            stdout().println("identical: replay of " + id + " (seed " + seed + ") matches the original, "
                    + r.rowsCompared() + " rows" + (calibrate ? " (the pattern columns of runs.csv are not replayed;"
                    + " 'sahelsim validate --scenario' measures them)" : "")
                    + (r.message().contains("kept no events") ? " (the original folder kept no events: only runs.csv"
                    + " and timeseries.csv were compared)" : "") + "; written to " + folder);
            return Main.OK;
        }
        stdout().println("different: replay of " + id + " (seed " + seed + ") does not match the original. "
                + r.message() + ". Replay written to " + folder);
        return Main.FAILURE;
    }
}
