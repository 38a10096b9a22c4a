package org.sahelsim.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Where a result came from: program version (from {@code version.properties}, filled in by
 * Maven), git commit of the code, the JVM and file hashes, for the manifest.
 */
public final class Provenance {
    private static volatile String version;
    private static volatile Map<String, Object> git;

    private Provenance() {
    }

    /** The program version, e.g. {@code 0.1.0}, or {@code unknown} when run from unfiltered classes. */
    public static String version() {
        if (version == null) {
            String v = "unknown";
            try (InputStream in = Provenance.class.getResourceAsStream("/version.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    String read = p.getProperty("version", "").trim();
                    if (!read.isEmpty() && !read.contains("${")) {
                        v = read;
                    }
                }
            } catch (IOException e) {
                // keep "unknown": a missing version must not stop a run
            }
            version = v;
        }
        return version;
    }

    /**
     * The git commit of the code being run and whether tracked files differ from it, found by
     * asking git in the folder of the jar or classes (not the working directory, which may be
     * another repository). {@code commit} is {@code unknown} when git or the repository is
     * missing, as for a jar copied elsewhere.
     */
    public static Map<String, Object> git() {
        if (git == null) {
            Map<String, Object> g = new LinkedHashMap<>();
            Path dir = codeLocation();
            String commit = dir == null ? null : runGit(dir, "rev-parse", "HEAD");
            if (commit != null && commit.matches("[0-9a-f]{40}")) {
                g.put("commit", commit);
                String status = runGit(dir, "status", "--porcelain", "--untracked-files=no");
                if (status != null) {
                    g.put("dirty", !status.isEmpty());
                }
            } else {
                g.put("commit", "unknown");
            }
            git = g;
        }
        return git;
    }

    private static Path codeLocation() {
        try {
            var source = Provenance.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isDirectory(p) ? p : p.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static String runGit(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8).trim() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The JVM and machine, for the manifest. */
    public static Map<String, Object> jvm() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("version", System.getProperty("java.version"));
        j.put("vendor", System.getProperty("java.vendor"));
        j.put("vm", System.getProperty("java.vm.name"));
        j.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        j.put("arch", System.getProperty("os.arch"));
        j.put("cores", Runtime.getRuntime().availableProcessors());
        j.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return j;
    }

    /** SHA-256 of a file's bytes, in lower-case hex. */
    public static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to hash it", e);
        }
    }

    /** SHA-256 of bytes, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
