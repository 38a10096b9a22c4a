package org.sahelsim.cli;

import org.sahelsim.run.Seeds;

/** The checks of {@code --seed} and {@code --threads}, the same for every command that takes them. */
final class OptionChecks {
    /** Most threads a command accepts. */
    static final int MAX_THREADS = 4096;

    private OptionChecks() {
    }

    /** Fails unless the master seed is a whole number R and pandas read exactly (0 <= S < 2^53). */
    static void seed(long seed) throws BadInputException {
        if (seed < 0 || seed >= Seeds.BOUND) {
            throw new BadInputException("--seed must be a whole number from 0 to 2^53 - 1 (9007199254740991) "
                    + "so that R and pandas read it exactly, was " + seed + ".");
        }
    }

    /** The threads to use: all cores when not given; fails outside 1 to {@value #MAX_THREADS}. */
    static int threads(Integer threads) throws BadInputException {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > MAX_THREADS) {
            throw new BadInputException("--threads must be between 1 and " + MAX_THREADS + ", was " + t + ".");
        }
        return t;
    }
}
