package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelsim.palette.Colours;
import org.sahelsim.palette.KindShapes;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;

/**
 * The alliance network of one model on a MASON {@link Display2D}: factions as nodes (shape by
 * kind, fill by coalition, size by fighters), alliance ties as green lines and rivalries as
 * dashed vermillion lines (width by strength), coalitions as shaded circles around their
 * members. Groups standing alone sit on the same ring as the coalitions. A faction born this
 * month has a yellow halo; one gone this month stays one month as a dashed ghost, so splits
 * and mergers show as nodes appearing and disappearing.
 */
public final class NetworkView {
    static final double WIDTH = 1000;
    static final double HEIGHT = 760;
    /** Ties weaker than this are not drawn. */
    static final double MIN_TIE = 0.25;

    final Display2D display;
    private final Continuous2D nodes = new Continuous2D(50, WIDTH, HEIGHT);
    private final Continuous2D groups = new Continuous2D(50, WIDTH, HEIGHT);
    private final NetworkPortrayal2D tiesPortrayal = new NetworkPortrayal2D();
    private final Map<String, FactionMarker> markers = new LinkedHashMap<>();
    private final Map<String, Double2D> lastPosition = new LinkedHashMap<>();
    private Set<String> lastAlive = new LinkedHashSet<>();
    private int month;

    /** A coalition drawn as a shaded circle. */
    static final class Group {
        final String name;
        final Color colour;
        final double radius;
        final boolean signatory;

        Group(String name, Color colour, double radius, boolean signatory) {
            this.name = name;
            this.colour = colour;
            this.radius = radius;
            this.signatory = signatory;
        }

        public String getName() {
            return name;
        }
    }

    public NetworkView(GUIState gui) {
        display = MapView.display(WIDTH, HEIGHT, gui, Color.WHITE);
        MapView.layer(display, groups, new GroupPortrayal(), "Coalitions");
        tiesPortrayal.setField(new SpatialNetwork2D(nodes, new Network(false)));
        tiesPortrayal.setPortrayalForAll(new TiePortrayal());
        display.attach(tiesPortrayal, "Alliances and rivalries");
        MapView.layer(display, nodes, new NodePortrayal(), "Armed groups");
        LabelsPortrayal labels = new LabelsPortrayal();
        labels.setField(this);
        display.attach(labels, "Names of coalitions and groups");
    }

    /** Forgets the previous run. */
    public void bind() {
        markers.clear();
        lastPosition.clear();
        lastAlive = new LinkedHashSet<>();
    }

    /** Copies the world's factions, coalitions and ties after month {@code m}; schedule locked. */
    public void sync(World w, int m) {
        month = m;
        nodes.clear();
        groups.clear();
        // the blocs on the ring: coalitions with members, then groups standing alone
        List<List<Faction>> blocs = new ArrayList<>();
        List<Coalition> owners = new ArrayList<>();
        for (Coalition c : w.coalitions) {
            if (c.alive && !c.members.isEmpty()) {
                blocs.add(new ArrayList<>(c.members));
                owners.add(c);
            }
        }
        for (Faction f : w.factions) {
            if (f.coalition == null) {
                blocs.add(List.of(f));
                owners.add(null);
            }
        }
        int n = blocs.size();
        double cx = WIDTH / 2;
        double cy = HEIGHT / 2 + 45;
        double rx = WIDTH / 2 - 175;
        double ry = HEIGHT / 2 - 180;
        Set<String> alive = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            double ang = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
            double gx = cx + rx * Math.cos(ang);
            double gy = cy + ry * Math.sin(ang);
            List<Faction> members = blocs.get(i);
            int k = members.size();
            double inner = k == 1 ? 0 : 40 + 15 * k;
            double maxR = 0;
            for (int j = 0; j < k; j++) {
                Faction f = members.get(j);
                double a = -Math.PI / 2 + 2 * Math.PI * j / k;
                Double2D at = new Double2D(gx + inner * Math.cos(a), gy + inner * Math.sin(a));
                FactionMarker mk = markers.computeIfAbsent(f.id, FactionMarker::new);
                mk.update(f, MapView.colourOf(f), w.regions[f.mainRegion()].name);
                nodes.setObjectLocation(mk, at);
                lastPosition.put(f.id, at);
                alive.add(f.id);
                maxR = Math.max(maxR, MapView.FactionPortrayal.radius(f.fighters));
            }
            Coalition c = owners.get(i);
            if (c != null) {
                groups.setObjectLocation(new Group(c.name, Colours.coalition(c.index), inner + maxR + 16, c.signatory),
                        new Double2D(gx, gy));
            }
        }
        // ghosts of the factions gone this month
        for (String id : lastAlive) {
            FactionMarker mk = markers.get(id);
            if (!alive.contains(id) && lastPosition.containsKey(id) && mk != null) {
                mk.gone = true;
                nodes.setObjectLocation(mk, lastPosition.get(id));
            }
        }
        lastAlive = alive;
        // ties among the living
        Network net = new Network(false);
        List<Faction> fs = w.factions;
        fs.forEach(f -> net.addNode(markers.get(f.id)));
        for (int i = 0; i < fs.size(); i++) {
            for (int j = i + 1; j < fs.size(); j++) {
                double t = w.ties.get(fs.get(i), fs.get(j));
                if (Math.abs(t) >= MIN_TIE) {
                    net.addEdge(markers.get(fs.get(i).id), markers.get(fs.get(j).id), t);
                }
            }
        }
        tiesPortrayal.setField(new SpatialNetwork2D(nodes, net));
    }

    /** A coalition: a shaded circle in its colour with its name (a thicker rim for signatories). */
    static final class GroupPortrayal extends SimplePortrayal2D {
        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Group gr = (Group) object;
            double s = info.draw.width;
            double r = gr.radius * s;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Ellipse2D.Double c = new Ellipse2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r);
            g.setColor(Palette.alpha(gr.colour, 70));
            g.fill(c);
            g.setColor(gr.colour.darker());
            g.setStroke(new BasicStroke((float) ((gr.signatory ? 4 : 2) * Math.max(0.7, s))));
            g.draw(c);
            // the coalition's name is placed with the groups' names, clear of them (LabelsPortrayal)
        }
    }

    /**
     * The names of the coalitions (over their circles) and of the groups (beside their nodes),
     * placed so that no name covers another or a node ({@link MapLabels}); coalitions first,
     * then the biggest groups.
     */
    final class LabelsPortrayal extends sim.portrayal.FieldPortrayal2D {
        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            double s = info.draw.width / WIDTH;
            double sm = Math.max(0.7, s);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            MapLabels.Batch labels = new MapLabels.Batch();
            int line = g.getFontMetrics(Palette.CAPTION_BOLD).getHeight();
            for (Object o : groups.getAllObjects()) {
                Group gr = (Group) o;
                Double2D at = groups.getObjectLocation(gr);
                // over the circle's rim, as a point: centred there when free
                labels.name(g, Narrator.readable(gr.name), Palette.CAPTION_BOLD, Palette.INK, 190, info.draw.x + at.x * s,
                        info.draw.y + at.y * s - gr.radius * s - line / 2.0 - 2);
            }
            List<FactionMarker> shown = new ArrayList<>();
            for (Object o : nodes.getAllObjects()) {
                shown.add((FactionMarker) o);
            }
            shown.sort(java.util.Comparator.comparingDouble((FactionMarker m) -> -m.fighters).thenComparing(m -> m.id));
            for (FactionMarker m : shown) {
                Double2D at = nodes.getObjectLocation(m);
                java.awt.geom.Rectangle2D mark = MapLabels.around(info.draw.x + at.x * s, info.draw.y + at.y * s,
                        MapView.FactionPortrayal.radius(m.fighters) * sm);
                labels.obstacle(mark);
                labels.label(g, Narrator.readable(m.id), Palette.LABEL, m.gone ? new Color(0x77, 0x77, 0x77) : Palette.INK,
                        210, mark, false);
            }
            labels.draw(g, MapLabels.shown(info));
        }
    }

    /** An alliance (solid green) or a rivalry (dashed vermillion), wider for stronger ties. */
    static final class TiePortrayal extends sim.portrayal.network.SimpleEdgePortrayal2D {
        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            if (!(object instanceof Edge e) || !(info instanceof EdgeDrawInfo2D ei)) {
                return;
            }
            double t = e.info instanceof Double ? (Double) e.info : 0;
            double s = Math.max(0.7, info.draw.width);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float w = (float) ((1 + 5 * Math.abs(t)) * s);
            if (t > 0) {
                g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(Palette.alpha(Colours.BLUISH_GREEN, 200));
            } else {
                g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                        new float[] {(float) (9 * s), (float) (6 * s)}, 0));
                g.setColor(Palette.alpha(Colours.VERMILLION, 210));
            }
            g.draw(new Line2D.Double(info.draw.x, info.draw.y, ei.secondPoint.x, ei.secondPoint.y));
        }
    }

    /** A faction node, with a yellow halo when new and as a dashed ghost when gone; hit as on the map. */
    final class NodePortrayal extends MapView.FactionPortrayal {
        NodePortrayal() {
            super(Double.MAX_VALUE);
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            FactionMarker m = (FactionMarker) object;
            double s = Math.max(0.7, info.draw.width);
            double r = radius(m.fighters) * s;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Shape sh = KindShapes.of(m.kind, info.draw.x, info.draw.y, r);
            if (m.gone) {
                g.setColor(new Color(0x88, 0x88, 0x88));
                g.setStroke(new BasicStroke((float) (2 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                        new float[] {(float) (5 * s), (float) (4 * s)}, 0));
                g.draw(sh);
                g.setStroke(new BasicStroke((float) (3 * s)));
                double d = r * 0.6;
                g.draw(new Line2D.Double(info.draw.x - d, info.draw.y - d, info.draw.x + d, info.draw.y + d));
                g.draw(new Line2D.Double(info.draw.x - d, info.draw.y + d, info.draw.x + d, info.draw.y - d));
            } else {
                if (m.born > 0 && m.born >= month) {
                    double h = r + 9 * s;
                    g.setColor(Palette.alpha(Colours.YELLOW, 230));
                    g.fill(new Ellipse2D.Double(info.draw.x - h, info.draw.y - h, 2 * h, 2 * h));
                }
                g.setColor(m.color);
                g.fill(sh);
                g.setColor(Palette.INK);
                g.setStroke(new BasicStroke((float) (2 * s)));
                g.draw(sh);
            }
            // the group's name is placed with the others, clear of them (LabelsPortrayal)
        }

        @Override
        public String getName(LocationWrapper w) {
            FactionMarker m = (FactionMarker) w.getObject();
            return m.id + (m.coalition.isEmpty() ? "" : " (" + m.coalition + ")");
        }
    }
}
