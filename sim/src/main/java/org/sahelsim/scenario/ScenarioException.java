package org.sahelsim.scenario;

import java.nio.file.Path;

/**
 * Bad input in a scenario, experiment or sweep file: says which file, line, column and field
 * path, and what is wrong, in one paragraph. The command line turns it into exit code 2.
 */
public class ScenarioException extends Exception {
    private final Path file;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    /**
     * @param file   the file (may be null for values given on the command line)
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param field  dotted field path such as {@code levers.minusma.mobile_share}, or empty
     * @param problem what is wrong, in plain words
     */
    public ScenarioException(Path file, int line, int column, String field, String problem) {
        super(format(file, line, column, oneParagraph(field), oneParagraph(problem)));
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field == null ? "" : oneParagraph(field);
        this.problem = oneParagraph(problem);
    }

    /** A number as messages about input show it: no exponent, no trailing zeros ({@code 0.3}, {@code 12}). */
    public static String number(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        return new java.math.BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }

    /**
     * Keeps a message on one line whatever text it quotes from the file: line breaks and
     * other control characters are shown escaped (a backslash and a letter, or a unicode code).
     */
    static String oneParagraph(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                    : c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    private static String format(Path file, int line, int column, String field, String problem) {
        StringBuilder b = new StringBuilder();
        b.append(file == null ? "<command line>" : file.toString());
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (field != null && !field.isEmpty()) {
            b.append(field).append(": ");
        }
        b.append(problem);
        return b.toString();
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
