package org.sahelsim.format;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;

/**
 * Reads an ensemble file ({@link Ensemble}: a CSV of weighted parameter sets) and checks every
 * column against the scenario whose parameters it sets. Any problem names the file, the line
 * and the field.
 */
public final class EnsembleLoader {
    private EnsembleLoader() {
    }

    /**
     * An ensemble file read for a scenario file: checked against its scenario, without the
     * values the file writes itself (not those it inherits through {@code extends}), which win:
     * a classroom preset's trafficking boom stays a boom over the calibrated posterior.
     */
    public static Ensemble forScenarioFile(Path ensembleFile, Path scenarioFile, Scenario scenario)
            throws ScenarioException {
        return load(ensembleFile, scenario).without(ownPaths(scenarioFile));
    }

    /** The dotted paths of the values a scenario file writes itself, not those it inherits through {@code extends}. */
    public static Set<String> ownPaths(Path scenarioFile) throws ScenarioException {
        Set<String> out = new TreeSet<>();
        YNode root = YamlReader.readFile(scenarioFile);
        if (root instanceof YNode.Map m) {
            flatten("", m, out);
        }
        return out;
    }

    private static void flatten(String prefix, YNode.Map m, Set<String> out) {
        for (Map.Entry<String, YNode> e : m.entries.entrySet()) {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue() instanceof YNode.Map child) {
                flatten(path, child, out);
            } else {
                out.add(path);
            }
        }
    }

    /** Reads and checks an ensemble file against the scenario whose parameters it sets. */
    public static Ensemble load(Path file, Scenario base) throws ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(file, 0, 0, "", "the ensemble file was not found");
        }
        List<String> header;
        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            header = p.getHeaderNames();
            records = p.getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ScenarioException(file, 1, 0, "", "not a readable CSV file: " + e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw new ScenarioException(file, 0, 0, "", "not a readable CSV file: " + e.getCause().getMessage());
        }
        if (!header.contains(Ensemble.PARTICLE) || !header.contains(Ensemble.WEIGHT)) {
            throw new ScenarioException(file, 1, 0, header.contains(Ensemble.PARTICLE) ? Ensemble.WEIGHT : Ensemble.PARTICLE, "an ensemble file"
                    + " needs the columns " + Ensemble.PARTICLE + " and " + Ensemble.WEIGHT + ", then one column per parameter by its"
                    + " dotted path; its columns are " + header);
        }
        List<String> paths = header.stream().filter(h -> !List.of(Ensemble.PARTICLE, Ensemble.WEIGHT,
                Ensemble.DISTANCE).contains(h)).toList();
        if (paths.isEmpty()) {
            throw new ScenarioException(file, 1, 0, "", "an ensemble file needs at least one parameter column (a dotted"
                    + " scenario path such as params.rationality)");
        }
        if (records.isEmpty()) {
            throw new ScenarioException(file, 2, 0, "", "the ensemble has no rows: it needs at least one parameter set");
        }
        int n = records.size();
        int[] ids = new int[n];
        double[] weights = new double[n];
        double[][] values = new double[n][paths.size()];
        int[] lines = new int[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            CSVRecord rec = records.get(k);
            int line = (int) rec.getRecordNumber() + 1;
            lines[k] = line;
            if (rec.size() != header.size()) {
                throw new ScenarioException(file, line, 0, "", "expected " + header.size() + " fields, found "
                        + rec.size());
            }
            String id = rec.get(Ensemble.PARTICLE);
            try {
                ids[k] = Integer.parseInt(id.trim());
            } catch (NumberFormatException e) {
                throw new ScenarioException(file, line, 0, Ensemble.PARTICLE, "expected a whole number, found '" + id + "'");
            }
            weights[k] = number(file, line, Ensemble.WEIGHT, rec.get(Ensemble.WEIGHT));
            if (weights[k] < 0) {
                throw new ScenarioException(file, line, 0, Ensemble.WEIGHT, "a weight must be at least 0, was " + rec.get(Ensemble.WEIGHT));
            }
            sum += weights[k];
            for (int i = 0; i < paths.size(); i++) {
                values[k][i] = number(file, line, paths.get(i), rec.get(paths.get(i)));
            }
        }
        if (!(sum > 0) || Double.isInfinite(sum)) {
            throw new ScenarioException(file, 2, 0, Ensemble.WEIGHT, "the weights must not all be 0, and must sum to a finite"
                    + " number");
        }
        for (int k = 0; k < n; k++) {
            weights[k] /= sum;
        }
        for (int i = 0; i < paths.size(); i++) {
            check(file, base, paths.get(i), i, values, lines);
        }
        return new Ensemble(file, paths, ids, weights, values);
    }

    private static double number(Path file, int line, String field, String text) throws ScenarioException {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new ScenarioException(file, line, 0, field, "expected a number, found '" + text + "'");
        }
        if (!Double.isFinite(v)) {
            throw new ScenarioException(file, line, 0, field, "expected a finite number, found '" + text + "'");
        }
        return v;
    }

    /**
     * Checks a column against the scenario: the path exists and takes the column's lowest and
     * highest values (so every value between), and its first value that is not a whole number
     * when there is one (a whole-number parameter refuses it).
     */
    private static void check(Path file, Scenario base, String path, int i, double[][] values, int[] lines)
            throws ScenarioException {
        int lo = 0;
        int hi = 0;
        int frac = -1;
        for (int k = 0; k < values.length; k++) {
            if (values[k][i] < values[lo][i]) {
                lo = k;
            }
            if (values[k][i] > values[hi][i]) {
                hi = k;
            }
            if (frac < 0 && values[k][i] != Math.rint(values[k][i])) {
                frac = k;
            }
        }
        for (int k : frac < 0 ? new int[] {lo, hi} : new int[] {lo, hi, frac}) {
            try {
                ScenarioLoader.withOverrides(base, Map.of(path, Double.toString(values[k][i])));
            } catch (ScenarioException e) {
                throw new ScenarioException(file, lines[k], 0, path, e.problem());
            }
        }
    }
}
