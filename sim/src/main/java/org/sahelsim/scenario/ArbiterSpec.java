package org.sahelsim.scenario;

/**
 * The outside arbiter between allies (brief: "stability comes only when an outside arbiter
 * enforces cooperation"; Christia 2012): mediation and monitoring by the accord's committees,
 * MINUSMA's good offices and Algeria's mediation, with a capacity of disputes it can settle a
 * month.
 */
public record ArbiterSpec(
        @Param(doc = "Disputes between allies the arbiter settles a month (the accord's follow-up committee, MINUSMA's good offices, Algeria's mediation); a fractional part is the chance of one more; 0 is no arbiter", unit = "disputes/month", min = 0, max = 100, def = "0", source = "assumption (no source counts the disputes mediated; robustness design)") double capacity) {
}
