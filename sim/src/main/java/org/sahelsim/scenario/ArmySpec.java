package org.sahelsim.scenario;

import java.util.List;

/** The Malian army (FAMa) as a non-faction actor. */
public record ArmySpec(
        @Param(doc = "Soldiers deployed in the north and centre", unit = "troops", min = 0, max = 50000, def = "3000") int troops,
        @Param(doc = "Regions where the army is present", def = "[]", source = "actors-2015-06.csv") List<String> regions) {

    public ArmySpec {
        regions = List.copyOf(regions);
    }
}
