package org.sahelsim.format;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root for the generators' {@code main} methods. */
public final class RepoPaths {
    private RepoPaths() {
    }

    /**
     * The nearest folder, from the working folder up, with a {@code pom.xml} and a
     * {@code scenarios/} or {@code sim/} folder (the repository root, whether run from the root
     * or from {@code sim/}).
     */
    public static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.isRegularFile(p.resolve("pom.xml"))
                    && (Files.isDirectory(p.resolve("scenarios")) || Files.isDirectory(p.resolve("sim")))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("run this from inside the repository: no folder with pom.xml and scenarios/"
                + " or sim/ above " + Path.of("").toAbsolutePath());
    }
}
