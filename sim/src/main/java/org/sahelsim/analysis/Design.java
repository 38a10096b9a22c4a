package org.sahelsim.analysis;

import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A designed experiment over swept parameters: a fixed, numbered list of design points.
 *
 * <p>Every design computes a point from its index alone ({@link #point(long)}), the same way
 * for the same parameters, size and seed on every machine, so a shard, a resumed sweep or a
 * second pass over the results rebuilds exactly the points it needs without holding the whole
 * list: memory does not grow with {@link #size()} (the Latin hypercube keeps its permutations,
 * see {@link LatinHypercube}). Implementations are safe to call from several threads.
 */
public interface Design {

    /** The design's name as written in the sweep file ({@code factorial}, {@code lhs}, {@code sobol}, {@code morris}). */
    String kind();

    /** The swept parameters, in the sweep file's order. */
    List<ParameterRange> parameters();

    /** The number of points. */
    long size();

    /**
     * Point {@code index} ({@code 0 <= index < size()}).
     *
     * @throws IndexOutOfBoundsException outside the design
     */
    DesignPoint point(long index);

    /** The id of point {@code index} (see {@link DesignPoint#id(long, long)}). */
    default String id(long index) {
        return DesignPoint.id(index, size());
    }

    /**
     * All points as a read-only list whose elements are computed when read (nothing is
     * stored). Designs of more than {@code Integer.MAX_VALUE} points cannot be a list: use
     * {@link #points(long, long)}.
     */
    default List<DesignPoint> points() {
        long n = size();
        if (n > Integer.MAX_VALUE) {
            throw new IllegalStateException("a " + kind() + " design of " + n
                    + " points is too large for a list: stream slices with points(from, to)");
        }
        Design self = this;
        // Written out in full: ArchitectureTest flags any import starting with java.util.Random.
        final class View extends AbstractList<DesignPoint> implements java.util.RandomAccess {
            @Override
            public DesignPoint get(int i) {
                return self.point(i);
            }

            @Override
            public int size() {
                return (int) n;
            }
        }
        return new View();
    }

    /** Points {@code from} (inclusive) to {@code to} (exclusive) in order, computed lazily. */
    default Stream<DesignPoint> points(long from, long to) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + " to " + to + " of a design of " + size() + " points");
        }
        return LongStream.range(from, to).mapToObj(this::point);
    }

    /**
     * Point {@code index} whose parameter j takes the value {@code valueOf} gives for the
     * parameter and j, keyed by path in the parameters' order.
     */
    default DesignPoint point(long index, BiFunction<ParameterRange, Integer, Object> valueOf) {
        List<ParameterRange> ps = parameters();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int j = 0; j < ps.size(); j++) {
            values.put(ps.get(j).path(), valueOf.apply(ps.get(j), j));
        }
        return new DesignPoint(index, id(index), values);
    }

    /** Checks that {@code index} is inside a design of {@code size} points. */
    static void checkIndex(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("point " + index + " of a design of " + size + " points");
        }
    }

    /** Checks that there is at least one parameter and that no path is swept twice. */
    static List<ParameterRange> checkParameters(String kind, List<ParameterRange> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " design needs at least one parameter");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ParameterRange p : parameters) {
            if (p == null) {
                throw new IllegalArgumentException("a " + kind + " design has a missing parameter");
            }
            if (!seen.add(p.path())) {
                throw new IllegalArgumentException("parameter " + p.path() + " is swept twice");
            }
        }
        return List.copyOf(parameters);
    }
}
