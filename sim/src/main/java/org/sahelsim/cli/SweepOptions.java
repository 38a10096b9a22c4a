package org.sahelsim.cli;

import org.sahelsim.scenario.Sweep;
import picocli.CommandLine.Option;

/** {@code --reps}, {@code --seed} and {@code --threads} as {@code sweep} and {@code calibrate} take them. */
final class SweepOptions {
    @Option(names = "--reps", paramLabel = "N", description = "Replications per design point (default: the file's"
            + " replications, else " + Sweep.DEFAULT_REPLICATIONS + ").")
    Integer reps;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed, 0 <= S < 2^53 (default: the file's seed,"
            + " else 1). Draws the design and every run's seed.")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores, here ${sys:sahelsim.cores}).")
    Integer threads;

    static {
        System.setProperty("sahelsim.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    /** Checks the three options; returns the threads to use. */
    int check() throws BadInputException {
        return check(reps, seed, threads, 1, "");
    }

    /**
     * Checks {@code --reps} (at least {@code minReps}; {@code why} says why, after the bound),
     * {@code --seed} and {@code --threads} as every designed command takes them; returns the
     * threads to use (all cores when not given).
     */
    static int check(Integer reps, Long seed, Integer threads, int minReps, String why) throws BadInputException {
        int t = OptionChecks.threads(threads);
        if (reps != null && (reps < minReps || reps > Sweep.MAX_REPLICATIONS)) {
            throw new BadInputException("--reps must be between " + minReps + " and " + Sweep.MAX_REPLICATIONS + why
                    + ", was " + reps + ".");
        }
        if (seed != null) {
            OptionChecks.seed(seed);
        }
        return t;
    }
}
