package org.sahelsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.model.Tiny;

/** The per-mechanism benchmark times the mechanism it names on a world in mid-run, and refuses a name the month lacks. */
class MechanismBenchmarkTest {

    @Test
    void eachBenchmarkedMechanismIsOneOfTheMonthAndAppliesToAFreshMidRunWorld() throws Exception {
        MechanismBenchmark b = new MechanismBenchmark();
        b.scenario = Tiny.root().resolve("scenarios/baseline-2015.yaml").toString();
        b.month = 6;
        String[] names = MechanismBenchmark.class.getField("mechanism")
                .getAnnotation(org.openjdk.jmh.annotations.Param.class).value();
        assertTrue(names.length >= 5, "the hot mechanisms are benchmarked");
        for (String name : names) {
            b.mechanism = name;
            b.load();
            b.freshWorld();
            assertEquals(6, b.apply().month, name + " applies to the world of month 6");
        }
    }

    @Test
    void aMechanismTheMonthLacksIsRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MechanismBenchmark.find("Teleport"));
        assertTrue(e.getMessage().contains("Teleport") && e.getMessage().contains("Splits"), e.getMessage());
    }
}
