package org.sahelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.run.Numbers;

class CsvTest {
    @TempDir
    Path tmp;

    @Test
    void readsWhatTheRunWritesAndTheMissingValuesOfRAndSpreadsheets() {
        for (double v : new double[] {0, -3, 0.1234567891, 1.5e-7, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertEquals(v, Csv.number(Numbers.format(v)), "the inverse of Numbers.format at " + v);
        }
        for (String missing : List.of("", "  ", "NA", "NaN", "nan", " NA ")) {
            assertEquals(Double.NaN, Csv.number(missing), "'" + missing + "' is missing");
        }
        assertEquals(2.5, Csv.number(" 2.5 "));
        assertThrows(NumberFormatException.class, () -> Csv.number("two"));
        assertThrows(NumberFormatException.class, () -> Csv.number("na"), "only R's spelling NA, in capitals");
    }

    @Test
    void aCellThatIsNotANumberNamesTheFileLineAndColumn() throws Exception {
        Path f = tmp.resolve("summary.csv");
        Files.writeString(f, "metric,mean\nclashes,4\nsplits, lots \n");
        try (CSVParser p = Csv.open(f)) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals(4, Csv.number(rows.get(0), "mean", f));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Csv.number(rows.get(1), "mean", f));
            assertEquals("summary.csv line 2: column 'mean' is not a number: 'lots'", e.getMessage());
        }
    }
}
