package org.sahelsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sahelsim.run.Provenance;
import org.sahelsim.run.RunJob;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.YNode;
import org.sahelsim.format.YamlReader;

/**
 * The files a scenario was read from, hashed for the manifest: the file itself and, following
 * its top-level {@code extends} (a path relative to the extending file, as the loader reads
 * it), every file it extends. The loader does not report which files it read, so this follows
 * the same rule; if the loader ever offers that list, use it instead. Called only after the loader accepted the file, so a file that
 * cannot be followed is simply not listed.
 */
final class ScenarioFiles {
    private ScenarioFiles() {
    }

    static List<RunJob.HashedFile> hashed(Path file) {
        List<RunJob.HashedFile> out = new ArrayList<>();
        for (Path p : chain(file)) {
            out.add(new RunJob.HashedFile(p.toString(), Provenance.sha256(p)));
        }
        return out;
    }

    /** The file and the files it extends, nearest first, without repeats. */
    static List<Path> chain(Path file) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> order = new ArrayList<>();
        Path current = file;
        while (current != null && Files.isRegularFile(current) && seen.add(current.toAbsolutePath().normalize())) {
            order.add(current);
            current = extended(current);
        }
        return order;
    }

    private static Path extended(Path file) {
        try {
            if (YamlReader.readFile(file) instanceof YNode.Map m && m.entries.get("extends") instanceof YNode.Scalar s
                    && s.type == YNode.ScalarType.STR && !s.text.isBlank()) {
                // the loader's rule: a path relative to the extending file (ScenarioLoader.resolve)
                return file.resolveSibling(s.text).normalize();
            }
        } catch (ScenarioException | RuntimeException e) {
            // the loader already read this file; a problem here only shortens the list
        }
        return null;
    }
}
