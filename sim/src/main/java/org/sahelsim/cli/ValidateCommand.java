package org.sahelsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.sahelsim.run.Columns;
import org.sahelsim.run.EnsembleRuns;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.Provenance;
import org.sahelsim.run.RunFailedException;
import org.sahelsim.run.RunJob;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.format.EnsembleLoader;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.format.ScenarioWriter;
import org.sahelsim.validation.Calibration;
import org.sahelsim.validation.Joint;
import org.sahelsim.validation.PatternSet;
import org.sahelsim.validation.PatternsLoader;
import org.sahelsim.validation.Validation;
import org.sahelsim.validation.ValidationFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code validate}: replications of the in-sample history (the scenario the patterns file
 * names, {@code history-2012.yaml}) and, for each pattern of 2012-2015, the share of
 * replications reproducing it against its stated threshold. A report: exit 0 whether patterns
 * pass or fail; 2 on bad input (checked before the folder is created).
 */
@Command(name = "validate",
        header = "Run the in-sample history and report which patterns of 2012-2015 it reproduces.",
        description = {"Runs replications of the scenario named by the patterns file (history-2012.yaml) and",
            "measures each pattern on each replication. Prints a table (pattern, how measured,",
            "share reproducing, threshold, PASS/FAIL) and writes a new output folder:",
            "validation.csv, validation-runs.csv (each replication's outcome and why),",
            "scenario.resolved.yaml and manifest.json. Exit code 0 even when patterns fail."},
        footer = {"", "Examples:", "  sahelsim validate", "  sahelsim validate --reps 200 --seed 7",
            "  sahelsim validate --scenario results/my-calibration/best.yaml --reps 20"})
final class ValidateCommand extends BaseCommand {
    static final int DEFAULT_REPS = 500;
    static final long DEFAULT_SEED = 1;
    static final Path DEFAULT_PATTERNS = Path.of("scenarios", "validation", "history-patterns.yaml");

    @Option(names = "--reps", paramLabel = "N", defaultValue = "" + DEFAULT_REPS,
            description = "Replications (default: " + DEFAULT_REPS + ").")
    int reps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DEFAULT_SEED, description = "Master seed,"
            + " 0 <= S < 2^53 (default: " + DEFAULT_SEED + "). Replication r gets a seed mixed from S and r,"
            + " as for 'run'.")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores, here ${sys:sahelsim.cores}).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, which must not exist "
            + "(default: results/validate-<yyyyMMdd-HHmmss>).")
    Path out;

    @Option(names = "--patterns", paramLabel = "FILE", description = "The patterns file (default: "
            + "scenarios/validation/history-patterns.yaml, from the repository root).")
    Path patterns;

    @Option(names = "--ensemble", paramLabel = "FILE", description = "Validate over an ensemble of parameter sets (a"
            + " calibration's posterior.csv): replication r runs the set drawn by weight from (seed, r); ensemble.csv"
            + " records each run's.")
    Path ensemble;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Validate this scenario instead of the one the"
            + " patterns file names (for example the best.yaml of a calibrate folder); it must cover the same months.")
    Path scenarioFile;

    @Override
    public Integer call() throws Exception {
        int t = OptionChecks.check(reps, seed, threads, 1, "");
        Folders.checkOut(out, false, true);
        Path patternsFile = patterns != null ? patterns : DEFAULT_PATTERNS;
        if (patterns == null && !Files.exists(patternsFile)) {
            throw new BadInputException("patterns file " + patternsFile + " not found: run 'validate' from the"
                    + " repository root, or give --patterns FILE.");
        }
        Folders.checkReadable(patternsFile, "patterns file");
        PatternSet set = PatternsLoader.load(patternsFile);
        Path validated = set.scenario();
        Scenario scenario = ScenarioLoader.load(validated);
        if (scenarioFile != null) {
            Folders.checkReadable(scenarioFile, "scenario file");
            Scenario other = ScenarioLoader.load(scenarioFile);
            String mismatch = Calibration.periodMismatch(set, scenario, other);
            if (mismatch != null) {
                throw new BadInputException("--scenario " + scenarioFile + ": " + mismatch + ".");
            }
            validated = scenarioFile;
            scenario = other;
        }
        Ensemble sets = ensemble == null ? null : EnsembleLoader.load(ensemble, scenario);
        String resolved = ScenarioWriter.toYaml(scenario);
        List<RunJob.HashedFile> files = Folders.hashed(ScenarioLoader.sourceFiles(validated));
        Path folder = Folders.fresh(out, "validate");

        // Everything that could fail on the input has happened; now the folder.
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            throw Folders.appeared(folder);
        }
        Map<String, Object> options = Folders.options("patterns", patternsFile.toString(),
                "scenario", validated.toString(), "ensemble", ensemble == null ? null : ensemble.toString(),
                "reps", reps, "seed", seed, "threads", t, "out", folder.toString());
        Manifest m = new Manifest().begin("validate", args(), options, scenario);
        m.put("scenario_files", files);
        m.put("patterns_file", Folders.hashed(patternsFile));
        if (sets != null) {
            m.put("ensemble_file", Folders.hashed(ensemble));
        }
        m.put("resolved_sha256", Provenance.sha256(resolved.getBytes(StandardCharsets.UTF_8)));
        m.put("master_seed", seed);
        m.put("seed_rule", "seed of rep r = mix64(mix64(S) + 0x9e3779b97f4a7c15 * (r + 1)) & (2^53 - 1), "
                + "mix64 = SplittableRandom's finaliser (org.sahelsim.run.Seeds)");
        m.put("threads", t);
        m.put("jvm", Provenance.jvm());
        m.put("started", Manifest.now());
        m.put("finished", null);
        m.put("runs", 0);
        m.put("runs_planned", reps);
        m.put("patterns", set.patterns().size());
        m.put("patterns_passed", null);
        m.put("status", Manifest.INCOMPLETE);
        m.write(folder);
        Files.writeString(folder.resolve(Columns.RESOLVED), resolved, StandardCharsets.UTF_8);

        List<Validation.PatternResult> results = null;
        Scenario base = scenario;
        Joint joint = new Joint(set.patterns());
        int[] done = new int[1];
        Throwable failure = null;
        long t0 = System.nanoTime();
        try (ValidationFiles files2 = new ValidationFiles(folder, set.patterns()); Progress progress = new Progress("runs", reps, 0)) {
            var listener = progress.listener();
            IntFunction<Scenario> scenarioOf = sets == null ? r -> base : EnsembleRuns.scenarios(base, sets, seed);
            if (sets != null) {
                EnsembleRuns.write(folder.resolve(Columns.ENSEMBLE), sets, seed, reps);
            }
            results = Validation.run(set.patterns(), scenarioOf, seed, reps, t, Hooks.model, o -> {
                files2.run(o);
                joint.accept(o);
            }, k -> {
                done[0] = k;
                listener.accept(k);
            });
            files2.summary(results);
            files2.joint(joint.results());
        } catch (RunFailedException | IOException | RuntimeException | Error | InterruptedException e) {
            failure = e;
            throw e;
        } finally {
            m.put("finished", Manifest.now());
            m.put("runs", done[0]);
            if (failure == null && results != null) {
                m.put("patterns_passed", (int) results.stream().filter(Validation.PatternResult::pass).count());
                m.put("status", Manifest.COMPLETE);
            } else {
                m.put("error", String.valueOf(failure));
            }
            m.write(folder);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long passed = results.stream().filter(Validation.PatternResult::pass).count();
        stdout().printf(Locale.ROOT, "Validation of %s (%d months from %s): %d replication%s, seed %d, %.1f s on %d thread%s%s%n",
                scenario.name(), scenario.months(), scenario.start(), reps, reps == 1 ? "" : "s", seed, secs, t, t == 1 ? "" : "s",
                sets == null ? "" : "; over the " + sets.size() + " parameter sets of " + ensemble
                        + " (replication r on the set drawn by weight from the seed and r; " + Columns.ENSEMBLE + ")");
        stdout().println();
        stdout().print(ValidationFiles.table(results));
        stdout().println();
        stdout().printf(Locale.ROOT, "%d of %d patterns pass. Share: replications reproducing the pattern; PASS when it is"
                + " at least the threshold stated in %s (written down before any calibration, never tuned).%n",
                passed, results.size(), patternsFile);
        stdout().print(Joint.table(joint.results()));
        stdout().println("Each replication's outcome and why: " + folder.resolve(ValidationFiles.RUNS));
        return Main.OK;
    }


}
