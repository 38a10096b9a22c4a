package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drivers.csv: per variant and decision type, each term's mean advantage over staying and the share it decided. */
class DriversTest {
    @TempDir
    Path tmp;

    private static String ev(String variant, String type, String detail) {
        return variant + "/r0," + variant + ",0,1,2015-07," + type + ",A,separatist,B,,Kidal,\"" + detail + "\"\n";
    }

    @Test
    void meanAdvantagesAndSharesDecidedByVariantAndDecisionType() throws Exception {
        String header = String.join(",", Columns.EVENTS_COLUMNS) + "\n";
        String csv = header
                + ev("baseline", "switch", "rent=1;driver=rent;d_rent=10;d_dividend=0;d_pressure=-2;d_security=1;d_affinity=0;d_switch_cost=-30")
                + ev("baseline", "switch", "rent=1;driver=security;d_rent=2;d_dividend=0;d_pressure=0;d_security=8;d_affinity=0;d_switch_cost=-30")
                + ev("baseline", "clash", "route=x;fatalities=2")
                + ev("baseline", "split", "driver=grievance;d_rent=1;d_dividend=0;d_pressure=0;d_security=0;d_affinity=0;d_switch_cost=-5;d_grievance=40")
                + ev("baseline", "join", "rent=3;top=rent")  // an old log without a driver: not counted
                + ev("lever", "switch", "driver=dividend;d_rent=0;d_dividend=50;d_pressure=0;d_security=0;d_affinity=0;d_switch_cost=-30");
        Files.writeString(tmp.resolve(Columns.EVENTS), csv);
        Drivers.write(tmp);
        List<String> rows = Files.readAllLines(tmp.resolve(Drivers.FILE));
        assertEquals("variant,decision,decisions,term,mean_advantage,share_decided", rows.get(0));
        assertEquals("baseline,split,1,rent,1,0", rows.get(1), "splits come first, in the order of event types");
        assertEquals("baseline,split,1,grievance,40,1", rows.get(7));
        assertEquals("baseline,switch,2,rent,6,0.5", rows.get(8));
        assertEquals("baseline,switch,2,security,4.5,0.5", rows.get(11));
        assertEquals("baseline,switch,2,switch_cost,-30,0", rows.get(13));
        assertEquals("lever,switch,1,dividend,50,1", rows.get(15));
        assertEquals(20, rows.size(), "header, 7 split terms, 6 switch terms for each variant");
    }

    @Test
    void theSameEventsGiveTheSameBytes() throws Exception {
        String csv = String.join(",", Columns.EVENTS_COLUMNS) + "\n"
                + ev("baseline", "leave", "driver=pressure;d_rent=-1.25;d_dividend=0;d_pressure=3.5;d_security=0;d_affinity=0;d_switch_cost=-30");
        Files.writeString(tmp.resolve(Columns.EVENTS), csv);
        Drivers.write(tmp);
        byte[] a = Files.readAllBytes(tmp.resolve(Drivers.FILE));
        Drivers.write(tmp);
        assertArrayEquals(a, Files.readAllBytes(tmp.resolve(Drivers.FILE)));
    }
}
