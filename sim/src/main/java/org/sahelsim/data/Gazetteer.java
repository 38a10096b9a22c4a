package org.sahelsim.data;

import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bundled facts the model is built on (regions, places, routes, factions, blocs,
 * community ties), read once from the jar's resources ({@code org/sahelsim/data/*.csv}).
 * Nothing reads {@code ../shared}. Where every number comes from is in each row's source
 * column and in {@code docs/DATA.md}.
 *
 * <p>Loading validates loudly: an unknown region of a place, an unknown route endpoint, a
 * duplicate id, a faction whose bloc shares do not sum to 1 (within {@value #SHARE_TOLERANCE}),
 * an empty source, or any malformed cell throws an {@link IllegalStateException} naming the
 * file, the line and row, and the column. Lists keep file order; nothing depends on hash order.
 */
public final class Gazetteer {
    /** Classpath folder of the bundled CSV files. */
    static final String FOLDER = "/org/sahelsim/data/";

    /** Dataset label of {@code factions-2012-01.csv}: the groups of January 2012. */
    public static final String DATASET_2012 = "2012-01";
    /** Dataset label of {@code factions-2015-06.csv}: the groups of June 2015. */
    public static final String DATASET_2015 = "2015-06";

    /** Commodities a route may carry (the design brief's trafficking flows). */
    public static final Set<String> COMMODITIES = Collections.unmodifiableSet(new LinkedHashSet<>(
            List.of("resin", "cocaine", "fuel_goods", "migrants", "arms", "cattle")));

    /** Kinds a faction or a bloc's leaning may take (labels of the scenario's faction kinds). */
    public static final Set<String> FACTION_KINDS = Collections.unmodifiableSet(new LinkedHashSet<>(
            List.of("separatist", "progovernment", "community_militia", "jihadist")));

    /** How far a faction's bloc shares may stray from 1. */
    public static final double SHARE_TOLERANCE = 1e-6;

    private final List<RegionInfo> regions;
    private final List<PlaceInfo> places;
    private final List<RouteInfo> routes;
    private final List<FactionInfo> factions;
    private final List<BlocInfo> blocs;
    private final Map<String, RegionInfo> regionByName;
    private final Map<String, PlaceInfo> placeByName;
    private final Map<String, RouteInfo> routeById;
    private final Map<String, List<BlocInfo>> blocsByFaction;
    /** Affinity keyed by the pair in sorted order, "a\u0000b" with a &lt; b. */
    private final Map<String, Double> affinityByPair;
    private final SortedSet<String> communities;

    private Gazetteer(List<RegionInfo> regions, List<PlaceInfo> places, List<RouteInfo> routes,
                      List<FactionInfo> factions, List<BlocInfo> blocs, Map<String, Double> affinityByPair) {
        this.regions = List.copyOf(regions);
        this.places = List.copyOf(places);
        this.routes = List.copyOf(routes);
        this.factions = List.copyOf(factions);
        this.blocs = List.copyOf(blocs);
        this.regionByName = index(regions, RegionInfo::name);
        this.placeByName = index(places, PlaceInfo::name);
        this.routeById = index(routes, RouteInfo::id);
        this.blocsByFaction = Collections.unmodifiableMap(blocs.stream().collect(Collectors.groupingBy(
                BlocInfo::faction, LinkedHashMap::new, Collectors.toUnmodifiableList())));
        this.affinityByPair = Collections.unmodifiableMap(new LinkedHashMap<>(affinityByPair));
        SortedSet<String> comms = blocs.stream().map(BlocInfo::community)
                .collect(Collectors.toCollection(TreeSet::new));
        affinityByPair.keySet().forEach(key -> comms.addAll(List.of(key.split("\u0000"))));
        this.communities = Collections.unmodifiableSortedSet(comms);
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
        return Collections.unmodifiableMap(items.stream().collect(Collectors.toMap(key, t -> t, (a, b) -> b,
                LinkedHashMap::new)));
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load(file -> Gazetteer.class.getResourceAsStream(FOLDER + file));
    }

    /** The bundled data, loaded and validated once (thread-safe, lazy). */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    /**
     * Reads and validates every file through {@code folder} (file name to stream, null when
     * missing); tests pass broken copies through it.
     */
    static Gazetteer load(Function<String, InputStream> folder) {
        List<RegionInfo> regions = readRegions(folder);
        Map<String, RegionInfo> regionByName = index(regions, RegionInfo::name);
        List<PlaceInfo> places = readPlaces(folder, regionByName);
        Map<String, PlaceInfo> placeByName = index(places, PlaceInfo::name);
        List<RouteInfo> routes = readRoutes(folder, placeByName);
        List<FactionInfo> factions = new ArrayList<>();
        factions.addAll(readFactions(folder, "factions-2012-01.csv", DATASET_2012));
        factions.addAll(readFactions(folder, "factions-2015-06.csv", DATASET_2015));
        List<BlocInfo> blocs = readBlocs(folder, factions);
        Map<String, Double> affinity = readCommunities(folder);
        // documentary tables: not exposed, but they must be bundled and sourced row by row
        requireSources(CsvTable.read(folder, "actors-2015-06.csv", "actor", "item", "value", "source"), "source");
        requireSources(CsvTable.read(folder, "timeline-2011-2015.csv", "date", "event", "source"), "source");
        return new Gazetteer(regions, places, routes, factions, blocs, affinity);
    }

    private static void requireSources(CsvTable t, String column) {
        t.rows().forEach(r -> r.text(column));
    }

    /**
     * Remembers row {@code r} under {@code key}; a key seen before is an error at {@code column}
     * of this row: a duplicate {@code what}, with where the first one is.
     */
    private static void unique(Map<String, CsvTable.Row> seen, String key, CsvTable.Row r, String column,
                               String what) {
        CsvTable.Row first = seen.putIfAbsent(key, r);
        if (first != null) {
            throw r.error(column, "duplicate " + what + " (first at " + first.where() + ")");
        }
    }

    private static List<RegionInfo> readRegions(Function<String, InputStream> folder) {
        CsvTable t = CsvTable.read(folder, "regions.csv",
                "name", "zone", "population", "area_km2", "state_presence", "neighbours", "source");
        List<RegionInfo> out = new ArrayList<>();
        Map<String, CsvTable.Row> seen = new LinkedHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String name = r.text("name");
            unique(seen, name, r, "name", "region '" + name + "'");
            out.add(new RegionInfo(name, r.oneOf("zone", new LinkedHashSet<>(RegionInfo.ZONES)), r.number("population", 0, 1e9),
                    r.number("area_km2", Double.MIN_VALUE, 1e7), r.number("state_presence", 0, 1),
                    r.list("neighbours"), r.text("source")));
        }
        // neighbours must exist, differ from the region itself and be listed both ways
        for (RegionInfo reg : out) {
            CsvTable.Row r = seen.get(reg.name());
            Set<String> dup = new LinkedHashSet<>();
            for (String n : reg.neighbours()) {
                if (!seen.containsKey(n)) {
                    throw r.error("neighbours", "unknown region '" + n + "'; known: " + seen.keySet());
                }
                if (n.equals(reg.name())) {
                    throw r.error("neighbours", "a region cannot neighbour itself");
                }
                if (!dup.add(n)) {
                    throw r.error("neighbours", "'" + n + "' listed twice");
                }
                RegionInfo other = out.stream().filter(x -> x.name().equals(n)).findFirst().orElseThrow();
                if (!other.neighbours().contains(reg.name())) {
                    throw r.error("neighbours", "'" + n + "' is a neighbour of '" + reg.name()
                            + "' but not the other way round (" + seen.get(n).where() + ")");
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("regions.csv: no regions");
        }
        return out;
    }

    private static List<PlaceInfo> readPlaces(Function<String, InputStream> folder, Map<String, RegionInfo> regions) {
        CsvTable t = CsvTable.read(folder, "places.csv", "place", "region", "lat", "lon", "hub", "role", "source");
        List<PlaceInfo> out = new ArrayList<>();
        Map<String, CsvTable.Row> seen = new LinkedHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String name = r.text("place");
            unique(seen, name, r, "place", "place '" + name + "'");
            String region = r.text("region");
            if (!regions.containsKey(region)) {
                throw r.error("region", "unknown region '" + region + "' of place '" + name + "'; known: " + regions.keySet());
            }
            out.add(new PlaceInfo(name, region, r.number("lat", -90, 90), r.number("lon", -180, 180),
                    r.bool("hub"), r.raw("role"), r.text("source")));
        }
        return out;
    }

    private static List<RouteInfo> readRoutes(Function<String, InputStream> folder, Map<String, PlaceInfo> places) {
        CsvTable t = CsvTable.read(folder, "routes.csv", "id", "from", "to", "commodity", "rent_usd_month", "source");
        List<RouteInfo> out = new ArrayList<>();
        Map<String, CsvTable.Row> seen = new LinkedHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String id = r.text("id");
            unique(seen, id, r, "id", "route '" + id + "'");
            String from = r.text("from");
            String to = r.text("to");
            for (String[] end : new String[][]{{"from", from}, {"to", to}}) {
                if (!places.containsKey(end[1])) {
                    throw r.error(end[0], "unknown place '" + end[1] + "' at an end of route '" + id
                            + "'; known: " + places.keySet());
                }
            }
            if (from.equals(to)) {
                throw r.error("to", "route '" + id + "' starts and ends at '" + from + "'");
            }
            List<String> goods = r.list("commodity");
            if (goods.isEmpty()) {
                throw r.error("commodity", "empty, at least one of " + COMMODITIES + " is required");
            }
            Set<String> distinct = new LinkedHashSet<>();
            for (String g : goods) {
                if (!COMMODITIES.contains(g)) {
                    throw r.error("commodity", "'" + g + "' is not one of " + COMMODITIES);
                }
                if (!distinct.add(g)) {
                    throw r.error("commodity", "'" + g + "' listed twice");
                }
            }
            double rent = r.number("rent_usd_month");
            if (rent <= 0) {
                throw r.error("rent_usd_month", "rent must be positive, got " + rent);
            }
            out.add(new RouteInfo(id, from, to, String.join(";", goods), rent, r.text("source")));
        }
        return out;
    }

    private static List<FactionInfo> readFactions(Function<String, InputStream> folder, String file, String dataset) {
        CsvTable t = CsvTable.read(folder, file,
                "id", "name", "kind", "formed", "fighters_low", "fighters_high", "sources");
        List<FactionInfo> out = new ArrayList<>();
        Map<String, CsvTable.Row> seen = new LinkedHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String id = r.text("id");
            unique(seen, id, r, "id", "faction '" + id + "'");
            r.oneOf("kind", FACTION_KINDS);
            int low = r.integer("fighters_low", 1);
            int high = r.integer("fighters_high", 1);
            if (high < low) {
                throw r.error("fighters_high", high + " is below fighters_low " + low);
            }
            out.add(new FactionInfo(id, r.text("name"), r.text("kind"), dataset, r.yearMonth("formed"),
                    low, high, r.text("sources")));
        }
        return out;
    }

    private static List<BlocInfo> readBlocs(Function<String, InputStream> folder, List<FactionInfo> factions) {
        CsvTable t = CsvTable.read(folder, "blocs.csv", "faction", "community", "share", "weight", "leaning", "dataset",
                "leadership", "source");
        Map<String, List<String>> datasetsOf = new LinkedHashMap<>();
        for (FactionInfo f : factions) {
            datasetsOf.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(f.dataset());
        }
        Set<String> factionIds = datasetsOf.keySet();
        List<BlocInfo> out = new ArrayList<>();
        Map<String, CsvTable.Row> seen = new LinkedHashMap<>();
        Map<String, Double> sums = new LinkedHashMap<>();
        Map<String, List<CsvTable.Row>> rowsOf = new LinkedHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String faction = r.text("faction");
            if (!factionIds.contains(faction)) {
                throw r.error("faction", "unknown faction '" + faction + "'; known: " + factionIds);
            }
            String community = r.text("community");
            String dataset = r.raw("dataset");
            if (!dataset.isEmpty() && !datasetsOf.get(faction).contains(dataset)) {
                throw r.error("dataset", "'" + dataset + "' is not a dataset of faction " + faction + " ("
                        + datasetsOf.get(faction) + "); leave it empty for a row that holds in every dataset");
            }
            for (String set : datasetsOf.get(faction)) {
                if (!dataset.isEmpty() && !dataset.equals(set)) {
                    continue;
                }
                unique(seen, faction + "/" + community + "/" + set, r, "community",
                        "bloc " + faction + "/" + community + " in dataset " + set);
            }
            double share = r.number("share", 0, 1);
            if (share <= 0) {
                throw r.error("share", "a bloc's share must be positive, got " + share);
            }
            double weight = r.number("weight", 0, 10);
            if (weight <= 0) {
                throw r.error("weight", "a bloc's weight must be positive, got " + weight);
            }
            String leaning = r.oneOf("leaning", FACTION_KINDS);
            String lead = r.raw("leadership");
            if (!lead.isEmpty() && !lead.equals("yes")) {
                throw r.error("leadership", "'" + lead + "' is not yes or empty (a bloc with leaders of its own: yes)");
            }
            boolean leadership = lead.equals("yes");
            out.add(new BlocInfo(faction, community, share, weight, leaning, dataset, leadership, r.text("source")));
            for (String set : datasetsOf.get(faction)) {
                if (dataset.isEmpty() || dataset.equals(set)) {
                    sums.merge(faction + " in " + set, share, Double::sum);
                    rowsOf.computeIfAbsent(faction + " in " + set, k -> new ArrayList<>()).add(r);
                }
            }
        }
        for (Map.Entry<String, Double> e : sums.entrySet()) {
            if (Math.abs(e.getValue() - 1.0) > SHARE_TOLERANCE) {
                List<CsvTable.Row> rows = rowsOf.get(e.getKey());
                throw rows.get(rows.size() - 1).error("share", "bloc shares of faction " + e.getKey() + " sum to "
                        + e.getValue() + ", expected 1 (within " + SHARE_TOLERANCE + "); rows from "
                        + rows.get(0).where());
            }
        }
        for (String id : factionIds) {
            for (String set : datasetsOf.get(id)) {
                if (!sums.containsKey(id + " in " + set)) {
                    throw new IllegalStateException("blocs.csv: faction " + id + " of dataset " + set + " has no bloc rows");
                }
            }
        }
        return out;
    }

    private static Map<String, Double> readCommunities(Function<String, InputStream> folder) {
        CsvTable t = CsvTable.read(folder, "communities.csv", "a", "b", "affinity", "source");
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, CsvTable.Row> seen = new LinkedHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String a = r.text("a");
            String b = r.text("b");
            if (a.equals(b)) {
                throw r.error("b", "a community's affinity with itself is always 1; remove the row");
            }
            String key = pairKey(a, b);
            unique(seen, key, r, "b", "pair " + a + "/" + b);
            double v = r.number("affinity", -1, 1);
            r.text("source");
            out.put(key, v);
        }
        return out;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** Regions and border areas in file order. */
    public List<RegionInfo> regions() {
        return regions;
    }

    /** The region of that name; throws {@link IllegalArgumentException} listing known names if unknown. */
    public RegionInfo region(String name) {
        return lookup(regionByName, name, "region");
    }

    /** Whether a region (or border area) of that name is bundled. */
    public boolean hasRegion(String name) {
        return regionByName.containsKey(name);
    }

    /** Towns, hubs and border markets in file order. */
    public List<PlaceInfo> places() {
        return places;
    }

    /** The place of that name; throws {@link IllegalArgumentException} if unknown. */
    public PlaceInfo place(String name) {
        return lookup(placeByName, name, "place");
    }

    /** The places marked as contested trafficking hubs, in file order. */
    public List<PlaceInfo> hubs() {
        return places.stream().filter(PlaceInfo::hub).toList();
    }

    /** The places of one region, in file order. */
    public List<PlaceInfo> placesIn(String region) {
        return places.stream().filter(p -> p.region().equals(region)).toList();
    }

    /** Trafficking routes in file order; each is undirected (goods flow both ways). */
    public List<RouteInfo> routes() {
        return routes;
    }

    /** The route with that id; throws {@link IllegalArgumentException} if unknown. */
    public RouteInfo route(String id) {
        return lookup(routeById, id, "route");
    }

    /** Routes with one end at that place, in file order. */
    public List<RouteInfo> routesAt(String place) {
        return routes.stream().filter(r -> r.from().equals(place) || r.to().equals(place)).toList();
    }

    /** Total rent of all routes, USD a month. */
    public double totalRent() {
        return routes.stream().mapToDouble(RouteInfo::rent).sum();
    }

    /**
     * Whether every place that is an end of some route can reach every other such place over
     * routes (treated as undirected).
     */
    public boolean routeNetworkConnected() {
        Map<String, List<String>> adj = new TreeMap<>();
        for (RouteInfo r : routes) {
            adj.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.to());
            adj.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r.from());
        }
        if (adj.isEmpty()) {
            return true;
        }
        Set<String> reached = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        String start = adj.keySet().iterator().next();
        todo.add(start);
        reached.add(start);
        while (!todo.isEmpty()) {
            for (String n : adj.get(todo.poll())) {
                if (reached.add(n)) {
                    todo.add(n);
                }
            }
        }
        return reached.size() == adj.size();
    }

    /** Every faction of both bundled tables (a group in both appears twice, once per dataset). */
    public List<FactionInfo> factions() {
        return factions;
    }

    /** The factions of one dataset ({@link #DATASET_2012} or {@link #DATASET_2015}), in file order. */
    public List<FactionInfo> factions(String dataset) {
        return factions.stream().filter(f -> f.dataset().equals(dataset)).toList();
    }

    /** A faction as recorded in one dataset, if it is there. */
    public Optional<FactionInfo> factionInfo(String id, String dataset) {
        return factions.stream().filter(f -> f.id().equals(id) && f.dataset().equals(dataset)).findFirst();
    }

    /** Whether a faction id appears in either bundled table. */
    public boolean hasFaction(String id) {
        return factions.stream().anyMatch(f -> f.id().equals(id));
    }

    /** When a faction was formed, the earliest date over both tables, if it is there. */
    public Optional<YearMonth> formed(String id) {
        return factions.stream().filter(f -> f.id().equals(id)).map(FactionInfo::formed).min(YearMonth::compareTo);
    }

    /** All blocs, in file order. */
    public List<BlocInfo> blocs() {
        return blocs;
    }

    /** The blocs of one faction in a dataset, in file order (empty if the faction is unknown). */
    public List<BlocInfo> blocsOf(String faction, String dataset) {
        return blocsByFaction.getOrDefault(faction, List.of()).stream().filter(b -> b.holdsIn(dataset))
                .toList();
    }

    /** Every community named in blocs or in the affinity table, sorted. */
    public SortedSet<String> communities() {
        return communities;
    }

    /**
     * Affinity between two communities in [-1, 1]: 1 for the same community, the value in
     * {@code communities.csv} for a listed pair (in either order), 0 for unrelated pairs.
     */
    public double affinity(String communityA, String communityB) {
        if (communityA.equals(communityB)) {
            return 1.0;
        }
        return affinityByPair.getOrDefault(pairKey(communityA, communityB), 0.0);
    }

    private static <T> T lookup(Map<String, T> map, String key, String what) {
        T v = map.get(key);
        if (v == null) {
            throw new IllegalArgumentException("unknown " + what + " '" + key + "'; known: " + map.keySet());
        }
        return v;
    }
}
