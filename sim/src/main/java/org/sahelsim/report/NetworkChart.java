package org.sahelsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahelsim.domain.Kind;
import org.sahelsim.palette.Colours;
import org.sahelsim.palette.KindShapes;

/**
 * Draws an alliance {@link Network} with Java2D into an image (no window): factions on a
 * circle, members of a coalition next to each other inside a shaded hull in the coalition's
 * colour (by its index in the world, white for a group standing alone, as in the window);
 * node area proportional to fighters; shape by kind of group as in the window
 * ({@link KindShapes}: circle separatist, square pro-government, triangle community militia,
 * pentagon jihadist) so the kind reads without colour; alliance ties (above {@link #ALLIANCE}) as solid lines whose width grows
 * with the weight, rivalries (below {@link #RIVALRY}) as dashed lines.
 */
final class NetworkChart {
    private NetworkChart() {
    }

    /** Positive ties drawn: weaker ones are left out so the picture is not a hairball. */
    static final double ALLIANCE = 0.05;
    /** Rivalries drawn (the threshold). */
    static final double RIVALRY = -0.2;

    static final int WIDTH = 1700;
    static final int HEIGHT = 1250;
    private static final double CX = 670;
    private static final double CY = 680;
    private static final double R = 410;
    private static final double LEGEND_X = 1200;
    private static final Color ALLY = new Color(0x4D4D4D);
    private static final Color RIVAL = Color.BLACK;

    static BufferedImage draw(Network net, String title, List<String> subtitle) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setFont(Style.TITLE);
            g.drawString(title, 30, 46);
            g.setFont(Style.SUBTITLE);
            g.setColor(new Color(0x444444));
            for (int i = 0; i < subtitle.size(); i++) {
                g.drawString(subtitle.get(i), 30, 80 + 26 * i);
            }
            int n = net.nodes().size();
            if (n == 0) {
                g.setFont(Style.PANEL_TITLE);
                g.drawString("No armed group is alive at the end of this run.", 200, (int) CY);
                return img;
            }
            Point2D[] at = layout(net);
            double max = net.nodes().stream().mapToDouble(Network.Node::fighters).max().orElse(1);
            double[] radius = net.nodes().stream()
                    .mapToDouble(nd -> 9 + 34 * Math.sqrt(Math.max(0, nd.fighters()) / Math.max(1e-9, max))).toArray();
            hulls(g, net, at, radius);
            ties(g, net, at);
            for (int i = 0; i < n; i++) {
                Network.Node node = net.nodes().get(i);
                shape(g, node.kind(), at[i].getX(), at[i].getY(), radius[i], colour(net, node));
            }
            for (int i = 0; i < n; i++) {
                label(g, net.nodes().get(i), at[i], radius[i]);
            }
            legend(g, net);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * Circle positions: members of a coalition in consecutive slots, one empty slot between
     * groups so each coalition's hull stays apart.
     */
    static Point2D[] layout(Network net) {
        int n = net.nodes().size();
        List<Integer> slot = new ArrayList<>();
        int s = 0;
        String prev = null;
        for (int i = 0; i < n; i++) {
            String c = net.nodes().get(i).coalition();
            if (i > 0 && (c == null ? prev != null : !c.equals(prev))) {
                s++;
            }
            slot.add(s++);
            prev = c;
        }
        int slots = Math.max(s + (n > 1 ? 1 : 0), 1);
        Point2D[] at = new Point2D[n];
        for (int i = 0; i < n; i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * slot.get(i) / slots;
            at[i] = new Point2D.Double(CX + R * Math.cos(a), CY + R * Math.sin(a));
        }
        return at;
    }

    private static Color colour(Network net, Network.Node node) {
        int k = node.coalition() == null ? -1 : net.coalitions().indexOf(node.coalition());
        return k < 0 ? Colours.ALONE : Colours.coalition(net.coalitionIndex().get(k));
    }

    private static void hulls(Graphics2D g, Network net, Point2D[] at, double[] radius) {
        for (int k = 0; k < net.coalitions().size(); k++) {
            String c = net.coalitions().get(k);
            Area area = new Area();
            List<Point2D> pts = new ArrayList<>();
            for (int i = 0; i < at.length; i++) {
                if (c.equals(net.nodes().get(i).coalition())) {
                    double pad = radius[i] + 16;
                    area.add(new Area(new Ellipse2D.Double(at[i].getX() - pad, at[i].getY() - pad, 2 * pad, 2 * pad)));
                    pts.add(at[i]);
                }
            }
            if (pts.size() >= 2) {
                // the hull polygon thickened by a round stroke joins the members' discs
                Shape hull = hull(pts);
                area.add(new Area(new BasicStroke(40f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(hull)));
                area.add(new Area(hull));
            }
            Color col = Colours.coalition(net.coalitionIndex().get(k));
            g.setColor(Style.alpha(col, 0.13));
            g.fill(area);
            g.setColor(Style.alpha(col, 0.7));
            g.setStroke(new BasicStroke(2.5f));
            g.draw(area);
        }
    }

    /** Convex hull (Andrew's monotone chain) as a closed path. */
    static Shape hull(List<Point2D> pts) {
        List<Point2D> p = new ArrayList<>(pts);
        p.sort(Comparator.comparingDouble(Point2D::getX).thenComparingDouble(Point2D::getY));
        List<Point2D> h = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = h.size();
            for (Point2D q : p) {
                while (h.size() >= start + 2 && cross(h.get(h.size() - 2), h.get(h.size() - 1), q) <= 0) {
                    h.remove(h.size() - 1);
                }
                h.add(q);
            }
            h.remove(h.size() - 1);
            java.util.Collections.reverse(p);
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(h.get(0).getX(), h.get(0).getY());
        for (Point2D q : h.subList(1, h.size())) {
            path.lineTo(q.getX(), q.getY());
        }
        path.closePath();
        return path;
    }

    private static double cross(Point2D o, Point2D a, Point2D b) {
        return (a.getX() - o.getX()) * (b.getY() - o.getY()) - (a.getY() - o.getY()) * (b.getX() - o.getX());
    }

    private static void ties(Graphics2D g, Network net, Point2D[] at) {
        int n = at.length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                tie(g, new Line2D.Double(at[i], at[j]), net.ties()[i][j]);
            }
        }
    }

    /**
     * A tie of weight {@code t} along the line: above {@link #ALLIANCE} a solid line whose width
     * grows with the weight, below {@link #RIVALRY} a dashed one that widens as the rivalry
     * deepens; nothing in between.
     */
    private static void tie(Graphics2D g, Line2D line, double t) {
        if (t > ALLIANCE) {
            g.setColor(Style.alpha(ALLY, 0.75));
            g.setStroke(new BasicStroke((float) (1.5 + 9 * t), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
        } else if (t < RIVALRY) {
            g.setColor(Style.alpha(RIVAL, 0.8));
            g.setStroke(new BasicStroke((float) (1.5 + 4 * -t), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {12f, 9f}, 0f));
            g.draw(line);
        }
    }

    /** The shape of a kind of group at (x, y), filled and outlined in black. */
    private static void shape(Graphics2D g, Kind kind, double x, double y, double r, Color fill) {
        Shape s = KindShapes.of(kind, x, y, r);
        g.setColor(fill);
        g.fill(s);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        g.draw(s);
    }

    private static void label(Graphics2D g, Network.Node node, Point2D p, double r) {
        double dx = p.getX() - CX;
        double dy = p.getY() - CY;
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double off = r + 22;
        double x = p.getX() + ux * off;
        double y = p.getY() + uy * off;
        String id = node.id();
        String sub = Num.num(Math.round(node.fighters())) + " fighters";
        int w1 = g.getFontMetrics(Style.NODE_LABEL).stringWidth(id);
        int w2 = g.getFontMetrics(Style.NOTE).stringWidth(sub);
        int w = Math.max(w1, w2);
        // anchor the label's near edge to the node: left of it on the left side, etc.
        double left = ux > 0.3 ? x : ux < -0.3 ? x - w : x - w / 2.0;
        double top = uy > 0.3 ? y : uy < -0.3 ? y - 38 : y - 19;
        left = Math.max(6, Math.min(LEGEND_X - 12 - w, left));
        g.setColor(new Color(255, 255, 255, 200));
        g.fill(new Rectangle2D.Double(left - 3, top - 1, w + 6, 40));
        g.setColor(Color.BLACK);
        g.setFont(Style.NODE_LABEL);
        g.drawString(id, (float) (left + (w - w1) / 2.0), (float) (top + 17));
        g.setFont(Style.NOTE);
        g.setColor(new Color(0x333333));
        g.drawString(sub, (float) (left + (w - w2) / 2.0), (float) (top + 36));
    }

    private static void legend(Graphics2D g, Network net) {
        double x = LEGEND_X;
        double y = 190;
        g.setColor(Color.BLACK);
        g.setFont(Style.PANEL_TITLE);
        g.drawString("Coalitions", (float) x, (float) y);
        y += 16;
        g.setFont(Style.LEGEND);
        for (int k = 0; k < net.coalitions().size(); k++) {
            String c = net.coalitions().get(k);
            List<Network.Node> members = net.nodes().stream().filter(nd -> c.equals(nd.coalition())).toList();
            double fighters = members.stream().map(Network.Node::fighters).reduce(0.0, Double::sum);
            y += 32;
            swatch(g, x, y, Colours.coalition(net.coalitionIndex().get(k)));
            g.drawString(Num.shorten(c, 22) + "  (" + members.size() + ", " + Num.num(Math.round(fighters)) + " fighters)",
                    (float) (x + 34), (float) y);
        }
        long alone = net.nodes().stream().filter(nd -> nd.coalition() == null).count();
        y += 32;
        swatch(g, x, y, Colours.ALONE);
        g.drawString("standing alone  (" + alone + ")", (float) (x + 34), (float) y);

        y += 60;
        g.setFont(Style.PANEL_TITLE);
        g.drawString("Kind of group", (float) x, (float) y);
        g.setFont(Style.LEGEND);
        for (Kind k : Kind.FACTION_KINDS) {
            y += 34;
            shape(g, k, x + 12, y - 6, 11, Color.WHITE);
            g.drawString(k == Kind.PROGOVERNMENT ? "pro-government" : k.label().replace('_', ' '), (float) (x + 34),
                    (float) y);
        }
        y += 60;
        g.setFont(Style.PANEL_TITLE);
        g.drawString("Ties", (float) x, (float) y);
        g.setFont(Style.LEGEND);
        y += 34;
        // the samples: ties of weight 0.5 and -0.375 (lines 6 and 3 pixels wide)
        tie(g, new Line2D.Double(x, y - 6, x + 26, y - 6), 0.5);
        g.setColor(Color.BLACK);
        g.drawString("alliance > " + ALLIANCE + " (width: weight)", (float) (x + 34), (float) y);
        y += 34;
        tie(g, new Line2D.Double(x, y - 6, x + 26, y - 6), -0.375);
        g.setColor(Color.BLACK);
        g.drawString("rivalry < " + RIVALRY, (float) (x + 34), (float) y);
        y += 34;
        g.setFont(Style.NOTE);
        g.drawString("Node area: fighters. Shaded hull: coalition.", (float) x, (float) y);
    }

    private static void swatch(Graphics2D g, double x, double y, Color c) {
        Rectangle2D r = new Rectangle2D.Double(x, y - 18, 24, 20);
        g.setColor(c);
        g.fill(r);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(r);
    }
}
