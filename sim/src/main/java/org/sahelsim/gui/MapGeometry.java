package org.sahelsim.gui;

import java.awt.Rectangle;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sahelsim.world.Place;
import org.sahelsim.world.World;
import sim.util.Double2D;

/**
 * The schematic map: places' latitude and longitude projected onto a plane (equirectangular,
 * longitudes shortened by the cosine of the mean latitude), and regions drawn as the land
 * nearest to each region's towns (a Voronoi partition of a grid) inside the outline of all
 * towns (their convex hull, widened). This is a schematic, not a boundary map: the legend says
 * so. It also picks where to draw things inside a region: its name at its most inland point,
 * then markers spread out, as far from towns and from each other as the region allows.
 */
public final class MapGeometry {
    /** Width of the map field, in field units (pixels at scale 1). */
    public static final double WIDTH = 800;
    /** Grid cell of the region partition, in field units. */
    static final int CELL = 6;
    /** How far beyond the outline of the towns the land reaches, in field units. */
    static final double MARGIN = 45;

    private final double lonMin;
    private final double latMax;
    private final double kx;
    private final double ky;
    private final double height;
    private final int nx;
    private final int ny;
    /** Region index of each grid cell, or -1 outside the land. */
    private final int[] cellRegion;
    /** Distance of each cell to the edge of its region, in cells. */
    private final int[] inland;
    private final Area[] areas;
    private final Double2D[] labels;
    private final List<Double2D> towns = new ArrayList<>();

    public MapGeometry(World w) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        double la = Double.MAX_VALUE;
        double lb = -Double.MAX_VALUE;
        for (Place p : w.places) {
            lo = Math.min(lo, p.lon);
            hi = Math.max(hi, p.lon);
            la = Math.min(la, p.lat);
            lb = Math.max(lb, p.lat);
        }
        double margin = 0.9; // degrees around the outermost towns (more eastward: labels are written to the right)
        lonMin = lo - margin;
        double lonMax = hi + 2 * margin;
        double latMin = la - margin;
        latMax = lb + margin;
        kx = WIDTH / (lonMax - lonMin);
        ky = kx / Math.cos(Math.toRadians((latMin + latMax) / 2));
        height = (latMax - latMin) * ky;
        nx = (int) Math.ceil(WIDTH / CELL);
        ny = (int) Math.ceil(height / CELL);

        Double2D[] pts = new Double2D[w.places.length];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = project(w.places[i].lat, w.places[i].lon);
            towns.add(pts[i]);
        }
        Path2D.Double hull = hull(pts);
        cellRegion = new int[nx * ny];
        Arrays.fill(cellRegion, -1);
        for (int gx = 0; gx < nx; gx++) {
            for (int gy = 0; gy < ny; gy++) {
                double cx = (gx + 0.5) * CELL;
                double cy = (gy + 0.5) * CELL;
                if (!hull.contains(cx, cy) && distance(hull, cx, cy) > MARGIN) {
                    continue;
                }
                int best = -1;
                double bestD = Double.MAX_VALUE;
                for (int i = 0; i < pts.length; i++) {
                    double d = Math.hypot(pts[i].x - cx, pts[i].y - cy);
                    if (d < bestD) {
                        bestD = d;
                        best = i;
                    }
                }
                cellRegion[gx * ny + gy] = w.places[best].region.index;
            }
        }
        inland = inlandDistances();
        int nr = w.regions.length;
        areas = new Area[nr];
        labels = new Double2D[nr];
        for (int r = 0; r < nr; r++) {
            List<Rectangle> cells = new ArrayList<>();
            int bestCell = -1;
            for (int c = 0; c < cellRegion.length; c++) {
                if (cellRegion[c] == r) {
                    cells.add(new Rectangle((c / ny) * CELL, (c % ny) * CELL, CELL, CELL));
                    if (bestCell < 0 || inland[c] > inland[bestCell]) {
                        bestCell = c;
                    }
                }
            }
            if (!cells.isEmpty()) {
                areas[r] = union(cells);
                labels[r] = centre(bestCell);
            }
        }
    }

    private Double2D centre(int cell) {
        return new Double2D((cell / ny + 0.5) * CELL, (cell % ny + 0.5) * CELL);
    }

    /** For each cell, the number of cells to the nearest cell of another region or outside (breadth first). */
    private int[] inlandDistances() {
        int[] d = new int[cellRegion.length];
        Arrays.fill(d, Integer.MAX_VALUE);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < cellRegion.length; c++) {
            int gx = c / ny;
            int gy = c % ny;
            boolean edge = cellRegion[c] < 0;
            for (int[] o : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                int x = gx + o[0];
                int y = gy + o[1];
                if (x < 0 || y < 0 || x >= nx || y >= ny || cellRegion[x * ny + y] != cellRegion[c]) {
                    edge = true;
                }
            }
            if (edge) {
                d[c] = 0;
                queue.add(c);
            }
        }
        while (!queue.isEmpty()) {
            int c = queue.poll();
            int gx = c / ny;
            int gy = c % ny;
            for (int[] o : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                int x = gx + o[0];
                int y = gy + o[1];
                if (x >= 0 && y >= 0 && x < nx && y < ny) {
                    int n = x * ny + y;
                    if (d[n] > d[c] + 1) {
                        d[n] = d[c] + 1;
                        queue.add(n);
                    }
                }
            }
        }
        return d;
    }

    /** The convex hull of the points (Andrew's monotone chain). */
    private static Path2D.Double hull(Double2D[] pts) {
        Double2D[] p = pts.clone();
        Arrays.sort(p, (a, b) -> a.x != b.x ? Double.compare(a.x, b.x) : Double.compare(a.y, b.y));
        Double2D[] h = new Double2D[2 * p.length];
        int k = 0;
        for (Double2D q : p) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], q) <= 0) {
                k--;
            }
            h[k++] = q;
        }
        for (int i = p.length - 2, t = k + 1; i >= 0; i--) {
            while (k >= t && cross(h[k - 2], h[k - 1], p[i]) <= 0) {
                k--;
            }
            h[k++] = p[i];
        }
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < k - 1; i++) {
            if (i == 0) {
                path.moveTo(h[i].x, h[i].y);
            } else {
                path.lineTo(h[i].x, h[i].y);
            }
        }
        path.closePath();
        return path;
    }

    private static double cross(Double2D o, Double2D a, Double2D b) {
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    }

    /** Distance from a point to the outline of a polygon. */
    private static double distance(Path2D.Double poly, double x, double y) {
        double best = Double.MAX_VALUE;
        double[] c = new double[6];
        double fx = 0;
        double fy = 0;
        double px = 0;
        double py = 0;
        for (java.awt.geom.PathIterator it = poly.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == java.awt.geom.PathIterator.SEG_MOVETO) {
                fx = c[0];
                fy = c[1];
                px = c[0];
                py = c[1];
            } else if (type == java.awt.geom.PathIterator.SEG_LINETO) {
                best = Math.min(best, Line2D.ptSegDist(px, py, c[0], c[1], x, y));
                px = c[0];
                py = c[1];
            } else if (type == java.awt.geom.PathIterator.SEG_CLOSE) {
                best = Math.min(best, Line2D.ptSegDist(px, py, fx, fy, x, y));
            }
        }
        return best;
    }

    /** The union of grid cells, merged column by column first so the Area stays small. */
    private static Area union(List<Rectangle> cells) {
        cells.sort((a, b) -> a.x != b.x ? Integer.compare(a.x, b.x) : Integer.compare(a.y, b.y));
        Area area = new Area();
        Rectangle run = null;
        for (Rectangle c : cells) {
            if (run != null && run.x == c.x && run.y + run.height == c.y) {
                run.height += c.height;
            } else {
                if (run != null) {
                    area.add(new Area(run));
                }
                run = new Rectangle(c);
            }
        }
        if (run != null) {
            area.add(new Area(run));
        }
        return area;
    }

    /** Field coordinates of a latitude and longitude (y grows southward). */
    public Double2D project(double lat, double lon) {
        return new Double2D((lon - lonMin) * kx, (latMax - lat) * ky);
    }

    public double height() {
        return height;
    }

    /** A region's area on the map, or null. */
    public Area area(int region) {
        return areas[region];
    }

    /** Where a region's name is written (its most inland point), or null. */
    public Double2D label(int region) {
        return labels[region];
    }

    /**
     * Where to draw {@code n} markers in a region: spread out inside it, each as far as the
     * region allows from its towns, its name and the markers already placed (greedy farthest
     * points over the grid, preferring inland cells). Deterministic.
     */
    public List<Double2D> spots(int region, int n) {
        List<Double2D> out = new ArrayList<>();
        List<Integer> cells = new ArrayList<>();
        for (int c = 0; c < cellRegion.length; c++) {
            if (cellRegion[c] == region) {
                cells.add(c);
            }
        }
        if (cells.isEmpty()) {
            for (int i = 0; i < n; i++) {
                out.add(new Double2D(WIDTH / 2, height / 2));
            }
            return out;
        }
        List<Double2D> avoid = new ArrayList<>(towns);
        if (labels[region] != null) {
            // the name is written about 90 units wide: keep markers off it
            for (int dx = -45; dx <= 45; dx += 15) {
                avoid.add(new Double2D(labels[region].x + dx, labels[region].y - 6));
            }
        }
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestScore = -1;
            for (int c : cells) {
                Double2D p = centre(c);
                double near = Double.MAX_VALUE;
                for (Double2D a : avoid) {
                    near = Math.min(near, Math.hypot(a.x - p.x, (a.y - p.y) * 1.3));
                }
                double score = Math.min(near, 60) + 2.0 * Math.min(inland[c], 12);
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            Double2D p = centre(best);
            out.add(p);
            avoid.add(p);
        }
        return out;
    }
}
