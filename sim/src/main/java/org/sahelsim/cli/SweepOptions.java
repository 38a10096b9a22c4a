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

    /** Checks the three options; returns the threads to use. */
    int check() throws BadInputException {
        return OptionChecks.check(reps, seed, threads, 1, "");
    }
}
