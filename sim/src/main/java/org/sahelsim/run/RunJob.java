package org.sahelsim.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.sahelsim.scenario.Scenario;

/**
 * One batch of runs written to a new output folder: creates the folder (never an existing
 * one), writes {@code manifest.json} (status {@code incomplete}), {@code scenario.resolved.yaml},
 * {@code codebook.csv} and the table headers, runs the plan, and rewrites the manifest with
 * the end time, the number of runs written and status {@code complete}, or leaves it
 * {@code incomplete} with the error when a run or a write fails (a full disk); the tables
 * then hold whole runs only. Callers check all input before calling: nothing here may fail on
 * bad input after the folder exists.
 *
 * <p>Resume ({@link Spec#resume}, {@code run --resume}): an existing folder is continued when
 * its manifest says {@code incomplete} and it was written by the same command with the same
 * options (threads aside), scenario files and resolved scenario; else it is refused
 * ({@link FolderException}) and left as it is. {@link TableRecovery#recover} keeps the runs
 * committed in {@code runs.csv} and cuts everything after them, the job goes on with the next
 * run, and the files end byte for byte as those of a job never interrupted. The manifest keeps
 * its start time and lists each resumption under {@code resumes}.
 */
public final class RunJob {
    private RunJob() {
    }

    /** A scenario file and its SHA-256, for the manifest. */
    public record HashedFile(String path, String sha256) {
    }

    /**
     * Everything a job needs.
     *
     * @param command     the command name ({@code run}, {@code replay})
     * @param arguments   the command line as given, after the program name
     * @param options     the effective options, in the order they should appear in the manifest
     * @param files       the scenario file and the files it extends, hashed
     * @param scenario    the resolved scenario (its start month dates the rows)
     * @param resolvedYaml the text of {@code scenario.resolved.yaml}
     * @param plan        the runs in output order
     * @param masterSeed  the master seed (recorded in the manifest)
     * @param extra       further manifest fields (e.g. what a replay replays), may be empty
     * @param resume      continue {@code out} if it exists (see the class comment)
     * @param inputs      further files that follow from the input alone (a run's ensemble.csv), written
     *                    with the codebook before any run, so that a folder marked complete has them all
     */
    public record Spec(String command, List<String> arguments, Map<String, Object> options, List<HashedFile> files,
                       Scenario scenario, String resolvedYaml, RunPlan plan, long masterSeed, int threads,
                       Series series, ModelEntry model, Path out, Map<String, Object> extra, boolean resume,
                       InputFiles inputs) {
        /** A job that writes no further input files. */
        public Spec(String command, List<String> arguments, Map<String, Object> options,
                    List<HashedFile> files, Scenario scenario, String resolvedYaml, RunPlan plan, long masterSeed,
                    int threads, Series series, ModelEntry model, Path out, Map<String, Object> extra,
                    boolean resume) {
            this(command, arguments, options, files, scenario, resolvedYaml, plan, masterSeed, threads,
                    series, model, out, extra, resume, folder -> { });
        }

        /** A job into a new folder. */
        public Spec(String command, List<String> arguments, Map<String, Object> options,
                    List<HashedFile> files, Scenario scenario, String resolvedYaml, RunPlan plan, long masterSeed,
                    int threads, Series series, ModelEntry model, Path out, Map<String, Object> extra) {
            this(command, arguments, options, files, scenario, resolvedYaml, plan, masterSeed, threads,
                    series, model, out, extra, false);
        }
    }

    /** Writes files of a job's folder that follow from its input alone. */
    @FunctionalInterface
    public interface InputFiles {
        void write(Path folder) throws IOException;
    }

    /** The folder to resume cannot be continued (complete, another job's, damaged): bad input. */
    public static final class FolderException extends Exception {
        public FolderException(String message) {
            super(message);
        }
    }

    /**
     * What a finished job reports.
     *
     * @param wall   the whole job, from creating the folder to the last file
     * @param report the part after the last run was written (drivers.csv, the final manifest)
     * @param found  the runs already in the folder when it was resumed (0 for a new folder)
     */
    public record Outcome(Path folder, Batch.Result batch, Duration wall, Duration report, int found) {
    }

    /**
     * Runs the job.
     *
     * @throws FileAlreadyExistsException if {@code out} exists and the spec does not resume (nothing is
     *                                    written)
     * @throws FolderException if {@code out} cannot be resumed (nothing is changed)
     * @throws RunFailedException if a run threw (the folder stays, manifest {@code incomplete})
     */
    public static Outcome execute(Spec spec, IntConsumer progress)
            throws IOException, RunFailedException, InterruptedException, FolderException {
        long t0 = System.nanoTime();
        Path out = spec.out();
        String resolvedSha = Provenance.sha256(spec.resolvedYaml().getBytes(StandardCharsets.UTF_8));
        JsonNode old = null;
        if (spec.resume() && Files.exists(out)) {
            old = existing(spec, out, resolvedSha);
        } else {
            FileTrees.createNew(out);
        }
        try (java.nio.channels.FileChannel lock = FolderLock.tryLock(out, FolderLock.RUN)) {
            if (lock == null) {
                throw new FolderException(FolderLock.busy(out, FolderLock.RUN));
            }
            try {
                return write(spec, progress, out, old, resolvedSha, t0);
            } finally {
                // the folder's files are those of interface.md; a killed job leaves its lock file, which
                // a resume takes and removes in turn
                Files.deleteIfExists(out.resolve(FolderLock.RUN));
            }
        }
    }

    private static Outcome write(Spec spec, IntConsumer progress, Path out, JsonNode old, String resolvedSha, long t0)
            throws IOException, RunFailedException, InterruptedException, FolderException {
        Manifest m = new Manifest().begin(spec.command(), spec.arguments(), spec.options(), spec.scenario());
        m.put("scenario_files", spec.files());
        m.put("resolved_sha256", resolvedSha);
        m.put("master_seed", spec.masterSeed());
        m.put("seed_rule", "seed of rep r = mix64(mix64(S) + 0x9e3779b97f4a7c15 * (r + 1)) & (2^53 - 1), "
                + "mix64 = SplittableRandom's finaliser (org.sahelsim.run.Seeds)");
        m.put("threads", spec.threads());
        m.put("series", spec.series().label());
        boolean restarted = old != null && old.path("started").isTextual();
        m.progress(restarted ? old.path("started").asText() : Manifest.now(), spec.plan().size());
        spec.extra().forEach(m::put);
        m.write(out);
        Files.writeString(out.resolve(Columns.RESOLVED), spec.resolvedYaml(), StandardCharsets.UTF_8);
        Files.deleteIfExists(out.resolve(Columns.CODEBOOK));
        Codebook.write(out);
        spec.inputs().write(out);

        int done = 0;
        ResultTables tables;
        if (old != null) {
            done = recover(spec, out);
            tables = ResultTables.append(out);
            m.resumed(old, done, spec.arguments());
            m.put("runs", done);
            m.write(out);
        } else {
            for (String f : TableRecovery.ORDER) {
                // a folder resumed before its first run was written starts its tables again
                Files.deleteIfExists(out.resolve(f));
            }
            tables = new ResultTables(out);
        }
        final int found = done;
        Batch.Result[] result = new Batch.Result[1];
        // on a failure the tables are closed, then cut to whole runs: no reader takes a torn row for data
        m.runRecordingFailure(out, () -> result[0] = Batch.run(spec.plan().from(found), spec.threads(),
                spec.series(), spec.model(), tables::write, n -> progress.accept(found + n)), () -> {
                    try {
                        tables.close();
                    } finally {
                        wholeRunsOnly(spec, out);
                    }
                }, () -> found + tables.runsWritten());
        long afterRuns = System.nanoTime();
        int runs = found + tables.runsWritten();
        try {
            Drivers.write(out);
            m.complete(out, runs);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(out.resolve(Drivers.FILE));
            m.put("status", Manifest.INCOMPLETE);
            try {
                m.failed(out, runs, e);
            } catch (IOException x) {
                e.addSuppressed(x);
            }
            throw e;
        }
        long end = System.nanoTime();
        return new Outcome(out, result[0], Duration.ofNanos(end - t0), Duration.ofNanos(end - afterRuns),
                found);
    }

    /** Cuts the tables to their committed runs after a failure. */
    private static void wholeRunsOnly(Spec spec, Path out) throws IOException {
        try {
            recover(spec, out);
        } catch (FolderException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Puts the tables back to the runs committed in {@code runs.csv} and returns how many those are. */
    private static int recover(Spec spec, Path out) throws IOException, FolderException {
        RunPlan plan = spec.plan();
        try {
            String variant = plan.key(0).variant();
            return TableRecovery.recover(out, 0, plan.size(), i -> plan.key(i).runId(), id -> {
                // a run id of this plan is its variant and rep r, at index r
                long r = RunId.repOf(id, variant);
                return r >= 0 && r < plan.size() && plan.key((int) r).runId().equals(id) ? r : -1;
            });
        } catch (TableRecovery.DamagedException e) {
            throw new FolderException(out + " cannot be continued: " + e.getMessage());
        }
    }

    /**
     * The manifest of a folder to resume, after checking it is an incomplete folder of this very
     * job; null when it holds nothing yet (a job killed before its manifest was written starts
     * again).
     */
    private static JsonNode existing(Spec spec, Path out, String resolvedSha)
            throws IOException, FolderException {
        JsonNode m = resumable(out, spec.command());
        if (m == null) {
            return null;
        }
        String again = " (manifest: " + m.path("command_line").asText() + "); resume it with the options that"
                + " started it, or leave --resume away and write a new folder.";
        sameOptions(out, m, spec.options(), again);
        if (!tree(spec.files()).equals(m.path("scenario_files"))
                || !resolvedSha.equals(m.path("resolved_sha256").asText())) {
            throw new FolderException(out + " was written from other input: its scenario files or resolved"
                    + " scenario differ from these" + again);
        }
        for (Map.Entry<String, Object> e : spec.extra().entrySet()) {
            if (!tree(e.getValue()).equals(m.path(e.getKey()))) {
                throw new FolderException(out + " was written from other input: its " + e.getKey()
                        + " differs" + again);
            }
        }
        return m;
    }

    /**
     * The manifest of {@code out}, a folder given to {@code --resume} of {@code command}, once
     * checked to be an incomplete folder of that command; null when it holds nothing yet (killed
     * before its manifest was written: it starts again).
     *
     * @throws FolderException if it is not a folder, not one of {@code command}, or complete
     */
    public static JsonNode resumable(Path out, String command) throws IOException, FolderException {
        if (!Files.isDirectory(out)) {
            throw new FolderException(out + " exists and is not a folder; --resume continues a folder written"
                    + " by 'sahelsim " + command + "'.");
        }
        Path manifest = out.resolve(Columns.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            List<String> names;
            try (Stream<Path> s = Files.list(out)) {
                names = s.map(p -> p.getFileName().toString()).toList();
            }
            if (List.of(Columns.MANIFEST + ".tmp", FolderLock.RUN).containsAll(names)) {
                Files.deleteIfExists(out.resolve(Columns.MANIFEST + ".tmp"));
                return null;
            }
            throw new FolderException(out + " is not a " + command + " folder (it has no " + Columns.MANIFEST
                    + "); --resume continues a folder written by 'sahelsim " + command + "'.");
        }
        JsonNode m;
        try {
            m = Manifest.read(manifest);
        } catch (IOException e) {
            throw new FolderException(manifest + " cannot be read as JSON: " + e.getMessage());
        }
        String was = m.path("command").asText("?");
        if (!command.equals(was)) {
            throw new FolderException(out + " is a folder of 'sahelsim " + was + "', not of '" + command
                    + "'; --resume continues a folder written by 'sahelsim " + command + "'.");
        }
        if (Manifest.COMPLETE.equals(m.path("status").asText())) {
            throw new FolderException(out + " is complete (its manifest says so): there is nothing to"
                    + " resume.");
        }
        return m;
    }

    /**
     * Checks the manifest {@code m} of a folder to resume was written with {@code options}, but
     * for {@code threads} and {@code out}: neither changes a byte of the tables, so a resume may
     * use other cores or name the folder otherwise.
     */
    public static void sameOptions(Path out, JsonNode m, Map<String, Object> options, String again)
            throws IOException, FolderException {
        ObjectNode now = (ObjectNode) tree(options);
        now.remove(List.of("threads", "out"));
        JsonNode then = m.path("options").deepCopy();
        if (then instanceof ObjectNode o) {
            o.remove(List.of("threads", "out"));
        }
        if (!now.equals(then)) {
            throw new FolderException(out + " was written with other options: " + then + ", not " + now
                    + again);
        }
    }

    /** A value as the manifest holds it once read back (numbers as small as they fit, paths as text). */
    public static JsonNode tree(Object value) throws IOException {
        return JSON.readTree(JSON.writeValueAsString(value));
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}
