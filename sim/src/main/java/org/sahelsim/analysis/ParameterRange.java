package org.sahelsim.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One swept parameter: the scenario value it replaces, addressed by its dotted path
 * ({@code levers.minusma.mobile_share}, {@code factions.GATIA.fighters},
 * {@code params.rationality}, {@code levers.minusma.start} for a lever's start month), and
 * the values it may take: either an explicit list ({@link #values()}, non-empty) or a range
 * {@code [min, max]} with an optional {@code step}.
 *
 * <p>Rules, in plain words:
 * <ul>
 *   <li>A list takes no min, max or step (they are {@code NaN}); a range takes no list.
 *       Values are finite and distinct; a range has {@code min < max}; a step is positive and
 *       no wider than the range.</li>
 *   <li>{@link Type#INT} values (counts such as fighters, month offsets such as a lever's
 *       {@code start}) are whole numbers: list values, min, max and step must be whole, and
 *       every value a design produces is an {@link Integer}. {@link Type#DOUBLE} values are
 *       {@link Double}s.</li>
 *   <li>A stepped range has the levels {@code min, min+step, ...} up to {@code max}
 *       (inclusive; computed in decimal so that 0.1 steps give 0.3, not 0.30000000000000004).
 *       When {@code max - min} is not a multiple of the step the last level is below max.</li>
 *   <li>A list or a stepped range is <em>discrete</em>: every design (also Latin hypercube,
 *       Sobol and Morris) only produces its levels. An {@code INT} range without a step is
 *       discrete on every whole number from min to max.</li>
 * </ul>
 *
 * <p>Two maps from the unit interval to values serve the designs:
 * {@link #valueAt(double)} gives every level equal probability when {@code u} is uniform
 * on {@code [0, 1)} (Latin hypercube, Sobol), and {@link #gridValue(double)} maps the Morris
 * grid {@code 0, 1/(p-1), ..., 1} onto the range with both ends included.
 */
public record ParameterRange(String path, Type type, List<Double> values, double min, double max, double step) {

    /** How a parameter's values are written into the scenario. */
    public enum Type {
        /** A real number. */
        DOUBLE,
        /** A whole number (counts, month offsets): designs produce Integers. */
        INT
    }

    public ParameterRange {
        checkPath(path);
        if (type == null) {
            throw new IllegalArgumentException("parameter " + path + ": type is missing (double or int)");
        }
        values = values == null ? List.of() : List.copyOf(values);
        if (!values.isEmpty()) {
            if (!Double.isNaN(min) || !Double.isNaN(max) || !Double.isNaN(step)) {
                throw new IllegalArgumentException("parameter " + path
                        + ": give either a list of values or a range {min, max, step}, not both");
            }
            Set<Double> seen = new LinkedHashSet<>();
            for (Double v : values) {
                if (v == null || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("parameter " + path + ": value " + v + " is not a finite number");
                }
                if (type == Type.INT) {
                    checkWhole(path, "value", v);
                }
                // 0.0 and -0.0 are the same level.
                if (!seen.add(v == 0.0 ? 0.0 : v)) {
                    throw new IllegalArgumentException("parameter " + path + ": value " + format(v) + " is listed twice");
                }
            }
        } else {
            if (!Double.isFinite(min)) {
                throw new IllegalArgumentException("parameter " + path + ": min " + min + " is not a finite number");
            }
            if (!Double.isFinite(max)) {
                throw new IllegalArgumentException("parameter " + path + ": max " + max + " is not a finite number");
            }
            if (!(min < max)) {
                throw new IllegalArgumentException("parameter " + path + ": min " + format(min)
                        + " must be below max " + format(max) + " (for a single value use a list of one)");
            }
            if (!Double.isNaN(step)) {
                if (!(step > 0) || Double.isInfinite(step)) {
                    throw new IllegalArgumentException("parameter " + path + ": step " + step + " must be a positive number");
                }
                if (step > max - min) {
                    throw new IllegalArgumentException("parameter " + path + ": step " + format(step)
                            + " is wider than the range " + format(min) + " to " + format(max));
                }
            }
            if (type == Type.INT) {
                checkWhole(path, "min", min);
                checkWhole(path, "max", max);
                if (!Double.isNaN(step)) {
                    checkWhole(path, "step", step);
                }
            }
        }
    }

    /** A list of values (factorial levels); for {@link Type#INT} they must be whole. */
    public static ParameterRange ofValues(String path, Type type, List<? extends Number> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("parameter " + path + ": the list of values is empty");
        }
        List<Double> v = new ArrayList<>(values.size());
        for (Number n : values) {
            v.add(n == null ? null : n.doubleValue());
        }
        return new ParameterRange(path, type, v, Double.NaN, Double.NaN, Double.NaN);
    }

    /** A continuous range {@code [min, max]} (for {@link Type#INT}: every whole number in it). */
    public static ParameterRange ofRange(String path, Type type, double min, double max) {
        return new ParameterRange(path, type, List.of(), min, max, Double.NaN);
    }

    /** A range with levels {@code min, min+step, ...} up to max. */
    public static ParameterRange ofSteps(String path, Type type, double min, double max, double step) {
        if (Double.isNaN(step)) {
            throw new IllegalArgumentException("parameter " + path + ": step is not a number");
        }
        return new ParameterRange(path, type, List.of(), min, max, step);
    }

    /** True when a list was given. */
    public boolean isList() {
        return !values.isEmpty();
    }

    /** True when the parameter takes finitely many levels (a list, a step, or an int range). */
    public boolean isDiscrete() {
        return isList() || !Double.isNaN(step) || type == Type.INT;
    }

    /** True when the levels can be counted for a full factorial (a list or a step). */
    public boolean hasLevels() {
        return isList() || !Double.isNaN(step);
    }

    /** The smallest value the parameter can take. */
    public double lower() {
        return isList() ? values.stream().mapToDouble(Double::doubleValue).min().getAsDouble() : min;
    }

    /** The largest value the parameter can take. */
    public double upper() {
        if (isList()) {
            return values.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
        }
        return Double.isNaN(step) ? max : levelNumber(levelCount() - 1);
    }

    /**
     * The number of levels of a discrete parameter: the list's size, the stepped range's
     * count, or {@code max - min + 1} for an int range without step.
     *
     * @throws IllegalStateException for a continuous double range
     */
    public int levelCount() {
        if (isList()) {
            return values.size();
        }
        if (!Double.isNaN(step)) {
            // Decimal arithmetic: (0.9 - 0.1) / 0.1 must give 8, not 7.999999999999999.
            BigDecimal span = BigDecimal.valueOf(max).subtract(BigDecimal.valueOf(min));
            BigDecimal count = span.divide(BigDecimal.valueOf(step), 0, java.math.RoundingMode.FLOOR);
            if (count.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE - 1)) >= 0) {
                throw new IllegalArgumentException("parameter " + path + ": step " + format(step) + " gives too many levels");
            }
            return count.intValue() + 1;
        }
        if (type == Type.INT) {
            double n = max - min + 1;
            if (n >= Integer.MAX_VALUE) {
                throw new IllegalArgumentException("parameter " + path + ": int range " + format(min) + " to "
                        + format(max) + " has too many levels");
            }
            return (int) n;
        }
        throw new IllegalStateException("parameter " + path + " is a continuous range without step: it has no levels");
    }

    /** Level {@code i} (0-based, in list order or ascending for ranges) as Integer or Double. */
    public Object level(int i) {
        return box(levelNumber(i));
    }

    /** Level {@code i} as a double. */
    public double levelNumber(int i) {
        int n = levelCount();
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("parameter " + path + ": level " + i + " of " + n);
        }
        if (isList()) {
            return values.get(i);
        }
        if (!Double.isNaN(step)) {
            return BigDecimal.valueOf(min).add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(i))).doubleValue();
        }
        return min + i;
    }

    /**
     * The value for a uniform draw {@code u} in {@code [0, 1)}: a discrete parameter's level
     * {@code floor(u * levels)} (so each level has the same probability), a continuous one's
     * {@code min + u * (max - min)}. {@code u = 1} gives the last level or max.
     */
    public Object valueAt(double u) {
        return at(u, n -> Math.floor(u * n));
    }

    /**
     * The value at a point {@code u} of the Morris grid, ends included: {@code u = 0} gives
     * the lowest and {@code u = 1} the highest value. Discrete parameters take the nearest
     * level ({@code round(u * (levels - 1))}, half up), continuous ones
     * {@code min + u * (max - min)}.
     */
    public Object gridValue(double u) {
        return at(u, n -> Math.floor(u * (n - 1) + 0.5));
    }

    /**
     * At unit coordinate {@code u}: a discrete parameter's level {@code index} gives for its
     * number of levels (at most the last), a continuous one's {@code min + u * (max - min)}.
     */
    private Object at(double u, java.util.function.IntToDoubleFunction index) {
        checkUnit(u);
        if (isDiscrete()) {
            int n = levelCount();
            return level((int) Math.min(n - 1, index.applyAsDouble(n)));
        }
        return box(min + u * (max - min));
    }

    /** The number a value of this parameter stands for (for PRIM and charts). */
    public static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("value " + value + " is not a number");
    }

    private Object box(double v) {
        if (type == Type.INT) {
            return (int) Math.round(v);
        }
        return v;
    }

    private void checkUnit(double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException("parameter " + path + ": unit coordinate " + u + " is outside [0, 1]");
        }
    }

    private static void checkPath(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a swept parameter needs a path such as levers.minusma.mobile_share");
        }
        // Keys may contain spaces and hyphens (bloc "Kel Ansar", faction "MAA-CMA"), not empty parts.
        for (String part : path.split("\\.", -1)) {
            if (part.isEmpty() || !part.strip().equals(part)) {
                throw new IllegalArgumentException("parameter path '" + path
                        + "' has an empty part or a part with surrounding spaces");
            }
            for (int i = 0; i < part.length(); i++) {
                if (Character.isISOControl(part.charAt(i))) {
                    throw new IllegalArgumentException("parameter path '" + path + "' contains a control character");
                }
            }
        }
    }

    private static void checkWhole(String path, String what, double v) {
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("parameter " + path + " is an int: " + what + " " + format(v)
                    + " is not a whole number");
        }
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
