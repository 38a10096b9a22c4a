package org.sahelsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sahelsim.run.Provenance;
import org.sahelsim.run.RunJob;

/** Naming and checking output folders, and hashing the files a command read for its manifest. */
final class Folders {
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Folders() {
    }

    /** The file name without {@code .yaml} / {@code .yml}. */
    static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.(yaml|yml)$", "");
    }

    /**
     * {@code <root>/<prefix>-<yyyyMMdd-HHmmss>}; when two commands start in the same second, the
     * second gets {@code -2}, {@code -3}, ... so a default folder is never an existing one.
     */
    static Path stamped(Path root, String prefix, LocalDateTime now) {
        Path p = root.resolve(prefix + "-" + STAMP.format(now));
        for (int i = 2; Files.exists(p); i++) {
            p = root.resolve(prefix + "-" + STAMP.format(now) + "-" + i);
        }
        return p;
    }

    /** The folder given with {@code --out}, else {@code results/<prefix>-<yyyyMMdd-HHmmss>}. */
    static Path named(Path out, String prefix) {
        return out != null ? out : stamped(Path.of("results"), prefix, LocalDateTime.now());
    }

    /** The folder {@link #named}, checked to be new ({@link #checkFresh}). */
    static Path fresh(Path out, String prefix) throws BadInputException {
        return checkFresh(named(out, prefix));
    }

    /** The bad input of an output folder that another process made after it was checked. */
    static BadInputException appeared(Path folder) {
        return new BadInputException("output folder " + folder
                + " appeared while starting; nothing was written.");
    }

    /** The options of a manifest, in order: a key, then its value (which may be null), and so on. */
    static Map<String, Object> options(Object... keysAndValues) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            options.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return options;
    }

    /** A file read, hashed for the manifest. */
    static RunJob.HashedFile hashed(Path file) {
        return new RunJob.HashedFile(file.toString(), Provenance.sha256(file));
    }

    /** The files {@code first}, then the scenario files ({@code sources}), hashed in that order. */
    static List<RunJob.HashedFile> hashed(List<Path> sources, Path... first) {
        return Stream.concat(Stream.of(first), sources.stream()).map(Folders::hashed)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * Fails with exit code 2 when a folder given with {@code --out} exists already, or cannot be
     * made because its nearest existing parent is not a writable folder; returns it.
     */
    static Path checkFresh(Path out) throws BadInputException {
        if (Files.exists(out)) {
            throw new BadInputException("output folder " + out + " already exists; sahelsim never overwrites results. "
                    + "Choose another --out, or leave --out away for a new time-stamped folder.");
        }
        Path p = out.toAbsolutePath().getParent();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p != null && (!Files.isDirectory(p) || !Files.isWritable(p))) {
            throw new BadInputException("output folder " + out + " cannot be created: " + p
                    + (Files.isDirectory(p) ? " is not writable." : " is not a folder."));
        }
        return out;
    }

    /**
     * Checks {@code --out} before the input is read: with {@code --resume} it must be given (the
     * folder to continue); without, a folder given must be new when the command writes one.
     */
    static void checkOut(Path out, boolean resume, boolean writes) throws BadInputException {
        if (resume && out == null) {
            throw new BadInputException("--resume continues an existing folder: name it with --out DIR.");
        }
        if (out != null && !resume && writes) {
            checkFresh(out);
        }
    }

    /** Fails with exit code 2 unless {@code file} is a readable file. */
    static void checkReadable(Path file, String what) throws BadInputException {
        if (!Files.exists(file)) {
            throw new BadInputException(what + " " + file + " does not exist.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadInputException(what + " " + file + " is not a readable file.");
        }
    }
}
