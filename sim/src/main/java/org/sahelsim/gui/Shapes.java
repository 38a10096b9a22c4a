package org.sahelsim.gui;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.sahelsim.domain.Kind;

/** Marker shapes: the kind of a group is shown by shape as well as by legend, never by colour alone. */
final class Shapes {
    private Shapes() {
    }

    /** Separatist: circle; pro-government: square; community militia: triangle; jihadist: pentagon. */
    static Shape kind(Kind k, double cx, double cy, double r) {
        if (k == null) {
            return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        }
        return switch (k) {
            case PROGOVERNMENT -> new Rectangle2D.Double(cx - r * 0.88, cy - r * 0.88, r * 1.76, r * 1.76);
            case COMMUNITY_MILITIA -> polygon(cx, cy + r * 0.15, r * 1.2, 3, -Math.PI / 2);
            case JIHADIST -> polygon(cx, cy, r * 1.05, 5, -Math.PI / 2);
            default -> new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        };
    }

    static Shape polygon(double cx, double cy, double r, int n, double rot) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            double a = rot + 2 * Math.PI * i / n;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    /** A burst: a star of {@code n} points. */
    static Shape star(double cx, double cy, double outer, double inner, int n) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 2 * n; i++) {
            double a = -Math.PI / 2 + Math.PI * i / n;
            double r = i % 2 == 0 ? outer : inner;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    static Shape diamond(double cx, double cy, double r) {
        return polygon(cx, cy, r, 4, -Math.PI / 2);
    }

    /** A chevron pointing up (a mobile unit). */
    static Shape chevron(double cx, double cy, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx - r, cy + r * 0.6);
        p.lineTo(cx, cy - r * 0.6);
        p.lineTo(cx + r, cy + r * 0.6);
        p.lineTo(cx + r * 0.55, cy + r * 0.6);
        p.lineTo(cx, cy);
        p.lineTo(cx - r * 0.55, cy + r * 0.6);
        p.closePath();
        return p;
    }
}
