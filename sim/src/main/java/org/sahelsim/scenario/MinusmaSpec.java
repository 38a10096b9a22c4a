package org.sahelsim.scenario;

import java.util.List;

/** The UN mission at the start of the scenario. Troops 0 means not deployed. */
public record MinusmaSpec(
        @Param(doc = "Military personnel deployed", unit = "troops", min = 0, max = 50000, def = "0", source = "actors-2015-06.csv (UN resolution 2227: 11,240 authorised)") int troops,
        @Param(doc = "Share of troops in mobile units rather than guarding bases", unit = "share", min = 0, max = 1, def = "0.15") double mobileShare,
        @Param(doc = "Towns with a base", def = "[]", source = "actors-2015-06.csv") List<String> bases,
        @Param(doc = "Strength of the civilian component (political and civil affairs), 1 = as in 2015", unit = "ratio", min = 0, max = 5, def = "1") double civilian) {

    public MinusmaSpec {
        bases = List.copyOf(bases);
    }
}
