package org.sahelsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Naming and checking output folders. */
final class Folders {
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Folders() {
    }

    /** The file name without {@code .yaml} / {@code .yml}. */
    static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.replaceFirst("\\.(yaml|yml)$", "");
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

    /**
     * Fails with exit code 2 when a folder given with {@code --out} exists already, or cannot be
     * made because its nearest existing parent is not a writable folder.
     */
    static void checkFresh(Path out) throws BadInputException {
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
