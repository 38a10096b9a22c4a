package org.sahelsim.cli;

import org.sahelsim.run.Seeds;
import org.sahelsim.scenario.Replications;

/**
 * The checks of {@code --reps} (at most {@link Replications#MAX} for every
 * command, with one message), {@code --seed} and {@code --threads}, the same for every command
 * that takes them.
 */
final class OptionChecks {
    /** Most threads a command accepts. */
    static final int MAX_THREADS = 4096;

    private OptionChecks() {
    }

    /**
     * Checks {@code --reps} (from {@code minReps} to the one cap, {@link Replications#MAX};
     * {@code why} says why, after the bounds), {@code --seed} and {@code --threads}, each when
     * given, as every command with a file of defaults takes them; returns the threads to use (all
     * cores when not given).
     */
    static int check(Integer reps, Long seed, Integer threads, int minReps, String why)
            throws BadInputException {
        int t = threads(threads);
        if (reps != null && (reps < minReps || reps > Replications.MAX)) {
            throw new BadInputException("--reps must be between " + minReps + " and " + Replications.MAX + why
                    + ", was " + reps + ".");
        }
        seed(seed);
        return t;
    }

    /**
     * Fails unless the master seed, when given, is a whole number R and pandas read exactly
     * (0 <= S < 2^53).
     */
    static void seed(Long seed) throws BadInputException {
        if (seed != null && (seed < 0 || seed >= Seeds.BOUND)) {
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
