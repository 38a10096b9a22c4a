package org.sahelsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sahelsim.run.Codebook;
import org.sahelsim.run.Columns;
import org.sahelsim.run.Drivers;
import org.sahelsim.run.FileTrees;
import org.sahelsim.run.GzipMembers;
import org.sahelsim.run.Manifest;
import org.sahelsim.run.TableLayout;
import org.sahelsim.run.TableRecovery;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.Sweep;

/**
 * {@code merge DIR... --out DIR}: joins the shard folders of one sweep into the folder a single
 * machine would have written.
 *
 * <p>Checks first, writing nothing when any fails: every folder is a shard folder of
 * {@code sweep} whose manifest says {@code complete}, with as many lines in {@code runs.csv}
 * as its slice has runs; all are shards of the same sweep (the same sweep file and resolved
 * sweep by SHA-256, master seed, design, time series and number of shards N), and shards 1 to
 * N are each given exactly once (in any order on the command line). Then the new folder gets
 * the shards' rows of {@code runs.csv}, {@code timeseries.csv} and {@code events.csv} one
 * after the other in shard order (shards are contiguous slices of the runs, so this is the
 * run order), each header once; {@code scenario.resolved.yaml} as the shards have it;
 * {@code codebook.csv}; and {@code points.csv}, {@code summary.csv}, {@code sensitivity.csv},
 * {@code charts/} and {@code discovery.csv} computed by {@link SweepAnalysis} exactly as the
 * single machine computes them. Its manifest says {@code merge} and names the shards.
 */
public final class MergeJob {
    private MergeJob() {
    }

    /**
     * @param arguments the command line as given, after the program name
     * @param shards    the shard folders, in any order
     * @param out       the new folder
     */
    public record Spec(List<String> arguments, List<Path> shards, Path out) {
    }

    /** What a merge reports. */
    public record Outcome(Path folder, SweepPlan plan, int shards, int runs, Duration wall,
                          SweepAnalysis.Result analysis) {
    }

    /** One checked shard. */
    private record Part(Path folder, JsonNode manifest, int index, int count) {
    }

    /**
     * Merges.
     *
     * @throws SweepJob.FolderException when the folders are not the complete shards of one
     *                                  sweep (nothing is written)
     * @throws java.nio.file.FileAlreadyExistsException when {@code out} exists
     */
    public static Outcome execute(Spec spec) throws IOException, SweepJob.FolderException {
        long t0 = System.nanoTime();
        Path out = spec.out();
        if (spec.shards().isEmpty()) {
            throw new SweepJob.FolderException("merge needs the shard folders of a sweep.");
        }
        List<Part> parts = new ArrayList<>();
        for (Path dir : spec.shards()) {
            parts.add(read(dir));
        }
        Part first = parts.get(0);
        for (Part p : parts) {
            same(first, p, "sweep_sha256", "the sweep file (its SHA-256)");
            same(first, p, "resolved_sha256", "the resolved sweep (scenario.resolved.yaml: design, parameters,"
                    + " replications, scenario)");
            same(first, p, "master_seed", "the master seed");
            same(first, p, "series", "the time series (--series)");
            if (!first.manifest().path("sweep").path("design").equals(p.manifest().path("sweep").path("design"))) {
                throw new SweepJob.FolderException(p.folder() + " and " + first.folder() + " are shards of different"
                        + " sweeps: their design differs.");
            }
            if (p.count() != first.count()) {
                throw new SweepJob.FolderException(p.folder() + " is shard " + p.index() + "/" + p.count() + " but "
                        + first.folder() + " is shard " + first.index() + "/" + first.count() + ": shards of one merge"
                        + " must split the sweep into the same number of parts.");
            }
        }
        int n = first.count();
        Part[] byIndex = new Part[n + 1];
        for (Part p : parts) {
            if (byIndex[p.index()] != null) {
                throw new SweepJob.FolderException("shard " + p.index() + "/" + n + " is given twice: "
                        + byIndex[p.index()].folder() + " and " + p.folder() + ".");
            }
            byIndex[p.index()] = p;
        }
        List<Integer> missing = IntStream.rangeClosed(1, n).filter(i -> byIndex[i] == null).boxed().toList();
        if (!missing.isEmpty()) {
            throw new SweepJob.FolderException("shard" + (missing.size() == 1 ? " " : "s ") + join(missing) + " of " + n
                    + (missing.size() == 1 ? " is" : " are") + " missing: merge needs all " + n + " shards of the"
                    + " sweep, each once.");
        }
        Sweep sweep;
        SweepPlan plan;
        try {
            sweep = SweepJob.loadResolved(first.folder());
            plan = new SweepPlan(sweep);
        } catch (ScenarioException | IllegalArgumentException e) {
            throw new SweepJob.FolderException("the resolved sweep of " + first.folder() + " cannot be read: "
                    + e.getMessage());
        }
        for (int i = 1; i <= n; i++) {
            int[] range = SweepPlan.shardRange(plan.runs(), i, n);
            Part p = byIndex[i];
            JsonNode sh = p.manifest().path("shard");
            if (sh.path("first_run").asInt(-1) != range[0] || sh.path("runs").asInt(-1) != range[1] - range[0]) {
                throw new SweepJob.FolderException(p.folder() + " holds runs " + sh.path("first_run").asText() + " to "
                        + (sh.path("first_run").asInt() + sh.path("runs").asInt() - 1) + ", but shard " + i + "/" + n
                        + " of this sweep is runs " + range[0] + " to " + (range[1] - 1) + ".");
            }
            long lines = lines(p.folder().resolve(Columns.RUNS)) - 1;
            if (lines != range[1] - range[0]) {
                throw new SweepJob.FolderException(p.folder() + " (shard " + i + "/" + n + ") holds " + lines
                        + " runs in runs.csv, not its " + (range[1] - range[0]) + "; finish it with --resume.");
            }
        }

        FileTrees.createNew(out);
        Manifest m = new Manifest();
        m.put("command", "merge");
        m.put("command_line", Manifest.commandLine(spec.arguments()));
        m.put("arguments", spec.arguments());
        JsonNode fm = first.manifest();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("shards", spec.shards().stream().map(Path::toString).toList());
        // the series of the runs, which replay reads from the options as for the other commands
        options.put("series", fm.path("series").asText());
        options.put("out", out.toString());
        m.put("options", options);
        m.put("scenario", fm.path("scenario"));
        m.put("scenario_files", fm.path("scenario_files"));
        m.put("sweep_sha256", fm.path("sweep_sha256"));
        m.put("resolved_sha256", fm.path("resolved_sha256"));
        m.put("master_seed", fm.path("master_seed"));
        m.put("seed_rule", fm.path("seed_rule"));
        m.put("series", fm.path("series"));
        m.put("compression", plan.layout().compression());
        m.put("events", plan.layout().events());
        m.progress(Manifest.now(), plan.runs());
        m.put("sweep", SweepJob.sweepJson(sweep, plan));
        m.put("shard", null);
        List<Map<String, Object>> from = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Part p = byIndex[i];
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("shard", i + "/" + n);
            f.put("folder", p.folder().toString());
            f.put("runs", p.manifest().path("runs").asInt());
            f.put("version", p.manifest().path("version").asText());
            f.put("git_commit", p.manifest().path("git_commit").asText());
            f.put("threads", p.manifest().path("threads").asInt());
            f.put("started", p.manifest().path("started").asText());
            f.put("finished", p.manifest().path("finished").asText());
            from.add(f);
        }
        m.put("merged_from", from);
        m.write(out);

        Files.copy(first.folder().resolve(Columns.RESOLVED), out.resolve(Columns.RESOLVED));
        Codebook.write(out);
        SweepAnalysis.writePoints(out, plan, 0, plan.points());
        TableLayout layout = plan.layout();
        for (String table : layout.tables()) {
            String file = layout.file(table);
            try (OutputStream os = Files.newOutputStream(out.resolve(file), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                if (layout.compressed(table)) {
                    joinMembers(os, table, byIndex, n, plan);
                    continue;
                }
                byte[] header = SweepTables.header(table);
                os.write(header);
                for (int i = 1; i <= n; i++) {
                    Path f = byIndex[i].folder().resolve(file);
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
                        byte[] head = in.readNBytes(header.length);
                        if (!Arrays.equals(head, header)) {
                            throw new IOException(f + " does not start with the header this version writes");
                        }
                        in.transferTo(os);
                    }
                }
            }
        }
        m.put("runs", plan.runs());
        m.write(out);
        if (layout.events()) {
            Drivers.write(out);
        }
        SweepAnalysis.Result analysis = SweepAnalysis.analyse(out, plan);
        m.put("analysis", SweepJob.analysisJson(analysis));
        m.complete(out, plan.runs());
        org.sahelsim.report.SweepReport.build(out);
        return new Outcome(out, plan, n, plan.runs(), Duration.ofNanos(System.nanoTime() - t0), analysis);
    }

    private static Part read(Path dir) throws IOException, SweepJob.FolderException {
        if (!Files.isDirectory(dir)) {
            throw new SweepJob.FolderException(dir + " is not a folder.");
        }
        Path mf = dir.resolve(Columns.MANIFEST);
        if (!Files.isRegularFile(mf)) {
            throw new SweepJob.FolderException(dir + " is not an output folder of 'sahelsim sweep' (no manifest.json).");
        }
        JsonNode m = SweepJob.readManifest(mf);
        if (!"sweep".equals(m.path("command").asText())) {
            throw new SweepJob.FolderException(dir + " is a folder of 'sahelsim " + m.path("command").asText("?")
                    + "', not a shard of a sweep.");
        }
        JsonNode sh = m.path("shard");
        if (!sh.isObject()) {
            throw new SweepJob.FolderException(dir + " holds a whole sweep (it was not run with --shard): there is"
                    + " nothing to merge.");
        }
        int index = sh.path("index").asInt();
        int count = sh.path("count").asInt();
        if (!Manifest.COMPLETE.equals(m.path("status").asText())) {
            throw new SweepJob.FolderException(dir + " (shard " + index + "/" + count + ") is incomplete ("
                    + m.path("runs").asInt() + " of " + m.path("runs_planned").asInt() + " runs); finish it with: "
                    + m.path("command_line").asText() + (m.path("arguments").toString().contains("--resume") ? ""
                    : " --resume"));
        }
        TableLayout layout;
        try {
            layout = TableLayout.ofManifest(m);
        } catch (IllegalArgumentException e) {
            throw new SweepJob.FolderException(dir + ": " + e.getMessage());
        }
        List<String> files = new ArrayList<>(List.of(Columns.RESOLVED));
        layout.tables().forEach(t -> files.add(layout.file(t)));
        for (String f : files) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new SweepJob.FolderException(dir + " lacks " + f + ".");
            }
        }
        return new Part(dir, m, index, count);
    }

    /**
     * Writes the compressed table {@code table} of the shards as the one file an unsharded sweep
     * writes: its header member, then every shard's members in order, the two halves of a block
     * of runs that a shard boundary cut ({@link TableLayout}) joined into one member again.
     */
    private static void joinMembers(OutputStream os, String table, Part[] byIndex, int n, SweepPlan plan)
            throws IOException {
        TableLayout layout = plan.layout();
        GzipMembers gzip = new GzipMembers();
        byte[] header = TableRecovery.header(table, Columns.runsColumns(), layout);
        os.write(header);
        ByteArrayOutputStream held = new ByteArrayOutputStream(1 << 16);
        long[] heldBlock = {-1};
        byte[][] heldMember = {null};
        for (int i = 1; i <= n; i++) {
            Path f = byIndex[i].folder().resolve(layout.file(table));
            boolean[] first = {true};
            IOException[] bad = {null};
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
                long size = ch.size();
                long end = GzipMembers.scan(f, (start, stop, data) -> {
                    if (first[0]) {
                        first[0] = false;
                        if (!Arrays.equals(data, TableRecovery.header(table))) {
                            bad[0] = new IOException(f + " does not start with the header this version writes");
                            return false;
                        }
                        return true;
                    }
                    long run = plan.runIndex(GzipMembers.firstField(data));
                    if (run < 0) {
                        bad[0] = new IOException(f + " holds rows of '" + GzipMembers.firstField(data)
                                + "', which is not a run of this sweep");
                        return false;
                    }
                    long block = run / TableLayout.RUNS_PER_MEMBER;
                    if (block == heldBlock[0]) {
                        held.write(data, 0, data.length);
                        heldMember[0] = null;
                        return true;
                    }
                    if (heldBlock[0] >= 0) {
                        os.write(heldMember[0] != null ? heldMember[0] : gzip.member(held.toByteArray()));
                    }
                    held.reset();
                    held.write(data, 0, data.length);
                    heldBlock[0] = block;
                    // the member as it is, to copy it unchanged when no other shard adds to its block
                    heldMember[0] = GzipMembers.bytes(ch, start, stop);
                    return true;
                });
                if (bad[0] != null) {
                    throw bad[0];
                }
                if (end != size) {
                    throw new IOException(f + " is damaged after byte " + end + " of " + size
                            + " (a gzip member cut short or corrupted)");
                }
            }
        }
        if (heldBlock[0] >= 0) {
            os.write(heldMember[0] != null ? heldMember[0] : gzip.member(held.toByteArray()));
        }
    }

    private static void same(Part a, Part b, String key, String what) throws SweepJob.FolderException {
        if (!Objects.equals(a.manifest().path(key), b.manifest().path(key))) {
            throw new SweepJob.FolderException(b.folder() + " and " + a.folder() + " are not shards of the same sweep:"
                    + " " + what + " differs (" + key + " " + b.manifest().path(key) + " vs " + a.manifest().path(key)
                    + ").");
        }
    }

    private static long lines(Path file) throws IOException {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static String join(List<Integer> xs) {
        String all = xs.stream().map(String::valueOf).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " and " + all.substring(last + 2);
    }
}
