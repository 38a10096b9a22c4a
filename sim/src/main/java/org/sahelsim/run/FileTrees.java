package org.sahelsim.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders as trees of files: the one way the project deletes one with everything in it. */
public final class FileTrees {
    private FileTrees() {
    }

    /** Deletes a folder and everything in it, deepest first (a missing one is fine). */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Creates the folder {@code dir}, which must not exist, and its missing parents. Creating it
     * is atomic: of two commands racing for one folder, one fails here and writes nothing.
     *
     * @throws java.nio.file.FileAlreadyExistsException if {@code dir} exists
     */
    public static void createNew(Path dir) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.createDirectory(dir);
    }
}
