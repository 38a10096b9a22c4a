package org.sahelsim.run;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;

/**
 * CPU time, of the current thread and of the whole process, in nanoseconds, or 0 where the
 * JVM cannot measure it. The time estimate of {@code --dry-run} works in CPU time because a
 * run's CPU time stays the same when other programs take some of the cores, while its wall
 * time does not; it divides by the cores the process actually got, measured the same way.
 */
final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean THREAD = THREADS.isCurrentThreadCpuTimeSupported();
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private CpuTime() {
    }

    /** CPU time of the current thread (user and system). */
    static long thread() {
        return THREAD ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** CPU time of the whole process: every thread, the JIT's and the garbage collector's included. */
    static long process() {
        return OS instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime())
                : 0;
    }
}
