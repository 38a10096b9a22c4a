package org.sahelsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesReaderTest {
    @TempDir
    Path tmp;

    private static final String HEADER = "run_id,variant,rep,seed,step,date,metric,value\n";

    /** Rows of {@code reps} runs of variant v, steps 0..2, clashes = rep+step per month, share = rep/10. */
    private static String rows(String v, int reps) {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < reps; r++) {
            for (int st = 0; st <= 2; st++) {
                String id = v + "/r" + r + "," + v + "," + r + "," + (100 + r) + "," + st + ",2015-0" + (6 + st);
                b.append(id).append(",clashes,").append(st == 0 ? 0 : r + st).append('\n');
                b.append(id).append(",other,7\n");
                b.append(id).append(",share,").append(r / 10.0).append('\n');
            }
        }
        return b.toString();
    }

    private SeriesReader.Result read(String text, int cap) throws Exception {
        Path f = tmp.resolve("timeseries.csv");
        Files.writeString(f, text);
        return SeriesReader.read(f, List.of("clashes", "share"), Set.of("clashes"), cap);
    }

    @Test
    void countsAreSummedFromMonthOneAndQuantilesAreType7AcrossReplications() throws Exception {
        SeriesReader.Result r = read(HEADER + rows("baseline", 5), 100);
        SeriesReader.Fan c = r.fan("clashes", "baseline");
        assertTrue(c.cumulative());
        assertArrayEquals(new String[] {"2015-06", "2015-07", "2015-08"}, c.dates());
        // run r: month 1 adds r+1, month 2 adds r+2 -> cumulative at step 2 is 2r+3: 3,5,7,9,11
        assertEquals(7, c.q()[2][2], 1e-12, "median");
        assertEquals(3 + 0.05 * 4 * 2, c.q()[0][2], 1e-12, "5% quantile interpolates (type 7)");
        assertEquals(11 - 0.05 * 4 * 2, c.q()[4][2], 1e-12);
        assertEquals(0, c.q()[2][0], 0, "step 0 is the initial state: nothing summed yet");
        SeriesReader.Fan s = r.fan("share", "baseline");
        assertFalse(s.cumulative(), "levels are never summed");
        assertEquals(0.2, s.q()[2][1], 1e-12);
        assertNull(r.fan("other", "baseline"), "metrics not asked for are not kept");
        assertEquals(5, c.n()[2]);
    }

    @Test
    void aYearlySeriesKeepsCountsPerMonth() throws Exception {
        String text = HEADER + "baseline/r0,baseline,0,1,0,2015-06,clashes,0\n"
                + "baseline/r0,baseline,0,1,12,2016-06,clashes,4\n"
                + "baseline/r0,baseline,0,1,24,2017-06,clashes,5\n";
        SeriesReader.Result r = read(text, 10);
        assertFalse(r.cumulativeCounts(), "steps with gaps cannot be summed");
        assertEquals(5, r.fan("clashes", "baseline").q()[2][2], 0);
    }

    @Test
    void aboveTheCapOnlyTheFirstReplicationsOfEachVariantAreKept() throws Exception {
        SeriesReader.Result r = read(HEADER + rows("baseline", 6) + rows("lever", 2), 4);
        assertEquals(6, r.runsSeen().get("baseline"));
        assertEquals(4, r.runsUsed().get("baseline"));
        assertEquals(2, r.runsUsed().get("lever"));
        assertTrue(r.sampled());
        assertEquals(4, r.fan("share", "baseline").n()[0]);
        // reps 0..3 of share: 0, .1, .2, .3 -> median .15
        assertEquals(0.15, r.fan("share", "baseline").q()[2][0], 1e-12);
    }

    @Test
    void quotedRowsAreReadByCommonsCsvFromWhereTheyStart() throws Exception {
        String quoted = "\"odd,name/r0\",\"odd,name\",0,5,0,2015-06,share,0.5\n"
                + "\"odd,name/r0\",\"odd,name\",0,5,1,2015-07,\"share\",0.75\n";
        SeriesReader.Result r = read(HEADER + rows("baseline", 2) + quoted, 10);
        assertEquals(0.75, r.fan("share", "odd,name").q()[2][1], 0);
        assertEquals(2, r.runsUsed().get("baseline"));
    }

    @Test
    void aBadValueIsReportedWithItsLine() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(HEADER + "baseline/r0,baseline,0,1,0,2015-06,share,lots\n", 10));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("lots"), e.getMessage());
    }
}
