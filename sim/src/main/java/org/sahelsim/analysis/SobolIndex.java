package org.sahelsim.analysis;

/**
 * Sobol sensitivity indices of one parameter for one output (see {@link Saltelli}): the
 * first-order index (the share of the output's variance due to the parameter alone), the
 * total index (its share including all interactions), each with a bootstrap percentile
 * interval. Estimates come from a finite sample and can fall slightly outside [0, 1]; they
 * are reported as estimated, not clipped. All are {@code NaN} when the output does not vary.
 */
public record SobolIndex(String parameter, double firstOrder, double firstOrderLow, double firstOrderHigh,
        double total, double totalLow, double totalHigh) {

    public SobolIndex {
        if (parameter == null || parameter.isBlank()) {
            throw new IllegalArgumentException("a sobol index needs its parameter's path");
        }
    }
}
