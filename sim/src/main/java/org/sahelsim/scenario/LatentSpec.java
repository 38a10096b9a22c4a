package org.sahelsim.scenario;

import org.sahelsim.domain.Kind;

/** A community not yet under arms that can mobilise as a new faction under pressure. */
public record LatentSpec(
        @Param(doc = "Community name (e.g. Imghad, Dogon, Fulani)") String community,
        @Param(doc = "Region where it would mobilise") String region,
        @Param(doc = "Kind of faction it would form") Kind kind,
        @Param(doc = "Fighters it can field on mobilising", unit = "fighters", min = 1, max = 20000) int fighters,
        @Param(doc = "Readiness to take up arms at the start", unit = "share", min = 0, max = 1, def = "0") double readiness,
        @Param(doc = "Position on autonomy (0 unionist, 1 independence)", unit = "scale", min = 0, max = 1, def = "0.3") double autonomy,
        @Param(doc = "Position on religious rule (0 secular, 1 jihadist)", unit = "scale", min = 0, max = 1, def = "0.1") double islamism,
        @Param(doc = "Jihadist allegiance if jihadist: none, aq or is", def = "none") String allegiance) {
}
