package org.sahelsim.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sahelsim.analysis.Summary;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;
import org.sahelsim.report.Report;
import org.sahelsim.run.CompareJob;
import org.sahelsim.run.Drivers;
import org.sahelsim.run.EnsembleRanking;
import org.sahelsim.run.Estimator;
import org.sahelsim.run.RunJob;
import org.sahelsim.run.RunPlan;
import org.sahelsim.run.Series;
import org.sahelsim.format.EnsembleLoader;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.format.ExperimentLoader;
import org.sahelsim.format.RobustnessLoader;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.format.SweepLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare EXPERIMENT.yaml}: the baseline against each variant on common random numbers,
 * with {@code summary.csv}, the report, and a table of the paired differences on the
 * terminal. Every input is checked before the folder is created, so bad input leaves nothing
 * behind.
 */
@Command(name = "compare",
        header = "Compare a baseline with variants (policy levers) on common random numbers.",
        description = {"Runs the baseline and every variant of an experiment file, replication r of",
            "each with the same seed, and writes a new output folder: manifest.json,",
            "scenario.resolved.yaml, codebook.csv, runs.csv, timeseries.csv, events.csv,",
            "summary.csv (means, paired differences with 95%% intervals, paired t-test",
            "p-values, Holm-adjusted p-values, effect sizes) and the report. The same",
            "command gives byte-identical CSV files whatever --threads is. --dry-run prints",
            "the runs and an estimated time (runs, report, total) instead."},
        footer = {"", "Examples:", "  sahelsim compare scenarios/policy-levers.yaml",
            "  sahelsim compare scenarios/policy-levers.yaml --dry-run",
            "  sahelsim compare scenarios/policy-levers.yaml --reps 50 --seed 7 --ci-width 2"})
final class CompareCommand extends BaseCommand {
    /** The metrics of interest when the experiment names none: the eighteen of interface.md. */
    static final int MAIN_METRICS = 18;
    /** Why {@code --reps} of a comparison is at least 2. */
    static final String PAIRED = " (paired statistics need at least 2 replications)";

    @Parameters(index = "0", paramLabel = "EXPERIMENT.yaml", description = "The experiment file.")
    Path experimentFile;

    @Option(names = "--reps", paramLabel = "N", description = "Replications per variant, at least 2 (default: the "
            + "file's replications, else " + Experiment.DEFAULT_REPLICATIONS + ").")
    Integer reps;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed, 0 <= S < 2^53 (default: the file's seed, "
            + "else 1). Replication r of every variant gets the same seed, mixed from S and r.")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores, here ${sys:sahelsim.cores}).")
    Integer threads;

    @Option(names = "--series", paramLabel = "K", converter = SeriesConverter.class, defaultValue = "monthly",
            description = "What goes to timeseries.csv: monthly, yearly or none (default: monthly).")
    Series series;

    @Option(names = "--ci-width", paramLabel = "W", description = "Add replications (half again each round, up to the "
            + "file's max_replications) until the 95%% interval of every variant's paired difference of the primary "
            + "metric is narrower than W.")
    Double ciWidth;

    @Option(names = "--dry-run", description = "Print the runs and an estimated time (runs, report, total; from runs"
            + " timed and a report drawn in a temporary folder, deleted); write nothing.")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, which must not exist unless"
            + " --resume (default: results/<experiment file name>-<yyyyMMdd-HHmmss>).")
    Path out;

    @Option(names = "--resume", description = "Continue the folder given with --out after a crash or kill:"
            + " keep its whole runs, run the rest (the same experiment and options as it was started with).")
    boolean resume;

    @Option(names = "--ensemble", paramLabel = "FILE", description = "Run over an ensemble of parameter sets (a"
            + " calibration's posterior.csv): replication r of every variant runs the set drawn by weight from (seed,"
            + " r); a value the experiment or a variant sets itself wins. Wins over the experiment's 'ensemble' key;"
            + " ensemble.csv records each run's values.")
    Path ensemble;

    /** The metric names runs record. */
    static List<String> metricNames() {
        return Metrics.ALL.stream().map(MetricDef::name).toList();
    }

    /** The experiment with {@code --reps} and {@code --seed}, when given, in place of its file's. */
    static Experiment withOptions(Experiment exp, Integer reps, Long seed) {
        Experiment e = reps == null ? exp : exp.withReplications(reps);
        return seed == null ? e : e.withSeed(seed);
    }

    /** Loads an experiment file with this version's metrics. */
    static Experiment load(Path file) throws ScenarioException {
        return ExperimentLoader.load(file, metricNames().subList(0, MAIN_METRICS));
    }

    @Override
    public Integer call() throws Exception {
        int t = OptionChecks.check(reps, seed, threads, 2, PAIRED);
        if (ciWidth != null && !(ciWidth > 0 && Double.isFinite(ciWidth))) {
            throw new BadInputException("--ci-width must be a positive number (in the unit of the primary metric), was "
                    + ciWidth + ".");
        }
        Folders.checkOut(out, resume, !dryRun);
        Folders.checkReadable(experimentFile, "experiment file");
        if (RobustnessLoader.isRobustness(experimentFile)) {
            throw new BadInputException(experimentFile + " is a robustness file (it names an experiment and a design);"
                    + " run it with 'sahelsim robustness " + experimentFile + "'.");
        }
        if (SweepLoader.isSweep(experimentFile)) {
            throw new BadInputException(experimentFile + " is a sweep file (it has a 'design' or 'parameters' key); run"
                    + " it with 'sahelsim sweep " + experimentFile + "'.");
        }
        ExperimentLoader.FileKind kind = ExperimentLoader.kind(experimentFile);
        if (kind == ExperimentLoader.FileKind.SCENARIO) {
            throw new BadInputException(experimentFile + " is a scenario, not an experiment (it has no 'baseline' or "
                    + "'variants' key); run it with 'sahelsim run " + experimentFile + "', or write an experiment "
                    + "file naming it as baseline (see the README, section compare).");
        }
        if (kind == ExperimentLoader.FileKind.RESOLVED_EXPERIMENT) {
            throw new BadInputException(experimentFile + " is the resolved experiment of an output folder; "
                    + "re-run one of its runs with 'sahelsim replay <folder> <variant>/r<rep>', or compare the "
                    + "original experiment file again.");
        }
        Experiment exp = withOptions(load(experimentFile), reps, seed);
        exp = ensemble == null ? exp : exp.withEnsemble(EnsembleLoader.load(ensemble, exp.baseline()));
        if (ciWidth != null && exp.replications() > exp.maxReplications()) {
            throw new BadInputException("--reps " + exp.replications() + " is more than the experiment's "
                    + "max_replications " + exp.maxReplications() + ", the cap of --ci-width; raise max_replications "
                    + "in " + experimentFile + " or give fewer --reps.");
        }
        if (dryRun) {
            dryRun(stdout(), exp, t, series);
            return Main.OK;
        }
        Path folder = resume ? out : Folders.fresh(out, Folders.baseName(experimentFile));
        List<Path> scenarioFiles = ScenarioLoader.sourceFiles(exp.baselineFile());
        List<RunJob.HashedFile> files = Folders.hashed(scenarioFiles, experimentFile);
        if (exp.ensemble() != null) {
            files.add(Folders.hashed(exp.ensemble().file()));
        }

        Map<String, Object> options = Folders.options("experiment", experimentFile.toString(),
                "reps", exp.replications(), "seed", exp.seed(), "threads", t, "series", series.label(),
                "ci_width", ciWidth,
                "ensemble", exp.ensemble() == null ? null : exp.ensemble().file().toString(),
                "out", folder.toString());
        CompareJob.Spec job = new CompareJob.Spec(args(), options, files,
                exp, ciWidth, t, series, Hooks.model, folder, Hooks.report, resume);
        CompareJob.Outcome outcome = execute(job);
        if (resume) {
            stdout().printf(Locale.ROOT, "resumed: %d of %d runs were already written; %d run now%n",
                    outcome.found(), outcome.runs(), outcome.runs() - outcome.found());
        }
        print(stdout(), outcome, t);
        return Main.OK;
    }

    /** The plan and an estimated time; writes nothing. */
    private void dryRun(PrintWriter stdout, Experiment exp, int t, Series k) throws Exception {
        int variants = exp.variants().size();
        RunPlan plan = CompareJob.plan(exp, 0, exp.replications());
        int n = plan.size();
        stdout.printf(Locale.ROOT, "compare %s: baseline and %d variant%s x %d replications = %d runs of %d months on"
                        + " %d thread%s, --series %s%n", exp.name(), variants - 1, variants == 2 ? "" : "s",
                exp.replications(), n, exp.baseline().months(), t, t == 1 ? "" : "s", k.label());
        Estimator.Estimate e = DryRun.estimate(plan, 1, t, k, Estimator.Tables::results, (timed, sample, scratch) -> {
            // the real comparison's last part on runs replayed from the sample: a few replications
            // of every variant, about as many runs as were timed, so the data passes are measurable
            int reps = Math.max(2, Math.min(exp.replications(), (timed.timed() + variants - 1) / variants));
            CompareJob.Outcome o = CompareJob.execute(new CompareJob.Spec(List.of(), Map.of(), List.of(),
                    exp.withReplications(reps), null, t, k, Estimator.replay(timed.kept(), true), scratch,
                    Hooks.report), CompareJob.Listener.NONE);
            // then, warm, the passes over the rows that grow with the runs, to scale to the whole plan
            double data = Estimator.fastest(2, () -> {
                Drivers.write(scratch);
                if (Hooks.report.present()) {
                    Report.readData(scratch);
                }
            });
            int m = reps * variants;
            return Estimator.reportSeconds(o.report().toNanos() / 1e9, m, data / m, n);
        });
        DryRun.print(stdout, e, t, "report", "the report drawn from replayed runs and scaled");
        if (ciWidth != null && exp.maxReplications() > exp.replications()) {
            long most = (long) variants * exp.maxReplications();
            stdout.printf(Locale.ROOT, "--ci-width may add rounds up to max_replications %d (%d runs): at most about %s"
                            + " more for the runs%n", exp.maxReplications(), most,
                    DryRun.seconds((most - n) * e.secondsPerRun()));
        }
    }

    /** Runs a comparison with a progress bar on the terminal; a folder that appears meanwhile is bad input. */
    static CompareJob.Outcome execute(CompareJob.Spec job) throws Exception {
        Experiment exp = job.experiment();
        try (Progress progress = new Progress("runs", exp.variants().size() * exp.replications(), 0)) {
            var written = progress.listener();
            return CompareJob.execute(job, new CompareJob.Listener() {
                @Override
                public void round(int round, int fromRep, int toRep, int runsPlanned) {
                    progress.total(runsPlanned);
                }

                @Override
                public void written(int runsWritten) {
                    written.accept(runsWritten);
                }
            });
        } catch (FileAlreadyExistsException e) {
            throw Folders.appeared(job.out());
        } catch (RunJob.FolderException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The closing lines: what ran, the --ci-width rounds, and the table of means and paired differences. */
    static void print(PrintWriter o, CompareJob.Outcome r, int threads) {
        Experiment e = r.experiment();
        int variants = e.variants().size() - 1;
        o.printf(Locale.ROOT, "compare %s: baseline and %d variant%s x %d replications (%d runs of %d months) in %.1f s"
                        + " on %d thread%s (%s): %s%n", e.name(), variants, variants == 1 ? "" : "s",
                r.replications(), r.runs(), e.baseline().months(), r.wall().toNanos() / 1e9, threads,
                threads == 1 ? "" : "s", DryRun.phases(r.wall(), r.report(), "report"), r.folder());
        if (r.ciWidth() != null) {
            String reps = r.rounds().stream().map(x -> String.valueOf(x.replications()))
                    .collect(Collectors.joining(" -> "));
            CompareJob.Round last = r.rounds().get(r.rounds().size() - 1);
            o.printf(Locale.ROOT, "--ci-width %s: %s after %d replications per variant (rounds %s); widest 95%% interval"
                            + " of the %s difference: %s (%s)%n", num(r.ciWidth()),
                    r.ciReached() ? "reached" : "NOT reached at max_replications", r.replications(), reps,
                    e.primaryMetric(), num(last.widestCi()), last.widestVariant());
        }
        o.println("95% intervals. difference = variant - baseline, paired by replication (common random numbers);");
        o.println("change = difference / baseline mean, its interval the difference's interval over the baseline mean"
                + " (taken as fixed); p = paired t-test, Holm-adjusted over all variant x metric tests.");
        int mw = Math.max("metric".length(), e.metrics().stream().mapToInt(String::length).max().orElse(0));
        int vw = Math.max("variant".length(),
                e.variantNames().stream().mapToInt(String::length).max().orElse(0));
        String fmt = "%-" + mw + "s  %-" + vw + "s  %10s  %-34s  %-30s  %s";
        o.println(String.format(Locale.ROOT, fmt, "metric", "variant", "mean", "difference [95% CI]", "change [95% CI]",
                "p (Holm)"));
        Map<String, Summary.Row> base = r.summary().stream()
                .filter(row -> row.variant().equals(Experiment.BASELINE))
                .collect(Collectors.toMap(Summary.Row::metric, row -> row, (a, b) -> b));
        for (String m : e.metrics()) {
            boolean first = true;
            for (Summary.Row row : r.summary()) {
                if (!row.metric().equals(m)) {
                    continue;
                }
                boolean isBase = row.variant().equals(Experiment.BASELINE);
                String diff = isBase ? "" : num(row.diffMean()) + " [" + num(row.diffCiLow()) + ", "
                        + num(row.diffCiHigh()) + "]";
                String change = isBase ? "" : change(row, base.get(m).mean());
                String p = isBase ? "" : pValue(row.pAdjusted());
                o.println(String.format(Locale.ROOT, fmt, first ? m : "", row.variant(), num(row.mean()), diff, change,
                        p).stripTrailing());
                first = false;
            }
        }
        Path ranking = r.folder().resolve(EnsembleRanking.FILE);
        if (e.ensemble() != null && Files.isRegularFile(ranking)) {
            o.println();
            o.println("Over the " + e.ensemble().size() + " parameter sets of " + e.ensemble().file() + " (replication r on"
                    + " the set drawn from the seed and r), the variants by mean difference from the baseline, lowest"
                    + " first; a flip is where the order of two neighbours reverses across one parameter's median ("
                    + EnsembleRanking.FILE + "):");
            try {
                o.print(EnsembleRanking.text(EnsembleRanking.read(ranking)));
            } catch (java.io.IOException x) {
                o.println("  (cannot read " + ranking + ": " + x.getMessage() + ")");
            }
        }
    }

    /** The relative change in percent with its interval, or n/a when the baseline mean is 0 or undefined. */
    static String change(Summary.Row row, double baseMean) {
        if (!(baseMean != 0 && Double.isFinite(baseMean)) || Double.isNaN(row.diffMean())) {
            return "n/a";
        }
        double c = 100 * row.diffMean() / baseMean;
        double a = 100 * row.diffCiLow() / baseMean;
        double b = 100 * row.diffCiHigh() / baseMean;
        return num(c) + "% [" + num(Math.min(a, b)) + "%, " + num(Math.max(a, b)) + "%]";
    }

    private static String pValue(double p) {
        return Double.isNaN(p) ? "n/a" : p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /**
     * Four significant digits: plain notation from 0.001 to below 10^7 ({@code 24.31},
     * {@code -0.004713}), scientific outside ({@code 5.153e-8}); "n/a" for NaN.
     */
    static String num(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros();
        double a = Math.abs(d.doubleValue());
        if (a >= 1e-3 && a < 1e7) {
            return d.toPlainString();
        }
        String unscaled = d.unscaledValue().abs().toString();
        int exp = unscaled.length() - 1 - d.scale();
        String mant = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        return (d.signum() < 0 ? "-" : "") + mant + "e" + exp;
    }
}
