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
        super(format(file, line, column, field, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field == null ? "" : field;
        this.problem = problem;
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
