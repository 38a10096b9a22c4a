package org.sahelsim.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Test helper: finds the project's {@code scenarios/} folder and reads YAML files raw (safe Load API). */
final class ScenarioFiles {
    private ScenarioFiles() {
    }

    /**
     * The project root: the first folder, walking up from the working directory (Maven runs
     * tests in {@code sim/}), that holds both {@code scenarios/} and {@code pom.xml}.
     */
    static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("scenarios")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new IllegalStateException("no folder with scenarios/ and pom.xml above " + dir);
    }

    static Path scenariosDir() {
        return projectRoot().resolve("scenarios");
    }

    /** Every {@code .yaml}/{@code .yml} file under {@code scenarios/}, sorted by path. */
    static List<Path> all() {
        try (Stream<Path> s = Files.walk(scenariosDir())) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's top-level mapping (plain maps, lists and scalars; no custom types). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) {
        Load load = new Load(LoadSettings.builder().setLabel(file.toString()).build());
        try (InputStream in = Files.newInputStream(file)) {
            Object doc = load.loadFromInputStream(in);
            if (!(doc instanceof Map)) {
                throw new IllegalStateException(file + ": top level is not a mapping");
            }
            return (Map<String, Object>) doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o, String what) {
        if (!(o instanceof Map)) {
            throw new AssertionError(what + " is not a mapping: " + o);
        }
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o, String what) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List)) {
            throw new AssertionError(what + " is not a list: " + o);
        }
        return (List<Object>) o;
    }
}
