package org.sahelsim.validation;

import java.nio.file.Path;
import java.util.List;

/** A patterns file: where it was read, the scenario it validates (resolved against it) and its patterns in file order. */
public record PatternSet(Path file, Path scenario, List<Pattern> patterns) {
    public PatternSet {
        patterns = List.copyOf(patterns);
    }
}
