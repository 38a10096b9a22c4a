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

    /** A number cell: empty, NA and NaN read as NaN; anything else must parse. */
    static double number(CSVRecord r, String column, Path file) {
        String s = r.get(column).trim();
        if (s.isEmpty() || s.equals("NA") || s.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        if (s.equals("Inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (s.equals("-Inf")) {
            return Double.NEGATIVE_INFINITY;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file.getFileName() + " line " + r.getRecordNumber() + ": column '"
                    + column + "' is not a number: '" + s + "'");
        }
    }
}
