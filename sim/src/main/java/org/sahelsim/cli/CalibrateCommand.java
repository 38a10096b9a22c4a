package org.sahelsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sahelsim.analysis.AbcSmc;
import org.sahelsim.format.AbcSpecLoader;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.format.SweepLoader;
import org.sahelsim.run.Columns;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.RunJob;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.sweep.SweepJob;
import org.sahelsim.sweep.SweepPlan;
import org.sahelsim.validation.AbcCalibration;
import org.sahelsim.validation.Calibration;
import org.sahelsim.validation.HistoryDistance;
import org.sahelsim.validation.PatternSet;
import org.sahelsim.validation.PatternsLoader;
import org.sahelsim.validation.ValidationFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code calibrate CALIBRATION.yaml}: a sweep (the same file format and outputs as
 * {@code sweep}) whose file also names a patterns file; every run measures every pattern, and
 * the design points are ranked by the patterns they reproduce ({@link Calibration}). Every
 * input, the patterns file included, is checked before the folder is created.
 */
@Command(name = "calibrate",
        header = "Calibrate a scenario against the historical patterns with a sweep over its parameters.",
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
final class CalibrateCommand extends BaseCommand {
    /** Rows of the ranking printed on the terminal (calibration.csv has every point). */
    static final int TOP = 5;

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
    static PatternSet checkedPatterns(Path patternsFile, Scenario scenario, ErrorAt errorAt,
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
        if (AbcSpecLoader.isAbc(file)) {
            return callAbc();
        }
        if (shard != null || merge) {
            throw new BadInputException("--shard and --merge of calibrate are for abc-smc calibrations; a sweep"
                    + " calibration is sharded as a sweep (sahelsim sweep " + file + " --shard I/N, then sahelsim merge).");
        }
        int t = run.check();
        Folders.checkOut(out, resume, !dryRun);
        Sweep sweep = SweepCommand.withOptions(file, SweepCommand.loadChecked(file), run.reps, run.seed, null);
        Calibration calibration = calibration(file, sweep);
        SweepPlan plan = new SweepPlan(sweep, calibration.measures());
        if (dryRun) {
            stdout().println("calibration against " + calibration.patterns().patterns().size()
                    + " patterns of " + sweep.patterns());
            SweepCommand.dryRun(stdout(), plan, null, new int[] {0, plan.runs()}, t, () -> {
                try {
                    return extension(calibration(file, sweep), Map.of());
                } catch (ScenarioException e) {
                    // read and checked a moment ago
                    throw new IllegalStateException(e);
                }
            });
            return Main.OK;
        }
        Path folder = resume ? out : Folders.fresh(out, Folders.baseName(file));
        Map<String, Object> options = Folders.options("calibration", file.toString(),
                "reps", sweep.replications(), "seed", sweep.seed(), "threads", t, "series", sweep.series(),
                "out", folder.toString());
        Map<String, Object> extra = Folders.options("patterns_file", Folders.hashed(sweep.patterns()),
                "patterns_scenario", calibration.patterns().scenario().toString());
        SweepJob.Extension ext = extension(calibration, extra);
        SweepJob.Spec job = new SweepJob.Spec(args(), options,
                SweepCommand.hashedFiles(file, sweep), sweep, null, t, Hooks.model, folder, resume, ext);
        print(stdout(), SweepCommand.execute(job, file), calibration, t);
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
        plan.ranges().forEach(range -> header.add(range.path()));
        header.addAll(List.of("passed", "shortfall"));
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
            o.println(IntStream.range(0, row.size())
                    .mapToObj(i -> String.format(Locale.ROOT, "%-" + width[i] + "s", row.get(i)))
                    .collect(Collectors.joining("  ")).stripTrailing());
        }
    }

    /** The calibration file, checked with its patterns file: bad input is a {@link ScenarioException} at its key. */
    static AbcCalibration.Setup abcSetup(Path file, Long seedOption) throws ScenarioException {
        AbcSpecLoader.Loaded loaded = AbcSpecLoader.load(file);
        PatternSet set = checkedPatterns(loaded.patternsFile(), loaded.scenario(), loaded::errorAt,
                "scenario");
        try {
            HistoryDistance.ofPeriod(set, loaded.spec().period());
        } catch (IllegalArgumentException e) {
            throw loaded.errorAt("period", e.getMessage());
        }
        long seed = seedOption != null ? seedOption : loaded.spec().seed();
        return AbcCalibration.Setup.of(loaded.spec(), loaded.scenario(), set, seed);
    }

    /**
     * {@code calibrate FILE} for a file of method {@code abc-smc}: the file and everything it names
     * checked before the folder is made; the calibration run ({@link AbcCalibration}) with a line
     * a round; the rounds, the posterior's summary and the commands that use the posterior printed
     * at the end. {@code --resume} continues a folder after a crash or {@code kill -9} to the same
     * files.
     */
    private int callAbc() throws Exception {
        PrintWriter stdout = stdout();
        if (run.reps != null) {
            throw new BadInputException("--reps does not apply to an abc-smc calibration: each proposal is one run;"
                    + " the file's particles and max_simulations say how many.");
        }
        int threads = run.check();
        // the folder itself is checked once --shard and --merge are known
        Folders.checkOut(out, resume, false);
        SweepJob.Shard sh = SweepCommand.parseShard(shard);
        if ((sh != null || merge) && (out == null || dryRun || resume || (sh != null && merge))) {
            throw new BadInputException("--shard I/N and --merge each work on the folder named with --out, alone (not"
                    + " with --dry-run, --resume or each other).");
        }
        if (resume && dryRun) {
            throw new BadInputException("--resume and --dry-run do not go together: --dry-run writes nothing.");
        }
        if (out != null && !resume && !dryRun && sh == null && !merge) {
            Folders.checkFresh(out);
        }
        AbcCalibration.Setup setup = abcSetup(file, run.seed);
        if (dryRun) {
            abcDryRun(stdout, setup, threads);
            return Main.OK;
        }
        // without --out (so neither --resume, --shard nor --merge), a new default folder, checked
        Path folder = out != null ? out : Folders.fresh(null, Folders.baseName(file));
        Map<String, Object> options = Folders.options("calibration", file.toString(),
                "seed", setup.settings().seed(), "threads", threads, "out", folder.toString(),
                "resume", resume);
        Manifest m = new Manifest().begin("calibrate", args(), options, setup.scenario());
        List<Path> scenarioFiles = ScenarioLoader.sourceFiles(setup.spec().scenarioFile(file));
        List<RunJob.HashedFile> files = Folders.hashed(scenarioFiles, file, setup.set().file());
        m.put("files", files);
        m.put("method", setup.spec().method());
        m.put("period", setup.spec().period());
        m.put("patterns_fitted", setup.fitted().stream().map(p -> p.id()).toList());
        if (sh != null) {
            checkResumable(folder, files, setup.settings().seed());
            int round = AbcCalibration.shard(setup, Hooks.model, threads, folder, sh.index(), sh.count(), stdout);
            if (round < 0) {
                stdout.println("the calibration in " + folder + " is complete: nothing to shard");
            }
            return Main.OK;
        }
        if (resume || (merge && Files.exists(folder.resolve(Columns.MANIFEST)))) {
            checkResumable(folder, files, setup.settings().seed());
        } else {
            if (merge) {
                Folders.checkFresh(folder);
            }
            Files.createDirectories(folder);
        }
        m.put("status", Manifest.INCOMPLETE);
        m.put("started", Manifest.now());
        m.write(folder);
        stdout.printf(Locale.ROOT, "calibration %s: %s over %d parameters, %d particles a round, at most %d"
                        + " simulations of %s (%d months), against the %d patterns of %s of %s; seed %d, %d thread%s: %s%n",
                setup.spec().name(), setup.spec().method(), setup.prior().size(), setup.settings().particles(),
                setup.settings().maxSimulations(), setup.scenario().name(), setup.scenario().months(),
                setup.fitted().size(), setup.spec().period(), setup.set().file(), setup.settings().seed(), threads,
                threads == 1 ? "" : "s", folder);
        long t0 = System.nanoTime();
        AbcCalibration.Outcome o = merge ? AbcCalibration.merge(setup, Hooks.model, threads, folder, stdout)
                : AbcCalibration.run(setup, Hooks.model, threads, folder, stdout);
        Duration wall = Duration.ofNanos(System.nanoTime() - t0);
        if (o.result() == null) {
            stdout.printf(Locale.ROOT, "round %d waits for its shards: run 'calibrate %s --out %s --shard I/N' for I = 1"
                    + " to N, then --merge again (%s)%n", o.waitingRound(), file, folder, AbcCalibration.STATE);
            return Main.OK;
        }
        m.put("stopped", o.result().stopped());
        m.put("simulations", o.result().simulations());
        m.put("resumed_proposals", o.resumedProposals());
        m.put("rounds", o.result().rounds().size());
        m.put("posterior_tolerance", o.result().posterior().tolerance());
        m.put("wall_seconds", wall.toMillis() / 1000.0);
        m.put("finished", Manifest.now());
        m.put("status", Manifest.COMPLETE);
        m.write(folder);
        printAbc(stdout, setup, o, folder, wall, file);
        return Main.OK;
    }

    /** A folder can be resumed when it holds this very calibration: the same input files and seed. */
    private static void checkResumable(Path folder, List<RunJob.HashedFile> files, long seed)
            throws BadInputException, IOException {
        Path manifest = folder.resolve(Columns.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new BadInputException("cannot resume " + folder + ": it holds no " + Columns.MANIFEST + " of a"
                    + " calibration (start it without --resume)");
        }
        JsonNode old = Manifest.read(manifest);
        if (!"calibrate".equals(old.path("command").asText()) || !old.has("method")) {
            throw new BadInputException("cannot resume " + folder + ": it is not the folder of an abc-smc calibration");
        }
        if (old.path("options").path("seed").asLong(-1) != seed) {
            throw new BadInputException("cannot resume " + folder + ": it was started with seed "
                    + old.path("options").path("seed").asText() + ", not " + seed);
        }
        JsonNode oldFiles = old.path("files");
        for (int i = 0; i < files.size(); i++) {
            String sha = oldFiles.path(i).path("sha256").asText();
            if (!files.get(i).sha256().equals(sha)) {
                throw new BadInputException("cannot resume " + folder + ": " + files.get(i).path() + " has changed since"
                        + " the calibration started (sha256 " + files.get(i).sha256() + ", was " + sha + ")");
            }
        }
    }

    /** Times a few simulations and prints the most the calibration can take. */
    private static void abcDryRun(PrintWriter o, AbcCalibration.Setup setup, int threads) throws Exception {
        HistoryDistance d = new HistoryDistance(setup.scenario(), setup.fitted(), setup.prior().names(), Hooks.model);
        double[] mid = IntStream.range(0, setup.prior().size())
                .mapToDouble(i -> (setup.prior().min()[i] + setup.prior().max()[i]) / 2).toArray();
        int warm = 3;
        int timed = 6;
        for (int i = 0; i < warm; i++) {
            d.distance(mid, i);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < timed; i++) {
            d.distance(mid, warm + i);
        }
        double perRun = (System.nanoTime() - t0) / 1e9 / timed;
        long most = setup.settings().maxSimulations();
        o.printf(Locale.ROOT, "calibration %s: %s over %d parameters, %d particles a round, against the %d patterns of"
                        + " %s%n", setup.spec().name(), setup.spec().method(), setup.prior().size(),
                setup.settings().particles(), setup.fitted().size(), setup.spec().period());
        o.printf(Locale.ROOT, "one simulation of %s (%d months): %.3f s once warm on one thread (%d timed at the"
                        + " prior's centre)%n", setup.scenario().name(), setup.scenario().months(), perRun, timed);
        o.printf(Locale.ROOT, "at most %d simulations: at most %s on %d thread%s (the sampler stops sooner when it"
                        + " reaches tolerance 0 or its acceptance falls below %s); nothing written%n", most,
                DryRun.seconds(most * perRun / threads), threads, threads == 1 ? "" : "s",
                Double.toString(setup.settings().minAcceptance()));
    }

    private static void printAbc(PrintWriter o, AbcCalibration.Setup setup, AbcCalibration.Outcome oc,
                                 Path folder, Duration wall, Path file) {
        AbcSmc.Result r = oc.result();
        o.println();
        o.printf(Locale.ROOT, "stopped: %s, after %d simulations in %s%s%n", r.stopped(), r.simulations(),
                DryRun.seconds(wall.toNanos() / 1e9), oc.resumedProposals() > 0
                        ? " (" + oc.resumedProposals() + " read back from the folder)" : "");
        o.println();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("round", "tolerance", "proposals", "kept", "acceptance", "simulations", "ess", "status"));
        for (AbcCalibration.RoundRow x : oc.rounds()) {
            rows.add(List.of(Integer.toString(x.round()), x.tolerance() < 0 ? "none" : Integer.toString(x.tolerance()),
                    Long.toString(x.proposals()), Integer.toString(x.kept()),
                    String.format(Locale.ROOT, "%.4f", x.acceptance()), Long.toString(x.simulations()),
                    x.failed() ? "" : String.format(Locale.ROOT, "%.0f", x.ess()), x.failed() ? "failed" : "kept"));
        }
        printTable(o, rows);
        o.println();
        AbcSmc.Round post = r.posterior();
        o.printf(Locale.ROOT, "The posterior: %d particles of round %d, each missing at most %s of the %d patterns of"
                        + " %s:%n", post.particles().length, post.index(),
                post.tolerance() < 0 ? "any" : Integer.toString(post.tolerance()), setup.fitted().size(),
                setup.spec().period());
        List<List<String>> srows = new ArrayList<>();
        srows.add(List.of("parameter", "prior", "mean", "5%", "50%", "95%", "width90", "identified"));
        for (AbcCalibration.ParameterSummary p : AbcCalibration.summary(setup.prior(), post)) {
            srows.add(List.of(p.path(), g(p.priorMin()) + " to " + g(p.priorMax()), g(p.mean()), g(p.q05()),
                    g(p.q50()), g(p.q95()), String.format(Locale.ROOT, "%.2f", p.width90()),
                    p.identified() ? "yes" : "no"));
        }
        printTable(o, srows);
        o.println();
        Path posterior = folder.resolve(AbcCalibration.POSTERIOR);
        o.println("Files: " + AbcCalibration.ROUNDS + ", " + AbcCalibration.PARTICLES + ", " + AbcCalibration.POSTERIOR
                + ", " + AbcCalibration.SUMMARY + ", " + AbcCalibration.PROPOSALS + " (every simulation) in " + folder);
        o.println("Validate over the posterior: sahelsim validate --ensemble " + posterior + " --patterns "
                + setup.set().file());
        o.println("Compare levers over it:      sahelsim compare scenarios/policy-levers.yaml --ensemble " + posterior);
    }

    private static String g(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
