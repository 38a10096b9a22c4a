package org.sahelsim.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of the test classpath in a new JVM (to kill it, or to limit its memory). */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** The classpath of the tests: classes, test classes and every dependency. */
    public static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    /** The java command of this JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The command line running {@code mainClass} with {@code jvmOptions} and {@code args}. */
    public static List<String> command(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /** Starts it with stdout and stderr together in {@code log}. */
    public static Process start(List<String> jvmOptions, String mainClass, List<String> args, Path log)
            throws IOException {
        return new ProcessBuilder(command(jvmOptions, mainClass, args)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }
}
