package org.sahelsim.gui;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;

/** The components of a Swing tree, for the window's own touches on what MASON builds. */
final class Components {
    private Components() {
    }

    /** Every component of {@code type} under {@code c}, depth first, in the order they are laid out. */
    static <T> List<T> all(Container c, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(c, type, out);
        return out;
    }

    private static <T> void collect(Container c, Class<T> type, List<T> out) {
        for (Component k : c.getComponents()) {
            if (type.isInstance(k)) {
                out.add(type.cast(k));
            }
            if (k instanceof Container inner) {
                collect(inner, type, out);
            }
        }
    }
}
