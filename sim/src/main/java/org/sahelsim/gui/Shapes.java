package org.sahelsim.gui;

import java.awt.Shape;
import java.util.stream.IntStream;
import org.sahelsim.palette.KindShapes;

/** The window's other markers: bursts, trafficking hubs, mobile units (a group's marker by kind: {@link KindShapes}). */
final class Shapes {
    private Shapes() {
    }

    /** A burst: a star of {@code n} points. */
    static Shape star(double cx, double cy, double outer, double inner, int n) {
        double[] radii = IntStream.range(0, 2 * n).mapToDouble(i -> i % 2 == 0 ? outer : inner).toArray();
        return KindShapes.ring(cx, cy, -Math.PI / 2, radii);
    }

    static Shape diamond(double cx, double cy, double r) {
        return KindShapes.polygon(cx, cy, r, 4, -Math.PI / 2);
    }

    /** A chevron pointing up (a mobile unit). */
    static Shape chevron(double cx, double cy, double r) {
        return KindShapes.outline(cx - r, cy + r * 0.6, cx, cy - r * 0.6, cx + r, cy + r * 0.6,
                cx + r * 0.55, cy + r * 0.6, cx, cy, cx - r * 0.55, cy + r * 0.6);
    }
}
