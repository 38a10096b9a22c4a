package org.sahelsim.analysis;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme on a Sobol sequence, for first-order and total sensitivity
 * indices ({@link Saltelli}): {@code N} base rows give {@code N * (k + 2)} points for
 * {@code k} parameters.
 *
 * <p>Row {@code j} of the 2k-dimensional Sobol sequence (commons-math3
 * {@link SobolSequenceGenerator}, Joe and Kuo 2008 direction numbers) gives row {@code j} of
 * matrix A (its first k coordinates) and of matrix B (its last k). Matrix {@code AB_i} is A
 * with column i taken from B (Saltelli et al. 2010, Comput. Phys. Commun. 181:259-270,
 * "A_B^(i)"). Points are grouped by row, as in SALib's {@code saltelli.sample} without second
 * order: point {@code j*(k+2)} is {@code A_j}, points {@code j*(k+2)+1 ... j*(k+2)+k} are
 * {@code AB_1,j ... AB_k,j}, and point {@code j*(k+2)+k+1} is {@code B_j}. A sweep cut short
 * after whole rows thus still holds complete rows.
 *
 * <p>Seed: the sequence gets a random digital shift (every coordinate's 52 bits XOR one
 * random mask per dimension, drawn from the seed). A digital shift keeps the sequence's
 * stratification (its net property) and makes each point uniformly distributed, so
 * different seeds give independent randomised replicates, and the first row is not the
 * corner {@code (0, ..., 0)}. Use a power of two for {@code N}: Sobol points are balanced in
 * blocks of powers of two.
 *
 * <p>Coordinates map to values by {@link ParameterRange#valueAt(double)}. Any point is
 * computed from its index ({@code skipTo} on the generator, O(52 * 2k)); consecutive indices
 * reuse the last row.
 */
public final class SobolDesign extends DesignBase {
    /** Bits of commons-math3's Sobol coordinates: each is an integer over 2^52. */
    private static final int BITS = 52;
    private static final double SCALE = 0x1.0p52;
    /** commons-math3's bundled direction numbers cover 1000 dimensions; the scheme needs 2k. */
    public static final int MAX_PARAMETERS = 500;

    private final int k;
    private final int baseSamples;
    private final long seed;
    private final long[] shift;
    private final SobolSequenceGenerator generator;
    private int cachedRow = -1;
    private double[] cached;

    /**
     * @param baseSamples N, the rows of A and B (a power of two is best)
     * @param seed        draws the digital shift
     */
    public SobolDesign(List<ParameterRange> parameters, int baseSamples, long seed) {
        super("sobol", "sobol", parameters);
        this.k = this.parameters.size();
        if (k > MAX_PARAMETERS) {
            throw new IllegalArgumentException("a sobol design takes at most " + MAX_PARAMETERS + " parameters, was " + k);
        }
        if (baseSamples < 2) {
            throw new IllegalArgumentException("a sobol design needs at least 2 base samples, was " + baseSamples);
        }
        this.baseSamples = baseSamples;
        this.seed = seed;
        this.generator = new SobolSequenceGenerator(2 * k);
        MersenneTwisterFast g = DesignRandom.generator(seed, DesignRandom.SOBOL_SHIFT, 0);
        shift = new long[2 * k];
        for (int d = 0; d < shift.length; d++) {
            shift[d] = g.nextLong() & ((1L << BITS) - 1);
        }
    }

    @Override
    public long size() {
        return (long) baseSamples * (k + 2);
    }

    /** N, the number of rows of A and B. */
    public int baseSamples() {
        return baseSamples;
    }

    /** The seed of the digital shift. */
    public long seed() {
        return seed;
    }

    /** The row {@code j} of A and B this point comes from. */
    public int row(long index) {
        Design.checkIndex(index, size());
        return (int) (index / (k + 2));
    }

    /**
     * Which matrix point {@code index} belongs to: {@code -1} for A, {@code i} (0-based
     * parameter) for AB_i, {@code k} for B.
     */
    public int matrix(long index) {
        Design.checkIndex(index, size());
        return (int) (index % (k + 2)) - 1;
    }

    /** The matrix's name for {@code points.csv} or debugging: {@code A}, {@code B}, {@code AB3} (1-based). */
    public String matrixName(long index) {
        int m = matrix(index);
        return m < 0 ? "A" : m == k ? "B" : "AB" + (m + 1);
    }

    /** Unit coordinates of point {@code index}. */
    public double[] unit(long index) {
        int j = row(index);
        int m = matrix(index);
        double[] ab = row2k(j);
        double[] u = new double[k];
        for (int i = 0; i < k; i++) {
            boolean fromB = m == k || m == i;
            u[i] = ab[fromB ? k + i : i];
        }
        return u;
    }

    @Override
    public DesignPoint point(long index) {
        double[] u = unit(index);
        return point(index, (p, i) -> p.valueAt(u[i]));
    }

    /** Shifted row {@code j} of the 2k-dimensional sequence (the generator is stateful: one caller at a time). */
    private synchronized double[] row2k(int j) {
        if (j != cachedRow) {
            double[] raw = j == cachedRow + 1 && cachedRow >= 0 ? generator.nextVector() : generator.skipTo(j);
            double[] v = new double[raw.length];
            for (int d = 0; d < raw.length; d++) {
                long bits = (long) (raw[d] * SCALE);
                v[d] = (bits ^ shift[d]) / SCALE;
            }
            cached = v;
            cachedRow = j;
        }
        return cached.clone();
    }
}
