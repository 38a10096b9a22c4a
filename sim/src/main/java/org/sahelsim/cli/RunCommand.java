package org.sahelsim.cli;

import org.sahelsim.run.Columns;
import org.sahelsim.run.Drivers;
import org.sahelsim.run.EnsembleRuns;
import org.sahelsim.run.Estimator;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.run.RunJob;
import org.sahelsim.run.RunPlan;
import org.sahelsim.run.Series;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.format.EnsembleLoader;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.format.ScenarioWriter;
import org.sahelsim.format.SweepLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code run SCENARIO.yaml}: replications of one scenario into a new output folder. Every input
 * is checked before the folder is created, so bad input leaves nothing behind.
 */
@Command(name = "run", header = "Run replications of one scenario into a new output folder.",
        description = {"Runs replications of one scenario and writes a new output folder:",
            "manifest.json, scenario.resolved.yaml, codebook.csv, runs.csv, timeseries.csv,",
            "events.csv, drivers.csv. The same command gives byte-identical CSV files",
            "whatever --threads is. --dry-run prints the runs and an estimated time (runs,",
            "drivers.csv, total) instead, measured on runs timed in a temporary folder."},
        footer = {"", "Examples:", "  sahelsim run scenarios/baseline-2015.yaml --reps 100 --seed 7",
            "  sahelsim run scenarios/baseline-2015.yaml --reps 2000 --dry-run",
            "  sahelsim run scenarios/baseline-2015.yaml --reps 100 --out results/b --resume"})
final class RunCommand extends BaseCommand {
    static final int DEFAULT_REPS = 10;
    static final long DEFAULT_SEED = 1;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    Path scenarioFile;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "" + DEFAULT_REPS,
            description = "Replications (default: " + DEFAULT_REPS + ").")
    int reps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DEFAULT_SEED, description = "Master seed,"
            + " 0 <= S < 2^53 (default: " + DEFAULT_SEED + "). Run r gets a seed mixed from S and r.")
    long seed;

    @Option(names = "--months", paramLabel = "M", description = "Months to simulate (default: the scenario's 'months').")
    Integer months;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores, here ${sys:sahelsim.cores}).")
    Integer threads;

    @Option(names = "--series", paramLabel = "K", converter = SeriesConverter.class, defaultValue = "monthly",
            description = "What goes to timeseries.csv: monthly (every step), yearly (step 0, every 12th, the last) "
                    + "or none (header only) (default: monthly).")
    Series series;

    @Option(names = "--dry-run", description = "Print the runs and an estimated time (runs, drivers.csv, total; from"
            + " runs timed in a temporary folder, deleted); write nothing.")
    boolean dryRun;

    @Option(names = "--ensemble", paramLabel = "FILE", description = "Run over an ensemble of parameter sets (a"
            + " calibration's posterior.csv): replication r on the set drawn by weight from (seed, r), as compare and"
            + " validate draw it; a value the scenario file writes itself wins; ensemble.csv records each run's.")
    Path ensemble;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, which must not exist unless"
            + " --resume (default: results/<scenario file name>-<yyyyMMdd-HHmmss>).")
    Path out;

    @Option(names = "--resume", description = "Continue the folder given with --out after a crash or kill:"
            + " keep its whole runs, run the rest (the same scenario and options as it was started with).")
    boolean resume;

    @Override
    public Integer call() throws Exception {
        int t = OptionChecks.check(reps, seed, threads, 1, "");
        if (months != null && months < 1) {
            throw new BadInputException("--months must be at least 1, was " + months + ".");
        }
        Folders.checkOut(out, resume, !dryRun);
        Folders.checkReadable(scenarioFile, "scenario file");
        if (SweepLoader.isSweep(scenarioFile)) {
            throw new BadInputException(scenarioFile + " is a sweep file (it has a 'design' or 'parameters' key); run it"
                    + " with 'sahelsim sweep " + scenarioFile + "'.");
        }
        Scenario scenario = ScenarioLoader.load(scenarioFile,
                months == null ? Map.of() : Map.of("months", Integer.toString(months)));
        // a value the scenario file writes itself wins over the ensemble's, as in the classroom window
        Ensemble sets = ensemble == null ? null : EnsembleLoader.forScenarioFile(ensemble, scenarioFile, scenario);
        RunPlan plan = sets == null ? RunPlan.replications(scenario, "baseline", seed, reps)
                : RunPlan.replications(EnsembleRuns.scenarios(scenario, sets, seed), "baseline", seed, reps);
        if (dryRun) {
            dryRun(stdout(), scenario, plan, t, series);
            return Main.OK;
        }
        Path folder = resume ? out : Folders.fresh(out, Folders.baseName(scenarioFile));
        // Everything that could fail on the input happens before the folder exists.
        String resolved = ScenarioWriter.toYaml(scenario);
        List<RunJob.HashedFile> files = Folders.hashed(ScenarioLoader.sourceFiles(scenarioFile));

        Map<String, Object> options = Folders.options("scenario", scenarioFile.toString(), "reps", reps,
                "seed", seed, "months", scenario.months(), "threads", t, "series", series.label(),
                "ensemble", ensemble == null ? null : ensemble.toString(), "out", folder.toString());
        Map<String, Object> extra = sets == null ? Map.of()
                : Map.of("ensemble_file", Folders.hashed(ensemble));
        RunJob.Spec job = new RunJob.Spec("run", args(), options, files, scenario, resolved, plan, seed, t,
                series, Hooks.model, folder, extra, resume,
                sets == null ? f -> { } : f -> EnsembleRuns.write(f.resolve(Columns.ENSEMBLE), sets, seed, reps));
        RunJob.Outcome outcome;
        try (Progress progress = new Progress("runs", reps, 0)) {
            outcome = RunJob.execute(job, progress.listener());
        } catch (FileAlreadyExistsException e) {
            throw Folders.appeared(folder);
        } catch (RunJob.FolderException e) {
            throw new BadInputException(e.getMessage());
        }
        if (resume) {
            stdout().printf(Locale.ROOT, "resumed: %d of %d runs were already written; %d run now%n",
                    outcome.found(), reps, reps - outcome.found());
        }
        double secs = outcome.wall().toNanos() / 1e9;
        stdout().printf(Locale.ROOT, "%d run%s of %s (%d months) in %.1f s on %d thread%s (%s): %s%n", reps,
                reps == 1 ? "" : "s", scenario.name(), scenario.months(), secs, t, t == 1 ? "" : "s",
                DryRun.phases(outcome.wall(), outcome.report(), Drivers.FILE), folder);
        return Main.OK;
    }

    /** The plan and an estimated time; writes nothing. */
    private static void dryRun(PrintWriter stdout, Scenario scenario, RunPlan plan, int t, Series k) throws Exception {
        int n = plan.size();
        stdout.printf(Locale.ROOT, "run %s: %d replication%s of %d months on %d thread%s, --series %s%n",
                scenario.name(), n, n == 1 ? "" : "s", scenario.months(), t, t == 1 ? "" : "s", k.label());
        Estimator.Estimate e = DryRun.estimate(plan, 1, t, k, Estimator.Tables::results, (timed, sample, scratch) -> {
            // drivers.csv reads events.csv once the runs are written: cold once on the sample, as
            // the real command pays it, then warm for the pace of a run's events
            double cold = Estimator.seconds(() -> Drivers.write(sample));
            double warm = Estimator.fastest(3, () -> Drivers.write(sample));
            return Estimator.reportSeconds(cold, timed.timed(), warm / timed.timed(), n);
        });
        DryRun.print(stdout, e, t, Drivers.FILE, Drivers.FILE + " written for the timed runs and scaled");
    }
}
