package org.sahelsim.scenario;

import org.sahelsim.domain.Kind;
import java.util.List;
import java.util.Map;

/** An armed group at the start of a scenario. */
public record FactionSpec(
        @Param(doc = "Full name", def = "''") String name,
        @Param(doc = "Kind of group: separatist, progovernment, community_militia or jihadist") Kind kind,
        @Param(doc = "Coalition it belongs to at the start, or none", def = "none") String coalition,
        @Param(doc = "Fighters at the start", unit = "fighters", min = 1, max = 100000) int fighters,
        @Param(doc = "Cash at the start; -1 (the default): params.reserve_months months of its fighters' pay, the reserve a group keeps before it recruits (a group already in being at the start is a going concern)", unit = "USD", min = -1, def = "-1") double treasury,
        @Param(doc = "Internal cohesion: 1 fully united, 0 on the point of breaking", unit = "share", min = 0, max = 1, def = "0.7") double cohesion,
        @Param(doc = "Position on autonomy for the north: 0 unionist, 1 independence", unit = "scale", min = 0, max = 1, def = "0.5") double autonomy,
        @Param(doc = "Position on religious rule: 0 secular, 1 jihadist programme", unit = "scale", min = 0, max = 1, def = "0.1") double islamism,
        @Param(doc = "Jihadist allegiance: none, aq (al-Qaeda) or is (Islamic State)", def = "none") String allegiance,
        @Param(doc = "Home regions, most important first", min = 1) List<String> regions,
        @Param(doc = "Community blocs making up the group, keyed by community; shares sum to 1", min = 1) Map<String, BlocSpec> blocs,
        @Param(doc = "Monthly outside income not from routes (ransoms, sponsors)", unit = "USD/month", min = 0, def = "0") double sponsorIncome) {

    /** The treasury that asks for the reserve rule. */
    public static final double RESERVE_RULE = -1;

    public FactionSpec {
        if (treasury < 0 && treasury != RESERVE_RULE) {
            throw new IllegalArgumentException("treasury must be 0 or more, or -1 for the reserve rule; was " + treasury);
        }
        regions = List.copyOf(regions);
        blocs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(blocs));
    }
}
