package org.sahelsim.levers;

import java.util.List;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.world.Inputs;

/**
 * Local reconciliation forums in Kidal, Gao and Timbuktu/Taoudenit (seed 001: calm rivalries
 * such as Ifoghas and Imghad): sets the forum strength of the named regions. The clash
 * mechanism removes that share of the hostility between groups contesting routes there, and
 * affinity removes it from the community rivalry of groups sharing those regions (choices).
 */
public final class ReconciliationLever extends RegionalLever {
    public ReconciliationLever(LeversSpec.Reconciliation spec, Schedule schedule, List<String> regionOrder) {
        super(schedule, spec.strength(), spec.regions(), regionOrder);
    }

    @Override
    void act(Inputs in) {
        for (int r : regions) {
            in.reconciliation[r] = Math.max(in.reconciliation[r], strength);
        }
    }
}
