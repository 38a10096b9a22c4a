package org.sahelsim.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A design drawn from a weighted ensemble of parameter sets (a calibration's posterior): point k
 * is the set drawn by weight with the uniform {@link AbcSmc#ensembleDraw}(seed, k), so that
 * the points are a sample of the ensemble, with repeats where a set weighs much, the same on
 * every machine. {@code robustness} over a posterior instead of ranges uses it, and so can a
 * sweep.
 */
public final class EnsembleDesign implements Design {
    private final List<ParameterRange> parameters;
    private final double[][] values;
    private final double[] cumulative;
    private final int size;
    private final long seed;

    /**
     * @param parameters the ensemble's parameters (their ranges span the ensemble's values)
     * @param values     each set's values, one column per parameter
     * @param weights    each set's weight (not all zero)
     * @param size       points to draw
     * @param seed       the master seed
     */
    public EnsembleDesign(List<ParameterRange> parameters, double[][] values, double[] weights, int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("an ensemble design needs at least one point, was " + size);
        }
        if (values.length == 0 || values.length != weights.length) {
            throw new IllegalArgumentException("an ensemble design needs a weight for each of at least one set");
        }
        for (double[] v : values) {
            if (v.length != parameters.size()) {
                throw new IllegalArgumentException("each set needs a value per parameter (" + parameters.size() + ")");
            }
        }
        this.parameters = List.copyOf(parameters);
        this.values = values;
        this.cumulative = new double[weights.length];
        double c = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0)) {
                throw new IllegalArgumentException("weights must be at least 0, was " + weights[i]);
            }
            c += weights[i];
            cumulative[i] = c;
        }
        if (!(c > 0)) {
            throw new IllegalArgumentException("the weights must not all be 0");
        }
        this.size = size;
        this.seed = seed;
    }

    @Override
    public String kind() {
        return "ensemble";
    }

    @Override
    public List<ParameterRange> parameters() {
        return parameters;
    }

    @Override
    public long size() {
        return size;
    }

    /** The set point {@code index} is drawn as. */
    public int set(long index) {
        double x = AbcSmc.ensembleDraw(seed, index) * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    @Override
    public DesignPoint point(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("point " + index + " of an ensemble design of " + size + " points");
        }
        double[] v = values[set(index)];
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            m.put(parameters.get(i).path(), v[i]);
        }
        return new DesignPoint(index, id(index), m);
    }
}
