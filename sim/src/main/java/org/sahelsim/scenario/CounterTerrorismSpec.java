package org.sahelsim.scenario;

/** French counter-terrorism operations (Serval, Barkhane). */
public record CounterTerrorismSpec(
        @Param(doc = "French troops in northern Mali", unit = "troops", min = 0, max = 20000, def = "0", source = "seed 004 (about 1,600 in northern Mali)") int troops,
        @Param(doc = "Strike tempo, 1 = Barkhane's usual tempo", unit = "ratio", min = 0, max = 10, def = "1") double tempo) {
}
