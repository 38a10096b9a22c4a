package org.sahelsim.cli;

import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sahelsim.robustness.Flips;
import org.sahelsim.robustness.RobustnessJob;
import org.sahelsim.run.Estimator;
import org.sahelsim.run.Provenance;
import org.sahelsim.run.RunFailedException;
import org.sahelsim.run.RunJob;
import org.sahelsim.run.Series;
import org.sahelsim.format.ExperimentLoader;
import org.sahelsim.scenario.Robustness;
import org.sahelsim.format.RobustnessLoader;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.sweep.SweepAnalysis;
import org.sahelsim.sweep.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code robustness ROBUSTNESS.yaml}: whether the ranking of an experiment's variants holds
 * across a design over uncertain parameters, and where it flips. Every input is checked
 * before the folder is created, so bad input leaves nothing behind; {@code --dry-run} says
 * how many runs and how long without writing.
 */
@Command(name = "robustness", mixinStandardHelpOptions = true,
        header = "Check whether the ranking of an experiment's variants holds across uncertain parameters.",
        sortOptions = false, usageHelpAutoWidth = true, versionProvider = VersionProvider.class,
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
final class RobustnessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

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

    static {
        System.setProperty("sahelsim.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    /** Loads a robustness file with this version's metrics. */
    static Robustness load(Path file) throws ScenarioException {
        return RobustnessLoader.load(file, CompareCommand.metricNames().subList(0, CompareCommand.MAIN_METRICS));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        int t = SweepOptions.check(reps, seed, threads, 2, " (paired intervals need at least 2 replications)");
        if (out != null && !dryRun) {
            Folders.checkFresh(out);
        }
        Folders.checkReadable(file, "robustness file");
        if (!RobustnessLoader.isRobustness(file)) {
            throw new BadInputException(file + " is not a robustness file (it has no top-level 'experiment' key naming"
                    + " the experiment whose variants are ranked; see the README, section robustness).");
        }
        Robustness r = load(file);
        try {
            if (reps != null) {
                r = r.withReplications(reps);
            }
            if (seed != null) {
                r = r.withSeed(seed);
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException("with the options given, the robustness file " + file + " is not valid: "
                    + e.getMessage() + ".");
        }
        if (ExperimentLoader.hasEnsemble(r.experimentFile())) {
            // said, not silent: a design over the parameters and an ensemble of them cannot both decide a run
            stdout.println("note: the experiment " + r.experimentFile() + " names an ensemble; robustness does not draw"
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
            stdout.println(planLine(r, design.points(), runs) + String.format(Locale.ROOT, " on %d thread%s", t,
                    t == 1 ? "" : "s"));
            Robustness checked = r;
            // the runs of every variant at every point, as the analysis makes them (no series, no rows)
            Estimator.Estimate e = DryRun.estimate(RobustnessJob.plan(r, design),
                    r.variantNames().size() * r.replications(), t, Series.NONE,
                    dir -> Estimator.Tables.none(), (timed, sample, scratch) -> {
                        // the analysis's last part on its whole plan, every run replayed from the sample
                        RobustnessJob.Outcome o = RobustnessJob.execute(new RobustnessJob.Spec(List.of(), Map.of(),
                                List.of(), checked, t, Estimator.replay(timed.kept(), false), scratch),
                                RobustnessJob.Listener.NONE);
                        return o.report().toNanos() / 1e9;
                    });
            DryRun.print(stdout, e, t, "report", "the flips, sensitivity and report of the whole design drawn from"
                    + " replayed runs");
            return Main.OK;
        }

        Path folder = out != null ? out
                : Folders.stamped(Path.of("results"), Folders.baseName(file), LocalDateTime.now());
        Folders.checkFresh(folder);
        List<RunJob.HashedFile> files = new ArrayList<>();
        files.add(new RunJob.HashedFile(file.toString(), Provenance.sha256(file)));
        files.add(new RunJob.HashedFile(r.experimentFile().toString(), Provenance.sha256(r.experimentFile())));
        if (r.experiment().baselineFile() != null) {
            for (Path p : ScenarioLoader.sourceFiles(r.experiment().baselineFile())) {
                files.add(new RunJob.HashedFile(p.toString(), Provenance.sha256(p)));
            }
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("robustness", file.toString());
        options.put("reps", r.replications());
        options.put("seed", r.seed());
        options.put("threads", t);
        options.put("out", folder.toString());
        RobustnessJob.Spec job = new RobustnessJob.Spec(spec.commandLine().getParseResult().originalArgs(), options,
                files, r, t, Hooks.model, folder);
        RobustnessJob.Outcome outcome;
        try (Progress progress = new Progress("runs", (int) runs)) {
            outcome = RobustnessJob.execute(job, progress.listener()::accept);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException("output folder " + folder + " appeared while starting; nothing was written.");
        } catch (RunFailedException e) {
            if (e.getCause() instanceof SweepPlan.PointException p) {
                throw new BadInputException(file + ": " + p.getMessage() + " The runs before it are in " + folder
                        + " (manifest incomplete); 'sahelsim check " + file + "' lists such points before a run.");
            }
            throw e;
        }
        print(stdout, outcome, t);
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
        printSensitivity(o, x.sensitivity());
        for (String note : x.notes()) {
            o.println("note: " + note);
        }
    }

    private static void printSensitivity(PrintWriter o, List<SweepAnalysis.SensitivityRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String method = rows.get(0).method();
        String index = method.equals("sobol") ? "ST" : "mu_star";
        o.println("what each effect depends on (" + method + ", the three strongest parameters by " + index
                + "; sensitivity.csv):");
        Map<String, List<SweepAnalysis.SensitivityRow>> byVariant = new LinkedHashMap<>();
        for (SweepAnalysis.SensitivityRow row : rows) {
            if (row.index().equals(index)) {
                byVariant.computeIfAbsent(row.metric(), k -> new ArrayList<>()).add(row);
            }
        }
        int width = byVariant.keySet().stream().mapToInt(String::length).max().orElse(6);
        for (Map.Entry<String, List<SweepAnalysis.SensitivityRow>> e : byVariant.entrySet()) {
            List<SweepAnalysis.SensitivityRow> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparingDouble(v -> Double.isNaN(v.value()) ? Double.POSITIVE_INFINITY : -v.value()));
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s ", e.getKey()));
            for (int i = 0; i < Math.min(3, list.size()); i++) {
                SweepAnalysis.SensitivityRow v = list.get(i);
                line.append(i == 0 ? "" : "; ").append(v.parameter()).append(' ').append(CompareCommand.num(v.value()));
            }
            o.println(line.toString().stripTrailing());
        }
    }
}
