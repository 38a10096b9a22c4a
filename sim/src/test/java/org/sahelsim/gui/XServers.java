package org.sahelsim.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the window tests share to start their own X servers and clean their folders. */
final class XServers {
    private XServers() {
    }

    /** A display number from {@code from} that no X server uses (no socket, no lock file). */
    static int freeDisplay(int from) {
        for (int n = from; n < 400; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number between :" + from + " and :399");
    }

    /** Deletes a folder and all it holds (nothing if it is not there). */
    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
