package org.sahelsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sahelsim.data.Gazetteer;
import org.sahelsim.data.PlaceInfo;
import org.sahelsim.data.RegionInfo;
import org.sahelsim.data.RouteInfo;
import org.sahelsim.domain.Kind;
import org.sahelsim.rules.Control;
import org.sahelsim.rules.Mobilization;
import org.sahelsim.scenario.BlocSpec;
import org.sahelsim.scenario.CoalitionSpec;
import org.sahelsim.scenario.FactionSpec;
import org.sahelsim.scenario.LatentSpec;
import org.sahelsim.scenario.RegionSpec;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.world.Bloc;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Latent;
import org.sahelsim.world.Place;
import org.sahelsim.world.Region;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * Builds a run's world from the bundled data (regions, places, routes, community ties) and
 * a scenario (factions, coalitions, latent communities, deployments, the accord).
 */
public final class WorldBuilder {
    private WorldBuilder() {
    }

    public static World build(Scenario s) {
        Gazetteer g = Gazetteer.get();
        List<RegionInfo> ri = g.regions();
        Region[] regions = new Region[ri.size()];
        for (int i = 0; i < regions.length; i++) {
            RegionInfo r = ri.get(i);
            double state = r.statePresence();
            RegionSpec spec = s.regions().get(r.name());
            regions[i] = new Region(i, r.name(), r.zone(), r.population(), r.areaKm2(),
                    spec != null ? spec.statePresence() : state);
            if (spec != null) {
                regions[i].influence = spec.jihadistInfluence();
            }
        }
        for (int i = 0; i < regions.length; i++) {
            List<String> nb = ri.get(i).neighbours();
            int[] idx = new int[nb.size()];
            for (int k = 0; k < idx.length; k++) {
                idx[k] = indexOf(regions, nb.get(k));
            }
            regions[i].neighbours = idx;
        }
        List<PlaceInfo> pi = g.places();
        Place[] places = new Place[pi.size()];
        for (int i = 0; i < places.length; i++) {
            PlaceInfo p = pi.get(i);
            places[i] = new Place(i, p.name(), regions[indexOf(regions, p.region())], p.lat(), p.lon(), p.hub());
        }
        List<RouteInfo> rt = g.routes();
        Route[] routes = new Route[rt.size()];
        for (int i = 0; i < routes.length; i++) {
            RouteInfo r = rt.get(i);
            double rent = s.routeRents().getOrDefault(r.id(), r.rent());
            routes[i] = new Route(i, r.id(), place(places, r.from()), place(places, r.to()), r.commodity(), rent);
        }
        World w = new World(regions, places, routes, s.params(), g::affinity);
        Control.indexRoutes(w);

        // coalitions, in file order
        for (Map.Entry<String, CoalitionSpec> e : s.coalitions().entrySet()) {
            Coalition c = new Coalition(e.getKey(), e.getValue().kind(), e.getValue().signatory());
            c.index = w.coalitions.size();
            w.coalitions.add(c);
        }
        // factions, in file order
        for (Map.Entry<String, FactionSpec> e : s.factions().entrySet()) {
            FactionSpec fs = e.getValue();
            Faction f = w.addFaction(e.getKey(), fs.name().isEmpty() ? e.getKey() : fs.name(), fs.kind());
            f.fighters = fs.fighters();
            // a group in being at the start holds the reserve every group keeps before recruiting,
            // unless the scenario says what it has (a going concern, not an empty till)
            f.treasury = fs.treasury() == FactionSpec.RESERVE_RULE
                    ? s.params().reserveMonths() * s.params().wage() * fs.fighters() : fs.treasury();
            f.cohesion = fs.cohesion();
            f.autonomy = fs.autonomy();
            f.islamism = fs.islamism();
            f.allegiance = fs.allegiance();
            f.sponsorIncome = fs.sponsorIncome();
            f.leaders = true;
            homeWeights(f, fs.regions(), regions);
            for (Map.Entry<String, BlocSpec> b : fs.blocs().entrySet()) {
                BlocSpec bs = b.getValue();
                Kind leaning = bs.leaning().isEmpty() ? fs.kind() : kindOf(bs.leaning());
                Bloc bloc = new Bloc(b.getKey(), bs.share(), bs.weight(), leaning, bs.grievance(), bs.allegiance());
                bloc.leadership = bs.leadership();
                f.blocs.add(bloc);
            }
            f.normalizeBlocs();
            w.returnToPools(f, fs.fighters() * s.params().poolMultiple());
            f.reachable = Mobilization.reachableFrom(w, f);
            if (!fs.coalition().equals("none")) {
                Coalition c = w.coalition(fs.coalition());
                if (c == null) {
                    throw new IllegalArgumentException("faction " + f.id + " names unknown coalition " + fs.coalition());
                }
                c.members.add(f);
                f.coalition = c;
                if (c.signatory && !f.isJihadist()) {
                    f.signatory = true;
                }
            }
        }
        // a coalition of fewer than two members at the start is still a named membership
        double startTie = w.p.coalitionStartTie();
        for (Coalition c : w.coalitions) {
            for (int i = 0; i < c.members.size(); i++) {
                for (int j = i + 1; j < c.members.size(); j++) {
                    w.ties.set(c.members.get(i), c.members.get(j), startTie);
                }
            }
        }
        for (Map.Entry<String, LatentSpec> e : s.latent().entrySet()) {
            LatentSpec l = e.getValue();
            w.latent.add(new Latent(e.getKey(), l.community(), regions[indexOf(regions, l.region())], l.kind(),
                    l.fighters(), l.readiness(), l.autonomy(), l.islamism(), l.allegiance()));
        }
        // standing inputs
        w.standing.minusmaTroops = s.minusma().troops();
        w.standing.mobileShare = s.minusma().mobileShare();
        w.standing.bases.addAll(s.minusma().bases());
        w.standing.civilian = s.minusma().civilian();
        w.standing.armyTroops = s.army().troops();
        w.standing.arbiterCapacity = s.arbiter().capacity();
        w.standing.armyRegions.addAll(s.army().regions());
        w.standing.ctTroops = s.counterTerrorism().troops();
        w.standing.ctTempo = s.counterTerrorism().tempo();
        w.fund = s.accord().fund();
        w.implementation = s.accord().implementation();
        w.pace = s.accord().pace();
        w.capture = s.accord().capture();
        w.recognitionRate = s.accord().recognitionRate();
        w.recognitionShare = s.accord().recognitionShare();
        w.accordInForce = s.accord().inForce();
        return w;
    }

    /** Home weights: regions listed most important first, weight proportional to 1/rank. */
    static void homeWeights(Faction f, List<String> names, Region[] regions) {
        double sum = 0;
        for (int i = 0; i < names.size(); i++) {
            sum += 1.0 / (i + 1);
        }
        for (int i = 0; i < names.size(); i++) {
            f.regionWeight[indexOf(regions, names.get(i))] += (1.0 / (i + 1)) / sum;
        }
    }

    static Kind kindOf(String label) {
        for (Kind k : Kind.values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + label + "'");
    }

    static int indexOf(Region[] regions, String name) {
        for (Region r : regions) {
            if (r.name.equals(name)) {
                return r.index;
            }
        }
        throw new IllegalArgumentException("unknown region '" + name + "'");
    }

    static Place place(Place[] places, String name) {
        for (Place p : places) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown place '" + name + "'");
    }

    /** Names of the regions in the world's order (for levers). */
    static List<String> regionNames(World w) {
        List<String> out = new ArrayList<>();
        for (Region r : w.regions) {
            out.add(r.name);
        }
        return out;
    }
}
