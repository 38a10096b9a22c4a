package org.sahelsim.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.sahelsim.analysis.PairedStats;
import org.sahelsim.analysis.ParameterRange;
import org.sahelsim.format.ExperimentWriter;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;
import org.sahelsim.report.RobustnessReport;
import org.sahelsim.run.Batch;
import org.sahelsim.run.Columns;
import org.sahelsim.run.FileTrees;
import org.sahelsim.run.CompareJob;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.Numbers;
import org.sahelsim.run.ResultTables;
import org.sahelsim.run.RunBuffer;
import org.sahelsim.run.RunFailedException;
import org.sahelsim.run.RunJob;
import org.sahelsim.run.RunKey;
import org.sahelsim.run.RunPlan;
import org.sahelsim.run.Seeds;
import org.sahelsim.run.Series;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.scenario.Robustness;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.sweep.SensitivityCharts;
import org.sahelsim.sweep.SweepAnalysis;
import org.sahelsim.sweep.SweepJob;
import org.sahelsim.sweep.SweepPlan;

/**
 * {@code robustness}: the experiment's baseline and variants at the nominal values and at
 * every point of a design over uncertain parameters, into a new output folder.
 *
 * <p>Runs, in plain words:
 * <ul>
 * <li>Blocks: block 0 is the nominal run, the experiment as {@code compare} runs it (with the
 * file's {@code set}) with {@code nominal_replications} N0 per variant; block p + 1 is design
 * point p, with {@code replications} R per variant. Inside a block, the variants in file
 * order (the baseline first), then the replications ({@link #locate}).</li>
 * <li>Scenarios: at point p, variant v runs its resolved scenario with the point's values laid
 * on top ({@link SweepPlan#valueTexts}: as {@code points.csv} writes them), so a value a
 * variant sets and the design also varies takes the point's value.</li>
 * <li>Seeds (common random numbers inside a block): at the nominal values replication r of
 * every variant runs with {@link Seeds#forRun(long, int) Seeds.forRun(S, r)}, the seed
 * {@code compare --seed S} gives it, so the nominal effects equal {@code compare}'s
 * {@code diff_mean}; at point p with {@link Seeds#forPoint(long, int, int) Seeds.forPoint(S, p, r)},
 * the seed a sweep gives replication r of point p.</li>
 * <li>Each variant's effect at a block is the paired difference, replication by replication,
 * of its ranking metric against the baseline's ({@link PairedStats#paired}; values as a
 * reader of {@code runs.csv} gets them, rounded to 10 digits, as {@code compare} computes
 * them), with its 95% t interval; the variants are ranked on it ({@link Ranking}).</li>
 * </ul>
 *
 * <p>Files: {@code manifest.json} (status {@code incomplete} until the end),
 * {@code scenario.resolved.yaml} (the experiment as run at the nominal values),
 * {@code points.csv} (as a sweep's), then {@code effects.csv} and {@code ranking.csv} block by
 * block as the runs come in (a bounded reorder buffer keeps them in order whatever the
 * threads; memory holds one block's values and a few numbers per point), then
 * {@code flips.csv} ({@link Flips}), {@code sensitivity.csv} and its charts (Morris or Sobol
 * designs: each variant's effect as the output, {@link SweepAnalysis#sensitivity}) and
 * {@code report.html}.
 */
public final class RobustnessJob {
    public static final String EFFECTS = "effects.csv";
    public static final String RANKING = "ranking.csv";
    public static final String FLIPS = "flips.csv";
    public static final String SENSITIVITY = "sensitivity.csv";
    /** The {@code point} of the rows at the nominal values. */
    public static final String NOMINAL = "nominal";
    public static final List<String> EFFECTS_COLUMNS = List.of("point", "variant", "metric", "n", "mean", "diff_mean",
            "diff_ci_low", "diff_ci_high", "rank", "ci_excludes_zero");
    public static final List<String> RANKING_COLUMNS = List.of("point", "ranking", "same_as_nominal");
    public static final List<String> FLIPS_COLUMNS = List.of("variant_a", "variant_b", "nominal_better",
            "nominal_clear", "points", "flipped", "share_flipped", "clear_flips", "flip_points", "prim_box",
            "prim_coverage", "prim_density");
    public static final List<String> SENSITIVITY_COLUMNS = List.of("variant", "metric", "parameter", "method", "index",
            "value", "ci_low", "ci_high");
    /** Blocks whose scenarios are kept: more than the runs in flight can span. */
    private static final int BLOCK_CACHE = 64;

    private RobustnessJob() {
    }

    /**
     * Everything an analysis needs.
     *
     * @param arguments  the command line as given, after the program name
     * @param options    the effective options, in manifest order
     * @param files      the robustness file and the files it reads, hashed
     * @param robustness the analysis, with the replications and seed to use
     */
    public record Spec(List<String> arguments, Map<String, Object> options, List<RunJob.HashedFile> files,
                       Robustness robustness, int threads, ModelEntry model, Path out) {
    }

    /**
     * What a finished analysis reports.
     *
     * @param nominalRanking the ranking at the nominal values
     * @param keeping        the design points whose ranking equals the nominal one
     * @param flips          every pair of variants and where its order flips
     * @param sensitivity    the sensitivity rows (empty for designs without indices)
     * @param notes          remarks on the analysis (an index that could not be computed)
     * @param wall           the whole analysis, from creating the folder to report.html
     * @param report         the part after the last run: flips, sensitivity and its charts, the
     *                       final manifest, report.html
     */
    public record Outcome(Path folder, Robustness robustness, long points, int runs, String nominalRanking,
                          long keeping, List<Flips.Pair> flips, List<SweepAnalysis.SensitivityRow> sensitivity,
                          List<String> notes, Duration wall, Duration report) {
        /** The share of design points keeping the nominal ranking. */
        public double shareKeeping() {
            return points == 0 ? Double.NaN : keeping / (double) points;
        }
    }

    /** Told how the analysis advances (for a progress bar). */
    public interface Listener {
        void written(int runsWritten);

        Listener NONE = n -> { };
    }

    /** The runs of an analysis as {@link Batch} takes them (for the time estimate of {@code --dry-run}). */
    public static RunPlan plan(Robustness r, SweepPlan design) throws ScenarioException {
        return new Plan(r, design);
    }

    /** Runs of the whole analysis: (points + 1) blocks of variants times replications. */
    public static long runs(Robustness r, long points) {
        long v = r.variantNames().size();
        return v * r.nominalReplications() + points * v * (long) r.replications();
    }

    /**
     * Where run {@code i} falls: {block, variant, replication, replications of its block}.
     * Block 0 (the nominal values) has {@link Robustness#nominalReplications()} replications
     * per variant, every design point's block {@link Robustness#replications()}.
     */
    static int[] locate(Robustness r, int i) {
        int v = r.variantNames().size();
        int n0 = r.nominalReplications();
        int reps = r.replications();
        int first = v * n0;
        if (i < first) {
            return new int[] {0, i / n0, i % n0, n0};
        }
        int j = i - first;
        return new int[] {1 + j / (v * reps), (j / reps) % v, j % reps, reps};
    }

    /** Most runs one analysis may have (runs are numbered by int). */
    public static final long MAX_RUNS = Integer.MAX_VALUE - 1L;

    /**
     * Builds every design point's scenario for every variant, so that a combination of values a
     * scenario refuses shows before a run ({@code check}).
     *
     * @throws SweepPlan.PointException naming the first point and variant refused, and why
     */
    public static void checkPoints(Robustness r, SweepPlan design) throws ScenarioException {
        Plan plan = new Plan(r, design);
        for (long p = 0; p < design.points(); p++) {
            for (int v = 0; v < r.variantNames().size(); v++) {
                try {
                    plan.pointScenario(p, v);
                } catch (ScenarioException e) {
                    throw plan.refused(p, v, e);
                }
            }
        }
    }

    /**
     * Runs the analysis.
     *
     * @throws java.nio.file.FileAlreadyExistsException if the folder exists (nothing is written)
     * @throws RunFailedException if a run threw (the folder stays, manifest {@code incomplete});
     *                            its cause is a {@link SweepPlan.PointException} when a point's scenario
     *                            is refused
     */
    public static Outcome execute(Spec spec, Listener listener) throws IOException, RunFailedException,
            InterruptedException, ScenarioException {
        return new Execution(spec, listener).run();
    }

    /** The runs as a plan for {@link Batch}: keys and scenarios computed from the index. */
    static final class Plan implements RunPlan {
        private final Robustness r;
        private final SweepPlan design;
        private final List<Scenario> scenarios;
        private final int size;
        /** The scenarios of the blocks in flight, each variant's built once per block. */
        private final Map<Integer, Scenario[]> blocks = SweepPlan.recentlyUsed(BLOCK_CACHE);

        Plan(Robustness r, SweepPlan design) throws ScenarioException {
            this.r = r;
            this.design = design;
            this.scenarios = r.experiment().variants().stream().map(Experiment.Variant::scenario).toList();
            long n = runs(r, design.points());
            if (n > MAX_RUNS) {
                throw new IllegalArgumentException("the analysis has " + n + " runs, more than " + MAX_RUNS);
            }
            this.size = (int) n;
        }

        @Override
        public int size() {
            return size;
        }

        /** The key of run {@code index}: variant {@code <block>.<variant>}, the replication, its seed. */
        @Override
        public RunKey key(int index) {
            int[] at = locate(r, index);
            int block = at[0];
            int rep = at[2];
            long seed = block == 0 ? Seeds.forRun(r.seed(), rep) : Seeds.forPoint(r.seed(), block - 1, rep);
            String where = block == 0 ? NOMINAL : design.pointId(block - 1);
            return new RunKey(where + "." + r.variantNames().get(at[1]), rep, seed);
        }

        @Override
        public Scenario scenario(int index) {
            int v = r.variantNames().size();
            int[] at = locate(r, index);
            int block = at[0];
            int variant = at[1];
            if (block == 0) {
                return r.experiment().variants().get(variant).scenario();
            }
            Scenario[] scenarios;
            // built under the lock: a block's few scenarios cost a fraction of one run, so the wait is short
            synchronized (blocks) {
                scenarios = blocks.get(block);
                if (scenarios == null) {
                    scenarios = new Scenario[v];
                    for (int k = 0; k < v; k++) {
                        try {
                            scenarios[k] = pointScenario(block - 1L, k);
                        } catch (ScenarioException e) {
                            throw refused(block - 1L, k, e);
                        }
                    }
                    blocks.put(block, scenarios);
                }
            }
            return scenarios[variant];
        }

        SweepPlan.PointException refused(long point, int variant, Throwable why) {
            return new SweepPlan.PointException("design point " + design.pointId(point) + " "
                    + design.valueTexts(point) + " is not a valid scenario for variant "
                    + r.variantNames().get(variant) + ": " + why.getMessage(), why);
        }

        /** Variant {@code variant}'s scenario with the values of design point {@code point} laid on top. */
        Scenario pointScenario(long point, int variant) throws ScenarioException {
            return design.pointScenario(point, scenarios.get(variant));
        }
    }

    /** The state of one analysis. */
    private static final class Execution {
        private final Spec spec;
        private final Listener listener;
        private final Robustness r;
        private final List<String> names;
        private final List<String> variants;
        private final int column;
        private final Path out;
        private final Manifest manifest = new Manifest();
        private SweepPlan design;
        private double[][] block;
        private int runsWritten;
        private Flips.Point nominal;
        private String nominalText;
        private final List<Flips.Point> points = new ArrayList<>();
        /** Each variant's effect at each point, {@code effects[variant][point]} (baseline left out). */
        private double[][] effects;
        private long keeping;

        Execution(Spec spec, Listener listener) {
            this.spec = spec;
            this.listener = listener;
            this.r = spec.robustness();
            this.names = r.variantNames();
            this.variants = names.subList(1, names.size());
            this.column = Metrics.ALL.stream().map(MetricDef::name).toList().indexOf(r.metric());
            if (column < 0) {
                throw new IllegalArgumentException("unknown metric '" + r.metric() + "'");
            }
            this.out = spec.out();
        }

        Outcome run() throws IOException, RunFailedException, InterruptedException, ScenarioException {
            long t0 = System.nanoTime();
            design = new SweepPlan(r.sweep());
            Plan plan = new Plan(r, design);
            effects = new double[variants.size()][(int) design.points()];
            block = new double[names.size()][r.nominalReplications()];

            FileTrees.createNew(out);
            startManifest(plan.size());
            manifest.write(out);
            Files.writeString(out.resolve(Columns.RESOLVED), ExperimentWriter.toYaml(r.experiment(), null),
                    StandardCharsets.UTF_8);
            SweepAnalysis.writePoints(out, design, 0, design.points());

            try (CSVPrinter effectsOut = ResultTables.create(out.resolve(EFFECTS));
                 CSVPrinter rankingOut = ResultTables.create(out.resolve(RANKING))) {
                effectsOut.printRecord(EFFECTS_COLUMNS);
                rankingOut.printRecord(RANKING_COLUMNS);
                Batch.run(plan, spec.threads(), Series.NONE, spec.model(), rb -> take(rb, effectsOut, rankingOut),
                        listener::written);
            } catch (RunFailedException | RuntimeException | Error | InterruptedException e) {
                manifest.failed(out, runsWritten, e);
                throw e;
            }

            long afterRuns = System.nanoTime();
            List<Flips.Pair> flips = Flips.compute(variants, nominal, points, design.ranges());
            writeFlips(flips);
            List<String> notes = new ArrayList<>();
            List<SweepAnalysis.SensitivityRow> sens = new ArrayList<>();
            if (r.sweep().design().sensitivity()) {
                for (int v = 0; v < variants.size(); v++) {
                    sens.addAll(SweepAnalysis.sensitivity(design, variants.get(v), effects[v], notes));
                }
                writeSensitivity(sens);
            }
            manifest.put("nominal_ranking", nominalText);
            manifest.put("points_keeping_nominal", keeping);
            manifest.put("share_keeping_nominal", design.points() == 0 ? null : keeping / (double) design.points());
            manifest.put("notes", notes);
            manifest.complete(out, runsWritten);
            try {
                RobustnessReport.build(out);
            } catch (Exception e) {
                manifest.put("report_error", String.valueOf(e));
                manifest.write(out);
                throw new IllegalStateException("the runs and their tables are written in " + out
                        + ", but building the report failed: " + e, e);
            }
            return new Outcome(out, r, design.points(), runsWritten, nominalText, keeping, flips, List.copyOf(sens),
                    List.copyOf(notes), Duration.ofNanos(System.nanoTime() - t0),
                    Duration.ofNanos(System.nanoTime() - afterRuns));
        }

        private void startManifest(int planned) {
            Sweep s = r.sweep();
            manifest.begin("robustness", spec.arguments(), spec.options(), r.experiment().baseline());
            manifest.put("scenario_files", spec.files());
            manifest.put("master_seed", r.seed());
            manifest.put("seed_rule", "nominal values: seed of rep r = Seeds.forRun(S, r), as compare; design point p:"
                    + " Seeds.forPoint(S, p, r), as sweep (org.sahelsim.run.Seeds); the same for every variant inside"
                    + " a point (common random numbers)");
            manifest.put("threads", spec.threads());
            manifest.progress(Manifest.now(), planned);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", r.name());
            a.put("description", r.description());
            a.put("file", r.file() == null ? null : r.file().toString());
            a.put("experiment", r.experimentFile().toString());
            a.put("experiment_name", r.experiment().name());
            a.put("metric", r.metric());
            a.put("better", r.better().label());
            a.put("design", s.design().label());
            a.put("points", design.points());
            if (s.design() == Sweep.DesignKind.MORRIS) {
                a.put("trajectories", s.trajectories());
                a.put("levels", s.levels());
            } else if (s.design() == Sweep.DesignKind.SOBOL) {
                a.put("base_samples", s.baseSamples());
            } else if (s.design() == Sweep.DesignKind.ENSEMBLE) {
                a.put("ensemble", SweepJob.ensembleJson(s.ensemble()));
            }
            a.put("parameters", design.ranges().stream().map(ParameterRange::path).toList());
            a.put("set", r.set());
            manifest.put("robustness", a);
            manifest.put("variants", names);
            manifest.put("replications", r.replications());
            manifest.put("nominal_replications", r.nominalReplications());
        }

        /** One finished run, in plan order; a block's last run completes its rows. */
        private void take(RunBuffer rb, CSVPrinter effectsOut, CSVPrinter rankingOut) {
            int i = runsWritten;
            int[] at = locate(r, i);
            int v = at[1];
            int rep = at[2];
            if (v == 0 && rep == 0 && block[0].length != at[3]) {
                block = new double[names.size()][at[3]];
            }
            block[v][rep] = CompareJob.asWritten(rb.finals()[column]);
            runsWritten++;
            if (v == names.size() - 1 && rep == at[3] - 1) {
                try {
                    finishBlock(at[0], effectsOut, rankingOut);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the rows of " + rb.key().variant(), e);
                }
            }
        }

        private void finishBlock(int b, CSVPrinter effectsOut, CSVPrinter rankingOut) throws IOException {
            String id = b == 0 ? NOMINAL : design.pointId(b - 1);
            double[] diffs = new double[variants.size()];
            PairedStats.Paired[] paired = new PairedStats.Paired[variants.size()];
            for (int v = 0; v < variants.size(); v++) {
                paired[v] = PairedStats.paired(block[v + 1], block[0]);
                diffs[v] = paired[v].mean();
            }
            int[] ranks = Ranking.ranks(diffs, r.better());
            List<int[]> pairs = Flips.pairs(variants.size());
            boolean[] clear = new boolean[pairs.size()];
            for (int q = 0; q < clear.length; q++) {
                clear[q] = excludesZero(PairedStats.paired(block[pairs.get(q)[0] + 1], block[pairs.get(q)[1] + 1]));
            }
            PairedStats.Describe base = PairedStats.describe(block[0]);
            effectsOut.printRecord(id, Experiment.BASELINE, r.metric(), Integer.toString(base.n()),
                    Numbers.format(base.mean()), "", "", "", "", "");
            for (int v = 0; v < variants.size(); v++) {
                PairedStats.Paired p = paired[v];
                effectsOut.printRecord(id, variants.get(v), r.metric(), Integer.toString(p.n()),
                        Numbers.format(PairedStats.describe(block[v + 1]).mean()), Numbers.format(p.mean()),
                        Numbers.format(p.ciLow()), Numbers.format(p.ciHigh()), Integer.toString(ranks[v]),
                        Boolean.toString(excludesZero(p)));
            }
            String text = Ranking.text(variants, ranks);
            if (b == 0) {
                nominal = new Flips.Point(NOMINAL, ranks, clear, null);
                nominalText = text;
            } else {
                long point = b - 1L;
                points.add(new Flips.Point(id, ranks, clear, design.values(point)));
                for (int v = 0; v < variants.size(); v++) {
                    effects[v][(int) point] = diffs[v];
                }
                if (text.equals(nominalText)) {
                    keeping++;
                }
            }
            rankingOut.printRecord(id, text, Boolean.toString(text.equals(nominalText)));
        }

        private void writeFlips(List<Flips.Pair> flips) throws IOException {
            try (CSVPrinter p = ResultTables.create(out.resolve(FLIPS))) {
                p.printRecord(FLIPS_COLUMNS);
                for (Flips.Pair f : flips) {
                    p.printRecord(f.a(), f.b(), f.nominalBetter(), Boolean.toString(f.nominalClear()),
                            Integer.toString(f.points()), Integer.toString(f.flipped()), Numbers.format(f.share()),
                            Integer.toString(f.clearFlips()), String.join(" ", f.flipPoints()), f.boxText(),
                            f.box() == null ? "" : Numbers.format(f.box().coverage()),
                            f.box() == null ? "" : Numbers.format(f.box().density()));
                }
            }
        }

        private void writeSensitivity(List<SweepAnalysis.SensitivityRow> rows) throws IOException {
            try (CSVPrinter p = ResultTables.create(out.resolve(SENSITIVITY))) {
                p.printRecord(SENSITIVITY_COLUMNS);
                for (SweepAnalysis.SensitivityRow x : rows) {
                    p.printRecord(x.metric(), r.metric(), x.parameter(), x.method(), x.index(),
                            Numbers.format(x.value()), Numbers.format(x.ciLow()), Numbers.format(x.ciHigh()));
                }
            }
            // the charts read a sweep's sensitivity.csv, one chart per "metric": here, per variant
            Path tmp = out.resolve(".sensitivity-charts.csv");
            SweepAnalysis.writeSensitivity(tmp, rows);
            try {
                SensitivityCharts.write(tmp, out.resolve(SweepAnalysis.CHARTS));
            } finally {
                Files.deleteIfExists(tmp);
            }
        }

    }

    /** Whether a 95% interval lies wholly on one side of 0 (an undefined one does not). */
    static boolean excludesZero(PairedStats.Paired p) {
        return p.ciLow() > 0 || p.ciHigh() < 0;
    }
}
