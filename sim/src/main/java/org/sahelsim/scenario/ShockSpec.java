package org.sahelsim.scenario;

import java.util.List;

/**
 * An exogenous event scheduled at a month: not an alliance dynamic but an input. Types:
 * {@code coup} (state presence in the north falls by {@code value}), {@code army_withdrawal}
 * (the army leaves {@code regions}), {@code army_return}, {@code intervention} (French
 * counter-terrorism with {@code troops} and {@code value} as tempo), {@code minusma_deployment}
 * ({@code troops}, {@code bases}), {@code accord_signed} ({@code coalitions} sign; their members
 * become signatories), {@code state_presence} (set presence in {@code regions} to {@code value}).
 */
public record ShockSpec(
        @Param(doc = "Month of the shock (yyyy-MM or month number)") MonthRef at,
        @Param(doc = "Type: coup, army_withdrawal, army_return, intervention, minusma_deployment, accord_signed, state_presence") String type,
        @Param(doc = "Regions concerned", def = "[]") List<String> regions,
        @Param(doc = "Coalitions concerned (accord_signed)", def = "[]") List<String> coalitions,
        @Param(doc = "Bases concerned (minusma_deployment)", def = "[]") List<String> bases,
        @Param(doc = "Troops concerned", unit = "troops", min = 0, def = "0") int troops,
        @Param(doc = "Size of the shock (meaning depends on type)", min = 0, max = 10, def = "0") double value) {

    /** The shock types the model knows. */
    public static final List<String> TYPES = List.of("coup", "army_withdrawal", "army_return", "intervention",
            "minusma_deployment", "accord_signed", "state_presence");

    public ShockSpec {
        regions = List.copyOf(regions);
        coalitions = List.copyOf(coalitions);
        bases = List.copyOf(bases);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown shock type '" + type + "'; expected one of " + TYPES);
        }
    }
}
