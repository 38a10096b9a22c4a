package org.sahelsim.run;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.sahelsim.model.ModelVersion;
import org.sahelsim.scenario.Scenario;

/**
 * {@code manifest.json}: what was run, how, with which code, and whether it finished. Keys keep
 * the order they were put in. Written once when a folder is created (status
 * {@code incomplete}) and again at the end, so a folder whose run was killed says so.
 */
public final class Manifest {
    /** Version of the manifest and folder layout; raised when a field changes meaning. */
    public static final int FORMAT_VERSION = 1;
    public static final String COMPLETE = "complete";
    public static final String INCOMPLETE = "incomplete";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public Manifest() {
        fields.put("format_version", FORMAT_VERSION);
        fields.put("program", "sahelsim");
        fields.put("version", Provenance.version());
        fields.put("model_version", ModelVersion.ID);
        Map<String, Object> git = Provenance.git();
        fields.put("git_commit", git.get("commit"));
        if (git.containsKey("dirty")) {
            fields.put("git_dirty", git.get("dirty"));
        }
    }

    /**
     * The opening fields of a command's folder: {@code command}, {@code command_line},
     * {@code arguments}, the effective {@code options} and the {@code scenario} run (name,
     * start, months).
     */
    public Manifest begin(String command, List<String> arguments, Map<String, Object> options, Scenario scenario) {
        put("command", command);
        put("command_line", commandLine(arguments));
        put("arguments", arguments);
        put("options", options);
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("name", scenario.name());
        sc.put("start", scenario.start().toString());
        sc.put("months", scenario.months());
        return put("scenario", sc);
    }

    /**
     * The fields of a folder's progress, after the command's own: {@code jvm}, {@code started},
     * {@code finished} (null), {@code runs} (0), {@code runs_planned} and {@code status}
     * {@code incomplete}.
     */
    public Manifest progress(String started, int runsPlanned) {
        put("jvm", Provenance.jvm());
        put("started", started);
        put("finished", null);
        put("runs", 0);
        put("runs_planned", runsPlanned);
        return put("status", INCOMPLETE);
    }

    /**
     * Records that the command stopped on {@code error} after {@code runs} runs, and writes the
     * manifest in {@code dir}.
     */
    public void failed(Path dir, int runs, Throwable error) throws IOException {
        put("finished", now());
        put("runs", runs);
        put("error", String.valueOf(error));
        try {
            write(dir);
        } catch (IOException e) {
            // a full disk has no room for the temporary copy: the error goes over the manifest in
            // place, in the room the manifest already takes (not atomic, but a failure is recorded)
            try {
                byte[] bytes = bytes();
                try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(
                        dir.resolve(Columns.MANIFEST), java.nio.file.StandardOpenOption.WRITE)) {
                    ch.write(java.nio.ByteBuffer.wrap(bytes), 0);
                    ch.truncate(bytes.length);
                }
            } catch (IOException again) {
                e.addSuppressed(again);
                throw e;
            }
        }
    }

    /** The runs of a command, run by {@link #runRecordingFailure}. */
    @FunctionalInterface
    public interface Runs {
        void run() throws IOException, RunFailedException, InterruptedException;
    }

    /**
     * Runs {@code runs}, then closes {@code files} whatever happens; when the runs or the closing
     * threw (a run failed, a write failed: a full disk), records the failure with the
     * {@code written} runs ({@link #failed}) once the files are closed, and passes it on.
     */
    public void runRecordingFailure(Path dir, Runs runs, Closeable files, IntSupplier written)
            throws IOException, RunFailedException, InterruptedException {
        Throwable failure = null;
        try {
            runs.run();
        } catch (IOException | RunFailedException | RuntimeException | Error | InterruptedException e) {
            failure = e;
        }
        try {
            files.close();
        } catch (IOException | RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure == null) {
            return;
        }
        try {
            failed(dir, written.getAsInt(), failure);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        if (failure instanceof IOException e) {
            throw e;
        } else if (failure instanceof RunFailedException e) {
            throw e;
        } else if (failure instanceof InterruptedException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        }
        throw (RuntimeException) failure;
    }

    /**
     * Sets {@code resumes}: those of the folder's {@code previous} manifest, then this resumption
     * (when, the runs found already written, the command line).
     */
    public Manifest resumed(JsonNode previous, int runsFound, List<String> arguments) {
        List<Object> resumes = new ArrayList<>();
        previous.path("resumes").forEach(resumes::add);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("at", now());
        r.put("runs_found", runsFound);
        r.put("command_line", commandLine(arguments));
        resumes.add(r);
        return put("resumes", resumes);
    }

    /** Records that the command finished with {@code runs} runs, and writes the manifest in {@code dir}. */
    public void complete(Path dir, int runs) throws IOException {
        put("finished", now());
        put("runs", runs);
        put("status", COMPLETE);
        write(dir);
    }

    /** The time now, to the millisecond, with its offset: the {@code started} and {@code finished} fields. */
    public static String now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** The command line as one string a POSIX shell would split back into the same words. */
    public static String commandLine(List<String> args) {
        StringBuilder b = new StringBuilder("sahelsim");
        for (String a : args) {
            // a word of plain characters as it is, any other quoted
            b.append(' ').append(a.matches("[A-Za-z0-9_./:=@%+,-]+") ? a
                    : "'" + a.replace("'", "'\\''") + "'");
        }
        return b.toString();
    }

    /** Sets a field (replacing its value but keeping its place). */
    public Manifest put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    /** Removes a field. */
    public Manifest remove(String key) {
        fields.remove(key);
        return this;
    }

    public Object get(String key) {
        return fields.get(key);
    }

    /** Writes {@code manifest.json} in {@code dir}, replacing an earlier one atomically where the system allows. */
    public void write(Path dir) throws IOException {
        byte[] bytes = bytes();
        Path tmp = dir.resolve(Columns.MANIFEST + ".tmp");
        try {
            Files.write(tmp, bytes);
        } catch (IOException e) {
            // a full disk: leave no empty temporary file behind
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, dir.resolve(Columns.MANIFEST), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(tmp, dir.resolve(Columns.MANIFEST), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private byte[] bytes() throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return (JSON.writer(pretty).writeValueAsString(fields) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a manifest written by this or an earlier version. */
    public static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
