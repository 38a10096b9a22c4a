package org.sahelsim.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.sahelsim.scenario.Scenario;

/**
 * One batch of runs written to a new output folder: creates the folder (never an existing
 * one), writes {@code manifest.json} (status {@code incomplete}), {@code scenario.resolved.yaml},
 * {@code codebook.csv} and the table headers, runs the plan, and rewrites the manifest with
 * the end time, the number of runs written and status {@code complete}, or leaves it
 * {@code incomplete} with the error when a run fails. Callers check all input before calling:
 * nothing here may fail on bad input after the folder exists.
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
     */
    public record Spec(String command, List<String> arguments, Map<String, Object> options, List<HashedFile> files,
                       Scenario scenario, String resolvedYaml, RunPlan plan, long masterSeed, int threads,
                       Series series, ModelEntry model, Path out, Map<String, Object> extra) {
    }

    /**
     * What a finished job reports.
     *
     * @param wall   the whole job, from creating the folder to the last file
     * @param report the part after the last run was written (drivers.csv, the final manifest)
     */
    public record Outcome(Path folder, Batch.Result batch, Duration wall, Duration report) {
    }

    /**
     * Runs the job.
     *
     * @throws FileAlreadyExistsException if {@code out} exists (nothing is written)
     * @throws RunFailedException if a run threw (the folder stays, manifest {@code incomplete})
     */
    public static Outcome execute(Spec spec, IntConsumer progress)
            throws IOException, RunFailedException, InterruptedException {
        long t0 = System.nanoTime();
        Path out = spec.out();
        FileTrees.createNew(out);

        Manifest m = new Manifest().begin(spec.command(), spec.arguments(), spec.options(), spec.scenario());
        m.put("scenario_files", spec.files());
        m.put("resolved_sha256", Provenance.sha256(spec.resolvedYaml().getBytes(StandardCharsets.UTF_8)));
        m.put("master_seed", spec.masterSeed());
        m.put("seed_rule", "seed of rep r = mix64(mix64(S) + 0x9e3779b97f4a7c15 * (r + 1)) & (2^53 - 1), "
                + "mix64 = SplittableRandom's finaliser (org.sahelsim.run.Seeds)");
        m.put("threads", spec.threads());
        m.put("series", spec.series().label());
        m.progress(Manifest.now(), spec.plan().size());
        spec.extra().forEach(m::put);
        m.write(out);
        Files.writeString(out.resolve(Columns.RESOLVED), spec.resolvedYaml(), StandardCharsets.UTF_8);
        Codebook.write(out);

        ResultTables tables = new ResultTables(out);
        Batch.Result[] result = new Batch.Result[1];
        m.runRecordingFailure(out, () -> result[0] = Batch.run(spec.plan(), spec.threads(), spec.series(),
                spec.model(), tables::write, progress), tables, tables::runsWritten);
        long afterRuns = System.nanoTime();
        Drivers.write(out);
        m.complete(out, tables.runsWritten());
        long end = System.nanoTime();
        return new Outcome(out, result[0], Duration.ofNanos(end - t0), Duration.ofNanos(end - afterRuns));
    }


}
