package org.sahelsim.scenario;

/**
 * The one cap on replications, the same for every command ({@code --reps} of run, compare, sweep,
 * robustness, validate, calibrate and mechanisms) and for every file that sets replications
 * (experiment, sweep, robustness and calibration files).
 */
public final class Replications {
    /**
     * Most replications accepted: a million runs of one scenario or variant (r0 to r999999) is far
     * beyond what any statistic here needs, so a larger number is a typo, and would start runs that
     * last months.
     */
    public static final int MAX = 1_000_000;

    private Replications() {
    }
}
