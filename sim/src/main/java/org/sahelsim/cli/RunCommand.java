package org.sahelsim.cli;

import org.sahelsim.run.Columns;
import org.sahelsim.run.Drivers;
import org.sahelsim.run.EnsembleRuns;
import org.sahelsim.run.Estimator;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sahelsim.run.Provenance;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run SCENARIO.yaml}: replications of one scenario into a new output folder. Every input
 * is checked before the folder is created, so bad input leaves nothing behind.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Run replications of one scenario into a new output folder.", sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = VersionProvider.class,
        description = {"Runs replications of one scenario and writes a new output folder:",
            "manifest.json, scenario.resolved.yaml, codebook.csv, runs.csv, timeseries.csv,",
            "events.csv, drivers.csv. The same command gives byte-identical CSV files",
            "whatever --threads is. --dry-run prints the runs and an estimated time (runs,",
            "drivers.csv, total) instead, measured on runs timed in a temporary folder."},
        footer = {"", "Examples:", "  sahelsim run scenarios/baseline-2015.yaml --reps 100 --seed 7",
            "  sahelsim run scenarios/baseline-2015.yaml --reps 2000 --dry-run"})
final class RunCommand implements Callable<Integer> {
    static final int DEFAULT_REPS = 10;
    static final long DEFAULT_SEED = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    Path scenarioFile;

    @Option(names = "--reps", paramLabel = "N", description = "Replications (default: " + DEFAULT_REPS + ").")
    Integer reps;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed, 0 <= S < 2^53 (default: " + DEFAULT_SEED
            + "). Run r gets a seed mixed from S and r.")
    Long seed;

    @Option(names = "--months", paramLabel = "M", description = "Months to simulate (default: the scenario's 'months').")
    Integer months;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores, here ${sys:sahelsim.cores}).")
    Integer threads;

    @Option(names = "--series", paramLabel = "K", converter = SeriesConverter.class,
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

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, which must not exist "
            + "(default: results/<scenario file name>-<yyyyMMdd-HHmmss>).")
    Path out;

    static {
        System.setProperty("sahelsim.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        int n = reps == null ? DEFAULT_REPS : reps;
        long s = seed == null ? DEFAULT_SEED : seed;
        int t = OptionChecks.threads(threads);
        Series k = series == null ? Series.MONTHLY : series;
        if (n < 1) {
            throw new BadInputException("--reps must be at least 1, was " + n + ".");
        }
        OptionChecks.seed(s);
        if (months != null && months < 1) {
            throw new BadInputException("--months must be at least 1, was " + months + ".");
        }
        if (out != null && !dryRun) {
            Folders.checkFresh(out);
        }
        Folders.checkReadable(scenarioFile, "scenario file");
        if (SweepLoader.isSweep(scenarioFile)) {
            throw new BadInputException(scenarioFile + " is a sweep file (it has a 'design' or 'parameters' key); run it"
                    + " with 'sahelsim sweep " + scenarioFile + "'.");
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        if (months != null) {
            overrides.put("months", Integer.toString(months));
        }
        Scenario scenario = ScenarioLoader.load(scenarioFile, overrides);
        // a value the scenario file writes itself wins over the ensemble's, as in the classroom window
        Ensemble sets = ensemble == null ? null : EnsembleLoader.forScenarioFile(ensemble, scenarioFile, scenario);
        RunPlan plan = sets == null ? RunPlan.replications(scenario, "baseline", s, n)
                : RunPlan.replications(EnsembleRuns.scenarios(scenario, sets, s), "baseline", s, n);
        if (dryRun) {
            dryRun(stdout, scenario, plan, t, k);
            return Main.OK;
        }
        Path folder = out != null ? out
                : Folders.stamped(Path.of("results"), Folders.baseName(scenarioFile), LocalDateTime.now());
        Folders.checkFresh(folder);
        // Everything that could fail on the input happens before the folder exists.
        String resolved = ScenarioWriter.toYaml(scenario);
        List<RunJob.HashedFile> files = ScenarioFiles.hashed(scenarioFile);

        Map<String, Object> options = new LinkedHashMap<>();
        options.put("scenario", scenarioFile.toString());
        options.put("reps", n);
        options.put("seed", s);
        options.put("months", scenario.months());
        options.put("threads", t);
        options.put("series", k.label());
        options.put("ensemble", ensemble == null ? null : ensemble.toString());
        options.put("out", folder.toString());
        Map<String, Object> extra = new LinkedHashMap<>();
        if (sets != null) {
            extra.put("ensemble_file", new RunJob.HashedFile(ensemble.toString(), Provenance.sha256(ensemble)));
        }
        RunJob.Spec job = new RunJob.Spec("run", spec.commandLine().getParseResult().originalArgs(), options, files,
                scenario, resolved, plan, s, t, k, Hooks.model, folder, extra);
        RunJob.Outcome outcome;
        try (Progress progress = new Progress("runs", n)) {
            outcome = RunJob.execute(job, progress.listener());
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException("output folder " + folder + " appeared while starting; nothing was written.");
        }
        if (sets != null) {
            EnsembleRuns.write(folder.resolve(Columns.ENSEMBLE), sets, s, n);
        }
        double secs = outcome.wall().toNanos() / 1e9;
        stdout.printf(Locale.ROOT, "%d run%s of %s (%d months) in %.1f s on %d thread%s (%s): %s%n", n,
                n == 1 ? "" : "s", scenario.name(), scenario.months(), secs, t, t == 1 ? "" : "s",
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
