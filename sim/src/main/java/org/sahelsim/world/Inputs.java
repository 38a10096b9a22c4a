package org.sahelsim.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inputs of the mechanisms that scenario shocks and policy levers set each month:
 * MINUSMA posture, state presence, patrols, tempo, sanctions, integration offers, funding.
 * Levers write here and nowhere else; mechanisms read here. Reset each month to the
 * scenario's standing values (which shocks change), then levers apply on top.
 */
public final class Inputs {
    public double minusmaTroops;
    public double mobileShare;
    /** Places with an open base, in a fixed order. */
    public final Set<String> bases = new LinkedHashSet<>();
    public double civilian = 1;
    public double ctTroops;
    public double ctTempo = 1;
    public double armyTroops;
    public final Set<String> armyRegions = new LinkedHashSet<>();
    /** The G5 Sahel joint force: its troops and the regions it operates in. */
    public double g5Troops;
    public final Set<String> g5Regions = new LinkedHashSet<>();
    /** Extra state presence per region index from levers. */
    public final double[] stateBoost;
    /** Mixed-patrol strength per region index. */
    public final double[] patrols;
    /** Reconciliation strength per region index. */
    public final double[] reconciliation;
    public double paceMultiplier = 1;
    public double fundingMultiplier = 1;
    /** Disputes between allies the arbiter can settle this month. */
    public double arbiterCapacity;

    // sanctions
    public boolean sanctionsOn;
    public final List<String> sanctionTargets = new ArrayList<>();
    public final List<String> sanctionCriteria = new ArrayList<>();
    public double sanctionEnforcement;
    public boolean spareProgovernment;

    // integration
    public boolean integrationOn;
    public final List<String> integrationGroups = new ArrayList<>();
    public String integrationCoalition = "";
    public double integrationQuota;

    // clientelist arming
    public double armingBudget;

    public Inputs(int nRegions) {
        stateBoost = new double[nRegions];
        patrols = new double[nRegions];
        reconciliation = new double[nRegions];
    }

    /** Copies the standing values of another input set (the scenario's after shocks). */
    public void copyFrom(Inputs o) {
        minusmaTroops = o.minusmaTroops;
        mobileShare = o.mobileShare;
        bases.clear();
        bases.addAll(o.bases);
        civilian = o.civilian;
        ctTroops = o.ctTroops;
        ctTempo = o.ctTempo;
        armyTroops = o.armyTroops;
        armyRegions.clear();
        armyRegions.addAll(o.armyRegions);
        g5Troops = o.g5Troops;
        g5Regions.clear();
        g5Regions.addAll(o.g5Regions);
        System.arraycopy(o.stateBoost, 0, stateBoost, 0, stateBoost.length);
        System.arraycopy(o.patrols, 0, patrols, 0, patrols.length);
        System.arraycopy(o.reconciliation, 0, reconciliation, 0, reconciliation.length);
        paceMultiplier = o.paceMultiplier;
        fundingMultiplier = o.fundingMultiplier;
        arbiterCapacity = o.arbiterCapacity;
        sanctionsOn = o.sanctionsOn;
        sanctionTargets.clear();
        sanctionTargets.addAll(o.sanctionTargets);
        sanctionCriteria.clear();
        sanctionCriteria.addAll(o.sanctionCriteria);
        sanctionEnforcement = o.sanctionEnforcement;
        spareProgovernment = o.spareProgovernment;
        integrationOn = o.integrationOn;
        integrationGroups.clear();
        integrationGroups.addAll(o.integrationGroups);
        integrationCoalition = o.integrationCoalition;
        integrationQuota = o.integrationQuota;
        armingBudget = o.armingBudget;
    }

    public void clearLeverArrays() {
        Arrays.fill(stateBoost, 0);
        Arrays.fill(patrols, 0);
        Arrays.fill(reconciliation, 0);
    }
}
