package org.sahelsim.cli;

import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sahelsim.analysis.PrimBox;
import org.sahelsim.run.Drivers;
import org.sahelsim.run.Estimator;
import org.sahelsim.run.RunFailedException;
import org.sahelsim.run.RunJob;
import org.sahelsim.run.Series;
import org.sahelsim.format.RobustnessLoader;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.format.SweepLoader;
import org.sahelsim.sweep.SweepAnalysis;
import org.sahelsim.sweep.SweepJob;
import org.sahelsim.sweep.SweepPlan;
import org.sahelsim.sweep.SweepTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sweep SWEEP.yaml}: a designed experiment over scenario parameters, or one shard of it,
 * into an output folder; {@code --resume} continues a folder after a crash or kill,
 * {@code --dry-run} says how many runs and how long without writing ({@link DryRun}). Every input is checked
 * before the folder is created, so bad input leaves nothing behind.
 */
@Command(name = "sweep",
        header = "Run a designed experiment (factorial, lhs, sobol, morris) over scenario parameters.",
        description = {"Runs every design point of a sweep file, each with its replications, and writes a new",
            "output folder: manifest.json, scenario.resolved.yaml, codebook.csv, points.csv,",
            "runs.csv, timeseries.csv, events.csv (variant = design point id), summary.csv and,",
            "for sobol and morris, sensitivity.csv and charts/; with a discovery question,",
            "discovery.csv. Rows are written as runs finish; memory does not grow with the",
            "number of runs. The same command gives byte-identical CSV files whatever --threads,",
            "--shard (after merge) or --resume is. For large sweeps, --compression gzip writes",
            "timeseries.csv.gz and events.csv.gz, and --no-events leaves the events out."},
        footer = {"", "Examples:", "  sahelsim sweep scenarios/sweeps/lhs-levers.yaml",
            "  sahelsim sweep scenarios/sweeps/sobol-behaviour.yaml --dry-run",
            "  sahelsim sweep my.yaml --shard 2/8 --out results/my/shard-2-of-8",
            "  sahelsim sweep my.yaml --series yearly --compression gzip --no-events",
            "  sahelsim sweep my.yaml --out results/my --resume      # continue after a crash"})
final class SweepCommand extends BaseCommand {
    private static final Pattern SHARD = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "The sweep file.")
    Path sweepFile;

    @Mixin
    SweepOptions run;

    @Option(names = "--series", paramLabel = "K", converter = SeriesConverter.class,
            description = "What goes to timeseries.csv: monthly, yearly or none (default: the file's series, else none).")
    Series series;

    @Option(names = "--compression", paramLabel = "C", description = "How timeseries.csv and events.csv are stored:"
            + " none (plain CSV) or gzip (timeseries.csv.gz, events.csv.gz; runs.csv stays plain). Default: the file's"
            + " compression, else none.")
    String compression;

    @Option(names = "--events", negatable = true, description = "Write events.csv (--no-events: leave it and"
            + " drivers.csv out). Default: the file's events, else written.")
    Boolean events;

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only the I-th of N contiguous slices of the runs"
            + " (I from 1 to N); join the N shard folders with 'sahelsim merge'.")
    String shard;

    @Option(names = "--resume", description = "Continue the folder given with --out (after a crash or kill): keep its"
            + " finished runs, run the rest.")
    boolean resume;

    @Option(names = "--dry-run", description = "Print the number of runs and an estimated time (runs, report, total;"
            + " from runs timed and the analysis drawn in a temporary folder, deleted); write nothing.")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, which must not exist unless --resume"
            + " (default: results/<sweep file name>-<yyyyMMdd-HHmmss>).")
    Path out;

    /** Loads a sweep file with this version's metrics (the eighteen main ones by default). */
    static Sweep load(Path file) throws ScenarioException {
        return SweepLoader.load(file, SweepJob.metricNames().subList(0, CompareCommand.MAIN_METRICS));
    }

    @Override
    public Integer call() throws Exception {
        int t = run.check();
        SweepJob.Shard sh = parseShard(shard);
        Folders.checkOut(out, resume, !dryRun);
        if (compression != null && !Sweep.COMPRESSIONS.contains(compression)) {
            throw new BadInputException("--compression must be one of " + String.join(", ", Sweep.COMPRESSIONS)
                    + ", not '" + compression + "'.");
        }
        Sweep sweep = withOptions(sweepFile, loadChecked(sweepFile), run.reps, run.seed, series);
        sweep = sweep.withTables(compression == null ? sweep.compression() : compression,
                events == null ? sweep.events() : events);
        SweepPlan plan = new SweepPlan(sweep);
        int[] range = sh == null ? new int[] {0, plan.runs()} : SweepPlan.shardRange(plan.runs(), sh.index(), sh.count());

        if (dryRun) {
            dryRun(stdout(), plan, sh, range, t, () -> SweepJob.Extension.NONE);
            return Main.OK;
        }

        Path folder = resume ? out : Folders.fresh(out, Folders.baseName(sweepFile));
        Map<String, Object> options = Folders.options("sweep", sweepFile.toString(),
                "reps", sweep.replications(), "seed", sweep.seed(), "threads", t, "series", sweep.series(),
                "compression", sweep.compression(), "events", sweep.events(),
                "shard", sh == null ? null : sh.label(), "resume", resume, "out", folder.toString());
        SweepJob.Spec job = new SweepJob.Spec(args(), options,
                hashedFiles(sweepFile, sweep), sweep, sh, t, Hooks.model, folder, resume);
        print(stdout(), execute(job, sweepFile), t);
        if (sweep.patterns() != null) {
            stdout().println("note: the sweep file names a patterns file; 'sahelsim calibrate " + sweepFile
                    + "' measures its patterns on every run and ranks the points (sweep does not read it)");
        }
        return Main.OK;
    }

    /** Loads a file that must be a sweep file. */
    static Sweep loadChecked(Path sweepFile) throws BadInputException, ScenarioException {
        Folders.checkReadable(sweepFile, "sweep file");
        if (RobustnessLoader.isRobustness(sweepFile)) {
            throw new BadInputException(sweepFile + " is a robustness file (it names an experiment); run it with"
                    + " 'sahelsim robustness " + sweepFile + "'.");
        }
        if (!SweepLoader.isSweep(sweepFile)) {
            throw new BadInputException(sweepFile + " is not a sweep file (it has no 'design' or 'parameters' key); "
                    + "a scenario runs with 'sahelsim run', an experiment with 'sahelsim compare' (see the README,"
                    + " section sweep).");
        }
        return load(sweepFile);
    }

    /** The sweep with the command line's values laid over the file's. */
    static Sweep withOptions(Path sweepFile, Sweep sweep, Integer reps, Long seed, Series series)
            throws Exception {
        String invalid = "with the options given, the sweep " + sweepFile + " is not valid: ";
        return BadInputException.of(invalid, () -> {
            Sweep s = reps == null ? sweep : sweep.withReplications(reps);
            s = seed == null ? s : s.withSeed(seed);
            return series == null ? s : s.withSeries(series.label());
        }, ".");
    }

    /**
     * Prints the plan and an estimated time; writes nothing. {@code extension} makes what a
     * command built on the sweep adds (a fresh one: the rehearsal of the analysis uses it up).
     */
    static void dryRun(PrintWriter stdout, SweepPlan plan, SweepJob.Shard sh, int[] range, int t,
                       Supplier<SweepJob.Extension> extension) throws Exception {
        Sweep sweep = plan.sweep();
        String shardText = sh == null ? "" : String.format(Locale.ROOT, "; shard %s: runs %d to %d (%d runs)",
                sh.label(), range[0], range[1] - 1, range[1] - range[0]);
        stdout.printf(Locale.ROOT, "sweep %s: %s design, %d points x %d replication%s = %d runs of %d"
                        + " months%s; on %d thread%s, --series %s%n", sweep.name(), sweep.design().label(),
                plan.points(), sweep.replications(), sweep.replications() == 1 ? "" : "s", plan.runs(),
                sweep.scenario().months(), shardText, t, t == 1 ? "" : "s", sweep.series());
        int n = range[1] - range[0];
        Estimator.Estimate e = DryRun.estimate(plan.slice(range[0], range[1]), sweep.replications(), t, Series.parse(sweep.series()),
                dir -> SweepTables.forEstimate(dir, plan), (timed, sample, scratch) -> {
                    // the sweep's last part on its whole plan (or shard), every run replayed from the
                    // sample without its events or series: runs.csv as long as the real one, and the
                    // analysis, charts and report of the real design
                    SweepJob.Outcome o = SweepJob.execute(new SweepJob.Spec(List.of(), Map.of(), List.of(),
                            withoutSeries(sweep), sh, t, Estimator.replay(timed.kept(), false), scratch, false,
                            extension.get()), SweepJob.Listener.NONE);
                    // drivers.csv reads every run's events, which the replay left out: their pace on the
                    // sample, warm
                    Drivers.write(sample);
                    double warm = Estimator.fastest(3, () -> Drivers.write(sample));
                    return Estimator.reportSeconds(o.report().toNanos() / 1e9, 0, warm / timed.timed(), n);
                });
        DryRun.print(stdout, e, t, "report", "the analysis and report of the whole design drawn from replayed runs");
    }

    /** The sweep without time series, unless its discovery question reads them. */
    private static Sweep withoutSeries(Sweep sweep) {
        try {
            return sweep.withSeries(Series.NONE.label());
        } catch (IllegalArgumentException e) {
            return sweep;
        }
    }

    /** The sweep file and the scenario files it reads, hashed (the sweep file first). */
    static List<RunJob.HashedFile> hashedFiles(Path sweepFile, Sweep sweep) throws Exception {
        Path scenario = sweep.scenarioFile();
        return Folders.hashed(scenario == null ? List.of() : ScenarioLoader.sourceFiles(scenario), sweepFile);
    }

    /** Runs a sweep job with a progress bar, turning the input problems it finds into bad input. */
    static SweepJob.Outcome execute(SweepJob.Spec job, Path sweepFile) throws Exception {
        Path folder = job.out();
        Progress[] progress = new Progress[1];
        try {
            return SweepJob.execute(job, new SweepJob.Listener() {
                @Override
                public void start(int total, int done) {
                    progress[0] = new Progress("runs", total, done);
                }

                @Override
                public void written(int done) {
                    progress[0].listener().accept(done);
                }
            });
        } catch (FileAlreadyExistsException e) {
            throw Folders.appeared(folder);
        } catch (SweepJob.FolderException e) {
            throw new BadInputException(e.getMessage());
        } catch (RunFailedException e) {
            if (e.getCause() instanceof SweepPlan.PointException p) {
                // bad input that only a combination of values shows: say so, not "the model failed"
                throw new BadInputException(sweepFile + ": " + p.getMessage() + " The runs before it are in " + folder
                        + " (manifest incomplete); 'sahelsim check " + sweepFile + "' lists such points before a"
                        + " sweep starts.");
            }
            throw e;
        } finally {
            if (progress[0] != null) {
                progress[0].close();
            }
        }
    }

    static SweepJob.Shard parseShard(String text) throws BadInputException {
        if (text == null) {
            return null;
        }
        Matcher m = SHARD.matcher(text.trim());
        if (!m.matches()) {
            throw new BadInputException("--shard must be I/N, the I-th of N slices with 1 <= I <= N (for example"
                    + " --shard 2/8), was '" + text + "'.");
        }
        int i = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        if (n < 1 || i < 1 || i > n) {
            throw new BadInputException("--shard " + text + ": I must be between 1 and N (shards are numbered from 1,"
                    + " as scenarios/slurm/sweep-array.sbatch does), and N at least 1.");
        }
        return new SweepJob.Shard(i, n);
    }

    /** The closing lines: what ran, how long, where; the discovery box and the strongest parameters. */
    static void print(PrintWriter o, SweepJob.Outcome r, int threads) {
        Sweep s = r.plan().sweep();
        int n = r.to() - r.from();
        if (r.alreadyComplete()) {
            o.println("sweep " + s.name() + ": " + r.folder() + " is already complete (" + n + " runs); nothing to do.");
            return;
        }
        double secs = r.wall().toNanos() / 1e9;
        o.printf(Locale.ROOT, "sweep %s: %s design, %d points x %d replication%s = %d runs of %d months%s in %.1f s on"
                        + " %d thread%s (%s): %s%n", s.name(), s.design().label(), r.plan().points(), s.replications(),
                s.replications() == 1 ? "" : "s", r.plan().runs(), s.scenario().months(),
                r.shard() == null ? "" : String.format(Locale.ROOT, " (shard %s: runs %d to %d)", r.shard().label(),
                        r.from(), r.to() - 1),
                secs, threads, threads == 1 ? "" : "s", DryRun.phases(r.wall(), r.report(), "report"), r.folder());
        if (r.resumed()) {
            o.printf(Locale.ROOT, "resumed: %d of %d runs were already written; %d run now%n", r.foundOnResume(), n,
                    r.ranNow());
        }
        if (r.shard() != null && r.shard().count() > 1) {
            o.println("this is shard " + r.shard().label() + "; when all " + r.shard().count() + " are done, join them"
                    + " with: sahelsim merge <shard folders...> --out DIR");
        }
        printAnalysis(o, r.analysis());
    }

    static void printAnalysis(PrintWriter o, SweepAnalysis.Result a) {
        if (a == null) {
            return;
        }
        SweepAnalysis.DiscoveryResult d = a.discovery();
        if (d != null) {
            PrimBox b = d.box();
            o.printf(Locale.ROOT, "discovery: %s holds in %.1f%% of runs; PRIM box (discovery.csv): coverage %s, density"
                            + " %s, %d of %d points%n", d.question().describe(), 100 * d.share(),
                    CompareCommand.num(b.coverage()), CompareCommand.num(b.density()), b.cases(), d.points());
            if (b.restrictedBounds().isEmpty()) {
                o.println("  no parameter range singles the outcome out (the box is the whole design)");
            }
            b.restrictedBounds().forEach(x -> o.println("  " + x.parameter() + " in ["
                    + CompareCommand.num(x.low()) + ", " + CompareCommand.num(x.high()) + "]"));
        }
        printSensitivity(o, a.sensitivity(), "sensitivity", "all in sensitivity.csv and charts/", true);
        a.notes().forEach(note -> o.println("note: " + note));
    }

    /**
     * For each metric of {@code rows} (none: nothing printed), the three parameters with the
     * largest index (sobol: ST, morris: mu_star), with their intervals when {@code ci}; the
     * heading is {@code what}, the method and index, and {@code where} the full table is.
     */
    static void printSensitivity(PrintWriter o, List<SweepAnalysis.SensitivityRow> rows, String what,
                                 String where, boolean ci) {
        if (rows.isEmpty()) {
            return;
        }
        String method = rows.get(0).method();
        String index = method.equals("sobol") ? "ST" : "mu_star";
        o.println(what + " (" + method + ", the three strongest parameters by " + index + "; " + where
                + "):");
        Map<String, List<SweepAnalysis.SensitivityRow>> byMetric = rows.stream()
                .filter(x -> x.index().equals(index))
                .collect(Collectors.groupingBy(SweepAnalysis.SensitivityRow::metric, LinkedHashMap::new,
                        Collectors.toList()));
        int width = byMetric.keySet().stream().mapToInt(String::length).max().orElse(6);
        for (Map.Entry<String, List<SweepAnalysis.SensitivityRow>> e : byMetric.entrySet()) {
            String top = e.getValue().stream().sorted(Comparator.comparingDouble(x -> Double.isNaN(x.value())
                            ? Double.POSITIVE_INFINITY : -x.value())).limit(3)
                    .map(x -> x.parameter() + " " + CompareCommand.num(x.value()) + (!ci ? "" : " ["
                            + CompareCommand.num(x.ciLow()) + ", " + CompareCommand.num(x.ciHigh()) + "]"))
                    .collect(Collectors.joining("; "));
            o.println((String.format(Locale.ROOT, "  %-" + width + "s ", e.getKey()) + top).stripTrailing());
        }
    }
}
