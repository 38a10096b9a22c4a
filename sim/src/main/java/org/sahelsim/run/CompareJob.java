package org.sahelsim.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.sahelsim.analysis.PairedStats;
import org.sahelsim.analysis.Summary;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.scenario.Experiment;
import org.sahelsim.format.ExperimentWriter;
import org.sahelsim.scenario.Scenario;

/**
 * {@code compare}: the baseline and each variant of an experiment, replication by replication
 * on common random numbers, into a new output folder, with {@code summary.csv} and the report.
 *
 * <p>Runs and order. Replication r of every variant runs with the seed
 * {@link Seeds#forRun(long, int) Seeds.forRun(S, r)}, so variant and baseline differ only by
 * their settings. Runs go through {@link Batch} (threads, bounded reorder buffer) in rounds:
 * one round of the experiment's replications, and with a {@code --ci-width} target further
 * rounds that add replications (numbering continues) until the 95% interval of the paired
 * difference of the primary metric is narrower than the target for every variant, or the
 * cap is reached; each round adds half the replications run so far (at least one), without
 * passing the cap. Each variant's rows are appended to its own part files, and the parts are
 * joined at the end in variant order, so {@code runs.csv}, {@code timeseries.csv} and
 * {@code events.csv} are in the order variants, then rep, then step, byte for byte the files
 * a single round with the final number of replications writes, whatever the threads.
 *
 * <p>Files: {@code manifest.json} (status {@code incomplete} until the end), the resolved
 * experiment in {@code scenario.resolved.yaml} ({@link ExperimentWriter}),
 * {@code codebook.csv}, the three tables, {@code summary.csv} ({@link Summary}, from the
 * per-run values exactly as {@code runs.csv} holds them), then the {@link ReportHook}. When a
 * run fails, the runs written before it are joined into the tables, the manifest stays
 * {@code incomplete} with the error, and {@link RunFailedException} names the variant,
 * replication and seed.
 *
 * <p>Resume ({@link Spec#resume}, {@code compare --resume}): each run's rows go to its
 * variant's part files in {@code .parts/}, events, then series, then its line in the runs part,
 * each handed to the system whole, so a complete line of a runs part commits its run. The
 * parts stay when the comparison stops (killed, a run or a write failed; the manifest's
 * {@code parts} says so). A resumed folder must be an incomplete comparison of the same
 * experiment with the same options ({@link RunJob#resumable}, threads aside); each variant's
 * parts are cut to its whole runs ({@link TableRecovery#recoverParts}), their values read
 * back, and the rounds gone through again: a round whose runs are all there runs nothing and
 * decides the next from the same values, so the files, the rounds and the summary end byte
 * for byte as those of a comparison never interrupted.
 */
public final class CompareJob {
    /** The file of the statistics. */
    public static final String SUMMARY = "summary.csv";
    /**
     * The hidden folder of part files while the runs go on; removed at the end, kept (and named
     * in the manifest) when the comparison stops on an error, for {@code --resume}.
     */
    static final String PARTS = ".parts";

    private CompareJob() {
    }

    /**
     * Everything a comparison needs.
     *
     * @param arguments  the command line as given, after the program name
     * @param options    the effective options, in manifest order
     * @param files      the experiment file and the scenario files it reads, hashed
     * @param experiment the resolved experiment, with the replications and seed to use
     * @param ciWidth    the {@code --ci-width} target, or null for one round
     * @param report     called once the files are written
     * @param resume     continue {@code out} if it exists (see the class comment)
     */
    public record Spec(List<String> arguments, Map<String, Object> options, List<RunJob.HashedFile> files,
                       Experiment experiment, Double ciWidth, int threads, Series series, ModelEntry model, Path out,
                       ReportHook report, boolean resume) {
        /** A comparison into a new folder. */
        public Spec(List<String> arguments, Map<String, Object> options, List<RunJob.HashedFile> files,
                    Experiment experiment, Double ciWidth, int threads, Series series, ModelEntry model,
                    Path out, ReportHook report) {
            this(arguments, options, files, experiment, ciWidth, threads, series, model, out, report, false);
        }

        public Spec {
            if (ciWidth != null && !(ciWidth > 0 && Double.isFinite(ciWidth))) {
                throw new IllegalArgumentException("ci width must be a positive number, was " + ciWidth);
            }
            if (ciWidth != null && experiment.replications() > experiment.maxReplications()) {
                throw new IllegalArgumentException("replications " + experiment.replications()
                        + " exceed max_replications " + experiment.maxReplications());
            }
        }
    }

    /** One round of replications and the widest interval of the primary metric's paired difference after it. */
    public record Round(int replications, double widestCi, String widestVariant) {
    }

    /**
     * What a finished comparison reports.
     *
     * @param wall   the whole comparison, from creating the folder to the report
     * @param report the part after the last run's rows were joined into the tables:
     *               drivers.csv, summary.csv, the final manifest, the charts and report.html
     * @param found  the runs already in the folder when it was resumed (0 for a new folder)
     */
    public record Outcome(Path folder, Experiment experiment, int replications, int runs, List<Round> rounds,
                          Double ciWidth, boolean ciReached, List<Summary.Row> summary, Duration wall,
                          Duration report, int found) {
    }

    /** Told how the comparison advances (for a progress bar); each method does nothing unless overridden. */
    public interface Listener {
        /** A round starts: replications {@code fromRep} to {@code toRep - 1}; {@code runsPlanned} in all so far. */
        default void round(int round, int fromRep, int toRep, int runsPlanned) {
        }

        /** {@code runsWritten} runs are written in all. */
        default void written(int runsWritten) {
        }

        /** Does nothing. */
        Listener NONE = new Listener() { };
    }

    /**
     * Runs the comparison.
     *
     * @throws java.nio.file.FileAlreadyExistsException if the folder exists and the spec does not resume
     *                                                  (nothing is written)
     * @throws RunJob.FolderException if the folder cannot be resumed (nothing is changed)
     * @throws RunFailedException if a run threw (the folder stays, manifest {@code incomplete})
     */
    public static Outcome execute(Spec spec, Listener listener)
            throws IOException, RunFailedException, InterruptedException, RunJob.FolderException {
        return new Execution(spec, listener).run();
    }

    /**
     * Replications {@code from} to {@code to - 1} of every variant, variant by variant (the
     * order of the part files), each with the seed of its replication.
     */
    public static RunPlan plan(Experiment exp, int from, int to) {
        List<Experiment.Variant> variants = exp.variants();
        long seed = exp.seed();
        int per = to - from;
        // per variant, its scenario at each set of the ensemble, built once (runs of a set share it)
        List<java.util.function.IntFunction<Scenario>> over = exp.ensemble() == null ? List.of()
                : variants.stream().map(v -> EnsembleRuns.scenarios(v.scenario(), exp.ensembleFor(v), seed))
                .toList();
        return RunPlan.of(variants.size() * per, i -> {
            int rep = from + i % per;
            return new RunKey(variants.get(i / per).name(), rep, Seeds.forRun(seed, rep));
        }, i -> over.isEmpty() ? variants.get(i / per).scenario() : over.get(i / per).apply(from + i % per),
                RunMeasures.NONE);
    }

    /**
     * {@value Columns#ENSEMBLE}: per run of a comparison over an ensemble, the set it ran on and
     * the value of each parameter of the ensemble as run (the variant's own where it sets the
     * path itself): {@code run_id}, {@code variant}, {@code rep}, {@code particle}, then one
     * column per path.
     */
    static void writeEnsemble(Path file, Experiment exp, int reps) throws IOException {
        List<Ensemble> over = exp.variants().stream().map(exp::ensembleFor).toList();
        EnsembleRuns.write(file, exp.ensemble(), exp.seed(), reps, exp.variantNames(), (v, k, p) -> {
            String drawn = over.get(v).overrides(k).get(p);
            Experiment.Variant own = exp.variants().get(v);
            return drawn != null ? drawn : own.set().containsKey(p) ? own.set().get(p) : exp.set().get(p);
        });
    }

    /** The state of one comparison. */
    private static final class Execution {
        private final Spec spec;
        private final Listener listener;
        private final Experiment exp;
        private final List<String> names;
        /** Column of each metric of interest in {@link Metrics#ALL}. */
        private final int[] columns;
        /** Per variant, per replication: the metrics of interest as runs.csv holds them. */
        private final List<List<double[]>> values = new ArrayList<>();
        private final Path out;
        private final Path parts;
        private final Manifest manifest = new Manifest();
        private final List<Round> rounds = new ArrayList<>();
        private int runsWritten;
        /** Runs already in the parts of a resumed folder. */
        private int found;
        private int replications;
        /** Whether the last round's interval was narrower than the {@code --ci-width} target. */
        private boolean reached;

        Execution(Spec spec, Listener listener) {
            this.spec = spec;
            this.listener = listener;
            this.exp = spec.experiment();
            this.names = exp.variantNames();
            names.forEach(n -> values.add(new ArrayList<>()));
            List<String> all = Metrics.ALL.stream().map(MetricDef::name).toList();
            columns = new int[exp.metrics().size()];
            for (int m = 0; m < columns.length; m++) {
                columns[m] = all.indexOf(exp.metrics().get(m));
                if (columns[m] < 0) {
                    throw new IllegalArgumentException("unknown metric '" + exp.metrics().get(m) + "'");
                }
            }
            this.out = spec.out();
            this.parts = out.resolve(PARTS);
        }

        Outcome run() throws IOException, RunFailedException, InterruptedException, RunJob.FolderException {
            long t0 = System.nanoTime();
            JsonNode old = null;
            if (spec.resume() && Files.exists(out)) {
                old = existing();
            } else {
                FileTrees.createNew(out);
            }
            try (java.nio.channels.FileChannel lock = FolderLock.tryLock(out, FolderLock.RUN)) {
                if (lock == null) {
                    throw new RunJob.FolderException(FolderLock.busy(out, FolderLock.RUN));
                }
                try {
                    return write(old, t0);
                } finally {
                    // the folder's files are those of interface.md; a killed job leaves its lock file, which
                    // a resume takes and removes in turn
                    Files.deleteIfExists(out.resolve(FolderLock.RUN));
                }
            }
        }

        private Outcome write(JsonNode old, long t0)
                throws IOException, RunFailedException, InterruptedException, RunJob.FolderException {
            startManifest(old);
            manifest.write(out);
            writeResolved(exp);
            Files.deleteIfExists(out.resolve(Columns.CODEBOOK));
            Codebook.write(out);
            if (old != null) {
                found = recoverParts();
                manifest.resumed(old, found, spec.arguments());
                manifest.put("runs", found);
                manifest.write(out);
            } else {
                Files.createDirectories(parts);
            }

            manifest.runRecordingFailure(out, this::runRounds, this::joinParts, () -> runsWritten);
            FileTrees.delete(parts);
            manifest.remove("parts");

            long afterRuns = System.nanoTime();
            Experiment asRun = exp.withReplications(replications);
            Drivers.write(out);
            if (exp.ensemble() != null) {
                writeEnsemble(out.resolve(Columns.ENSEMBLE), exp, replications);
            }
            List<Summary.Row> rows = Summary.compute(names, exp.metrics(), valueArrays());
            if (exp.ensemble() != null) {
                EnsembleRanking.write(out.resolve(EnsembleRanking.FILE),
                        EnsembleRanking.compute(exp, valueArrays(), replications));
            }
            Files.deleteIfExists(out.resolve(SUMMARY));
            SummaryTable.write(out.resolve(SUMMARY), rows);
            writeResolved(asRun);
            manifest.put("resolved_sha256", Provenance.sha256(out.resolve(Columns.RESOLVED)));
            manifest.put("replications", replications);
            if (spec.ciWidth() != null) {
                manifest.put("ci_width_reached", reached);
                manifest.put("replications_needed", reached ? replications : null);
            }
            manifest.complete(out, runsWritten);
            try {
                spec.report().build(out, asRun::scenarioOf);
            } catch (Exception e) {
                manifest.put("report_error", String.valueOf(e));
                manifest.write(out);
                throw new IllegalStateException("the runs, their CSV files and summary.csv are written in " + out
                        + ", but building the report failed: " + e, e);
            }
            return new Outcome(out, asRun, replications, runsWritten, List.copyOf(rounds), spec.ciWidth(),
                    spec.ciWidth() == null || reached, rows, Duration.ofNanos(System.nanoTime() - t0),
                    Duration.ofNanos(System.nanoTime() - afterRuns), found);
        }

        /** The rounds of replications, until the interval is narrow enough or the cap is reached. */
        private void runRounds() throws IOException, RunFailedException, InterruptedException {
            int target = exp.replications();
            int done = 0;
            // a resumed comparison goes through the rounds again; a round whose runs are all in the
            // parts runs nothing and decides the next round from the very values it decided it with
            while (true) {
                runRound(rounds.size() + 1, done, target);
                done = target;
                replications = done;
                Round r = widest(done);
                rounds.add(r);
                if (spec.ciWidth() == null) {
                    break;
                }
                reached = r.widestCi() < spec.ciWidth();
                manifest.put("ci_rounds", roundsJson());
                if (reached || done >= exp.maxReplications()) {
                    break;
                }
                target = (int) Math.min(exp.maxReplications(),
                        Math.max(done + 1L, (long) Math.ceil(done * 1.5)));
            }
        }

        private void startManifest(JsonNode old) {
            manifest.begin("compare", spec.arguments(), spec.options(), exp.baseline());
            manifest.put("scenario_files", spec.files());
            manifest.put("resolved_sha256", null);
            manifest.put("master_seed", exp.seed());
            manifest.put("seed_rule", "seed of rep r = mix64(mix64(S) + 0x9e3779b97f4a7c15 * (r + 1)) & (2^53 - 1), "
                    + "mix64 = SplittableRandom's finaliser (org.sahelsim.run.Seeds); the same for every variant "
                    + "(common random numbers)");
            manifest.put("threads", spec.threads());
            manifest.put("series", spec.series().label());
            boolean restarted = old != null && old.path("started").isTextual();
            manifest.progress(restarted ? old.path("started").asText() : Manifest.now(),
                    names.size() * exp.replications());
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", exp.name());
            e.put("description", exp.description());
            e.put("file", exp.file() == null ? null : exp.file().toString());
            e.put("baseline_file", exp.baselineFile() == null ? null : exp.baselineFile().toString());
            manifest.put("experiment", e);
            manifest.put("variants", names);
            manifest.put("replications", exp.replications());
            manifest.put("replications_initial", exp.replications());
            manifest.put("max_replications", exp.maxReplications());
            manifest.put("metrics", exp.metrics());
            manifest.put("primary_metric", exp.primaryMetric());
            manifest.put("ci_width", spec.ciWidth());
            if (exp.ensemble() != null) {
                Map<String, Object> ens = new LinkedHashMap<>();
                ens.put("file", exp.ensemble().file().toString());
                ens.put("sha256", Provenance.sha256(exp.ensemble().file()));
                ens.put("sets", exp.ensemble().size());
                ens.put("parameters", exp.ensemble().paths());
                ens.put("draw", "replication r of every variant runs the set drawn by weight from (seed, r); a value the"
                        + " experiment or the variant sets itself wins; ensemble.csv has each run's");
                manifest.put("ensemble", ens);
            }
            if (spec.ciWidth() != null) {
                manifest.put("ci_rounds", List.of());
                manifest.put("ci_width_reached", null);
                manifest.put("replications_needed", null);
            }
            manifest.put("parts", PARTS + "/ holds each variant's rows until the runs end; the tables"
                    + " are joined from it at the end, or when the comparison stops on an error (it is then"
                    + " kept for --resume: delete it when not resuming)");
        }

        private void writeResolved(Experiment e) throws IOException {
            Files.writeString(out.resolve(Columns.RESOLVED), ExperimentWriter.toYaml(e, spec.ciWidth()),
                    StandardCharsets.UTF_8);
        }

        /** Replications {@code from} to {@code to - 1} of every variant, appended to each variant's parts. */
        private void runRound(int round, int from, int to) throws IOException, RunFailedException,
                InterruptedException {
            int planned = names.size() * to;
            manifest.put("runs_planned", planned);
            manifest.put("replications", to);
            manifest.write(out);
            listener.round(round, from, to, planned);
            RunPlan plan = missing(from, to);
            List<Writer[]> writers = new ArrayList<>();
            List<OutputStream> files = new ArrayList<>();
            try {
                for (int v = 0; v < names.size(); v++) {
                    Writer[] w = new Writer[3];
                    for (int f = 0; f < 3; f++) {
                        OutputStream os = ResultTables.opener.open(part(v, f), StandardOpenOption.CREATE,
                                StandardOpenOption.APPEND);
                        files.add(os);
                        w[f] = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
                    }
                    writers.add(w);
                }
                int before = runsWritten;
                Batch.run(plan, spec.threads(), spec.series(), spec.model(), rb -> write(rb, writers),
                        n -> listener.written(before + n));
            } finally {
                try {
                    ResultTables.closeAll(writers.stream().flatMap(Arrays::stream).toArray(Writer[]::new));
                } finally {
                    // a writer whose last flush fails (a full disk) does not close its file: close them all
                    ResultTables.closeAll(files.toArray(OutputStream[]::new));
                }
            }
        }

        private void write(RunBuffer rb, List<Writer[]> writers) {
            int v = names.indexOf(rb.key().variant());
            String[] text = rb.rendered() != null ? rb.rendered() : ResultTables.render(rb);
            try {
                // events, then the series, then runs: a complete line of a runs part commits its run
                for (int f = 2; f >= 0; f--) {
                    writers.get(v)[f].write(text[f]);
                    writers.get(v)[f].flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the rows of run " + rb.key().runId(), e);
            }
            double[] finals = rb.finals();
            double[] mine = Arrays.stream(columns).mapToDouble(c -> asWritten(finals[c])).toArray();
            List<double[]> reps = values.get(v);
            if (reps.size() != rb.key().rep()) {
                throw new IllegalStateException("run " + rb.key().runId() + " came out of order: expected rep "
                        + reps.size());
            }
            reps.add(mine);
            runsWritten++;
        }

        private Path part(int variant, int file) {
            return parts.resolve(variant + "-" + (file == 0 ? "runs" : file == 1 ? "timeseries" : "events") + ".csv");
        }

        /** The widest 95% interval of the primary metric's paired difference over the variants. */
        private Round widest(int reps) {
            int pm = exp.metrics().indexOf(exp.primaryMetric());
            double[] base = column(0, pm, reps);
            double worst = Double.NEGATIVE_INFINITY;
            String who = null;
            for (int v = 1; v < names.size(); v++) {
                double w = PairedStats.paired(column(v, pm, reps), base).ciWidth();
                // an undefined interval counts as too wide
                double cmp = Double.isNaN(w) ? Double.POSITIVE_INFINITY : w;
                if (who == null || cmp > worst) {
                    worst = cmp;
                    who = names.get(v);
                }
            }
            return new Round(reps, worst, who);
        }

        /** The values of a metric in the first {@code reps} replications of a variant. */
        private double[] column(int variant, int metric, int reps) {
            return values.get(variant).stream().limit(reps).mapToDouble(rep -> rep[metric]).toArray();
        }

        private Map<String, double[][]> valueArrays() {
            Map<String, double[][]> out = new LinkedHashMap<>();
            for (int v = 0; v < names.size(); v++) {
                int variant = v;
                out.put(names.get(v), IntStream.range(0, columns.length)
                        .mapToObj(m -> column(variant, m, replications))
                        .toArray(double[][]::new));
            }
            return out;
        }

        private List<Map<String, Object>> roundsJson() {
            return rounds.stream().map(r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("replications", r.replications());
                m.put("widest_ci", Double.isFinite(r.widestCi()) ? r.widestCi() : null);
                m.put("widest_variant", r.widestVariant());
                return m;
            }).toList();
        }

        /**
         * Writes the three tables: their headers, then each variant's part files in variant order.
         * Also after a failure, so the runs written stay readable: the parts are then first cut
         * to their whole runs; when joining fails itself (a full disk), the tables go and the
         * parts stay, so no table is left half written.
         */
        private void joinParts() throws IOException {
            if (!Files.isDirectory(parts)) {
                return;
            }
            String[] files = {Columns.RUNS, Columns.TIMESERIES, Columns.EVENTS};
            try {
                try {
                    cutParts();
                } catch (TableRecovery.DamagedException e) {
                    throw new IOException(PARTS + " " + e.getMessage(), e);
                }
                for (String f : files) {
                    Files.deleteIfExists(out.resolve(f));
                }
                new ResultTables(out).close();
                for (int f = 0; f < 3; f++) {
                    Path table = out.resolve(files[f]);
                    try (OutputStream os = Files.newOutputStream(table, StandardOpenOption.APPEND)) {
                        for (int v = 0; v < names.size(); v++) {
                            Path p = part(v, f);
                            if (Files.exists(p)) {
                                Files.copy(p, os);
                            }
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                for (String f : files) {
                    Files.deleteIfExists(out.resolve(f));
                }
                throw e;
            }
        }

        /** Cuts each variant's parts to its whole runs and returns how many those are in all. */
        private int cutParts() throws IOException, TableRecovery.DamagedException {
            int found = 0;
            for (int v = 0; v < names.size(); v++) {
                String variant = names.get(v);
                found += TableRecovery.recoverParts(part(v, 0), List.of(part(v, 1), part(v, 2)),
                        Integer.MAX_VALUE, r -> variant + "/r" + r, id -> RunId.repOf(id, variant));
            }
            return found;
        }

        /**
         * Puts the parts of the folder being resumed back to each variant's whole runs, and reads
         * back the values of those runs as {@code runs.csv} holds them; returns how many there are.
         */
        private int recoverParts() throws IOException, RunJob.FolderException {
            if (!Files.isDirectory(parts)) {
                Files.createDirectories(parts);
                return 0;
            }
            int found;
            try {
                found = cutParts();
            } catch (TableRecovery.DamagedException e) {
                throw new RunJob.FolderException(out + " cannot be continued: " + PARTS + " "
                        + e.getMessage());
            }
            for (int v = 0; v < names.size(); v++) {
                try (Reader r = Files.newBufferedReader(part(v, 0), StandardCharsets.UTF_8);
                     CSVParser p = CSVParser.parse(r, ResultTables.FORMAT)) {
                    for (CSVRecord rec : p) {
                        // after run_id, variant, rep and seed, the metrics in their order
                        values.get(v).add(Arrays.stream(columns)
                                .mapToDouble(c -> Numbers.parse(rec.get(4 + c))).toArray());
                    }
                }
            }
            runsWritten = found;
            return found;
        }

        /**
         * Replications {@code from} to {@code to - 1} of every variant that its parts lack, variant
         * by variant: all of them in a new folder ({@link #plan}); in a resumed one, those after
         * the variant's last run found.
         */
        private RunPlan missing(int from, int to) {
            int n = names.size();
            int[] first = new int[n];
            int[] start = new int[n + 1];
            List<RunPlan> per = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                first[v] = Math.min(to, Math.max(from, values.get(v).size()));
                start[v + 1] = start[v] + to - first[v];
                per.add(plan(exp, first[v], to));
            }
            return RunPlan.of(start[n], i -> {
                int v = variantAt(start, i);
                return per.get(v).key(v * (to - first[v]) + i - start[v]);
            }, i -> {
                int v = variantAt(start, i);
                return per.get(v).scenario(v * (to - first[v]) + i - start[v]);
            }, RunMeasures.NONE);
        }

        private static int variantAt(int[] start, int i) {
            int v = 0;
            while (start[v + 1] <= i) {
                v++;
            }
            return v;
        }

        /**
         * The manifest of the folder to resume, after checking it is an incomplete comparison of
         * this very experiment with the same options; null when it holds nothing yet.
         */
        private JsonNode existing() throws IOException, RunJob.FolderException {
            JsonNode m = RunJob.resumable(out, "compare");
            if (m == null) {
                return null;
            }
            startManifest(null);
            String again = " (manifest: " + m.path("command_line").asText() + "); resume it with the options"
                    + " that started it, or leave --resume away and write a new folder.";
            RunJob.sameOptions(out, m, spec.options(), again);
            for (String key : List.of("scenario_files", "experiment", "variants", "replications_initial",
                    "max_replications", "metrics", "primary_metric", "ci_width", "ensemble", "series")) {
                if (!RunJob.tree(manifest.get(key)).equals(m.path(key).isMissingNode() ? RunJob.tree(null)
                        : m.path(key))) {
                    throw new RunJob.FolderException(out + " was written from other input: its " + key
                            + " differs" + again);
                }
            }
            Path resolved = out.resolve(Columns.RESOLVED);
            String now = ExperimentWriter.toYaml(exp, spec.ciWidth());
            if (!Files.isRegularFile(resolved)
                    || !now.equals(Files.readString(resolved, StandardCharsets.UTF_8))) {
                throw new RunJob.FolderException(out + " was written from other input: its "
                        + Columns.RESOLVED + " differs from this experiment's" + again);
            }
            return m;
        }

    }

    /** A value as a reader of runs.csv gets it: rounded by {@link Numbers#format}, NaN for an empty field. */
    public static double asWritten(double v) {
        return Numbers.parse(Numbers.format(v));
    }

    /** {@code summary.csv}: the columns of {@link Summary#COLUMNS}, numbers by {@link Numbers#format}. */
    public static final class SummaryTable {
        private SummaryTable() {
        }

        static void write(Path file, List<Summary.Row> rows) throws IOException {
            try (CSVPrinter p = ResultTables.create(file)) {
                p.printRecord(Summary.COLUMNS);
                for (Summary.Row r : rows) {
                    p.printRecord(record(r));
                }
            }
        }

        /** The fields of one row: the names, n, then the numbers. */
        public static List<String> record(Summary.Row r) {
            List<String> rec = new ArrayList<>(List.of(r.variant(), r.metric(), Integer.toString(r.n())));
            double[] nums = r.numbers();
            for (int i = 1; i < nums.length; i++) {
                rec.add(Numbers.format(nums[i]));
            }
            return rec;
        }
    }
}
