package org.sahelsim.scenario;

import java.util.List;

/**
 * An exogenous event scheduled at a month: not an alliance dynamic but an input. Types:
 * {@code coup} (state presence in the north falls by {@code value}), {@code army_withdrawal}
 * (the army leaves {@code regions}), {@code army_return}, {@code intervention} (French
 * counter-terrorism with {@code troops} and {@code value} as tempo), {@code minusma_deployment}
 * ({@code troops}, {@code bases}), {@code preliminary_agreement} ({@code coalitions} become parties
 * to the peace process: their non-jihadist members become signatories, but the accord does not
 * enter into force, so nothing is implemented or paid), {@code accord_signed} ({@code coalitions}
 * sign; their non-jihadist members become signatories and the accord enters into force),
 * {@code state_presence} (set presence in {@code regions} to {@code value}), {@code forces}
 * (from this month the {@code actor}'s troops are {@code troops}, 0 for a withdrawal:
 * {@code minusma}, {@code france}, {@code army} (in {@code regions} when given) or {@code g5},
 * the G5 Sahel joint force, in {@code regions}), {@code arbiter} (the arbiter between allies
 * settles {@code value} disputes a month from this month), {@code islamic_state} (the Islamic
 * State accepts pledges from this month: its caliphate was declared 2014-06-29).
 *
 * <p>The coalitions that sign are named, or chosen by a rule at the month of the shock, so that
 * a scenario in which coalitions must emerge (the history from 2012) can schedule a signature
 * without naming endogenous groups: {@value #ALL_NON_JIHADIST} means every coalition alive at
 * that month with at least two members, none of them jihadist, signs (a rule, not a list of
 * names; jihadist groups and their allies were excluded from the Ouagadougou and Algiers
 * processes: timeline 2013-06-18, 2015-05-15 / 06-20; factions-2015-06.csv "excluded").
 */
public record ShockSpec(
        @Param(doc = "Month of the shock (yyyy-MM or month number)") MonthRef at,
        @Param(doc = "Type: coup, army_withdrawal, army_return, intervention, minusma_deployment, preliminary_agreement, accord_signed, state_presence, forces, arbiter, islamic_state") String type,
        @Param(doc = "The force a forces shock sets: minusma, france, army or g5 (the G5 Sahel joint force)", def = "''") String actor,
        @Param(doc = "Regions concerned", def = "[]") List<String> regions,
        @Param(doc = "Coalitions that sign (preliminary_agreement, accord_signed): names of coalitions, or the rule all_non_jihadist (every coalition alive at that month with at least two members, none of them jihadist)", def = "[]") List<String> coalitions,
        @Param(doc = "Bases concerned (minusma_deployment)", def = "[]") List<String> bases,
        @Param(doc = "Troops concerned", unit = "troops", min = 0, def = "0") int troops,
        @Param(doc = "Size of the shock (meaning depends on type; disputes a month for arbiter)", min = 0, max = 100, def = "0") double value) {

    /** The shock types the model knows. */
    public static final List<String> TYPES = List.of("coup", "army_withdrawal", "army_return", "intervention",
            "minusma_deployment", "preliminary_agreement", "accord_signed", "state_presence", "forces", "arbiter",
            "islamic_state");

    /** The forces a {@code forces} shock can set. */
    public static final List<String> ACTORS = List.of("minusma", "france", "army", "g5");

    /** The shock types by which coalitions sign (they name coalitions, or a rule). */
    public static final List<String> SIGNING = List.of("preliminary_agreement", "accord_signed");

    /**
     * Rule for {@code coalitions} of a signing shock: every coalition alive at the month of the
     * shock with at least two members, none of them jihadist, signs.
     */
    public static final String ALL_NON_JIHADIST = "all_non_jihadist";

    /** The rules a signing shock may give instead of coalition names. */
    public static final List<String> COALITION_RULES = List.of(ALL_NON_JIHADIST);

    public ShockSpec {
        regions = List.copyOf(regions);
        coalitions = List.copyOf(coalitions);
        bases = List.copyOf(bases);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown shock type '" + type + "'; expected one of " + TYPES);
        }
        if (type.equals("forces") == actor.isEmpty()) {
            throw new IllegalArgumentException(type.equals("forces") ? "a forces shock names its actor: one of " + ACTORS
                    : "only a forces shock names an actor, not a " + type + " shock");
        }
    }

    /** Whether coalitions sign by this shock ({@code preliminary_agreement} or {@code accord_signed}). */
    public boolean signs() {
        return SIGNING.contains(type);
    }
}
