package org.sahelsim.analysis;

/**
 * Morris screening measures of one parameter for one output (see {@link MorrisEffects}), over
 * {@code trajectories} elementary effects: {@code mu} (their mean: sign of the effect, effects
 * of opposite signs cancel), {@code muStar} (the mean of their absolute values: the overall
 * importance), {@code sigma} (their standard deviation: non-linearity or interactions), and a
 * bootstrap percentile interval for {@code muStar}. Effects are per unit of the parameter's
 * whole range: the change of the output when the parameter moves from its lowest to its highest
 * value, as estimated from steps of Delta.
 */
public record MorrisEffect(String parameter, int trajectories, double mu, double muStar, double sigma,
        double muStarLow, double muStarHigh) {

    public MorrisEffect {
        if (parameter == null || parameter.isBlank()) {
            throw new IllegalArgumentException("a morris effect needs its parameter's path");
        }
        if (trajectories < 1) {
            throw new IllegalArgumentException("morris effect of " + parameter + ": trajectories must be >= 1, was " + trajectories);
        }
    }
}
