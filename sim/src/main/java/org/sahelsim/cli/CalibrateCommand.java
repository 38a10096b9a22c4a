package org.sahelsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sahelsim.run.Provenance;
import org.sahelsim.run.RunJob;
import org.sahelsim.format.AbcSpecLoader;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.format.SweepLoader;
import org.sahelsim.sweep.SweepJob;
import org.sahelsim.sweep.SweepPlan;
import org.sahelsim.validation.Calibration;
import org.sahelsim.validation.PatternSet;
import org.sahelsim.validation.PatternsLoader;
import org.sahelsim.validation.ValidationFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code calibrate CALIBRATION.yaml}: a sweep (the same file format and outputs as
 * {@code sweep}) whose file also names a patterns file; every run measures every pattern, and
 * the design points are ranked by the patterns they reproduce ({@link Calibration}). Every
 * input, the patterns file included, is checked before the folder is created.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        header = "Calibrate a scenario against the historical patterns with a sweep over its parameters.",
        sortOptions = false, usageHelpAutoWidth = true, versionProvider = VersionProvider.class,
        description = {"With a file of 'method: abc-smc': approximate Bayesian computation by sequential",
            "Monte Carlo over the file's prior; each proposal is one run scored by the patterns",
            "of the file's period it misses; writes rounds.csv, particles.csv, posterior.csv",
            "(the ensemble compare and validate take with --ensemble), posterior-summary.csv",
            "and proposals.csv (every simulation). The same files whatever --threads is.",
            "",
            "Otherwise runs a sweep file that also names a patterns file (patterns: ...).",
            "Each run measures every pattern (0/1 columns pattern_<id> of runs.csv);",
            "summary.csv gives each point's share per pattern. Writes the sweep's files",
            "plus calibration.csv (every design point ranked by patterns passed, then",
            "shortfall) and best.yaml (the best point's scenario in full, for",
            "'sahelsim validate --scenario'). Prints the best points and the best one's",
            "validation table. Byte-identical CSV files whatever --threads is."},
        footer = {"", "Examples:", "  sahelsim calibrate scenarios/calibration/history-2012-lhs.yaml",
            "  sahelsim calibrate scenarios/calibration/history-2012-lhs.yaml --reps 5 --dry-run"})
final class CalibrateCommand implements Callable<Integer> {
    /** Rows of the ranking printed on the terminal (calibration.csv has every point). */
    static final int TOP = 5;

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(index = "0", paramLabel = "CALIBRATION.yaml", description = "A calibration file of method abc-smc, or a"
            + " sweep file with a 'patterns' key.")
    Path file;

    @Mixin
    SweepOptions run;

    @Option(names = "--dry-run", description = "Print the number of runs and an estimated time (runs, report, total;"
            + " from runs timed and the analysis drawn in a temporary folder, deleted); write nothing.")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, which must not exist unless --resume"
            + " (default: results/<file name>-<yyyyMMdd-HHmmss>).")
    Path out;

    @Option(names = "--resume", description = "Continue the folder given with --out after a crash or kill, to the same"
            + " files (an abc-smc calibration reads back the proposals already made; a sweep calibration keeps the runs"
            + " already written).")
    boolean resume;

    @Option(names = "--shard", paramLabel = "I/N", description = "abc-smc: make the I-th of N shares of the round the"
            + " folder given with --out waits for (its state.txt), into its shards/ folder; then --merge.")
    String shard;

    @Option(names = "--merge", description = "abc-smc: take up the folder given with --out (created when absent) with"
            + " every shard's proposals, to the first round no shard has made (state.txt names it) or to the end,"
            + " whose files are those one machine writes.")
    boolean merge;

    /**
     * The calibration of a sweep file: its patterns file read and checked against the sweep's
     * scenario. Problems are reported at the file's {@code patterns} key.
     */
    static Calibration calibration(Path sweepFile, Sweep sweep) throws ScenarioException {
        if (sweep.patterns() == null) {
            throw SweepLoader.errorAt(sweepFile, "patterns", "calibrate needs the key 'patterns': the patterns"
                    + " file the runs are measured against, relative to this file (for example patterns:"
                    + " ../validation/history-patterns.yaml)");
        }
        return new Calibration(checkedPatterns(sweep.patterns(), sweep.scenario(),
                (key, problem) -> SweepLoader.errorAt(sweepFile, key, problem), "patterns"));
    }

    /** The problem at a key of a calibration file, at its place in the file (finding the place may read the file). */
    @FunctionalInterface
    interface ErrorAt {
        ScenarioException at(String key, String problem) throws ScenarioException;
    }

    /**
     * The patterns file a calibration names, checked: it loads, the scenario it names loads, and
     * that scenario runs over the same months as the calibration's {@code scenario}. Problems are
     * reported through {@code errorAt} at the key {@code patterns}, a mismatch of months at
     * {@code mismatchKey}.
     */
    static PatternSet checkedPatterns(Path patternsFile, Scenario scenario,
                                      ErrorAt errorAt,
                                      String mismatchKey) throws ScenarioException {
        PatternSet set;
        Scenario reference;
        try {
            set = PatternsLoader.load(patternsFile);
        } catch (ScenarioException e) {
            throw errorAt.at("patterns", "the patterns file is not valid: " + e.getMessage());
        }
        try {
            reference = ScenarioLoader.load(set.scenario());
        } catch (ScenarioException e) {
            throw errorAt.at("patterns", "the scenario the patterns file names is not valid: " + e.getMessage());
        }
        String mismatch = Calibration.periodMismatch(set, reference, scenario);
        if (mismatch != null) {
            throw errorAt.at(mismatchKey, mismatch);
        }
        return set;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        if (AbcSpecLoader.isAbc(file)) {
            return AbcCalibrate.call(this, stdout);
        }
        if (shard != null || merge) {
            throw new BadInputException("--shard and --merge of calibrate are for abc-smc calibrations; a sweep"
                    + " calibration is sharded as a sweep (sahelsim sweep " + file + " --shard I/N, then sahelsim merge).");
        }
        int t = run.check();
        if (resume && out == null) {
            throw new BadInputException("--resume continues an existing folder: name it with --out DIR.");
        }
        if (out != null && !dryRun && !resume) {
            Folders.checkFresh(out);
        }
        Sweep sweep = SweepCommand.withOptions(file, SweepCommand.loadChecked(file), run.reps, run.seed, null);
        Calibration calibration = calibration(file, sweep);
        SweepPlan plan = new SweepPlan(sweep, calibration.measures());
        if (dryRun) {
            stdout.println("calibration against " + calibration.patterns().patterns().size() + " patterns of "
                    + sweep.patterns());
            Sweep checked = sweep;
            SweepCommand.dryRun(stdout, plan, null, new int[] {0, plan.runs()}, t, () -> {
                try {
                    return extension(calibration(file, checked), Map.of());
                } catch (ScenarioException e) {
                    // read and checked a moment ago
                    throw new IllegalStateException(e);
                }
            });
            return Main.OK;
        }
        Path folder = out != null ? out
                : Folders.stamped(Path.of("results"), Folders.baseName(file), LocalDateTime.now());
        if (!resume) {
            Folders.checkFresh(folder);
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("calibration", file.toString());
        options.put("reps", sweep.replications());
        options.put("seed", sweep.seed());
        options.put("threads", t);
        options.put("series", sweep.series());
        options.put("out", folder.toString());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("patterns_file", new RunJob.HashedFile(sweep.patterns().toString(),
                Provenance.sha256(sweep.patterns())));
        extra.put("patterns_scenario", calibration.patterns().scenario().toString());
        SweepJob.Extension ext = extension(calibration, extra);
        SweepJob.Spec job = new SweepJob.Spec(spec.commandLine().getParseResult().originalArgs(), options,
                SweepCommand.hashedFiles(file, sweep), sweep, null, t, Hooks.model, folder, resume, ext);
        SweepJob.Outcome outcome = SweepCommand.execute(job, file);
        print(stdout, outcome, calibration, t);
        return Main.OK;
    }

    /** What calibrate adds to a sweep: the patterns measured on every run, the ranking at the end. */
    private static SweepJob.Extension extension(Calibration calibration, Map<String, Object> manifest) {
        return new SweepJob.Extension("calibrate", calibration.measures(), manifest, calibration);
    }

    /** What ran, the best points, the best one's validation table and how to check it. */
    static void print(PrintWriter o, SweepJob.Outcome r, Calibration c, int threads) {
        SweepPlan plan = r.plan();
        Sweep s = plan.sweep();
        int n = c.patterns().patterns().size();
        o.printf(Locale.ROOT, "calibration %s: %s design, %d points x %d replication%s = %d runs of %d months in %.1f s"
                        + " on %d thread%s (%s): %s%n", s.name(), s.design().label(), plan.points(), s.replications(),
                s.replications() == 1 ? "" : "s", plan.runs(), s.scenario().months(), r.wall().toNanos() / 1e9,
                threads, threads == 1 ? "" : "s", DryRun.phases(r.wall(), r.report(), "report"), r.folder());
        List<Calibration.Score> ranking = c.ranking();
        o.println();
        o.println("The best " + Math.min(TOP, ranking.size()) + " of " + ranking.size() + " points (patterns passed of "
                + n + ", then shortfall: the sum of threshold - share over the patterns that fail; all in "
                + Calibration.FILE + "):");
        List<String> header = new ArrayList<>(List.of("rank", "point"));
        for (var range : plan.ranges()) {
            header.add(range.path());
        }
        header.add("passed");
        header.add("shortfall");
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (Calibration.Score x : ranking.subList(0, Math.min(TOP, ranking.size()))) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(x.rank()), x.id()));
            row.addAll(x.values());
            row.add(x.passed() + "/" + n);
            row.add(String.format(Locale.ROOT, "%.3f", x.shortfall()));
            rows.add(row);
        }
        printTable(o, rows);
        Calibration.Score best = ranking.get(0);
        o.println();
        o.println("Best point " + best.id() + " over its " + s.replications() + " replications:");
        o.println();
        o.print(ValidationFiles.table(c.results(best, s.replications())));
        o.println();
        Path bestFile = r.folder().resolve(Calibration.BEST);
        String command = "sahelsim validate --scenario " + bestFile + " --reps " + s.replications() + " --seed "
                + s.seed() + " --patterns " + c.patterns().file();
        if (s.commonRandomNumbers()) {
            o.println("Re-run validate at these values (the same seeds, so the same shares): " + command);
        } else {
            o.println("Re-run validate at these values (other seeds: without common_random_numbers the sweep mixes"
                    + " the point into each run's seed, so shares differ by chance): " + command);
        }
        SweepCommand.printAnalysis(o, r.analysis());
    }

    /** Left-aligned columns, two spaces apart. */
    static void printTable(PrintWriter o, List<List<String>> rows) {
        int[] width = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                b.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%-" + width[i] + "s", row.get(i)));
            }
            o.println(b.toString().stripTrailing());
        }
    }
}
