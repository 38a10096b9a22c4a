package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RunIdTest {
    @Test
    void repOfTellsTheRunsOfOneVariantAndNothingElse() {
        assertEquals(3, RunId.repOf("baseline/r3", "baseline"));
        assertEquals(999_999_999, RunId.repOf("mobile_minusma/r999999999", "mobile_minusma"));
        assertEquals(-1, RunId.repOf("mobile_minusma/r3", "baseline"), "another variant");
        assertEquals(-1, RunId.repOf("baseline/r", "baseline"), "no rep");
        assertEquals(-1, RunId.repOf("baseline/r1x", "baseline"), "not digits");
        assertEquals(-1, RunId.repOf("baseline/r1234567890", "baseline"), "more than 9 digits");
        assertEquals(-1, RunId.repOf("baseline/r-1", "baseline"), "a sign");
        assertEquals(-1, RunId.repOf("run_id", "baseline"), "a header");
    }
}
