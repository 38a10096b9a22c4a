package org.sahelsim.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixtures and the repository root, shared by the scenario tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** A fixture of {@code src/test/resources/org/sahelsim/scenario}. */
    static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The repository root: the nearest folder, from the working folder up, holding both
     * {@code pom.xml} and {@code scenarios/} (Maven runs the tests in {@code sim/}).
     */
    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("scenarios"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("no folder with pom.xml and scenarios/ above " + Path.of("").toAbsolutePath());
    }
}
