package org.sahelsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;
import org.sahelsim.run.Batch;
import org.sahelsim.run.Codebook;
import org.sahelsim.run.Columns;
import org.sahelsim.run.Drivers;
import org.sahelsim.run.FileTrees;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.Provenance;
import org.sahelsim.run.RunFailedException;
import org.sahelsim.run.RunJob;
import org.sahelsim.run.RunMeasures;
import org.sahelsim.run.Series;
import org.sahelsim.run.TableLayout;
import org.sahelsim.run.TableRecovery;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.format.SweepLoader;
import org.sahelsim.format.SweepWriter;

/**
 * {@code sweep}: the runs of a designed experiment (or of one shard of it) into an output
 * folder, rows written as runs finish, resumable after a kill at any moment.
 *
 * <p>Runs and order: the runs of {@link SweepPlan} (design points in order, then
 * replications), or with {@code --shard I/N} its I-th contiguous slice, go through
 * {@link Batch} (threads, bounded reorder buffer), and each finished run's rows are appended
 * by {@link SweepTables} (events, time series, then the run's line in {@code runs.csv} as its
 * commit record). Nothing grows with the number of runs: runs are computed from their index,
 * at most twice as many runs as threads are held, and everything over all runs
 * ({@link SweepAnalysis}: summary, sensitivity, discovery) is a second pass over
 * {@code runs.csv} once the last run is written.
 *
 * <p>Files: {@code manifest.json} (status {@code incomplete} until the end),
 * {@code scenario.resolved.yaml} (the sweep as run, {@link SweepWriter}: itself a sweep file),
 * {@code codebook.csv}, {@code points.csv} (the points of the folder's runs), the three
 * tables (stored as the sweep says, {@link TableLayout}: plain or gzip-compressed, with or
 * without events), and, in a folder holding every run (no shard, or shard 1/1), {@code summary.csv},
 * {@code sensitivity.csv} and {@code charts/} (Sobol and Morris), {@code discovery.csv} (with
 * a discovery question). A shard folder gets these from {@code merge}.
 *
 * <p>Resume ({@code --resume} on an existing folder): the folder must hold this very sweep
 * (the same resolved sweep, so the same design, replications, seed and series, and the same
 * shard); {@link TableRecovery#recover} keeps the runs committed in {@code runs.csv} and cuts
 * everything after them; the job continues with the next run; the files written at the start
 * are written again (they are the same), the manifest keeps its start time and lists each
 * resumption. The result equals, byte for byte in every CSV file, that of a sweep never
 * interrupted. A folder whose manifest says {@code complete} is left as it is.
 */
public final class SweepJob {
    /**
     * The lock file of a sweep folder: held (by the operating system, so a killed sweep lets go)
     * while a sweep writes the folder, so that two sweeps never write one folder at once.
     */
    public static final String LOCK = ".sweep.lock";

    private SweepJob() {
    }

    /** Shard {@code index} (from 1) of {@code count}. */
    public record Shard(int index, int count) {
        public Shard {
            if (count < 1 || index < 1 || index > count) {
                throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, was " + index + "/" + count);
            }
        }

        /** {@code I/N}. */
        public String label() {
            return index + "/" + count;
        }
    }

    /**
     * Everything a sweep needs.
     *
     * @param arguments the command line as given, after the program name
     * @param options   the effective options, in manifest order
     * @param files     the sweep file and the scenario files it reads, hashed (the sweep file first)
     * @param sweep     the resolved sweep, with the replications, seed and series to use
     * @param shard     the shard to run, or null for every run
     * @param resume    continue {@code out} if it exists
     * @param extension what a command built on the sweep adds ({@link Extension#NONE} for {@code sweep})
     */
    public record Spec(List<String> arguments, Map<String, Object> options, List<RunJob.HashedFile> files,
                       Sweep sweep, Shard shard, int threads, ModelEntry model, Path out, boolean resume,
                       Extension extension) {
        /** A plain sweep. */
        public Spec(List<String> arguments, Map<String, Object> options, List<RunJob.HashedFile> files, Sweep sweep,
                    Shard shard, int threads, ModelEntry model, Path out, boolean resume) {
            this(arguments, options, files, sweep, shard, threads, model, out, resume, Extension.NONE);
        }
    }

    /**
     * What a command built on the sweep adds ({@code calibrate}): its name (the manifest's
     * {@code command}), further measures of every run ({@code runs.csv} columns analysed as
     * metrics), manifest fields (after {@code sweep}), and a last step over the whole folder,
     * run after the analysis and before the report, that may write files and add to the
     * manifest.
     */
    public record Extension(String command, RunMeasures measures, Map<String, Object> manifest, Finisher finisher) {
        /** A plain sweep. */
        public static final Extension NONE = new Extension("sweep", RunMeasures.NONE, Map.of(), (f, p, a, m) -> { });

        public Extension {
            manifest = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(manifest));
        }
    }

    /** The last step of an {@link Extension}. */
    @FunctionalInterface
    public interface Finisher {
        void finish(Path folder, SweepPlan plan, SweepAnalysis.Result analysis, Manifest manifest) throws IOException;
    }

    /** Told how the sweep advances (for a progress bar); each method does nothing unless overridden. */
    public interface Listener {
        /** The runs of the folder: {@code total}, of which {@code done} were already written (resume). */
        default void start(int total, int done) {
        }

        /** {@code done} of the folder's runs are written. */
        default void written(int done) {
        }

        /** Does nothing. */
        Listener NONE = new Listener() { };
    }

    /**
     * What a sweep reports.
     *
     * @param from            the first run of the folder (0 unless a shard)
     * @param to              one past its last run
     * @param foundOnResume   runs already in the folder when it was resumed
     * @param ranNow          runs made by this call
     * @param alreadyComplete the folder was complete: nothing was run or written
     * @param analysis        the summary, sensitivity and discovery (null for a shard folder)
     * @param wall            the whole call
     * @param report          the part after the last run was written: drivers.csv, the analysis,
     *                        what the extension adds, the final manifest and report.html
     */
    public record Outcome(Path folder, SweepPlan plan, Shard shard, int from, int to, int foundOnResume, int ranNow,
                          boolean resumed, boolean alreadyComplete, Duration wall, SweepAnalysis.Result analysis,
                          Duration report) {
    }

    /** The output folder cannot be continued (not a folder of this sweep, or damaged): bad input. */
    public static final class FolderException extends Exception {
        public FolderException(String message) {
            super(message);
        }
    }

    /** The metric names runs record, for reading sweep files. */
    public static List<String> metricNames() {
        return Metrics.ALL.stream().map(MetricDef::name).toList();
    }

    /**
     * Runs the sweep.
     *
     * @throws FileAlreadyExistsException if {@code out} exists and {@code resume} is false
     * @throws FolderException            if {@code out} cannot be resumed (nothing is changed)
     * @throws RunFailedException         if a run threw (the runs before it stay; manifest {@code incomplete})
     */
    public static Outcome execute(Spec spec, Listener listener)
            throws IOException, RunFailedException, InterruptedException, FolderException, ScenarioException {
        long t0 = System.nanoTime();
        Sweep sweep = spec.sweep();
        SweepPlan plan = new SweepPlan(sweep, spec.extension().measures());
        int[] range = spec.shard() == null ? new int[] {0, plan.runs()}
                : SweepPlan.shardRange(plan.runs(), spec.shard().index(), spec.shard().count());
        int from = range[0];
        int to = range[1];
        String resolved = SweepWriter.toYaml(sweep);
        String resolvedSha = Provenance.sha256(resolved.getBytes(StandardCharsets.UTF_8));
        Path out = spec.out();

        JsonNode old = null;
        if (Files.exists(out)) {
            if (!spec.resume()) {
                throw new FileAlreadyExistsException(out.toString());
            }
            old = existing(out, resolvedSha, spec.shard(), spec.extension().command());
            if (old != null && Manifest.COMPLETE.equals(old.path("status").asText())) {
                return new Outcome(out, plan, spec.shard(), from, to, old.path("runs").asInt(), 0, true, true,
                        Duration.ofNanos(System.nanoTime() - t0), null, Duration.ZERO);
            }
        } else {
            FileTrees.createNew(out);
        }
        boolean resumed = old != null;
        try (FileChannel lock = lock(out)) {
            return run(spec, listener, plan, from, to, resolved, resolvedSha, old, resumed, t0);
        }
    }

    /**
     * Takes an exclusive lock on {@code dir}'s {@value #LOCK}, held until the channel returned is
     * closed, or fails when another sweep (a second --resume, a requeued task) holds it.
     */
    private static FileChannel lock(Path dir) throws IOException, FolderException {
        FileChannel ch = org.sahelsim.run.FolderLock.tryLock(dir, LOCK);
        if (ch == null) {
            throw new FolderException(dir + " is being written by another sweep right now (its " + LOCK
                    + " is locked); wait for it to end, or stop it, before resuming.");
        }
        return ch;
    }

    private static Outcome run(Spec spec, Listener listener, SweepPlan plan, int from, int to, String resolved,
                               String resolvedSha, JsonNode old, boolean resumed, long t0)
            throws IOException, RunFailedException, InterruptedException, FolderException {
        Sweep sweep = spec.sweep();
        Path out = spec.out();
        Manifest m = manifest(spec, plan, from, to, resolvedSha, old);
        m.write(out);
        Files.writeString(out.resolve(Columns.RESOLVED), resolved, StandardCharsets.UTF_8);
        Files.deleteIfExists(out.resolve(Columns.CODEBOOK));
        Codebook.write(out);
        SweepAnalysis.writePoints(out, plan, plan.pointOf(from), to == from ? plan.pointOf(from)
                : plan.pointOf(to - 1) + 1);

        int done;
        SweepTables tables;
        TableLayout layout = plan.layout();
        if (resumed) {
            try {
                done = TableRecovery.recover(out, from, to, i -> plan.key(i).runId(), plan::runIndex, layout);
            } catch (TableRecovery.DamagedException e) {
                throw new FolderException(out + " cannot be continued: " + e.getMessage());
            }
            tables = SweepTables.append(out, layout, from + done, from, to);
            m.resumed(old, done, spec.arguments());
        } else {
            for (String f : SweepTables.ORDER) {
                Files.deleteIfExists(out.resolve(f));
                Files.deleteIfExists(out.resolve(f + TableLayout.GZ));
            }
            tables = SweepTables.create(out, plan.runsColumns(), layout, from, to);
            done = 0;
        }
        m.put("runs", done);
        m.write(out);

        final int found = done;
        listener.start(to - from, found);
        m.runRecordingFailure(out, () -> {
            if (from + found < to) {
                Series series = Series.parse(sweep.series());
                Batch.run(plan.slice(from + found, to), spec.threads(), series, spec.model(), tables::write,
                        n -> listener.written(found + n));
            }
        }, () -> {
            // on a failure (a full disk) the tables are cut back to their whole runs: no torn rows, and
            // the room they free takes the manifest's record of the error
            try {
                tables.close();
            } finally {
                if (found + tables.written() < to - from) {
                    try {
                        TableRecovery.recover(out, from, to, i -> plan.key(i).runId(), plan::runIndex, layout);
                    } catch (TableRecovery.DamagedException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                }
            }
        }, () -> found + tables.written());
        long afterRuns = System.nanoTime();
        m.put("runs", to - from);
        if (layout.events()) {
            Drivers.write(out);
        }
        SweepAnalysis.Result analysis = null;
        if (from == 0 && to == plan.runs()) {
            analysis = SweepAnalysis.analyse(out, plan);
            m.put("analysis", analysisJson(analysis));
            spec.extension().finisher().finish(out, plan, analysis, m);
        } else {
            m.put("analysis", "summary.csv, sensitivity.csv and discovery.csv are written by 'sahelsim merge' of all"
                    + " the shards");
        }
        m.complete(out, to - from);
        if (analysis != null) {
            org.sahelsim.report.SweepReport.build(out);
        }
        long end = System.nanoTime();
        return new Outcome(out, plan, spec.shard(), from, to, found, to - from - found, resumed, false,
                Duration.ofNanos(end - t0), analysis, Duration.ofNanos(end - afterRuns));
    }

    /**
     * The manifest of a folder to resume, after checking it holds this sweep; null when the
     * folder is empty (a sweep killed before its first file starts again).
     */
    private static JsonNode existing(Path out, String resolvedSha, Shard shard, String command)
            throws IOException, FolderException {
        if (!Files.isDirectory(out)) {
            throw new FolderException(out + " exists and is not a folder.");
        }
        Path manifest = out.resolve(Columns.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            List<String> names;
            try (Stream<Path> s = Files.list(out)) {
                names = s.map(p -> p.getFileName().toString()).sorted().toList();
            }
            List<String> startup = List.of(LOCK, Columns.MANIFEST + ".tmp");
            if (startup.containsAll(names)) {
                // killed before the manifest was written: start again
                Files.deleteIfExists(out.resolve(Columns.MANIFEST + ".tmp"));
                return null;
            }
            throw new FolderException(out + " is not a sweep folder (it has no manifest.json); --resume continues a"
                    + " folder written by 'sahelsim sweep'.");
        }
        JsonNode m = readManifest(manifest);
        if (!command.equals(m.path("command").asText())) {
            throw new FolderException(out + " is a folder of 'sahelsim " + m.path("command").asText("?")
                    + "', not of a " + command + "; --resume continues a " + command + " folder.");
        }
        if (!resolvedSha.equals(m.path("resolved_sha256").asText())) {
            throw new FolderException(out + " holds another sweep: its scenario.resolved.yaml differs from this one"
                    + " (another sweep file, design, --reps, --seed or --series?); resume it with the command that"
                    + " started it (manifest: " + m.path("command_line").asText() + ").");
        }
        JsonNode sh = m.path("shard");
        String was = sh.isObject() ? sh.path("index").asInt() + "/" + sh.path("count").asInt() : "none";
        String now = shard == null ? "none" : shard.label();
        if (!was.equals(now)) {
            throw new FolderException(out + " holds shard " + was + " of this sweep, not " + now + "; resume it with"
                    + " the command that started it (manifest: " + m.path("command_line").asText() + ").");
        }
        return m;
    }

    /** A folder's manifest, or a {@link FolderException} when it is not JSON. */
    static JsonNode readManifest(Path file) throws FolderException {
        try {
            return Manifest.read(file);
        } catch (IOException e) {
            throw new FolderException(file + " cannot be read as JSON: " + e.getMessage());
        }
    }

    private static Manifest manifest(Spec spec, SweepPlan plan, int from, int to, String resolvedSha, JsonNode old) {
        Sweep s = spec.sweep();
        Manifest m = new Manifest().begin(spec.extension().command(), spec.arguments(), spec.options(),
                s.scenario());
        m.put("scenario_files", spec.files());
        m.put("sweep_sha256", spec.files().isEmpty() ? null : spec.files().get(0).sha256());
        m.put("resolved_sha256", resolvedSha);
        m.put("master_seed", s.seed());
        m.put("seed_rule", s.commonRandomNumbers()
                ? "common random numbers: seed of rep r of every point = mix64(mix64(S) + 0x9e3779b97f4a7c15 * (r + 1))"
                + " & (2^53 - 1) (org.sahelsim.run.Seeds.forRun)"
                : "seed of rep r of design point p = mix64(mix64(mix64(S) + 0xbb67ae8584caa73b * (p + 1)) + "
                + "0x9e3779b97f4a7c15 * (r + 1)) & (2^53 - 1), mix64 = SplittableRandom's finaliser "
                + "(org.sahelsim.run.Seeds.forPoint); the design is drawn from S too");
        m.put("threads", spec.threads());
        m.put("series", s.series());
        m.put("compression", s.compression());
        m.put("events", s.events());
        boolean restarted = old != null && old.path("started").isTextual();
        m.progress(restarted ? old.path("started").asText() : Manifest.now(), to - from);
        m.put("sweep", sweepJson(s, plan));
        spec.extension().manifest().forEach(m::put);
        if (spec.shard() == null) {
            m.put("shard", null);
        } else {
            Map<String, Object> sh = new LinkedHashMap<>();
            sh.put("index", spec.shard().index());
            sh.put("count", spec.shard().count());
            sh.put("first_run", from);
            sh.put("runs", to - from);
            sh.put("rule", "shard I of N holds runs floor((I-1) T / N) to floor(I T / N) - 1 of the T runs"
                    + " (points in order, then replications)");
            m.put("shard", sh);
        }
        m.put("resumes", List.of());
        return m;
    }

    static Map<String, Object> sweepJson(Sweep s, SweepPlan plan) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("name", s.name());
        w.put("description", s.description());
        w.put("file", s.file() == null ? null : s.file().toString());
        w.put("scenario_file", s.scenarioFile() == null ? null : s.scenarioFile().toString());
        w.put("design", s.design().label());
        switch (s.design()) {
            case LHS -> w.put("points", s.points());
            case SOBOL -> w.put("base_samples", s.baseSamples());
            case MORRIS -> {
                w.put("trajectories", s.trajectories());
                w.put("levels", s.levels());
            }
            case ENSEMBLE -> w.put("ensemble", ensembleJson(s.ensemble()));
            default -> {
            }
        }
        w.put("design_points", plan.points());
        w.put("replications", s.replications());
        w.put("runs_total", plan.runs());
        w.put("common_random_numbers", s.commonRandomNumbers());
        w.put("parameters", s.parameters().stream().map(Sweep.Parameter::path).toList());
        w.put("metrics", s.metrics());
        w.put("set", s.set());
        w.put("baseline_point", s.baselinePoint());
        w.put("discovery", s.discovery() == null ? null : s.discovery().describe());
        return w;
    }

    /** An ensemble design's file and its hash, so that a report can tell which ensemble the points came from. */
    public static Map<String, Object> ensembleJson(Path file) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("file", file.toString());
        e.put("sha256", Provenance.sha256(file));
        return e;
    }

    static Map<String, Object> analysisJson(SweepAnalysis.Result a) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("summary", SweepAnalysis.SUMMARY);
        j.put("sensitivity", a.sensitivity().isEmpty() ? null : SweepAnalysis.SENSITIVITY);
        j.put("charts", a.charts().stream().map(c -> SweepAnalysis.CHARTS + "/" + c.getFileName()).toList());
        j.put("notes", a.notes());
        SweepAnalysis.DiscoveryResult d = a.discovery();
        if (d == null) {
            j.put("discovery", null);
        } else {
            Map<String, Object> dj = new LinkedHashMap<>();
            dj.put("outcome", d.question().describe());
            dj.put("file", SweepAnalysis.DISCOVERY);
            dj.put("points", d.points());
            dj.put("share_of_runs", d.share());
            dj.put("coverage", finite(d.box().coverage()));
            dj.put("density", finite(d.box().density()));
            dj.put("mass", finite(d.box().mass()));
            dj.put("points_in_box", d.box().cases());
            dj.put("restricted", d.box().restrictedBounds().stream().map(b -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("parameter", b.parameter());
                r.put("low", b.low());
                r.put("high", b.high());
                return r;
            }).toList());
            j.put("discovery", dj);
        }
        return j;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }


    /** Loads the resolved sweep of a sweep folder ({@code scenario.resolved.yaml}). */
    public static Sweep loadResolved(Path folder) throws ScenarioException {
        return SweepLoader.load(folder.resolve(Columns.RESOLVED), metricNames());
    }
}
