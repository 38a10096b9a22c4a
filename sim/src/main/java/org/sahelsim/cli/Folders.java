package org.sahelsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    /** Most bytes (UTF-8) of the file-name part of a default folder name ({@link #shortened}). */
    static final int MAX_PREFIX_BYTES = 120;

    private Folders() {
    }

    /** The file name without {@code .yaml} / {@code .yml}. */
    static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.(yaml|yml)$", "");
    }

    /**
     * {@code <root>/<prefix>-<yyyyMMdd-HHmmss>}; when two commands start in the same second, the
     * second gets {@code -2}, {@code -3}, ... so a default folder is never an existing one. A
     * prefix too long for a folder name is {@link #shortened}.
     */
    static Path stamped(Path root, String prefix, LocalDateTime now) {
        String name = shortened(prefix) + "-" + STAMP.format(now);
        Path p = root.resolve(name);
        for (int i = 2; Files.exists(p); i++) {
            p = root.resolve(name + "-" + i);
        }
        return p;
    }

    /**
     * The file-name part of a default folder name as it is when it has at most
     * {@value #MAX_PREFIX_BYTES} bytes in UTF-8; a longer one is cut to the characters that fit in
     * {@value #MAX_PREFIX_BYTES} - 9 bytes, followed by {@code -} and the first 8 hexadecimal digits
     * of the SHA-256 of the whole part (in UTF-8). So the same file name always gives the same
     * folder name, two long names that differ only at their end give different ones, and with the
     * time stamp the folder name stays well under the 255 bytes most file systems allow.
     */
    static String shortened(String prefix) {
        byte[] bytes = prefix.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_PREFIX_BYTES) {
            return prefix;
        }
        StringBuilder kept = new StringBuilder();
        int size = 0;
        for (int cp : prefix.codePoints().toArray()) {
            String c = Character.toString(cp);
            size += c.getBytes(StandardCharsets.UTF_8).length;
            if (size > MAX_PREFIX_BYTES - 9) {
                break;
            }
            kept.append(c);
        }
        return kept + "-" + Provenance.sha256(bytes).substring(0, 8);
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
     * Fails with exit code 2, naming the folder, when an output folder is empty text, exists
     * already, or cannot be made: its nearest existing parent is not a writable folder, or the
     * file system refuses it (a name too long, a read-only or special file system such as
     * {@code /proc}), which is tried by making the folder and its missing parents and removing
     * them again. Returns it.
     */
    static Path checkFresh(Path out) throws BadInputException {
        if (out.toString().isEmpty()) {
            throw new BadInputException("output folder '' (an empty --out) names no folder; give a new"
                    + " folder, or leave --out away for a new time-stamped folder under results/.");
        }
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
        tryMaking(out, p);
        return out;
    }

    /**
     * Makes {@code out} and its parents below {@code existing} (its nearest existing parent, or
     * null) and removes what it made, so that a folder the file system refuses fails here, before
     * any run, rather than once the runs are done. A folder another process made meanwhile is left.
     */
    private static void tryMaking(Path out, Path existing) throws BadInputException {
        List<Path> missing = new ArrayList<>();
        for (Path q = out.toAbsolutePath(); q != null && !q.equals(existing); q = q.getParent()) {
            missing.add(0, q);
        }
        List<Path> made = new ArrayList<>();
        try {
            for (Path q : missing) {
                try {
                    Files.createDirectory(q);
                    made.add(0, q);
                } catch (FileAlreadyExistsException e) {
                    if (q.equals(out.toAbsolutePath())) {
                        throw appeared(out);
                    }
                }
            }
        } catch (IOException e) {
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "the file system does not allow a folder there"
                    : e.toString();
            String where = e instanceof FileSystemException f && f.getFile() != null
                    && !Path.of(f.getFile()).equals(out.toAbsolutePath())
                    ? " (at " + f.getFile() + ")" : "";
            throw new BadInputException("output folder " + out + " cannot be created: " + reason + where
                    + "; nothing was written. Choose another --out.");
        } finally {
            for (Path q : made) {
                try {
                    Files.deleteIfExists(q);
                } catch (IOException e) {
                    // another process wrote into a parent made here meanwhile: it stays, as it wanted
                }
            }
        }
    }

    /**
     * Checks {@code --out} before the input is read: with {@code --resume} it must be given (the
     * folder to continue); without, a folder given must be new when the command writes one. A
     * folder to resume that does not exist yet is started, so it is checked as a new one.
     */
    static void checkOut(Path out, boolean resume, boolean writes) throws BadInputException {
        if (resume && out == null) {
            throw new BadInputException("--resume continues an existing folder: name it with --out DIR.");
        }
        if (out != null && writes && !(resume && Files.exists(out))) {
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
