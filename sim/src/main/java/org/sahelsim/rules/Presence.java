package org.sahelsim.rules;

import ec.util.MersenneTwisterFast;
import org.sahelsim.domain.Fixed;
import org.sahelsim.world.Inputs;
import org.sahelsim.world.Place;
import org.sahelsim.world.Region;
import org.sahelsim.world.Route;
import org.sahelsim.world.World;

/**
 * Presence (brief, phase 2; seed 001). MINUSMA's troops are split between base guards (the
 * non-mobile share, spread over open bases) and mobile units (allocated to northern and
 * central regions in proportion to jihadist threat, population-weighted). Base guards cover
 * at most the urban share of their region; mobile units cover rural areas in proportion to
 * troops per area. Coverage U_r = 1 - (1 - static)(1 - mobile). State presence is the
 * standing value plus levers; patrols and
 * reconciliation come from the inputs. The army deploys its troops over the regions it is
 * present in by the same rule as MINUSMA's mobile units (threat times the square root of the
 * population: an assumption; the army reinforced where jihadist groups grew, as in the centre
 * from 2018). The G5 Sahel joint force, when a scenario deploys it, counts with the army in
 * its regions, spread by the same rule. A route's coverage is the mean of its ends'.
 */
public final class Presence implements Mechanism {
    /** Threat of a region without jihadist influence when MINUSMA spreads its mobile troops. */
    @Fixed(doc = "Threat of a region without jihadist influence, added to its influence, when MINUSMA spreads mobile troops by threat x square root of population", unit = "share")
    static final double BASE_THREAT = 0.05;
    /** Troops per unit of base_coverage and mobile_coverage. */
    @Fixed(doc = "Troops per unit in coverage (params.base_coverage and params.mobile_coverage are per 1,000 troops)", unit = "troops", source = "scale of the parameter's unit")
    static final double TROOPS_UNIT = 1000.0;
    /** Area per unit of mobile_coverage. */
    @Fixed(doc = "Area per unit in mobile coverage (params.mobile_coverage is per 100,000 km2)", unit = "km2", source = "scale of the parameter's unit")
    static final double AREA_UNIT = 100000.0;

    @Override
    public void apply(World w, MersenneTwisterFast random) {
        Inputs in = w.inputs;
        Region[] regions = w.regions;
        for (Place pl : w.places) {
            pl.base = in.bases.contains(pl.name);
        }
        int openBases = 0;
        for (Place pl : w.places) {
            if (pl.base) {
                openBases++;
            }
        }
        double troops = in.minusmaTroops;
        double mobile = troops * in.mobileShare;
        double guards = troops - mobile;
        if (openBases == 0) {
            mobile = troops;
            guards = 0;
        }
        double threatSum = 0;
        double[] threat = new double[regions.length];
        for (Region r : regions) {
            r.baseTroops = 0;
            if (!r.border) {
                threat[r.index] = (BASE_THREAT + r.influence) * Math.sqrt(r.population);
                threatSum += threat[r.index];
            }
        }
        for (Place pl : w.places) {
            if (pl.base) {
                pl.region.baseTroops += guards / openBases;
            }
        }
        for (Region r : regions) {
            r.mobileTroops = threatSum > 0 ? mobile * threat[r.index] / threatSum : 0;
            double stat = Math.min(w.p.urbanShare(), w.p.baseCoverage() * r.baseTroops / TROOPS_UNIT);
            double mob = Math.min(1.0, w.p.mobileCoverage() * (r.mobileTroops / TROOPS_UNIT) / (r.areaKm2 / AREA_UNIT));
            r.coverage = troops > 0 ? 1 - (1 - stat) * (1 - mob) : 0;
            r.patrols = in.patrols[r.index];
            r.reconciliation = Math.min(1, in.reconciliation[r.index] * (1 + w.p.civilianEffect() * (in.civilian - 1)));
        }
        // state presence: standing value plus nomadic public services
        for (Region r : regions) {
            r.statePresence = Math.min(1, Math.max(0, w.standingState[r.index] + in.stateBoost[r.index]));
        }
        // the army deploys its troops over the regions it is present in as MINUSMA's mobile units
        // are spread: by threat times the square root of the population; the G5 Sahel joint
        // force counts with the army where it operates, spread by the same rule
        for (Region r : regions) {
            r.armyTroops = 0;
        }
        deploy(regions, in.armyRegions, in.armyTroops);
        deploy(regions, in.g5Regions, in.g5Troops);
        for (Route e : w.routes) {
            e.coverage = 0.5 * (e.from.region.coverage + e.to.region.coverage);
        }
    }

    /** Adds troops to the army's troops of the regions named, in proportion to their claims ({@link #armyWeight}). */
    private static void deploy(Region[] regions, java.util.Set<String> where, double troops) {
        double claims = 0;
        for (Region r : regions) {
            if (where.contains(r.name)) {
                claims += armyWeight(r);
            }
        }
        if (claims <= 0) {
            return;
        }
        for (Region r : regions) {
            if (where.contains(r.name)) {
                r.armyTroops += troops * armyWeight(r) / claims;
            }
        }
    }

    /** A region's claim on the army's troops: its threat (base threat plus influence) times the square root of its population. */
    static double armyWeight(Region r) {
        return (BASE_THREAT + r.influence) * Math.sqrt(r.population);
    }
}
