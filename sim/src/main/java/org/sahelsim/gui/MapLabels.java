package org.sahelsim.gui;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the map's labels so that they neither cover each other nor the marks of the map: each
 * label, in the order given (the most important first), takes the first of eight places around
 * its mark (below, right, left, above, then the corners) that overlaps no label placed before it
 * and no mark, inside the map; when none is free, the place that overlaps least, and a label that
 * may be left out (a group's, a town's) is left out rather than written over another label or
 * cut by the map's edge (more than a twentieth of its area), where it could not be read. Pure geometry,
 * in pixels, done again at every painting (the map's scale changes with the window, the type
 * does not).
 */
final class MapLabels {
    /**
     * A label to place: its text's width and height, the box of the mark it names, and whether
     * it may be left out when it finds no place that does not hide another label.
     */
    record Item(String text, double width, double height, Rectangle2D mark, boolean optional) {
        /** A label that is always written. */
        Item(String text, double width, double height, Rectangle2D mark) {
            this(text, width, height, mark, false);
        }
    }

    /** Of a label's area, the share it may cover of labels placed before it before it is left out (if optional). */
    static final double HIDDEN = 0.05;

    private MapLabels() {
    }

    /**
     * The box of each item's label, in the items' order; null for an optional label left out.
     *
     * @param obstacles the marks and fixed texts (region names) no label may cover
     * @param bounds    the map's drawing area
     */
    static List<Rectangle2D> place(List<Item> items, List<Rectangle2D> obstacles, Rectangle2D bounds) {
        List<Rectangle2D> placed = new ArrayList<>();
        for (Item it : items) {
            Rectangle2D best = null;
            double bestCost = Double.MAX_VALUE;
            double bestUnread = 0;
            for (Rectangle2D c : candidates(it)) {
                double cut = outside(c, bounds);
                double underLabels = 0;
                for (Rectangle2D p : placed) {
                    if (p != null) {
                        underLabels += overlap(c, p);
                    }
                }
                double cost = cut * 4 + underLabels * 6; // a label over a label hides both
                for (Rectangle2D o : obstacles) {
                    if (o != it.mark()) {
                        cost += overlap(c, o);
                    }
                }
                if (cost < bestCost - 1e-9) {
                    bestCost = cost;
                    best = c;
                    // what would not be read: the part under other labels or cut off by the map's edge
                    bestUnread = cut + underLabels;
                }
                if (cost == 0) {
                    break; // the first free place, in the order of preference
                }
            }
            placed.add(it.optional() && bestUnread > HIDDEN * it.width() * it.height() ? null : best);
        }
        return placed;
    }

    /**
     * The eight places around a mark, in order of preference, a gap of 2 pixels from it; for a
     * point (a mark of no size, as a region's name), centred on it first.
     */
    static List<Rectangle2D> candidates(Item it) {
        Rectangle2D m = it.mark();
        double w = it.width();
        double h = it.height();
        double gap = 2;
        double cx = m.getCenterX() - w / 2;
        double cy = m.getCenterY() - h / 2;
        if (m.getWidth() == 0 && m.getHeight() == 0) {
            // centred; then a line lower or higher, half a label right or left; then two lines
            // lower or higher (a region's name stays inside its region)
            return List.of(new Rectangle2D.Double(cx, cy, w, h), new Rectangle2D.Double(cx, cy + h, w, h),
                    new Rectangle2D.Double(cx, cy - h, w, h), new Rectangle2D.Double(cx + w / 2, cy, w, h),
                    new Rectangle2D.Double(cx - w / 2, cy, w, h), new Rectangle2D.Double(cx, cy + 2 * h, w, h),
                    new Rectangle2D.Double(cx, cy - 2 * h, w, h));
        }
        return List.of(
                new Rectangle2D.Double(cx, m.getMaxY() + gap, w, h),
                new Rectangle2D.Double(m.getMaxX() + gap, cy, w, h),
                new Rectangle2D.Double(m.getMinX() - gap - w, cy, w, h),
                new Rectangle2D.Double(cx, m.getMinY() - gap - h, w, h),
                new Rectangle2D.Double(m.getMaxX() + gap, m.getMaxY() + gap, w, h),
                new Rectangle2D.Double(m.getMinX() - gap - w, m.getMaxY() + gap, w, h),
                new Rectangle2D.Double(m.getMaxX() + gap, m.getMinY() - gap - h, w, h),
                new Rectangle2D.Double(m.getMinX() - gap - w, m.getMinY() - gap - h, w, h));
    }

    /**
     * The labels of one painting of a view, with their type, ink and box opacity, and the marks
     * they must not cover: gathered in order of importance, then placed together and written.
     */
    static final class Batch {
        private final List<Item> items = new ArrayList<>();
        private final List<java.awt.Font> fonts = new ArrayList<>();
        private final List<java.awt.Color> inks = new ArrayList<>();
        private final List<Integer> alphas = new ArrayList<>();
        private final List<Rectangle2D> obstacles = new ArrayList<>();

        /** A mark no label may cover. */
        void obstacle(Rectangle2D mark) {
            obstacles.add(mark);
        }

        /** A name written at a point (a region's, a coalition's): as wide as its text and a line high, always written. */
        void name(java.awt.Graphics2D g, String text, java.awt.Font font, java.awt.Color ink, int alpha, double x,
                  double y) {
            java.awt.FontMetrics fm = g.getFontMetrics(font);
            add(new Item(text, fm.stringWidth(text) + 6, fm.getHeight(), new Rectangle2D.Double(x, y, 0, 0)), font,
                    ink, alpha);
        }

        /** A label beside a mark (a group's, a town's); {@code optional}: left out when it has no room. */
        void label(java.awt.Graphics2D g, String text, java.awt.Font font, java.awt.Color ink, int alpha,
                   Rectangle2D mark, boolean optional) {
            java.awt.FontMetrics fm = g.getFontMetrics(font);
            add(new Item(text, fm.stringWidth(text) + 4, fm.getAscent() + 2, mark, optional), font, ink, alpha);
        }

        private void add(Item it, java.awt.Font font, java.awt.Color ink, int alpha) {
            items.add(it);
            fonts.add(font);
            inks.add(ink);
            alphas.add(alpha);
        }

        /** Places the labels inside {@code bounds} ({@link #place}) and writes those not left out. */
        void draw(java.awt.Graphics2D g, Rectangle2D bounds) {
            List<Rectangle2D> at = place(items, obstacles, bounds);
            for (int i = 0; i < items.size(); i++) {
                if (at.get(i) != null) {
                    write(g, items.get(i).text(), at.get(i), fonts.get(i), inks.get(i), alphas.get(i));
                }
            }
        }
    }

    /** The part of a view's field that is shown: its drawing area, within the clip when there is one. */
    static Rectangle2D shown(sim.portrayal.DrawInfo2D info) {
        Rectangle2D r = new Rectangle2D.Double(info.draw.x, info.draw.y, info.draw.width, info.draw.height);
        return info.clip == null ? r : r.createIntersection(info.clip);
    }

    /** The square box of a round mark of radius {@code r} centred at (x, y). */
    static Rectangle2D around(double x, double y, double r) {
        return new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    /** Writes a placed label: its text in {@code ink} over a white box of opacity {@code alpha}, centred in its height. */
    private static void write(java.awt.Graphics2D g, String text, Rectangle2D box, java.awt.Font font,
                              java.awt.Color ink, int alpha) {
        g.setFont(font);
        java.awt.FontMetrics fm = g.getFontMetrics();
        g.setColor(Palette.alpha(java.awt.Color.WHITE, alpha));
        g.fill(box);
        g.setColor(ink);
        g.drawString(text, (float) (box.getX() + 3),
                (float) (box.getY() + (box.getHeight() + fm.getAscent() - fm.getDescent()) / 2));
    }

    static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double outside(Rectangle2D c, Rectangle2D bounds) {
        return c.getWidth() * c.getHeight() - overlap(c, bounds);
    }
}
