package org.sahelsim.scenario;

/** A region's state at the start. Omitted regions take the bundled defaults. */
public record RegionSpec(
        @Param(doc = "State presence: administration, services, security (0 none, 1 full)", unit = "share", min = 0, max = 1) double statePresence,
        @Param(doc = "Jihadist influence over the population (0 none, 1 full control)", unit = "share", min = 0, max = 1, def = "0") double jihadistInfluence) {
}
