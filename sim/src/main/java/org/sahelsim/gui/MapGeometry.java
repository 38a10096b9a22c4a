package org.sahelsim.gui;

import java.awt.Rectangle;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.sahelsim.palette.KindShapes;
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
    /**
     * The towns the close-up frames: the Tilemsi valley (Gao - Tabankort - Anefis - Kidal), the
     * corridor most fought over in seeds 000 and 001 and the densest part of the map. A display
     * choice, not a rule of the model.
     */
    static final List<String> CLOSE_UP_TOWNS = List.of("Kidal", "Anefis", "Tabankort", "Gao");
    /** Field units around the close-up's towns (more to the east, where labels are written). */
    static final double CLOSE_UP_MARGIN = 40;
    /** The close-up's frame in field units, or null when the world has none of its towns. */
    private final Rectangle2D.Double closeUp;

    public MapGeometry(World w) {
        DoubleSummaryStatistics lon = Arrays.stream(w.places).mapToDouble(p -> p.lon).summaryStatistics();
        DoubleSummaryStatistics lat = Arrays.stream(w.places).mapToDouble(p -> p.lat).summaryStatistics();
        double margin = 0.9; // degrees around the outermost towns (more eastward: labels are written to the right)
        lonMin = lon.getMin() - margin;
        double lonMax = lon.getMax() + 2 * margin;
        double latMin = lat.getMin() - margin;
        latMax = lat.getMax() + margin;
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
        closeUp = frame(w, pts);
        Double2D[] outline = hull(pts);
        Path2D.Double hull = KindShapes.outline(
                Arrays.stream(outline).flatMapToDouble(c -> DoubleStream.of(c.x, c.y)).toArray());
        cellRegion = new int[nx * ny];
        Arrays.fill(cellRegion, -1);
        for (int gx = 0; gx < nx; gx++) {
            for (int gy = 0; gy < ny; gy++) {
                double cx = (gx + 0.5) * CELL;
                double cy = (gy + 0.5) * CELL;
                if (!hull.contains(cx, cy) && distance(outline, cx, cy) > MARGIN) {
                    continue;
                }
                // the nearest town (the first of equals)
                int nearest = IntStream.range(0, pts.length).boxed()
                        .min(Comparator.comparingDouble(i -> Math.hypot(pts[i].x - cx, pts[i].y - cy)))
                        .orElseThrow();
                cellRegion[gx * ny + gy] = w.places[nearest].region.index;
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

    /** The frame of the close-up's towns with a margin, or null when the world has none of them. */
    private static Rectangle2D.Double frame(World w, Double2D[] pts) {
        Rectangle2D.Double box = null;
        for (int i = 0; i < pts.length; i++) {
            if (CLOSE_UP_TOWNS.contains(w.places[i].name)) {
                Rectangle2D.Double at = new Rectangle2D.Double(pts[i].x, pts[i].y, 0, 0);
                if (box == null) {
                    box = at;
                } else {
                    box.add(at);
                }
            }
        }
        if (box == null) {
            return null;
        }
        return new Rectangle2D.Double(box.x - CLOSE_UP_MARGIN, box.y - CLOSE_UP_MARGIN,
                box.width + 2.5 * CLOSE_UP_MARGIN, box.height + 2 * CLOSE_UP_MARGIN);
    }

    /** The close-up's frame in field units (a copy), or null when the world has none of its towns. */
    public Rectangle2D.Double closeUp() {
        return closeUp == null ? null : (Rectangle2D.Double) closeUp.clone();
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

    /** The corners of the convex hull of the points, in order (Andrew's monotone chain). */
    private static Double2D[] hull(Double2D[] pts) {
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
        return Arrays.copyOf(h, k - 1);
    }

    private static double cross(Double2D o, Double2D a, Double2D b) {
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    }

    /** Distance from a point to the outline through the corners (the last joined to the first). */
    private static double distance(Double2D[] corners, double x, double y) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < corners.length; i++) {
            Double2D a = corners[i];
            Double2D b = corners[(i + 1) % corners.length];
            best = Math.min(best, Line2D.ptSegDist(a.x, a.y, b.x, b.y, x, y));
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
        int[] cells = IntStream.range(0, cellRegion.length).filter(c -> cellRegion[c] == region).toArray();
        if (cells.length == 0) {
            return Collections.nCopies(n, new Double2D(WIDTH / 2, height / 2));
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
                double near = avoid.stream().mapToDouble(a -> Math.hypot(a.x - p.x, (a.y - p.y) * 1.3)).min()
                        .orElse(Double.MAX_VALUE);
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
