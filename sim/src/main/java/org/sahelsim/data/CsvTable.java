package org.sahelsim.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One bundled CSV file read whole from the classpath, with typed accessors that fail with an
 * {@link IllegalStateException} naming the file, the line, the row and the column.
 *
 * <p>Files are UTF-8 (malformed bytes are an error, not replaced), RFC 4180 with a header row;
 * every declared column must be present and every row must have as many cells as the header.
 */
record CsvTable(String file, List<Row> rows) {

    /**
     * Reads one file through {@code source} (file name to stream, null when missing).
     *
     * @param required columns that must be in the header (others are allowed and ignored)
     */
    static CsvTable read(Function<String, InputStream> source, String file, String... required) {
        InputStream in = source.apply(file);
        if (in == null) {
            throw new IllegalStateException(file + ": bundled data file missing from the classpath");
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
                .build();
        // strict decoding: a wrongly encoded file is a loud error, not silent replacement characters
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CSVParser parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            for (String col : required) {
                if (!header.contains(col)) {
                    throw new IllegalStateException(file + " line 1 (header), column '" + col
                            + "': required column missing; header is " + header);
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                long line = parser.getCurrentLineNumber();
                Row row = new Row(file, rec, line);
                if (!rec.isConsistent()) {
                    throw row.error(null, "has " + rec.size() + " cells but the header has " + header.size());
                }
                rows.add(row);
            }
            return new CsvTable(file, Collections.unmodifiableList(rows));
        } catch (IOException | java.io.UncheckedIOException e) {
            // also malformed UTF-8 and broken quoting, which commons-csv reports this way
            throw new IllegalStateException(file + ": cannot read bundled data (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            // commons-csv: duplicate or empty header names
            throw new IllegalStateException(file + " line 1 (header): " + e.getMessage(), e);
        }
    }

    /** One data row; accessors trim cells and name file, line, row and column on bad values. */
    record Row(String file, CSVRecord rec, long line) {

        /** Where this row is, e.g. {@code routes.csv line 5 (row 4)}. */
        String where() {
            return file + " line " + line + " (row " + rec.getRecordNumber() + ")";
        }

        IllegalStateException error(String column, String problem) {
            return new IllegalStateException(where() + (column == null ? "" : ", column '" + column + "'") + ": " + problem);
        }

        /** The trimmed cell, which may be empty. */
        String raw(String column) {
            if (!rec.isMapped(column)) {
                throw error(column, "no such column");
            }
            String v = rec.get(column);
            return v == null ? "" : v.trim();
        }

        /** A cell that must not be empty. */
        String text(String column) {
            String v = raw(column);
            if (v.isEmpty()) {
                throw error(column, "empty, a value is required");
            }
            return v;
        }

        double number(String column) {
            String v = text(column);
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw error(column, "expected a number, got '" + v + "'");
            }
            if (!Double.isFinite(d)) {
                throw error(column, "expected a finite number, got '" + v + "'");
            }
            return d;
        }

        /** A number in {@code [min, max]}. */
        double number(String column, double min, double max) {
            double d = number(column);
            if (d < min || d > max) {
                throw error(column, d + " is outside [" + min + ", " + max + "]");
            }
            return d;
        }

        int integer(String column, int min) {
            String v = text(column);
            int i;
            try {
                i = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw error(column, "expected a whole number, got '" + v + "'");
            }
            if (i < min) {
                throw error(column, i + " is below the minimum " + min);
            }
            return i;
        }

        boolean bool(String column) {
            String v = text(column).toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                return v.equals("true");
            }
            throw error(column, "expected true or false, got '" + raw(column) + "'");
        }

        YearMonth yearMonth(String column) {
            String v = text(column);
            try {
                return YearMonth.parse(v);
            } catch (DateTimeParseException e) {
                throw error(column, "expected a month as yyyy-MM, got '" + v + "'");
            }
        }

        /** A value that must be one of {@code allowed}. */
        String oneOf(String column, Set<String> allowed) {
            String v = text(column);
            if (!allowed.contains(v)) {
                throw error(column, "'" + v + "' is not one of " + allowed);
            }
            return v;
        }

        /** A semicolon-separated list of non-empty trimmed items (empty cell = empty list). */
        List<String> list(String column) {
            String v = raw(column);
            if (v.isEmpty()) {
                return List.of();
            }
            List<String> out = Arrays.stream(v.split(";")).map(String::trim).toList();
            if (out.contains("")) {
                throw error(column, "empty item in list '" + v + "'");
            }
            return out;
        }
    }
}
