package org.sahelsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.run.CompareJob;
import org.sahelsim.run.Drivers;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.RunJob;
import org.sahelsim.run.Series;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.scenario.Expectations;
import org.sahelsim.format.ExpectationsLoader;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.validation.MechanismsScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mechanisms [EXPECTATIONS.yaml]}: runs the knock-out experiment an expectations file
 * names (a {@code compare} with common random numbers) and scores it against the expectations
 * written before it ran: for each knock-out, each expected move as reproduced, too small, not
 * significant or against, and whether the knock-out passes (at least three reproduced, none
 * against); and each figure of the review measured on the baseline's runs against the range the
 * record gives. With {@code --from DIR} it scores a compare folder already run instead.
 */
@Command(name = "mechanisms",
        header = "Run the knock-outs of the model's forces and score them against the written expectations.",
        description = {"Runs the compare experiment the expectations file names (each variant switches one",
            "force off: its weight in every choice or its economy), then scores each expected move",
            "from summary.csv: 'reproduced' (the expected direction, Holm-adjusted p below the file's",
            "significance, |change| at least its min_change), 'too_small', 'not_significant' or",
            "'against' (the other direction, significant). A knock-out passes with at least three",
            "moves reproduced and none against. Each figure of the review is measured on the",
            "baseline's runs and compared with the record's range. Writes the compare folder plus",
            "knockouts.csv and figures.csv, and prints both tables. Exit 0 whatever the verdicts."},
        footer = {"", "Examples:", "  sahelsim mechanisms", "  sahelsim mechanisms --reps 50 --seed 3",
            "  sahelsim mechanisms scenarios/mechanisms/expectations.yaml --from results/knockouts-20261206-101500"})
final class MechanismsCommand extends BaseCommand {
    static final Path DEFAULT_FILE = Path.of("scenarios", "mechanisms", "expectations.yaml");

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPECTATIONS.yaml", description = "The expectations file "
            + "(default: scenarios/mechanisms/expectations.yaml, from the repository root).")
    Path file;

    @Option(names = "--reps", paramLabel = "N", description = "Replications per variant, at least 2 (default: the "
            + "experiment's).")
    Integer reps;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed, 0 <= S < 2^53 (default: the experiment's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores, here ${sys:sahelsim.cores}).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, which must not exist "
            + "(default: results/mechanisms-<yyyyMMdd-HHmmss>).")
    Path out;

    @Option(names = "--from", paramLabel = "DIR", description = "Score this compare folder of the knock-out experiment"
            + " instead of running it (the scores go to a new --out folder).")
    Path from;

    @Override
    public Integer call() throws Exception {
        Path f = file != null ? file : DEFAULT_FILE;
        if (file == null && !Files.exists(f)) {
            throw new BadInputException("expectations file " + f + " not found: run 'mechanisms' from the repository"
                    + " root, or name the file.");
        }
        Folders.checkReadable(f, "expectations file");
        int t = OptionChecks.check(reps, seed, threads, 2, CompareCommand.PAIRED);
        if (from != null && (reps != null || seed != null)) {
            throw new BadInputException("--from scores a folder already run: --reps and --seed do not apply.");
        }
        ExpectationsLoader.Loaded loaded = CheckCommand.loadExpectations(f);
        Expectations e = loaded.expectations();
        Experiment exp = CompareCommand.withOptions(loaded.experiment(), reps, seed);
        if (from != null) {
            for (String name : List.of("summary.csv", "runs.csv", "events.csv")) {
                if (!Files.isRegularFile(from.resolve(name))) {
                    throw new BadInputException("--from " + from + ": no " + name + " there; give the folder a"
                            + " 'compare' of " + exp.file() + " wrote.");
                }
            }
        }
        Path folder = Folders.fresh(out, "mechanisms");

        long t0 = System.nanoTime();
        Path scored = from == null ? folder : from;
        if (from == null) {
            List<Path> scenarioFiles = ScenarioLoader.sourceFiles(exp.baselineFile());
            List<RunJob.HashedFile> files = Folders.hashed(scenarioFiles, f, exp.file());
            Map<String, Object> options = Folders.options("expectations", f.toString(),
                    "experiment", exp.file().toString(), "reps", exp.replications(), "seed", exp.seed(),
                    "threads", t, "series", Series.NONE.label(), "out", folder.toString());
            CompareJob.Spec job = new CompareJob.Spec(args(), options, files,
                    exp, null, t, Series.NONE, Hooks.model, folder, Hooks.report);
            CompareCommand.execute(job);
        } else {
            Path parent = folder.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createDirectory(folder);
            Manifest m = new Manifest().begin("mechanisms", args(),
                    Map.of("expectations", f.toString(), "from", from.toString(), "out", folder.toString()),
                    exp.baseline());
            m.put("expectations_file", Folders.hashed(f));
            m.put("scored_folder", from.toString());
            m.put("finished", Manifest.now());
            m.put("status", Manifest.COMPLETE);
            m.write(folder);
        }
        List<MechanismsScore.Move> moves = BadInputException.of("", () -> MechanismsScore.score(e, scored),
                "");
        List<MechanismsScore.FigureValue> figures = BadInputException.of("",
                () -> MechanismsScore.figures(e, scored, exp.baseline().months()), "");
        MechanismsScore.writeMoves(folder, moves);
        MechanismsScore.writeFigures(folder, figures);
        if (from != null && !Files.exists(folder.resolve(Drivers.FILE)) && Files.exists(from.resolve(Drivers.FILE))) {
            Files.copy(from.resolve(Drivers.FILE), folder.resolve(Drivers.FILE));
        }
        print(stdout(), e, moves, figures);
        stdout().printf(Locale.ROOT, "mechanisms: %d knock-outs of %s scored in %.1f s: %s%n", e.knockouts().size(),
                exp.name(), (System.nanoTime() - t0) / 1e9, folder);
        return Main.OK;
    }

    /** The two tables. */
    static void print(PrintWriter o, Expectations e, List<MechanismsScore.Move> moves,
                      List<MechanismsScore.FigureValue> figures) {
        o.printf(Locale.ROOT, "Knock-outs: paired difference against the baseline; a move is reproduced with Holm p < %s"
                + " and |change| >= %s%% in the expected direction, against with Holm p < %s the other way.%n",
                CompareCommand.num(e.significance()), CompareCommand.num(100 * e.minChange()),
                CompareCommand.num(e.significance()));
        String fmt = "%-17s  %-24s  %-5s  %-6s  %11s  %11s  %9s  %8s  %s";
        o.println(String.format(Locale.ROOT, fmt, "knock-out", "metric", "want", "conf.", "baseline", "difference",
                "change", "p (Holm)", "verdict"));
        String last = null;
        for (MechanismsScore.Move m : moves) {
            o.println(String.format(Locale.ROOT, fmt, m.knockout().equals(last) ? "" : m.knockout(), m.metric(),
                    m.expected().direction(), m.expected().confidence(), CompareCommand.num(m.baselineMean()),
                    CompareCommand.num(m.diffMean()), Double.isInfinite(m.relative()) ? "n/a"
                            : String.format(Locale.ROOT, "%+.1f%%", 100 * m.relative()),
                    m.pAdjusted() < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", m.pAdjusted()),
                    m.verdict().label()));
            last = m.knockout();
        }
        o.println();
        o.printf(Locale.ROOT, "%-17s  %-8s  %-8s  %8s  %10s  %7s  %s%n", "knock-out", "force", "kind", "expected",
                "reproduced", "against", "passes (>= 3 reproduced, none against)");
        MechanismsScore.tallies(e, moves).forEach(t -> o.printf(Locale.ROOT,
                "%-17s  %-8s  %-8s  %8d  %10d  %7d  %s%n", t.knockout(), t.force(), t.kind(), t.expected(),
                t.reproduced(), t.against(), t.passes() ? "PASS" : "FAIL"));
        o.println();
        o.println("Figures of the review, measured on the baseline's runs, against the range the record gives:");
        String ff = "%-40s  %-10s  %11s  %-15s  %s";
        o.println(String.format(Locale.ROOT, ff, "figure", "basis", "value", "range", "verdict"));
        for (MechanismsScore.FigureValue v : figures) {
            boolean measured = !v.figure().measure().isEmpty();
            o.println(String.format(Locale.ROOT, ff, v.id(), v.figure().basis(),
                    measured ? CompareCommand.num(v.value()) : "-",
                    measured ? "[" + CompareCommand.num(v.figure().low()) + ", " + CompareCommand.num(v.figure().high()) + "]"
                            : "-", v.verdict()));
        }
    }
}
