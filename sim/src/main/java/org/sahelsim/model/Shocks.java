package org.sahelsim.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.scenario.ShockSpec;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Exogenous shocks scheduled by the scenario: inputs, never alliance events. They change the
 * standing inputs (army, French and UN deployments, state presence) or, for an accord's
 * signature, make the named coalitions signatories: their members at that moment become
 * signatories (a rule, not a list of names) and the accord enters into force.
 */
public final class Shocks {
    private final List<ShockSpec> shocks;
    private final int[] months;

    public Shocks(List<ShockSpec> shocks, YearMonth origin) {
        this.shocks = new ArrayList<>(shocks);
        this.months = new int[shocks.size()];
        for (int i = 0; i < months.length; i++) {
            months[i] = shocks.get(i).at().step(origin);
        }
    }

    /** Applies the shocks of a month (month 0 at set-up), in file order. */
    public void apply(World w, int month) {
        for (int i = 0; i < months.length; i++) {
            if (months[i] == month) {
                apply(w, shocks.get(i));
            }
        }
    }

    static void apply(World w, ShockSpec s) {
        switch (s.type()) {
            case "coup" -> {
                for (Region r : w.regions) {
                    if (s.regions().isEmpty() ? r.north : s.regions().contains(r.name)) {
                        w.standingState[r.index] *= 1 - Math.min(1, s.value());
                    }
                }
            }
            case "army_withdrawal" -> w.standing.armyRegions.removeAll(s.regions());
            case "army_return" -> {
                w.standing.armyRegions.addAll(s.regions());
                if (s.troops() > 0) {
                    w.standing.armyTroops = s.troops();
                }
            }
            case "intervention" -> {
                w.standing.ctTroops = s.troops();
                w.standing.ctTempo = s.value() > 0 ? s.value() : 1;
            }
            case "minusma_deployment" -> {
                if (s.troops() > 0) {
                    w.standing.minusmaTroops = s.troops();
                }
                w.standing.bases.addAll(s.bases());
            }
            case "accord_signed" -> {
                for (String name : s.coalitions()) {
                    Coalition c = w.coalition(name);
                    if (c == null) {
                        continue; // the coalition did not form or has dissolved: nobody signs for it
                    }
                    c.signatory = true;
                    for (Faction f : c.members) {
                        if (!f.isJihadist()) {
                            f.signatory = true;
                        }
                    }
                }
                w.accordInForce = true;
            }
            case "state_presence" -> {
                for (String name : s.regions()) {
                    w.standingState[w.region(name).index] = Math.min(1, s.value());
                }
            }
            default -> throw new IllegalArgumentException("unknown shock type " + s.type());
        }
    }
}
