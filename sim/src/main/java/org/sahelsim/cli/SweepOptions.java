package org.sahelsim.cli;

import org.sahelsim.run.Seeds;
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
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (reps != null && (reps < 1 || reps > Sweep.MAX_REPLICATIONS)) {
            throw new BadInputException("--reps must be between 1 and " + Sweep.MAX_REPLICATIONS + ", was " + reps + ".");
        }
        if (seed != null && (seed < 0 || seed >= Seeds.BOUND)) {
            throw new BadInputException("--seed must be a whole number from 0 to 2^53 - 1 (9007199254740991) "
                    + "so that R and pandas read it exactly, was " + seed + ".");
        }
        if (t < 1 || t > 4096) {
            throw new BadInputException("--threads must be between 1 and 4096, was " + t + ".");
        }
        return t;
    }
}
