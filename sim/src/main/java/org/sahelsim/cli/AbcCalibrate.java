package org.sahelsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.analysis.AbcSmc;
import org.sahelsim.run.Columns;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.Provenance;
import org.sahelsim.run.RunJob;
import org.sahelsim.format.AbcSpecLoader;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.sweep.SweepJob;
import org.sahelsim.validation.AbcCalibration;
import org.sahelsim.validation.HistoryDistance;
import org.sahelsim.validation.PatternSet;

/**
 * {@code calibrate FILE} for a file of method {@code abc-smc}: the file and everything it names
 * checked before the folder is made; the calibration run ({@link AbcCalibration}) with a line
 * a round; the rounds, the posterior's summary and the commands that use the posterior printed
 * at the end. {@code --resume} continues a folder after a crash or {@code kill -9} to the same
 * files.
 */
final class AbcCalibrate {
    private AbcCalibrate() {
    }

    /** The calibration file, checked with its patterns file: bad input is a {@link ScenarioException} at its key. */
    static AbcCalibration.Setup setup(Path file, Long seedOption) throws ScenarioException {
        AbcSpecLoader.Loaded loaded = AbcSpecLoader.load(file);
        PatternSet set = CalibrateCommand.checkedPatterns(loaded.patternsFile(), loaded.scenario(), loaded::errorAt,
                "scenario");
        try {
            HistoryDistance.ofPeriod(set, loaded.spec().period());
        } catch (IllegalArgumentException e) {
            throw loaded.errorAt("period", e.getMessage());
        }
        long seed = seedOption != null ? seedOption : loaded.spec().seed();
        return AbcCalibration.Setup.of(loaded.spec(), loaded.scenario(), set, seed);
    }

    static int call(CalibrateCommand c, PrintWriter stdout) throws Exception {
        if (c.run.reps != null) {
            throw new BadInputException("--reps does not apply to an abc-smc calibration: each proposal is one run;"
                    + " the file's particles and max_simulations say how many.");
        }
        int threads = c.run.check();
        if (c.resume && c.out == null) {
            throw new BadInputException("--resume continues an existing folder: name it with --out DIR.");
        }
        SweepJob.Shard shard = SweepCommand.parseShard(c.shard);
        if ((shard != null || c.merge) && (c.out == null || c.dryRun || c.resume || (shard != null && c.merge))) {
            throw new BadInputException("--shard I/N and --merge each work on the folder named with --out, alone (not"
                    + " with --dry-run, --resume or each other).");
        }
        if (c.resume && c.dryRun) {
            throw new BadInputException("--resume and --dry-run do not go together: --dry-run writes nothing.");
        }
        if (c.out != null && !c.resume && !c.dryRun && shard == null && !c.merge) {
            Folders.checkFresh(c.out);
        }
        AbcCalibration.Setup setup = setup(c.file, c.run.seed);
        if (c.dryRun) {
            dryRun(stdout, setup, threads);
            return Main.OK;
        }
        Path folder = c.out != null ? c.out
                : Folders.stamped(Path.of("results"), Folders.baseName(c.file), LocalDateTime.now());
        String fileSha = Provenance.sha256(c.file);
        Manifest m = new Manifest();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("calibration", c.file.toString());
        options.put("seed", setup.settings().seed());
        options.put("threads", threads);
        options.put("out", folder.toString());
        options.put("resume", c.resume);
        m.begin("calibrate", c.spec.commandLine().getParseResult().originalArgs(), options, setup.scenario());
        List<RunJob.HashedFile> files = new ArrayList<>();
        files.add(new RunJob.HashedFile(c.file.toString(), fileSha));
        files.add(new RunJob.HashedFile(setup.set().file().toString(), Provenance.sha256(setup.set().file())));
        for (Path p : ScenarioLoader.sourceFiles(setup.spec().scenarioFile(c.file))) {
            files.add(new RunJob.HashedFile(p.toString(), Provenance.sha256(p)));
        }
        m.put("files", files);
        m.put("method", setup.spec().method());
        m.put("period", setup.spec().period());
        m.put("patterns_fitted", setup.fitted().stream().map(p -> p.id()).toList());
        if (shard != null) {
            checkResumable(folder, files, setup.settings().seed());
            int round = AbcCalibration.shard(setup, Hooks.model, threads, folder, shard.index(), shard.count(), stdout);
            if (round < 0) {
                stdout.println("the calibration in " + folder + " is complete: nothing to shard");
            }
            return Main.OK;
        }
        boolean exists = Files.exists(folder.resolve(Columns.MANIFEST));
        if (c.resume || (c.merge && exists)) {
            checkResumable(folder, files, setup.settings().seed());
        } else {
            if (c.merge) {
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
        stdout.flush();
        long t0 = System.nanoTime();
        AbcCalibration.Outcome o = c.merge ? AbcCalibration.merge(setup, Hooks.model, threads, folder, stdout)
                : AbcCalibration.run(setup, Hooks.model, threads, folder, stdout);
        Duration wall = Duration.ofNanos(System.nanoTime() - t0);
        if (o.result() == null) {
            stdout.printf(Locale.ROOT, "round %d waits for its shards: run 'calibrate %s --out %s --shard I/N' for I = 1"
                    + " to N, then --merge again (%s)%n", o.waitingRound(), c.file, folder, AbcCalibration.STATE);
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
        print(stdout, setup, o, folder, wall, c.file);
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
    private static void dryRun(PrintWriter o, AbcCalibration.Setup setup, int threads) throws Exception {
        HistoryDistance d = new HistoryDistance(setup.scenario(), setup.fitted(), setup.prior().names(), Hooks.model);
        double[] mid = new double[setup.prior().size()];
        for (int i = 0; i < mid.length; i++) {
            mid[i] = (setup.prior().min()[i] + setup.prior().max()[i]) / 2;
        }
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

    private static void print(PrintWriter o, AbcCalibration.Setup setup, AbcCalibration.Outcome oc, Path folder,
                              Duration wall, Path file) {
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
        CalibrateCommand.printTable(o, rows);
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
        CalibrateCommand.printTable(o, srows);
        o.println();
        Path posterior = folder.resolve(AbcCalibration.POSTERIOR);
        o.println("Files: " + AbcCalibration.ROUNDS + ", " + AbcCalibration.PARTICLES + ", " + AbcCalibration.POSTERIOR
                + ", " + AbcCalibration.SUMMARY + ", " + AbcCalibration.PROPOSALS + " (every simulation) in " + folder);
        o.println("Validate over the posterior: sahelsim validate --ensemble " + posterior + " --patterns "
                + setup.set().file());
        o.println("Compare levers over it:      sahelsim compare scenarios/policy-levers.yaml --ensemble " + posterior);
        o.flush();
    }

    private static String g(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
