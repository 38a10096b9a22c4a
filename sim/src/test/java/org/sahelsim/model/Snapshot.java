package org.sahelsim.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Latent;
import org.sahelsim.world.Place;
import org.sahelsim.world.Region;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * The state a test compares to tell whether something changed, as text: the public fields of a
 * set of inputs, or everything a mechanism may change in a world (the scratch of contests, of
 * decisions and of side marks left out: they are recomputed whenever the world changes).
 */
public final class Snapshot {
    private Snapshot() {
    }

    /** Scratch fields, recomputed from the rest whenever they are read after a change. */
    private static final Set<String> SCRATCH = Set.of("mark", "cid", "cacheVersion", "cacheTotal", "coalRaw", "coalPow",
            "coalCount", "coalHubs", "rawTotal", "acc", "accStamp");

    /**
     * The public instance fields of an object by name, each as text: numbers exactly, arrays and
     * collections element by element, a faction, coalition, region, place or route by its name.
     */
    public static Map<String, String> fields(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Field f : o.getClass().getFields()) {
            if (Modifier.isStatic(f.getModifiers()) || SCRATCH.contains(f.getName())) {
                continue;
            }
            try {
                out.put(f.getName(), text(f.get(o)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static String text(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Faction f) {
            return f.id;
        }
        if (v instanceof Coalition c) {
            return c.name;
        }
        if (v instanceof Region r) {
            return r.name;
        }
        if (v instanceof Place p) {
            return p.name;
        }
        if (v instanceof Route r) {
            return r.id;
        }
        if (v instanceof Bloc b) {
            return fields(b).toString();
        }
        if (v instanceof double[] a) {
            return Arrays.toString(a);
        }
        if (v instanceof int[] a) {
            return Arrays.toString(a);
        }
        if (v instanceof Collection<?> c) {
            List<String> items = new ArrayList<>();
            for (Object x : c) {
                items.add(text(x));
            }
            return items.toString();
        }
        return String.valueOf(v);
    }

    /**
     * Everything a mechanism may change in a world, as text: its factions (dead ones too) with their
     * blocs, coalitions, regions, places, routes, latent communities, the accord, the ties between
     * factions and each community's pool, grievance and civilian deaths in each region.
     */
    public static String of(World w) {
        StringBuilder b = new StringBuilder();
        b.append("month=").append(w.month).append(" fund=").append(w.fund).append(" implementation=").append(w.implementation)
                .append(" pace=").append(w.pace).append(" accord=").append(w.accordInForce).append(" pledges=")
                .append(w.pledgesOpen).append('\n');
        for (Faction f : w.allFactions) {
            b.append("faction ").append(fields(f)).append('\n');
        }
        for (Coalition c : w.coalitions) {
            b.append("coalition ").append(fields(c)).append('\n');
        }
        for (Object o : List.of(w.regions, w.places, w.routes)) {
            for (Object x : (Object[]) o) {
                b.append(x.getClass().getSimpleName()).append(' ').append(fields(x)).append('\n');
            }
        }
        for (Latent l : w.latent) {
            b.append("latent ").append(fields(l)).append('\n');
        }
        for (Faction x : w.allFactions) {
            for (Faction y : w.allFactions) {
                b.append(w.tie(x, y)).append(' ');
            }
        }
        b.append('\n');
        for (int c = 0; c < w.communityCount(); c++) {
            for (Region r : w.regions) {
                b.append(w.pool(c, r)).append('/').append(w.grievance(c, r)).append('/').append(w.civilianDeaths(c, r))
                        .append(' ');
            }
        }
        return b.append('\n').toString();
    }
}
