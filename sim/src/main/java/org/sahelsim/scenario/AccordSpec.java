package org.sahelsim.scenario;

/** The peace accord's payments to signatories. */
public record AccordSpec(
        @Param(doc = "Monthly dividends at full implementation (cantonment, integration, posts, development)", unit = "USD/month", min = 0, def = "3000000") double fund,
        @Param(doc = "Share of the accord implemented at the start", unit = "share", min = 0, max = 1, def = "0") double implementation,
        @Param(doc = "Implementation gained per month while the accord is in force", unit = "share/month", min = 0, max = 1, def = "0.01", source = "seed 004 (slow implementation); assumption for the value") double pace,
        @Param(doc = "Capture exponent: each paid faction takes a share of the pool proportional to fighters^capture; 1 is in proportion to fighters, above 1 concentrates dividends on the strongest", unit = "exponent", min = 0.1, max = 5, def = "1.5") double capture,
        @Param(doc = "Whether the accord is in force at the start", def = "false") boolean inForce) {
}
