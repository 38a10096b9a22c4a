package org.sahelsim.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sahelsim.run.Numbers;

/** Small helpers for reading the folder's CSV files with commons-csv, streaming, header first. */
final class Csv {
    private Csv() {
    }

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();

    /** Opens a CSV file with its header; the caller closes it. */
    static CSVParser open(Path file) throws IOException {
        Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            return FORMAT.parse(r);
        } catch (IOException | RuntimeException e) {
            r.close();
            throw e;
        }
    }

    /** Fails with the file and the missing column's name unless the header has every column. */
    static void require(CSVParser p, Path file, List<String> columns) {
        for (String c : columns) {
            if (!p.getHeaderMap().containsKey(c)) {
                throw new IllegalArgumentException(file.getFileName() + ": column '" + c + "' is missing (header: "
                        + String.join(",", p.getHeaderNames()) + ")");
            }
        }
    }

    /**
     * A number cell, read with {@link #number(String)}; fails with the file, line and column
     * when it is not a number.
     */
    static double number(CSVRecord r, String column, Path file) {
        String s = r.get(column);
        try {
            return number(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file.getFileName() + " line " + r.getRecordNumber() + ": column '"
                    + column + "' is not a number: '" + s.trim() + "'");
        }
    }

    /**
     * A number as the run writes it ({@link Numbers#parse}: empty is NaN, Inf and -Inf are
     * infinities), surrounding spaces ignored; NA and NaN in any case also read as NaN, since
     * that is how R and spreadsheets write a missing value into a file a reader edited.
     *
     * @throws NumberFormatException if the text is none of these and not a number
     */
    static double number(String text) {
        String s = text.trim();
        return s.equals("NA") || s.equalsIgnoreCase("NaN") ? Double.NaN : Numbers.parse(s);
    }
}
