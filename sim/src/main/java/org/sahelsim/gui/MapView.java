package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sahelsim.palette.Colours;
import org.sahelsim.palette.KindShapes;
import org.sahelsim.record.Event;
import org.sahelsim.record.EventType;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Place;
import org.sahelsim.world.Region;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;

/**
 * The map of one model on a MASON {@link Display2D}: regions shaded by jihadist influence,
 * corridors drawn by rent and coloured by who holds most of them, towns and hubs (a ring in
 * the colour of their holder), MINUSMA bases and mobile units, factions sized by fighters and
 * coloured by coalition at their main region, and bursts where clashes and attacks happened
 * this month (fainter for last month's). Layers can be switched in the display's menu.
 * {@link #sync} copies the world into the view's fields; call it with the schedule locked.
 */
public final class MapView {
    private final MapGeometry geo;
    final Display2D display;
    private final Continuous2D places;
    private final Continuous2D factions;
    private final Continuous2D units;
    private final Continuous2D flashes;
    /** The corridors' layer of each display (the whole map, the close-up), given each new run's network. */
    private final List<NetworkPortrayal2D> corridorsPortrayals = new ArrayList<>();
    private Display2D closeUp;
    /** Where the close-up's layers draw the whole map: moved when the close-up is framed again. */
    private Rectangle2D.Double closeUpBounds;
    /** What the close-up shows, in field units; the whole map draws it as a dashed box. */
    private volatile Rectangle2D.Double closeUpFrame;
    private final Map<String, FactionMarker> markers = new LinkedHashMap<>();
    private final Texts texts;
    private World world;
    /** Route index to the colour of the side holding most of its detachments (null: nobody). */
    private Color[] routeColour = new Color[0];
    private double maxRent = 1;
    /** Coalitions with members and their colours, copied at each sync for the legend (drawn on Swing's thread). */
    private volatile Map<String, Color> legend = Map.of();
    /** Spots of markers by region and count (region x 1000 + count), computed once. */
    private final Map<Integer, List<Double2D>> spots = new java.util.HashMap<>();

    /** A MINUSMA mobile detachment in a region. */
    static final class MobileUnit {
        final int count;
        final long troops;

        MobileUnit(int count, long troops) {
            this.count = count;
            this.troops = troops;
        }

        public long getTroops() {
            return troops;
        }
    }

    /** A clash or an attack of this month (age 0) or last month (age 1). */
    static final class Flash {
        final EventType type;
        final double fatalities;
        final int age;
        final String text;

        Flash(EventType type, double fatalities, int age, String text) {
            this.type = type;
            this.fatalities = fatalities;
            this.age = age;
            this.text = text;
        }

        public String getWhat() {
            return text;
        }
    }

    public MapView(GUIState gui, Texts texts, MapGeometry geo) {
        this.geo = geo;
        this.texts = texts;
        double w = MapGeometry.WIDTH;
        double h = geo.height();
        places = new Continuous2D(50, w, h);
        factions = new Continuous2D(50, w, h);
        units = new Continuous2D(50, w, h);
        flashes = new Continuous2D(50, w, h);
        display = display(w, h, gui, Palette.BACKGROUND);
        attachLayers(display, new Rectangle2D.Double(0, 0, w, h), Double.MAX_VALUE, true);
        // town and region names are the window's language: drawn again when it changes, even paused
        texts.onChange(() -> {
            display.repaint();
            if (closeUp != null) {
                closeUp.repaint();
            }
        });
    }

    /**
     * A second display of the same map, framed on the close-up's towns (the Tilemsi valley,
     * {@link MapGeometry#CLOSE_UP_TOWNS}), where the whole map is most crowded: distances grow
     * with the zoom, marks and labels much less, so that what overlaps on the whole map stands
     * apart. Null when the world has none of those towns. Made once; later calls return it.
     */
    public Display2D closeUp(GUIState gui) {
        Rectangle2D.Double box = geo.closeUp();
        if (closeUp == null && box != null) {
            closeUp = display(box.width, box.height, gui, Palette.BACKGROUND);
            // only the frame is drawn; the map lies around it at its usual place
            closeUp.setClipping(true);
            closeUpFrame = box;
            closeUpBounds = new Rectangle2D.Double(-box.x, -box.y, MapGeometry.WIDTH, geo.height());
            attachLayers(closeUp, closeUpBounds, CLOSE_UP_MARKS, false);
            closeUp.display.setHorizontalScrollBarPolicy(javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
            closeUp.display.setVerticalScrollBarPolicy(javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_NEVER);
            closeUp.display.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
                @Override
                public void componentResized(java.awt.event.ComponentEvent e) {
                    frameCloseUp();
                }
            });
        }
        return closeUp;
    }

    /**
     * Frames the close-up to its drawing area: the towns' frame, widened or made taller around
     * its centre to the area's shape, scaled to fill it; the whole map's dashed box follows.
     */
    private void frameCloseUp() {
        java.awt.Dimension size = closeUp.display.getViewport().getExtentSize();
        Rectangle2D.Double box = geo.closeUp();
        if (size.width < 20 || size.height < 20 || box == null) {
            return;
        }
        double aspect = (size.width - 2) / (double) (size.height - 2);
        double w = Math.max(box.width, box.height * aspect);
        double h = w / aspect;
        closeUpFrame = new Rectangle2D.Double(box.getCenterX() - w / 2, box.getCenterY() - h / 2, w, h);
        // MASON keeps the bounds it was given: moved in place, every layer follows
        closeUpBounds.setRect(-closeUpFrame.x, -closeUpFrame.y, MapGeometry.WIDTH, geo.height());
        closeUp.insideDisplay.width = w;
        closeUp.insideDisplay.height = h;
        closeUp.setScale((size.width - 2) / w);
        closeUp.insideDisplay.revalidate();
        closeUp.repaint();
        display.repaint();
    }

    /** The close-up's display, if made. */
    Display2D closeUpDisplay() {
        return closeUp;
    }

    /**
     * The scale at which the close-up's marks stop growing: the size they have on a whole map
     * about 1.1 times the map's field (a large screen), while the distances keep the zoom.
     */
    static final double CLOSE_UP_MARKS = 1.1;

    /** The scale of the marks at a display scale {@code s}: never below 0.7 (legible), at most {@code max}. */
    static double marks(double s, double max) {
        return Math.min(max, Math.max(0.7, s));
    }

    /**
     * Attaches the map's layers to a display, the whole map in {@code bounds}, marks no larger
     * than at scale {@code markMax}; {@code whole} marks the close-up's frame (a dashed box).
     */
    private void attachLayers(Display2D d, Rectangle2D.Double bounds, double markMax, boolean whole) {
        FieldPortrayal2D regionsPortrayal = new RegionsPortrayal(false, markMax, false);
        regionsPortrayal.setField(this);
        d.attach(regionsPortrayal, "Regions and jihadist influence", bounds);

        NetworkPortrayal2D corridors = new NetworkPortrayal2D();
        corridors.setPortrayalForAll(new RoutePortrayal(markMax));
        corridorsPortrayals.add(corridors);
        if (world != null) {
            corridors.setField(new SpatialNetwork2D(places, world.corridors));
        }
        d.attach(corridors, "Trafficking corridors", bounds);

        layer(d, places, new PlacePortrayal(markMax), "Towns, hubs and MINUSMA bases", bounds);
        layer(d, units, new UnitPortrayal(markMax), "MINUSMA mobile units", bounds);
        layer(d, factions, new FactionPortrayal(markMax), "Armed groups", bounds);

        FieldPortrayal2D namesPortrayal = new RegionsPortrayal(true, markMax, whole);
        namesPortrayal.setField(this);
        d.attach(namesPortrayal, "Region names, group and town labels", bounds);

        layer(d, flashes, new FlashPortrayal(markMax), "Clashes and attacks", bounds);
    }

    /** The blue "UN" tag of a MINUSMA base beside its town at (x, y), at scale {@code s}. */
    static Rectangle2D baseTag(double x, double y, double s) {
        double h = Math.max(15, 15 * s);
        double w = h * 1.6;
        return new Rectangle2D.Double(x - 10 * s - w, y + 3 * s, w, h);
    }

    /** A view's MASON display: its backdrop, not clipped, without MASON's toolbar. */
    static Display2D display(double w, double h, GUIState gui, Color backdrop) {
        Display2D d = new Display2D(w, h, gui);
        d.setBackdrop(backdrop);
        d.setClipping(false);
        // MASON's toolbar (layers, snapshot, options, scale) would take room from the projected map;
        // its movie maker needs JMF, left out of the build. Pictures and frames are in the window's menu.
        d.header.setVisible(false);
        return d;
    }

    /** Attaches a layer to a display: the objects of a field, each drawn by one portrayal. */
    static void layer(Display2D d, Continuous2D field, SimplePortrayal2D portrayal, String name) {
        layer(d, field, portrayal, name, null);
    }

    /** As above, the field drawn in {@code bounds} of the display (null: at its origin, its own size). */
    static void layer(Display2D d, Continuous2D field, SimplePortrayal2D portrayal, String name,
                      Rectangle2D.Double bounds) {
        ContinuousPortrayal2D layer = new ContinuousPortrayal2D();
        layer.setField(field);
        layer.setPortrayalForAll(portrayal);
        if (bounds == null) {
            d.attach(layer, name);
        } else {
            d.attach(layer, name, bounds);
        }
    }

    /** Shows a new run's world (same map, new places and factions). */
    public void bind(World w) {
        world = w;
        places.clear();
        for (Place p : w.places) {
            places.setObjectLocation(p, geo.project(p.lat, p.lon));
        }
        corridorsPortrayals.forEach(c -> c.setField(new SpatialNetwork2D(places, w.corridors)));
        markers.clear();
        maxRent = Math.max(1, Arrays.stream(w.routes).mapToDouble(r -> r.baseRent).max().orElse(1));
    }

    public World world() {
        return world;
    }

    /** The colour of a faction's side: its coalition's, or white standing alone. */
    static Color colourOf(Faction f) {
        return f.coalition == null ? Colours.ALONE : Colours.coalition(f.coalition.index);
    }

    /**
     * Copies the world's state after a month into the view's fields. Events are the
     * run's events so far (the view takes this month's and last month's clashes and attacks).
     */
    public void sync(List<Event> monthEvents, List<Event> lastMonthEvents) {
        World w = world;
        // corridors: which side has most fighters on each route
        routeColour = new Color[w.routes.length];
        for (Route r : w.routes) {
            Map<Object, Double> bySide = new LinkedHashMap<>();
            Map<Object, Color> colours = new LinkedHashMap<>();
            for (Faction f : w.factions) {
                double d = f.detached[r.index];
                if (d > 0.5) {
                    Object side = f.coalition != null ? f.coalition : f;
                    bySide.merge(side, d, Double::sum);
                    colours.put(side, f.coalition != null ? Colours.coalition(f.coalition.index) : Palette.INK);
                }
            }
            // the first side with the most (max keeps the first of equals)
            routeColour[r.index] = bySide.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(e -> colours.get(e.getKey())).orElse(null);
        }
        // factions spread inside their main region; a MINUSMA mobile unit marker takes one more spot
        factions.clear();
        units.clear();
        Map<Integer, List<Faction>> byRegion = w.factions.stream()
                .collect(Collectors.groupingBy(Faction::mainRegion));
        for (Region r : w.regions) {
            List<Faction> fs = byRegion.getOrDefault(r.index, List.of());
            boolean unit = r.mobileTroops >= 50;
            int n = fs.size() + (unit ? 1 : 0);
            if (n == 0) {
                continue;
            }
            List<Double2D> at = spots.computeIfAbsent(r.index * 1000 + n, k -> geo.spots(r.index, n));
            for (int i = 0; i < fs.size(); i++) {
                Faction f = fs.get(i);
                FactionMarker mk = markers.computeIfAbsent(f.id, FactionMarker::new);
                mk.update(f, colourOf(f), r.name);
                factions.setObjectLocation(mk, at.get(i));
            }
            if (unit) {
                int count = (int) Math.min(6, Math.ceil(r.mobileTroops / 400.0));
                units.setObjectLocation(new MobileUnit(count, Math.round(r.mobileTroops)), at.get(n - 1));
            }
        }
        Map<String, Color> colours = w.coalitions.stream().filter(c -> c.alive && !c.members.isEmpty())
                .collect(Collectors.toMap(c -> Narrator.readable(c.name), c -> Colours.coalition(c.index), (a, b) -> b,
                        LinkedHashMap::new));
        legend = java.util.Collections.unmodifiableMap(colours);
        // clashes and attacks
        flashes.clear();
        addFlashes(lastMonthEvents, 1);
        addFlashes(monthEvents, 0);
    }

    private void addFlashes(List<Event> events, int age) {
        for (Event e : events) {
            Map<String, String> d = Narrator.terms(e.detail());
            Double2D at = null;
            if (e.type() == EventType.CLASH && d.containsKey("route")) {
                for (Route r : world.routes) {
                    if (r.id.equals(d.get("route"))) {
                        Double2D a = geo.project(r.from.lat, r.from.lon);
                        Double2D b = geo.project(r.to.lat, r.to.lon);
                        at = new Double2D((a.x + b.x) / 2, (a.y + b.y) / 2);
                    }
                }
            } else if (e.type() == EventType.ATTACK || e.type() == EventType.CLASH || e.type() == EventType.ARMY_ASSAULT) {
                // an attack, or an assault on a town (with a place instead of a route)
                String p = d.get("place");
                for (Place pl : world.places) {
                    if (pl.name.equals(p)) {
                        Double2D a = geo.project(pl.lat, pl.lon);
                        at = new Double2D(a.x + 10, a.y - 12);
                    }
                }
            }
            if (at != null) {
                double f = Narrator.number(d, "fatalities");
                // several events at one spot: spread them a little so each shows
                Double2D spot = at;
                int k = 0;
                while (!flashes.getNeighborsExactlyWithinDistance(spot, 3).isEmpty() && k < 8) {
                    k++;
                    spot = new Double2D(at.x + 9 * k, at.y + 5 * (k % 2));
                }
                flashes.setObjectLocation(new Flash(e.type(), f, age, e.actor() + " / " + e.other()), spot);
            }
        }
    }

    // ------------------------------------------------------------------ portrayals

    /**
     * Regions as the land nearest their towns, shaded by jihadist influence and outlined; or,
     * as the layer above the markers, their names with the influence in per cent.
     */
    final class RegionsPortrayal extends FieldPortrayal2D {
        private final boolean names;
        private final double markMax;
        /** Whether this is the whole map, which marks the close-up's frame. */
        private final boolean whole;

        RegionsPortrayal(boolean names, double markMax, boolean whole) {
            this.names = names;
            this.markMax = markMax;
            this.whole = whole;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            if (world == null) {
                return;
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            AffineTransform t = new AffineTransform();
            t.translate(info.draw.x, info.draw.y);
            t.scale(info.draw.width / MapGeometry.WIDTH, info.draw.height / geo.height());
            double s = info.draw.width / MapGeometry.WIDTH;
            if (names) {
                drawNames(g, info, s);
                return;
            }
            for (Region r : world.regions) {
                Area a = geo.area(r.index);
                if (a == null) {
                    continue;
                }
                Shape shape = t.createTransformedShape(a);
                g.setColor(r.border ? new Color(0xE2, 0xE2, 0xE2) : Palette.influence(r.influence));
                g.fill(shape);
                g.setColor(new Color(0x55, 0x55, 0x55));
                g.setStroke(new BasicStroke((float) Math.max(1, 1.6 * s)));
                g.draw(shape);
            }
        }

        /**
         * The region names where they belong, then the groups' and the towns' labels placed
         * around their marks so that no label covers another, a mark or a region's name
         * ({@link MapLabels}); the biggest groups first.
         */
        private void drawNames(Graphics2D g, DrawInfo2D info, double s) {
            double sm = marks(s, markMax);
            // labels stay inside what is shown (the close-up shows a part of the map)
            Rectangle2D visible = MapLabels.shown(info);
            Rectangle2D.Double frame = whole ? closeUpFrame : null;
            if (frame != null) {
                // where the close-up looks (its tab, key Z)
                g.setColor(Palette.alpha(Palette.INK, 210));
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {8f, 5f}, 0f));
                g.draw(new Rectangle2D.Double(info.draw.x + frame.x * s, info.draw.y + frame.y * s, frame.width * s,
                        frame.height * s));
            }
            MapLabels.Batch labels = new MapLabels.Batch();
            // the regions' names first, centred where they belong if they can be
            for (Region r : world.regions) {
                Double2D l = geo.label(r.index);
                if (l == null) {
                    continue;
                }
                double x = info.draw.x + l.x * s;
                double y = info.draw.y + l.y * s;
                if (!visible.contains(x, y)) {
                    continue; // the close-up shows a part of the map: names of regions outside it are not
                }
                if (r.border) {
                    labels.name(g, texts.place(r.name), Palette.SMALL, new Color(0x66, 0x66, 0x66), 170, x, y);
                } else {
                    labels.name(g, texts.place(r.name) + "  " + Math.round(100 * r.influence) + "%", Palette.REGION,
                            Palette.INK, 205, x, y);
                }
            }
            if (frame != null) {
                // the close-up's name beside its frame's top left corner
                labels.label(g, texts.t("map.closeup"), Palette.SMALL, Palette.INK, 170,
                        new Rectangle2D.Double(info.draw.x + frame.x * s, info.draw.y + frame.y * s, 0, 0), false);
            }
            List<FactionMarker> shown = new ArrayList<>();
            for (Object o : factions.getAllObjects()) {
                if (o instanceof FactionMarker m) {
                    shown.add(m);
                }
            }
            shown.sort(Comparator.comparingDouble((FactionMarker m) -> -m.fighters).thenComparing(m -> m.id));
            for (FactionMarker m : shown) {
                Double2D at = factions.getObjectLocation(m);
                Rectangle2D mark = MapLabels.around(info.draw.x + at.x * s, info.draw.y + at.y * s,
                        FactionPortrayal.radius(m.fighters) * sm);
                labels.obstacle(mark);
                if (visible.intersects(mark)) {
                    labels.label(g, Narrator.readable(m.id), Palette.LABEL, Palette.INK, 205, mark, true);
                }
            }
            for (Object o : places.getAllObjects()) {
                if (o instanceof Place p) {
                    Double2D at = places.getObjectLocation(p);
                    double x = info.draw.x + at.x * s;
                    double y = info.draw.y + at.y * s;
                    Rectangle2D mark = MapLabels.around(x, y, (p.hub ? 11 : 9) * sm);
                    labels.obstacle(mark);
                    if (p.base) {
                        labels.obstacle(baseTag(x, y, sm));
                    }
                    if (visible.intersects(mark)) {
                        labels.label(g, texts.place(p.name), Palette.SMALL, Palette.INK, 170, mark, true);
                    }
                }
            }
            labels.draw(g, visible);
        }
    }

    /** A corridor: width by its rent this month, colour of the side holding most of it. */
    final class RoutePortrayal extends sim.portrayal.network.SimpleEdgePortrayal2D {
        private final double markMax;

        RoutePortrayal(double markMax) {
            this.markMax = markMax;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            if (!(object instanceof Edge e) || !(info instanceof EdgeDrawInfo2D ei)) {
                return;
            }
            Route r = (Route) e.info;
            double s = info.draw.width;
            double rent = Math.max(0, r.netRent);
            float width = (float) ((1.5 + 9 * Math.sqrt(rent / maxRent)) * Math.min(markMax, Math.max(0.6, s)));
            Color c = r.index < routeColour.length && routeColour[r.index] != null ? routeColour[r.index] : Colours.NEUTRAL;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Line2D.Double line = new Line2D.Double(info.draw.x, info.draw.y, ei.secondPoint.x, ei.secondPoint.y);
            g.setStroke(new BasicStroke(width + 2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(c == Palette.INK || c.equals(Colours.NEUTRAL) ? Color.WHITE : Palette.INK);
            g.draw(line);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(c);
            g.draw(line);
        }

        @Override
        public String getName(LocationWrapper w) {
            if (w.getObject() instanceof Edge e && e.info instanceof Route r) {
                return r.id + ": " + texts.whole(r.netRent) + " USD/month (" + r.commodity + ")";
            }
            return super.getName(w);
        }
    }

    /** A town (dot) or hub (diamond), ringed in its holder's colour, a blue square for a MINUSMA base. */
    final class PlacePortrayal extends SimplePortrayal2D {
        private final double markMax;

        PlacePortrayal(double markMax) {
            this.markMax = markMax;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Place p = (Place) object;
            double s = marks(info.draw.width, markMax);
            double x = info.draw.x;
            double y = info.draw.y;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Faction h = p.holder != null && p.holder.alive ? p.holder : null;
            if (h != null || p.armyHeld) {
                double rr = (p.hub ? 11 : 9) * s;
                g.setColor(h != null ? colourOf(h) : Palette.INK);
                g.setStroke(new BasicStroke((float) (3.5 * s)));
                g.draw(new Ellipse2D.Double(x - rr, y - rr, 2 * rr, 2 * rr));
                if (h != null && h.coalition == null) {
                    g.setColor(Palette.INK);
                    g.setStroke(new BasicStroke((float) (1 * s)));
                    g.draw(new Ellipse2D.Double(x - rr - 2 * s, y - rr - 2 * s, 2 * rr + 4 * s, 2 * rr + 4 * s));
                }
            }
            Shape mark = p.hub ? Shapes.diamond(x, y, 7 * s) : new Ellipse2D.Double(x - 4 * s, y - 4 * s, 8 * s, 8 * s);
            g.setColor(p.hub ? Colours.YELLOW : Palette.INK);
            g.fill(mark);
            g.setColor(Palette.INK);
            g.setStroke(new BasicStroke((float) (1.2 * s)));
            g.draw(mark);
            if (p.base) {
                // large enough to read from the back of a room: lesson 3 is about these
                Rectangle2D sq = baseTag(x, y, s);
                g.setColor(Palette.MINUSMA);
                g.fill(sq);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke((float) (1.2 * s)));
                g.draw(sq);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(11, 12 * s)));
                FontMetrics fm = g.getFontMetrics();
                g.drawString("UN", (float) (sq.getCenterX() - fm.stringWidth("UN") / 2.0),
                        (float) (sq.getCenterY() + fm.getAscent() / 2.0 - 1));
            }
            // the town's name is placed with the other labels, clear of them (RegionsPortrayal)
        }



        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            return range.clip.intersects(range.draw.x - 8, range.draw.y - 8, 16, 16);
        }

        @Override
        public String getName(LocationWrapper w) {
            Place p = (Place) w.getObject();
            Faction h = p.holder != null && p.holder.alive ? p.holder : null;
            String who = h != null ? h.id : p.armyHeld ? texts.t("map.army") : "-";
            return p.name + " (" + p.region.name + "): " + who + (p.base ? ", MINUSMA" : "");
        }
    }

    /** MINUSMA mobile units: sky-blue chevrons, one for about 400 troops. */
    static final class UnitPortrayal extends SimplePortrayal2D {
        private final double markMax;

        UnitPortrayal(double markMax) {
            this.markMax = markMax;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            MobileUnit u = (MobileUnit) object;
            double s = marks(info.draw.width, markMax);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            // about as wide as a base's tag on any screen: lesson 3 is about where these go
            double r = Math.max(9, 8 * s);
            double w = 2.1 * r;
            double x0 = info.draw.x - (u.count - 1) * w / 2;
            for (int i = 0; i < u.count; i++) {
                Shape c = Shapes.chevron(x0 + i * w, info.draw.y, r);
                g.setColor(Palette.MINUSMA_MOBILE);
                g.fill(c);
                g.setColor(Palette.MINUSMA);
                g.setStroke(new BasicStroke((float) s));
                g.draw(c);
            }
        }
    }

    /** A faction: shape by kind, fill by coalition, area by fighters, its id beside it. */
    static class FactionPortrayal extends SimplePortrayal2D {
        private final double markMax;

        FactionPortrayal(double markMax) {
            this.markMax = markMax;
        }

        static double radius(double fighters) {
            return 6 + 0.26 * Math.sqrt(Math.max(0, fighters));
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            FactionMarker m = (FactionMarker) object;
            double s = marks(info.draw.width, markMax);
            double r = radius(m.fighters) * s;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Shape sh = KindShapes.of(m.kind, info.draw.x, info.draw.y, r);
            g.setColor(m.color);
            g.fill(sh);
            g.setColor(Palette.INK);
            g.setStroke(new BasicStroke((float) (2 * s)));
            g.draw(sh);
            if (info.selected) {
                g.setColor(Colours.VERMILLION);
                g.setStroke(new BasicStroke((float) (3 * s)));
                g.draw(new Ellipse2D.Double(info.draw.x - r - 5, info.draw.y - r - 5, 2 * r + 10, 2 * r + 10));
            }
            // the group's name is placed with the other labels, clear of them (RegionsPortrayal)
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            FactionMarker m = (FactionMarker) object;
            double r = radius(m.fighters) * marks(range.draw.width, markMax);
            return range.clip.intersects(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r);
        }

        @Override
        public String getName(LocationWrapper w) {
            FactionMarker m = (FactionMarker) w.getObject();
            return m.id + ": " + Math.round(m.fighters) + " fighters" + (m.coalition.isEmpty() ? "" : ", " + m.coalition);
        }
    }

    /** A clash (vermillion burst) or an attack (black burst), faint when a month old. */
    static final class FlashPortrayal extends SimplePortrayal2D {
        private final double markMax;

        FlashPortrayal(double markMax) {
            this.markMax = markMax;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Flash f = (Flash) object;
            double s = marks(info.draw.width, markMax);
            double r = (9 + 2.2 * Math.sqrt(Math.max(0, f.fatalities))) * s;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Shape star = Shapes.star(info.draw.x, info.draw.y, r, r * 0.45, 8);
            Color fill = f.type == EventType.CLASH ? Colours.VERMILLION : Colours.BLACK;
            int alpha = f.age == 0 ? 255 : 80;
            g.setColor(Palette.alpha(fill, alpha));
            g.fill(star);
            g.setColor(Palette.alpha(Colours.YELLOW, alpha));
            g.setStroke(new BasicStroke((float) (2 * s)));
            g.draw(star);
        }

        @Override
        public String getName(LocationWrapper w) {
            return ((Flash) w.getObject()).text;
        }
    }

    /** Coalition colours of the world as last synced, for the legend: name to colour, in the world's order. */
    Map<String, Color> coalitionColours() {
        return legend;
    }
}
