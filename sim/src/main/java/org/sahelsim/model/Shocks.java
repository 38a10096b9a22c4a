package org.sahelsim.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sahelsim.scenario.ShockSpec;
import org.sahelsim.world.Coalition;
import org.sahelsim.world.Faction;
import org.sahelsim.world.Region;
import org.sahelsim.world.World;

/**
 * Exogenous shocks scheduled by the scenario: inputs, never alliance events. They change the
 * standing inputs (army, French and UN deployments, state presence) or, for an accord's
 * signature or a preliminary agreement, make coalitions signatories: the named ones, or by the
 * rule {@code all_non_jihadist} every coalition alive at that month with at least two members
 * and no jihadist member; their non-jihadist members at that moment become signatories (a rule,
 * not a list of names). Only the accord's signature puts the accord into force.
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

    /**
     * The coalitions that sign: each one named and still alive (one that did not form or has
     * dissolved signs nothing), and for the rule {@value ShockSpec#ALL_NON_JIHADIST} every
     * coalition alive now with at least two members, none of them jihadist (jihadist groups
     * were excluded from the Ouagadougou and Algiers processes, and so was a coalition allied
     * with them); in the world's order of coalitions, each once.
     */
    static List<Coalition> signers(World w, List<String> names) {
        Set<Coalition> out = new LinkedHashSet<>();
        for (String name : names) {
            if (name.equals(ShockSpec.ALL_NON_JIHADIST)) {
                for (Coalition c : w.coalitions) {
                    if (c.alive && c.members.size() >= 2 && nonJihadistMembers(c) == c.members.size()) {
                        out.add(c);
                    }
                }
            } else {
                Coalition c = w.coalition(name);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static int nonJihadistMembers(Coalition c) {
        int n = 0;
        for (Faction f : c.members) {
            if (!f.isJihadist()) {
                n++;
            }
        }
        return n;
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
            case "preliminary_agreement", "accord_signed" -> {
                for (Coalition c : signers(w, s.coalitions())) {
                    c.signatory = true;
                    for (Faction f : c.members) {
                        if (!f.isJihadist()) {
                            f.signatory = true;
                        }
                    }
                }
                // a preliminary agreement makes parties to the peace process but pays nothing:
                // only the accord's signature puts it in force (implementation, dividends)
                if (s.type().equals("accord_signed")) {
                    w.accordInForce = true;
                }
            }
            case "forces" -> {
                switch (s.actor()) {
                    case "minusma" -> w.standing.minusmaTroops = s.troops();
                    case "france" -> w.standing.ctTroops = s.troops();
                    case "army" -> {
                        w.standing.armyTroops = s.troops();
                        if (!s.regions().isEmpty()) {
                            w.standing.armyRegions.clear();
                            w.standing.armyRegions.addAll(s.regions());
                        }
                    }
                    case "g5" -> {
                        w.standing.g5Troops = s.troops();
                        w.standing.g5Regions.clear();
                        w.standing.g5Regions.addAll(s.regions());
                    }
                    default -> throw new IllegalArgumentException("unknown actor " + s.actor());
                }
            }
            case "arbiter" -> w.standing.arbiterCapacity = s.value();
            case "islamic_state" -> w.pledgesOpen = true;
            case "state_presence" -> {
                for (String name : s.regions()) {
                    w.standingState[w.region(name).index] = Math.min(1, s.value());
                }
            }
            default -> throw new IllegalArgumentException("unknown shock type " + s.type());
        }
    }
}
