package org.sahelsim.analysis;

import java.util.List;

/**
 * Full factorial design: every combination of every parameter's levels (a list of values, or
 * a range with a step; an int range without a step counts every whole number).
 *
 * <p>Order: the first parameter varies slowest and the last fastest, like nested loops
 * written in the sweep file's order (and like R's {@code expand.grid} reversed). Point
 * {@code i} is {@code i} written in the mixed radix of the level counts, most significant
 * digit first. Each level appears in list order (ranges ascending).
 */
public final class Factorial extends DesignBase {
    private final int[] levels;
    private final long size;

    public Factorial(List<ParameterRange> parameters) {
        super("factorial", "factorial", parameters);
        this.levels = new int[this.parameters.size()];
        long n = 1;
        for (int j = 0; j < levels.length; j++) {
            ParameterRange p = this.parameters.get(j);
            if (!p.isDiscrete()) {
                throw new IllegalArgumentException("parameter " + p.path() + ": a factorial design needs a list of values"
                        + " or a step, but the range " + ParameterRange.format(p.min()) + " to "
                        + ParameterRange.format(p.max()) + " has no step");
            }
            levels[j] = p.levelCount();
            try {
                n = Math.multiplyExact(n, levels[j]);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("the factorial design has more than " + Long.MAX_VALUE
                        + " points (at parameter " + p.path() + ")");
            }
        }
        this.size = n;
    }

    @Override
    public long size() {
        return size;
    }

    /** The level index of each parameter at point {@code index}. */
    public int[] levelIndices(long index) {
        Design.checkIndex(index, size);
        int[] at = new int[levels.length];
        long rest = index;
        for (int j = levels.length - 1; j >= 0; j--) {
            at[j] = (int) (rest % levels[j]);
            rest /= levels[j];
        }
        return at;
    }

    @Override
    public DesignPoint point(long index) {
        int[] at = levelIndices(index);
        return point(index, (p, j) -> p.level(at[j]));
    }
}
