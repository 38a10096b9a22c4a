package org.sahelsim.cli;

/**
 * Bad input found by a command itself (an option out of range, a missing file, an existing
 * output folder): printed as one paragraph, exit code 2, nothing written.
 */
public final class BadInputException extends Exception {
    public BadInputException(String message) {
        super(message);
    }
}
