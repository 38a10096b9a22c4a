package org.sahelsim.gui;

import java.awt.GraphicsEnvironment;
import javax.swing.JFrame;

/**
 * The windows of a lesson fill the screen they are on: maximised over what the window manager
 * leaves for windows, or full screen (F11: without a frame, over the whole screen, panels
 * included). Full screen is a frameless window shown again rather than Java's exclusive mode,
 * whose way back leaves the frame where the window manager puts it, not maximised.
 */
final class Screens {
    private Screens() {
    }

    /** Maximised over the screen's usable area. */
    static void maximise(JFrame f) {
        f.setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        f.setExtendedState(JFrame.MAXIMIZED_BOTH);
    }

    /** Whether the window is full screen. */
    static boolean fullScreen(JFrame f) {
        return f.isUndecorated();
    }

    /** Full screen on, or back to maximised. */
    static void toggleFullScreen(JFrame f) {
        boolean wasFull = fullScreen(f);
        f.dispose(); // a frame's decoration changes only while it is not displayable
        f.setUndecorated(!wasFull);
        if (wasFull) {
            maximise(f);
        } else {
            f.setExtendedState(JFrame.NORMAL);
            f.setBounds(f.getGraphicsConfiguration().getBounds());
        }
        f.setVisible(true);
        f.toFront();
    }
}
