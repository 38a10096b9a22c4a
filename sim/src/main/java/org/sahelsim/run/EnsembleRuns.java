package org.sahelsim.run;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sahelsim.analysis.AbcSmc;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;

/**
 * Runs over an ensemble of parameter sets (a calibration's posterior): replication r runs on
 * the set drawn by weight from (master seed, r) ({@link AbcSmc#ensembleDraw}), so that every
 * variant of a comparison, and a validation with the same seed, runs replication r on the same
 * set, whatever the number of threads.
 */
public final class EnsembleRuns {
    private EnsembleRuns() {
    }

    /** The index of the set replication {@code rep} runs on. */
    public static int set(Ensemble e, long seed, long rep) {
        return e.pick(AbcSmc.ensembleDraw(seed, rep));
    }

    /** Replication r's scenario: {@code base} with the values of its set (built once per set; thread-safe). */
    public static IntFunction<Scenario> scenarios(Scenario base, Ensemble e, long seed) {
        IntFunction<Scenario> ofSet = bySet(base, e);
        return rep -> ofSet.apply(set(e, seed, rep));
    }

    /** Set k's scenario: {@code base} with the values of set k (built once per set; thread-safe). */
    public static IntFunction<Scenario> bySet(Scenario base, Ensemble e) {
        Map<Integer, Scenario> built = new ConcurrentHashMap<>();
        return k -> built.computeIfAbsent(k, x -> {
            try {
                return ScenarioLoader.withOverrides(base, e.overrides(x));
            } catch (ScenarioException ex) {
                // every value was checked against this scenario when the ensemble was read
                throw new IllegalStateException("set " + e.ids()[x] + " of " + e.file() + " does not apply: "
                        + ex.getMessage(), ex);
            }
        });
    }

    /**
     * {@value Columns#ENSEMBLE} of a validation: per replication its run id, the set's
     * {@code particle} and the value of each parameter: {@code run_id}, {@code variant},
     * {@code rep}, {@code particle}, then one column per path (as {@code compare} writes it).
     */
    public static void write(Path file, Ensemble e, long seed, int reps) throws IOException {
        write(file, e, seed, reps, List.of("baseline"), (v, k, path) -> e.overrides(k).get(path));
    }

    /** The value of a parameter in a run of {@code variant} (its index) on set {@code set}. */
    @FunctionalInterface
    interface ValueOf {
        String of(int variant, int set, String path);
    }

    /**
     * {@value Columns#ENSEMBLE} of runs of {@code variants}, variant by variant, replication by
     * replication: the run id, the variant, the replication, the particle of the set it runs on,
     * then each path's value as {@code value} gives it.
     */
    static void write(Path file, Ensemble e, long seed, int reps, List<String> variants, ValueOf value)
            throws IOException {
        StringBuilder b = new StringBuilder("run_id,variant,rep,particle");
        for (String p : e.paths()) {
            b.append(',').append(p);
        }
        b.append('\n');
        for (int v = 0; v < variants.size(); v++) {
            for (int r = 0; r < reps; r++) {
                int k = set(e, seed, r);
                String name = variants.get(v);
                b.append(new RunKey(name, r, 0).runId()).append(',').append(name).append(',').append(r)
                        .append(',').append(e.ids()[k]);
                for (String p : e.paths()) {
                    b.append(',').append(value.of(v, k, p));
                }
                b.append('\n');
            }
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /**
     * The parameter values one run of a folder ran on, by path, from the folder's
     * {@value Columns#ENSEMBLE} ({@code run_id, variant, rep, particle}, then one column per
     * path): what {@code replay} and the report's re-runs apply to the run's scenario.
     *
     * @throws IllegalArgumentException when the file is empty or has no row for the run
     */
    public static Map<String, String> valuesOf(Path file, String runId) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            List<String> header = p.getHeaderNames();
            if (header.isEmpty()) {
                throw new IllegalArgumentException(file + " is empty: it should hold the parameter set of every run");
            }
            for (CSVRecord rec : p) {
                if (rec.isConsistent() && rec.get(0).equals(runId)) {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int c = 4; c < header.size(); c++) {
                        m.put(header.get(c), rec.get(c));
                    }
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("run " + runId + " has no row in " + file + ", so its parameter set is unknown");
    }
}
