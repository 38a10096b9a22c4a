package org.sahelsim.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node SLURM cluster on this machine, for tests (no mock): started by
 * {@code scenarios/slurm/cluster-up.sh} (munged as the munge user, then slurmctld and slurmd,
 * no systemd) and stopped by {@code cluster-down.sh}, which leaves no daemon or file behind.
 * Needs root and Debian's {@code slurm-wlm} and {@code munge} ({@code scenarios/slurm/install.sh});
 * guard tests with {@code @RequiresTool(value = {"sbatch", "slurmctld", "munged"}, root = true)}.
 *
 * <p>Each instance has its own folder under the system temporary folder and its own free TCP
 * ports, so two test runs on one machine (two worktrees, say) do not collide. Use it in
 * try-with-resources or close it in {@code @AfterAll}: {@link #close()} stops the daemons; a
 * JVM shutdown hook does the same if the tests are interrupted.
 *
 * <pre>{@code
 * try (SlurmCluster cluster = SlurmCluster.start()) {
 *     ProcessResult r = cluster.submitArrayAndWait(3, logs, List.of("--wrap", "echo $SLURM_ARRAY_TASK_ID"),
 *             Map.of(), Duration.ofSeconds(30));
 * }
 * }</pre>
 */
public final class SlurmCluster implements AutoCloseable {

    /** Exit code and combined stdout and stderr of a finished command. */
    public record ProcessResult(List<String> command, int exitCode, String output) {
        /** Throws with the command and its output unless it exited with 0. */
        public ProcessResult requireSuccess() {
            if (exitCode != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    private static final Duration UP_TIMEOUT = Duration.ofSeconds(90);

    private final Path scriptsDir;
    private final Path baseDir;
    private final Map<String, String> clusterEnv;
    private final Thread shutdownHook;
    private boolean closed;

    private SlurmCluster(Path scriptsDir, Path baseDir, Map<String, String> clusterEnv) {
        this.scriptsDir = scriptsDir;
        this.baseDir = baseDir;
        this.clusterEnv = clusterEnv;
        this.shutdownHook = new Thread(this::stopQuietly, "slurm-cluster-down");
    }

    /**
     * Starts a cluster and waits until its node is idle.
     *
     * @throws IllegalStateException with cluster-up.sh's output (which includes the daemons'
     *     logs) if it fails
     */
    public static SlurmCluster start() throws IOException, InterruptedException {
        Path scripts = findScriptsDir();
        // Not a JUnit @TempDir: those are 0700 and munged, running as the munge user, must
        // reach its socket inside this folder.
        Path base = Files.createTempDirectory("sahelsim-slurm-");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CLUSTER_DIR", base.resolve("cluster").toString());
        int[] ports = freePorts(2);
        env.put("SLURMCTLD_PORT", Integer.toString(ports[0]));
        env.put("SLURMD_PORT", Integer.toString(ports[1]));
        env.put("CLUSTER_TIMEOUT", "30");
        SlurmCluster cluster = new SlurmCluster(scripts, base, env);
        Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
        try {
            run(List.of(scripts.resolve("cluster-up.sh").toString()), env, UP_TIMEOUT, base).requireSuccess();
        } catch (IOException | InterruptedException | RuntimeException e) {
            try {
                cluster.close();
            } catch (RuntimeException down) {
                e.addSuppressed(down);
            }
            throw e;
        }
        return cluster;
    }

    /** The folder holding the cluster scripts ({@code scenarios/slurm} of this checkout). */
    public Path scriptsDir() {
        return scriptsDir;
    }

    /** The cluster's slurm.conf; client commands find it through {@code SLURM_CONF}. */
    public Path slurmConf() {
        return Path.of(clusterEnv.get("CLUSTER_DIR"), "slurm.conf");
    }

    /**
     * Submits a job array of {@code tasks} tasks (ids 0 to tasks-1) with {@code sbatch --wait}
     * and returns when every task has ended. Each task's output goes to
     * {@code logDir/task-<id>.out}.
     *
     * @param job the job: a script and its arguments, or {@code "--wrap", "shell command"};
     *     may start with further sbatch options
     * @param env variables for the tasks (sbatch passes the submitter's environment on)
     * @return sbatch's exit code (the largest exit code among the tasks it saw) and output
     */
    public ProcessResult submitArrayAndWait(int tasks, Path logDir, List<String> job, Map<String, String> env,
            Duration timeout) throws IOException, InterruptedException {
        if (tasks < 1) {
            throw new IllegalArgumentException("a job array needs at least 1 task, not " + tasks);
        }
        Files.createDirectories(logDir);
        List<String> command = new ArrayList<>(List.of("sbatch", "--wait", "--array=0-" + (tasks - 1),
                "--output=" + logDir.toAbsolutePath().resolve("task-%a.out")));
        command.addAll(job);
        return runWithCluster(command, env, timeout);
    }

    /** Runs a command (e.g. {@code submit-and-merge.sh}) as a client of this cluster. */
    public ProcessResult runWithCluster(List<String> command, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(env);
        all.put("SLURM_CONF", slurmConf().toString());
        return run(command, all, timeout, baseDir);
    }

    /** Stops the daemons and deletes the cluster's folder; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Already in the shutdown hook's own run.
        }
        try {
            run(List.of(scriptsDir.resolve("cluster-down.sh").toString()), clusterEnv, UP_TIMEOUT, baseDir)
                    .requireSuccess();
            deleteTree(baseDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the cluster", e);
        }
    }

    private void stopQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            System.err.println("SlurmCluster: could not stop the cluster: " + e.getMessage());
        }
    }

    /**
     * Runs a command with extra environment variables, stdout and stderr together, and kills it
     * (with everything it started) after {@code timeout}. The output goes through a file in
     * {@code tmpDir} (a pipe could fill up and block the command).
     */
    static ProcessResult run(List<String> command, Map<String, String> env, Duration timeout, Path tmpDir)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(tmpDir, "cmd-", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout
                        + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new ProcessResult(List.copyOf(command), p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** scenarios/slurm, found from the working folder (sim/ under Maven) upwards. */
    static Path findScriptsDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path scripts = dir.resolve("scenarios").resolve("slurm");
            if (Files.isExecutable(scripts.resolve("cluster-up.sh"))) {
                return scripts;
            }
        }
        throw new IllegalStateException("no scenarios/slurm/cluster-up.sh above " + Path.of("").toAbsolutePath());
    }

    /**
     * Ports free at this moment (all held open together, so they differ). Another process could
     * take one before slurmctld binds it; cluster-up.sh then fails with the daemon's log.
     */
    private static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
