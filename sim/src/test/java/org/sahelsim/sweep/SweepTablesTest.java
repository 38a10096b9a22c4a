package org.sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a killed sweep's table is cut: the first row of the first run not committed. */
class SweepTablesTest {
    @TempDir
    Path tmp;

    private static final String HEADER = "run_id,x\n";
    /** Run ids {@code r<n>}; anything else is not a row start. */
    private static final ToLongFunction<String> INDEX = s -> s.matches("r\\d+") ? Long.parseLong(s.substring(1)) : -1;

    private long cut(String text, long limit) throws Exception {
        Path p = Files.writeString(tmp.resolve("t.csv"), text, StandardCharsets.UTF_8);
        return org.sahelsim.run.TableRecovery.cutOffset(p, HEADER.length(), INDEX, limit);
    }

    @Test
    void aHeaderAloneStays() throws Exception {
        assertEquals(HEADER.length(), cut(HEADER, 0));
        assertEquals(HEADER.length(), cut(HEADER + "r0,partial", 0), "a partial first row goes");
    }

    @Test
    void cutsAtTheFirstRowOfTheFirstRunNotCommitted() throws Exception {
        String done = HEADER + "r0,a\nr0,b\nr1,c\n";
        assertEquals(done.length(), cut(done + "r2,d\nr2,e\n", 2));
        assertEquals(done.length(), cut(done + "r2,d\nr2,e", 2), "with a partial last line");
        assertEquals(done.length(), cut(done + "r2,d\nr3,e\nr", 2));
        assertEquals(done.length(), cut(done + "r", 2), "a run id cut short");
    }

    @Test
    void keepsEveryCompleteRowWhenAllItsRunsAreCommitted() throws Exception {
        String done = HEADER + "r0,a\nr1,c\n";
        assertEquals(done.length(), cut(done, 2));
        assertEquals(done.length(), cut(done + "r2,partial row", 5), "only the partial line goes");
    }

    @Test
    void aRunWithoutRowsIsNoProblem() throws Exception {
        String done = HEADER + "r0,a\nr3,c\n";
        assertEquals(done.length(), cut(done + "r5,x\n", 4), "runs 1, 2 and 4 have no rows here");
    }

    @Test
    void passesOverTheContinuationOfAFieldWithALineBreak() throws Exception {
        String done = HEADER + "r0,\"two\nlines\"\n";
        assertEquals(done.length(), cut(done + "r1,\"multi\nr9 looks like a row\nline\"\n", 1));
        assertEquals(done.length(), cut(done, 1), "a committed row's continuation line stays");
    }

    @Test
    void findsTheCutAcrossReadBlocksOfALargeFile() throws Exception {
        StringBuilder b = new StringBuilder(HEADER);
        String pad = "y".repeat(997);
        for (int run = 0; run < 300; run++) {
            for (int row = 0; row < 3; row++) {
                b.append('r').append(run).append(',').append(pad).append('\n');
            }
        }
        String done = b.toString();
        int first100 = done.indexOf("\nr100,") + 1;
        for (int run = 300; run < 420; run++) {
            b.append('r').append(run).append(',').append(pad).append('\n');
        }
        b.append("r420,").append(pad, 0, 500);
        assertEquals(done.length(), cut(b.toString(), 300), "about 120 kB of uncommitted rows read backwards");
        assertEquals(first100, cut(done, 100), "the rows of runs 0 to 99, 200 kB before the end");
    }
}
