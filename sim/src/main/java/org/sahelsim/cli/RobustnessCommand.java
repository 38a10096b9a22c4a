package org.sahelsim.cli;

import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.robustness.Flips;
import org.sahelsim.robustness.RobustnessJob;
import org.sahelsim.run.Estimator;
import org.sahelsim.run.RunFailedException;
import org.sahelsim.run.RunJob;
import org.sahelsim.run.Series;
import org.sahelsim.format.ExperimentLoader;
import org.sahelsim.scenario.Robustness;
import org.sahelsim.format.RobustnessLoader;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.sweep.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code robustness ROBUSTNESS.yaml}: whether the ranking of an experiment's variants holds
 * across a design over uncertain parameters, and where it flips. Every input is checked
 * before the folder is created, so bad input leaves nothing behind; {@code --dry-run} says
 * how many runs and how long without writing.
 */
@Command(name = "robustness",
        header = "Check whether the ranking of an experiment's variants holds across uncertain parameters.",
        description = {"Runs the baseline and every variant of the experiment a robustness file",
            "names, at its nominal values and at every point of a design (morris, sobol,",
            "lhs, factorial) over uncertain parameters, on common random numbers inside",
            "each point, and writes a new output folder: manifest.json,",
            "scenario.resolved.yaml, points.csv, effects.csv (each variant's paired effect",
            "against the baseline on the ranking metric, its 95%% interval and rank at",
            "each point), ranking.csv (the ranking at each point and whether it is the",
            "nominal one), flips.csv (for each pair of variants, where their order flips,",
            "with the PRIM box), sensitivity.csv and charts/ (morris, sobol: which",
            "parameters each effect depends on) and report.html. The same command gives",
            "byte-identical CSV files whatever --threads is."},
        footer = {"", "Examples:", "  sahelsim robustness scenarios/robustness/policy-levers-morris.yaml",
            "  sahelsim robustness scenarios/robustness/policy-levers-morris.yaml --dry-run",
            "  sahelsim robustness my.yaml --reps 40 --seed 7 --out results/my-robustness"})
final class RobustnessCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ROBUSTNESS.yaml", description = "The robustness file.")
    Path file;

    @Option(names = "--reps", paramLabel = "N", description = "Replications per variant at each point, at least 2"
            + " (default: the file's replications, else " + Sweep.DEFAULT_REPLICATIONS + ").")
    Integer reps;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed, 0 <= S < 2^53 (default: the file's seed,"
            + " else 1). Draws the design and every run's seed.")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores, here ${sys:sahelsim.cores}).")
    Integer threads;

    @Option(names = "--dry-run", description = "Print the number of runs and an estimated time (runs, report, total;"
            + " from runs timed and the analysis drawn in a temporary folder, deleted); write nothing.")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, which must not exist"
            + " (default: results/<file name>-<yyyyMMdd-HHmmss>).")
    Path out;

    /** Loads a robustness file with this version's metrics. */
    static Robustness load(Path file) throws ScenarioException {
        return RobustnessLoader.load(file, CompareCommand.metricNames().subList(0, CompareCommand.MAIN_METRICS));
    }

    @Override
    public Integer call() throws Exception {
        int t = OptionChecks.check(reps, seed, threads, 2,
                " (paired intervals need at least 2 replications)");
        Folders.checkOut(out, false, !dryRun);
        Folders.checkReadable(file, "robustness file");
        if (!RobustnessLoader.isRobustness(file)) {
            throw new BadInputException(file + " is not a robustness file (it has no top-level 'experiment' key naming"
                    + " the experiment whose variants are ranked; see the README, section robustness).");
        }
        Robustness loaded = load(file);
        String invalid = "with the options given, the robustness file " + file + " is not valid: ";
        Robustness r = BadInputException.of(invalid, () -> {
            Robustness x = reps == null ? loaded : loaded.withReplications(reps);
            return seed == null ? x : x.withSeed(seed);
        }, ".");
        if (ExperimentLoader.hasEnsemble(r.experimentFile())) {
            // said, not silent: a design over the parameters and an ensemble of them cannot both decide a run
            stdout().println("note: the experiment " + r.experimentFile() + " names an ensemble; robustness does not draw"
                    + " from it: every design point runs the variants at the point's values, and the nominal ranking at"
                    + " the baseline's own values");
        }
        SweepPlan design = new SweepPlan(r.sweep());
        long runs = RobustnessJob.runs(r, design.points());
        if (runs > RobustnessJob.MAX_RUNS) {
            throw new BadInputException(file + ": the analysis has " + runs + " runs, more than "
                    + RobustnessJob.MAX_RUNS + "; use fewer points or replications.");
        }
        if (dryRun) {
            stdout().println(planLine(r, design.points(), runs) + String.format(Locale.ROOT, " on %d thread%s", t,
                    t == 1 ? "" : "s"));
            // the runs of every variant at every point, as the analysis makes them (no series, no rows)
            Estimator.Estimate e = DryRun.estimate(RobustnessJob.plan(r, design),
                    r.variantNames().size() * r.replications(), t, Series.NONE,
                    dir -> Estimator.Tables.none(), (timed, sample, scratch) -> {
                        // the analysis's last part on its whole plan, every run replayed from the sample
                        RobustnessJob.Outcome o = RobustnessJob.execute(new RobustnessJob.Spec(List.of(), Map.of(),
                                List.of(), r, t, Estimator.replay(timed.kept(), false), scratch),
                                RobustnessJob.Listener.NONE);
                        return o.report().toNanos() / 1e9;
                    });
            DryRun.print(stdout(), e, t, "report", "the flips, sensitivity and report of the whole design drawn from"
                    + " replayed runs");
            return Main.OK;
        }

        Path folder = Folders.fresh(out, Folders.baseName(file));
        Path baseline = r.experiment().baselineFile();
        List<RunJob.HashedFile> files = Folders.hashed(baseline == null ? List.of()
                : ScenarioLoader.sourceFiles(baseline), file, r.experimentFile());
        Map<String, Object> options = Folders.options("robustness", file.toString(), "reps", r.replications(),
                "seed", r.seed(), "threads", t, "out", folder.toString());
        RobustnessJob.Spec job = new RobustnessJob.Spec(args(), options,
                files, r, t, Hooks.model, folder);
        RobustnessJob.Outcome outcome;
        try (Progress progress = new Progress("runs", runs, 0)) {
            outcome = RobustnessJob.execute(job, progress.listener()::accept);
        } catch (FileAlreadyExistsException e) {
            throw Folders.appeared(folder);
        } catch (RunFailedException e) {
            if (e.getCause() instanceof SweepPlan.PointException p) {
                throw new BadInputException(file + ": " + p.getMessage() + " The runs before it are in " + folder
                        + " (manifest incomplete); 'sahelsim check " + file + "' lists such points before a run.");
            }
            throw e;
        }
        print(stdout(), outcome, t);
        return Main.OK;
    }

    private static String planLine(Robustness r, long points, long runs) {
        int v = r.variantNames().size();
        return String.format(Locale.ROOT, "robustness %s: %s design, %d points + the nominal values, x %d variants"
                        + " (baseline included) x %d replications = %d runs of %d months", r.name(),
                r.sweep().design().label(), points, v, r.replications(), runs, r.sweep().scenario().months());
    }

    /** The closing lines: what ran, the nominal ranking, the share keeping it, the pairs that flip and where. */
    static void print(PrintWriter o, RobustnessJob.Outcome x, int threads) {
        Robustness r = x.robustness();
        o.println(planLine(r, x.points(), x.runs()) + String.format(Locale.ROOT, " in %.1f s on %d thread%s (%s): %s",
                x.wall().toNanos() / 1e9, threads, threads == 1 ? "" : "s",
                DryRun.phases(x.wall(), x.report(), "report"), x.folder()));
        o.println("ranking on " + r.metric() + " (" + r.better().label() + " is better), at the nominal values: "
                + x.nominalRanking());
        o.printf(Locale.ROOT, "design points keeping it: %d of %d (%.1f%%)%n", x.keeping(), x.points(),
                100 * x.shareKeeping());
        List<Flips.Pair> flipping = x.flips().stream().filter(f -> f.flipped() > 0)
                .sorted(Comparator.comparingInt(Flips.Pair::flipped).reversed()).toList();
        if (flipping.isEmpty()) {
            o.println("no pair of variants changes order at any design point");
        } else {
            o.println("pairs that flip (nominal order; share of points where it reverses; clear = the paired"
                    + " interval excludes 0 there; flips.csv):");
            for (Flips.Pair f : flipping) {
                String worse = f.nominalBetter().equals(f.a()) ? f.b() : f.a();
                o.printf(Locale.ROOT, "  %s > %s: reverses at %d of %d points (%.1f%%), %d clear%s%n",
                        f.nominalBetter(), worse, f.flipped(), f.points(), 100 * f.share(), f.clearFlips(),
                        f.box() == null ? (f.flipped() == f.points() ? "; everywhere" : "")
                                : f.boxText().isEmpty() ? "; no parameter range singles them out"
                                : "; mostly where " + f.boxText() + String.format(Locale.ROOT,
                                " (PRIM: coverage %.2f, density %.2f)", f.box().coverage(), f.box().density()));
            }
        }
        SweepCommand.printSensitivity(o, x.sensitivity(), "what each effect depends on", "sensitivity.csv",
                false);
        x.notes().forEach(note -> o.println("note: " + note));
    }
}
