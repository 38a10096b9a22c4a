package org.sahelsim.palette;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import org.sahelsim.domain.Kind;

/**
 * The marker of each kind of group, the same in the report's network charts and in the
 * classroom window (TEACHING.md), so the kind reads by shape as well as by legend, never by
 * colour alone: separatist a circle, pro-government a square, community militia a triangle
 * pointing up, jihadist a pentagon pointing up; any other kind, or none, a circle.
 */
public final class KindShapes {
    private KindShapes() {
    }

    /**
     * The marker of kind {@code k} centred on (cx, cy) for a circle of radius r; the square,
     * triangle and pentagon are sized so that they look about as large as that circle.
     */
    public static Shape of(Kind k, double cx, double cy, double r) {
        if (k == null) {
            return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        }
        return switch (k) {
            case PROGOVERNMENT -> new Rectangle2D.Double(cx - r * 0.88, cy - r * 0.88, r * 1.76, r * 1.76);
            // moved down a little: its point reaches higher above the centre than its base below
            case COMMUNITY_MILITIA -> polygon(cx, cy + r * 0.15, r * 1.2, 3, -Math.PI / 2);
            case JIHADIST -> polygon(cx, cy, r * 1.05, 5, -Math.PI / 2);
            default -> new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        };
    }

    /** The regular polygon of {@code n} corners on the circle of radius r round (cx, cy), the first at angle rot. */
    public static Shape polygon(double cx, double cy, double r, int n, double rot) {
        double[] radii = new double[n];
        Arrays.fill(radii, r);
        return ring(cx, cy, rot, radii);
    }

    /**
     * The closed outline through one corner per radius at equal angular steps round (cx, cy):
     * corner i at angle rot + 2 pi i / k (k radii), at distance radii[i] from the centre. Equal
     * radii make a regular polygon; alternating long and short ones make a star.
     */
    public static Shape ring(double cx, double cy, double rot, double... radii) {
        double[] xy = new double[2 * radii.length];
        for (int i = 0; i < radii.length; i++) {
            double a = rot + 2 * Math.PI * i / radii.length;
            xy[2 * i] = cx + radii[i] * Math.cos(a);
            xy[2 * i + 1] = cy + radii[i] * Math.sin(a);
        }
        return outline(xy);
    }

    /** The closed outline through corners given as x0, y0, x1, y1... in order (at least one corner). */
    public static Path2D.Double outline(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}
