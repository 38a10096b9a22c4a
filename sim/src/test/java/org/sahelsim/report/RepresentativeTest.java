package org.sahelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepresentativeTest {
    @TempDir
    Path tmp;

    private FolderData folder(String runs, String summary) throws Exception {
        Files.writeString(tmp.resolve("runs.csv"), runs);
        if (summary != null) {
            Files.writeString(tmp.resolve("summary.csv"), summary);
        }
        return FolderData.read(tmp);
    }

    @Test
    void choosesTheBaselineRunClosestToTheMedianOfClashesAndTheLowestRepOnTies() throws Exception {
        // baseline clashes 10, 30, 20, 40 -> median 25; reps 1 (30) and 2 (20) are both 5 away
        FolderData d = folder("run_id,variant,rep,seed,clashes,fatalities\n"
                + "baseline/r0,baseline,0,11,10,1\nbaseline/r1,baseline,1,12,30,1\n"
                + "baseline/r2,baseline,2,13,20,1\nbaseline/r3,baseline,3,14,40,1\n"
                + "lever/r0,lever,0,11,25,1\n", null);
        Representative.Choice c = Representative.choose(d);
        assertEquals("clashes", c.metric());
        assertEquals(25, c.median(), 0);
        assertEquals(1, c.run().rep(), "lowest rep among equally close runs; other variants never chosen");
        assertEquals(12, c.run().seed());
    }

    @Test
    void thePrimaryMetricIsTheFirstOfTheSummary() throws Exception {
        FolderData d = folder("run_id,variant,rep,seed,clashes,fatalities\n"
                + "baseline/r0,baseline,0,11,10,5\nbaseline/r1,baseline,1,12,30,1\nbaseline/r2,baseline,2,13,20,3\n",
                String.join(",", SummaryRow.COLUMNS) + "\nbaseline,fatalities,3,3,2,1,5,,,,,,\n");
        Representative.Choice c = Representative.choose(d);
        assertEquals("fatalities", c.metric());
        assertEquals(2, c.run().rep(), "fatalities 3 is the median");
    }
}
