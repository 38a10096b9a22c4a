package org.sahelsim.analysis;

import java.util.List;

/**
 * A design drawn from a weighted ensemble of parameter sets (a calibration's posterior): point k
 * is the set the caller's draw gives for k ({@code compare} and {@code validate} draw replication
 * r the same way: by weight with {@link AbcSmc#ensembleDraw}(seed, r)), so that the points are a
 * sample of the ensemble, with repeats where a set weighs much, the same on every machine.
 * {@code robustness} over a posterior instead of ranges uses it, and so can a sweep.
 */
public final class EnsembleDesign implements Design {
    private final List<ParameterRange> parameters;
    private final double[][] values;
    private final java.util.function.LongToIntFunction setOf;
    private final int size;

    /**
     * @param parameters the ensemble's parameters (their ranges span the ensemble's values)
     * @param values     each set's values, one column per parameter
     * @param setOf      the set point k is drawn as (a function of k alone)
     * @param size       points to draw
     */
    public EnsembleDesign(List<ParameterRange> parameters, double[][] values,
                          java.util.function.LongToIntFunction setOf, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("an ensemble design needs at least one point, was " + size);
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("an ensemble design needs at least one set");
        }
        for (double[] v : values) {
            if (v.length != parameters.size()) {
                throw new IllegalArgumentException("each set needs a value per parameter (" + parameters.size() + ")");
            }
        }
        this.parameters = List.copyOf(parameters);
        this.values = values;
        this.setOf = setOf;
        this.size = size;
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
        return setOf.applyAsInt(index);
    }

    @Override
    public DesignPoint point(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("point " + index + " of an ensemble design of " + size + " points");
        }
        double[] v = values[set(index)];
        return point(index, (p, i) -> v[i]);
    }
}
