package org.sahelsim.cli;

import java.util.concurrent.Callable;

/**
 * Bad input found by a command itself (an option out of range, a missing file, an existing
 * output folder): printed as one paragraph, exit code 2, nothing written.
 */
public final class BadInputException extends Exception {
    public BadInputException(String message) {
        super(message);
    }

    /**
     * What {@code value} returns; an {@link IllegalArgumentException} it throws is bad input
     * instead, its message between {@code prefix} and {@code suffix}.
     */
    static <T> T of(String prefix, Callable<T> value, String suffix) throws Exception {
        try {
            return value.call();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(prefix + e.getMessage() + suffix);
        }
    }
}
