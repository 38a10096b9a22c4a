package org.sahelsim.scenario;

/** The peace accord's payments to signatories. */
public record AccordSpec(
        @Param(doc = "Monthly dividends at full implementation (cantonment, integration, posts, development)", unit = "USD/month", min = 0, def = "3000000") double fund,
        @Param(doc = "Share of the accord implemented at the start", unit = "share", min = 0, max = 1, def = "0") double implementation,
        @Param(doc = "Implementation gained per month while the accord is in force", unit = "share/month", min = 0, max = 1, def = "0.01", source = "seed 004 (slow implementation); assumption for the value") double pace,
        @Param(doc = "Capture exponent: each paid faction takes a share of the pool proportional to fighters^capture; 1 is in proportion to fighters, above 1 concentrates dividends on the strongest", unit = "exponent", min = 0.1, max = 5, def = "1.5") double capture,
        @Param(doc = "Whether the accord is in force at the start", def = "false") boolean inForce,
        @Param(doc = "Monthly chance that the accord's committee recognises a group standing alone, not jihadist, with leaders of its own, as a party with a seat (recognition)", unit = "1/month", min = 0, max = 1, def = "0.1", source = "assumption between the record's delays: the CJA, founded 2016-10, sat in the interim authorities of Timbuktu and Taoudenit in 2017 (four to six months); the groups of the CME, formed 2017-2018, entered the accord's disarmament programme about a year later") double recognitionRate,
        @Param(doc = "A recognised party's part of the accord's fund, relative to a signatory coalition's part (seats in the committees and interim authorities, places in disarmament and integration)", unit = "ratio", min = 0, max = 1, def = "0.2", source = "assumption: a recognised party sat beside the CMA and the Platform with fewer seats and places (seed 001: new groups \"struggle to secure access to peace dividends\")") double recognitionShare) {
}
