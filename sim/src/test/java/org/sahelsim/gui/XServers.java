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

    /**
     * Starts an X server (Xvfb) of {@code size} ("1280x800") on display {@code :n} with a window
     * manager (openbox), their logs in {@code logs}; gives both, to {@link #stop} in the end.
     */
    static java.util.List<Process> startWithWindowManager(int n, String size, Path logs) throws Exception {
        String d = ":" + n;
        java.util.List<Process> started = new java.util.ArrayList<>();
        started.add(new ProcessBuilder("Xvfb", d, "-screen", "0", size + "x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(logs.resolve("xvfb.log").toFile()).start());
        Path socket = Path.of("/tmp/.X11-unix/X" + n);
        long until = System.currentTimeMillis() + 15_000;
        while (!Files.exists(socket)) {
            if (System.currentTimeMillis() > until) {
                stop(started);
                throw new AssertionError("Xvfb did not start on " + d + " within 15 s");
            }
            Thread.sleep(100);
        }
        ProcessBuilder wm = new ProcessBuilder("openbox").redirectErrorStream(true)
                .redirectOutput(logs.resolve("openbox.log").toFile());
        wm.environment().put("DISPLAY", d);
        started.add(wm.start());
        Thread.sleep(700); // the window manager takes the screen before a window opens
        return started;
    }

    /** Stops processes in the reverse order of their start, forcibly after 10 s each. */
    static void stop(java.util.List<Process> started) throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process p = started.get(i);
            p.destroy();
            if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
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
