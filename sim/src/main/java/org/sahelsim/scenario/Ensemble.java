package org.sahelsim.scenario;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A weighted ensemble of parameter sets, such as the posterior of a calibration
 * ({@code posterior.csv}; docs/VALIDATION.md section 13): {@code compare --ensemble} and
 * {@code validate --ensemble} run replication r on the set drawn by weight from (seed, r).
 *
 * <p>The file is a CSV with a header: {@value #PARTICLE} (a whole number naming the set),
 * {@value #WEIGHT} (at least 0; the weights need not sum to 1 but must not all be 0), an
 * optional {@value #DISTANCE} (patterns missed, for the record), then one column per parameter
 * by its dotted scenario path ({@code params.rationality}). Every value must be a finite number
 * the scenario accepts at that path; the file must hold at least one row. Any problem names
 * the file, the line and the field. Read by {@code format.EnsembleLoader}.
 *
 * @param file    where it was read
 * @param paths   the parameters' dotted paths, in the file's column order
 * @param ids     each set's {@value #PARTICLE}, in row order
 * @param weights each set's weight, normalised to sum to 1
 * @param values  each set's values (one row per set, one column per path)
 */
public record Ensemble(Path file, List<String> paths, int[] ids, double[] weights, double[][] values) {
    public static final String PARTICLE = "particle";
    public static final String WEIGHT = "weight";
    public static final String DISTANCE = "distance";

    public Ensemble {
        paths = List.copyOf(paths);
        if (ids.length == 0 || ids.length != weights.length || ids.length != values.length) {
            throw new IllegalArgumentException("an ensemble needs at least one set and a weight and values for each");
        }
    }

    /** The number of sets. */
    public int size() {
        return ids.length;
    }

    /** The set whose cumulative weight first exceeds {@code u} (a uniform draw in [0, 1)). */
    public int pick(double u) {
        double c = 0;
        for (int k = 0; k < weights.length; k++) {
            c += weights[k];
            if (u < c) {
                return k;
            }
        }
        // u within rounding of 1: the last set of positive weight
        for (int k = weights.length - 1; k >= 0; k--) {
            if (weights[k] > 0) {
                return k;
            }
        }
        throw new IllegalStateException("no set of positive weight");
    }

    /** Set k as scenario overrides: each path and its value, exactly as read. */
    public Map<String, String> overrides(int k) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            m.put(paths.get(i), Double.toString(values[k][i]));
        }
        return m;
    }

    /**
     * The ensemble without the columns of {@code paths} (values a scenario file sets itself,
     * which win over the ensemble's), the same sets and weights.
     */
    public Ensemble without(java.util.Set<String> paths) {
        int[] keep = IntStream.range(0, this.paths.size()).filter(i -> !paths.contains(this.paths.get(i)))
                .toArray();
        List<String> p = Arrays.stream(keep).mapToObj(this.paths::get).toList();
        double[][] v = Arrays.stream(values).map(row -> Arrays.stream(keep).mapToDouble(i -> row[i])
                .toArray()).toArray(double[][]::new);
        return new Ensemble(file, p, ids, weights, v);
    }
}
