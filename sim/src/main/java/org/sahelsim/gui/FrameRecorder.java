package org.sahelsim.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a numbered PNG of the window after every month ({@code frame-0000.png} is month 0),
 * in place of MASON's movie maker (which needs JMF, not in the build). Turn the frames into a
 * video with any tool, e.g. {@code ffmpeg -framerate 2 -i frame-%04d.png run.mp4}.
 */
public final class FrameRecorder {
    private final Path folder;

    public FrameRecorder(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
    }

    /** Writes the frame of a month; call on the Swing thread. */
    public void capture(java.awt.image.BufferedImage img, int month) {
        try {
            Images.writePng(img, folder.resolve(String.format("frame-%04d.png", month)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
