package org.sahelsim.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock of an output folder while a job writes it: an exclusive lock on a hidden file in the
 * folder, held by the operating system, so that a killed job lets go at once and two jobs (a
 * second {@code --resume}, a requeued cluster task) never write one folder together.
 */
public final class FolderLock {
    /** The lock file of {@code run} and {@code compare} folders ({@code sweep} keeps its own name). */
    public static final String RUN = ".lock";

    private FolderLock() {
    }

    /**
     * Takes the lock of {@code dir} on its file {@code name}, held until the channel returned is
     * closed; null when another job holds it.
     */
    public static FileChannel tryLock(Path dir, String name) throws IOException {
        FileChannel ch = FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (l == null) {
            ch.close();
            return null;
        }
        return ch;
    }

    /** The message for a folder another job is writing. */
    public static String busy(Path dir, String name) {
        return dir + " is being written by another sahelsim job right now (its " + name + " is locked); wait for it"
                + " to end, or stop it, before resuming.";
    }
}
