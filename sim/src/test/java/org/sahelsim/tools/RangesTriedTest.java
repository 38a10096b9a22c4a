package org.sahelsim.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;
import org.sahelsim.scenario.ModelParams;
import org.sahelsim.format.Overrides;
import org.sahelsim.format.RecordModel;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.format.SweepLoader;
import org.sahelsim.format.YNode;
import org.sahelsim.format.YamlReader;

/**
 * The column "range tried" of {@code docs/PARAMETERS.md}: every value whose source is an
 * assumption has a range that a shipped analysis file tried (calibration, robustness or an
 * example sweep), bar the starting values no screening covers and the levers' settings, each
 * allowlisted below with its reason; the Morris screening of the uncalibrated constants stays
 * in step with {@link ModelParams}, and the screening of the history's starting values with
 * the values history-2012.yaml writes.
 */
class RangesTriedTest {
    /** The screening of the constants the calibration did not set. */
    static final String SCREENING = "scenarios/calibration/history-2012-morris-screening.yaml";

    /** The screening of the history's assumed starting values. */
    static final String STARTING_VALUES = "scenarios/calibration/history-2012-morris-starting-values.yaml";

    /** The scenario whose starting values {@link #STARTING_VALUES} screens. */
    static final String HISTORY = "scenarios/history-2012.yaml";

    /**
     * Assumed values that no shipped analysis varies, by their documented path or its start
     * (ending in a dot), each with its reason. No {@code params.*} value may be here: the model's
     * constants are all screened or calibrated. Every entry must excuse at least one value that
     * no file tries, so that an entry goes once its values are screened: the history's assumed
     * starting values (treasuries, cohesion, positions, latent communities' fighters and
     * readiness, regions, the army, the sizes of the coup, Serval and MINUSMA's deployment) have
     * their ranges from {@link #STARTING_VALUES}. Those ranges are the history's: the same paths
     * in baseline-2015.yaml are not screened (docs/VALIDATION.md, section 8).
     */
    static final Map<String, String> NOT_TRIED = new LinkedHashMap<>();

    static {
        NOT_TRIED.put("months", "the length of a run, chosen for each question; not a property of the world");
        NOT_TRIED.put("factions.<id>.fighters", "sizes from the bundled data (midpoints of the fighters ranges of"
                + " factions-2012-01.csv and factions-2015-06.csv), not assumptions of the scenario files");
        NOT_TRIED.put("factions.<id>.sponsor_income", "from the bundled sources (AQIM's ransoms, seed 004)");
        NOT_TRIED.put("factions.<id>.blocs.<community>.", "the make-up of each group by community, written with the"
                + " group from the bundled data; a screening of the blocs is still to do");
        NOT_TRIED.put("latent.<id>.autonomy", "the positions of the latent communities, not marked as assumptions in"
                + " history-2012.yaml (its assumed fighters and readiness are screened in " + STARTING_VALUES
                + "); baseline-2015's latent communities are not screened yet");
        NOT_TRIED.put("latent.<id>.islamism", "as latent.<id>.autonomy");
        NOT_TRIED.put("minusma.", "MINUSMA's deployment as each scenario file writes it (and its shocks change it);"
                + " its posture is what the levers vary");
        NOT_TRIED.put("accord.", "the accord's fund, pace and capture act only once it is signed (June 2015), after"
                + " the history the calibration and screening run; a screening on the 2015 baseline is still to do");
        NOT_TRIED.put("levers.", "policy settings: what an experiment chooses and compares, not an uncertain property"
                + " of the world");
        NOT_TRIED.put("counter_terrorism.", "the strike tempo as each scenario file writes it; the counter_terrorism"
                + " lever varies it");
    }

    private static Map<String, List<RangesTried.Tried>> tried;

    @BeforeAll
    static void readShippedFiles() {
        tried = ParameterDocs.rangesTried(Tiny.root());
    }

    private static boolean assumed(ParameterDocs.Row r) {
        return r.source().toLowerCase(Locale.ROOT).contains("assumption");
    }

    /** Whether an allowlist entry (a documented path, or the start of one ending in a dot) covers a path. */
    static boolean excuses(String entry, String path) {
        return path.equals(entry) || entry.endsWith(".") && path.startsWith(entry);
    }

    /** The assumed values with no range tried and no reason given, as {@code path (source)}. */
    static List<String> untried(List<ParameterDocs.Row> rows, Map<String, List<RangesTried.Tried>> tried,
                                Map<String, String> allowed) {
        List<String> out = new ArrayList<>();
        for (ParameterDocs.Row r : rows) {
            if (!assumed(r) || !tried.getOrDefault(r.path(), List.of()).isEmpty()) {
                continue;
            }
            boolean excused = allowed.keySet().stream().anyMatch(p -> excuses(p, r.path()));
            if (!excused) {
                out.add(r.path() + " (" + r.source() + ")");
            }
        }
        return out;
    }

    @Test
    void everyAssumedValueHasARangeTriedInAShippedAnalysisFile() {
        List<String> missing = untried(ParameterDocs.rows(), tried, NOT_TRIED);
        assertTrue(missing.isEmpty(), "values whose source is an assumption need a range tried by an analysis file"
                + " under " + RangesTried.FOLDERS + " (add them to a sensitivity analysis, e.g. " + SCREENING
                + "), or an entry with its reason in RangesTriedTest.NOT_TRIED: " + missing);
    }

    @Test
    void everyModelConstantHasARangeTriedWhateverItsSource() {
        List<String> missing = new ArrayList<>();
        for (ParameterDocs.Row r : ParameterDocs.rows()) {
            if (r.path().startsWith("params.") && tried.get(r.path()).isEmpty()) {
                missing.add(r.path());
            }
        }
        assertEquals(List.of(), missing, "every params.* value is calibrated or screened");
    }

    @Test
    void anAssumedConstantThatNoFileTriesIsNamed() {
        Map<String, List<RangesTried.Tried>> without = new LinkedHashMap<>(tried);
        without.put("params.wage", List.of());
        assertEquals(List.of("params.wage (actors-2015-06.csv (a cigarette run paid about 100,000 CFA francs, 2013);"
                + " assumption for the monthly figure)"), untried(ParameterDocs.rows(), without, NOT_TRIED));
        // an allowlisted section is excused, the rest still counts
        without.put("accord.fund", List.of());
        assertEquals(1, untried(ParameterDocs.rows(), without, NOT_TRIED).size());
        assertFalse(untried(ParameterDocs.rows(), without, Map.of()).isEmpty());
    }

    @Test
    void theAllowlistExcusesNoModelConstantAndNamesRealPaths() {
        List<String> paths = ParameterDocs.rows().stream().map(ParameterDocs.Row::path).toList();
        for (Map.Entry<String, String> e : NOT_TRIED.entrySet()) {
            assertFalse(e.getKey().startsWith("params"), e.getKey() + ": the model's constants are never excused");
            assertFalse(e.getValue().isBlank(), e.getKey() + " needs a reason");
            assertTrue(paths.stream().anyMatch(p -> p.equals(e.getKey()) || e.getKey().endsWith(".")
                    && p.startsWith(e.getKey())), e.getKey() + " names no documented value");
        }
    }

    /** A shipped screening file, checked to be a Morris calibrate file on common random numbers. */
    private static Sweep morrisScreening(String file) throws Exception {
        List<String> names = Metrics.ALL.stream().map(MetricDef::name).toList();
        Sweep s = SweepLoader.load(Tiny.root().resolve(file), names);
        assertEquals(Sweep.DesignKind.MORRIS, s.design(), file);
        assertTrue(s.commonRandomNumbers(), file);
        assertNotNull(s.patterns(), file + " is a calibrate file: it measures the patterns");
        return s;
    }

    @Test
    void everyAllowlistEntryStillExcusesAnAssumedValueThatNoFileTries() {
        List<String> stale = new ArrayList<>();
        for (String entry : NOT_TRIED.keySet()) {
            boolean needed = ParameterDocs.rows().stream().anyMatch(r -> assumed(r) && excuses(entry, r.path())
                    && tried.getOrDefault(r.path(), List.of()).isEmpty());
            if (!needed) {
                stale.add(entry);
            }
        }
        assertEquals(List.of(), stale, "these NOT_TRIED entries excuse only values that an analysis file now tries:"
                + " remove them");
    }

    @Test
    void theStartingValuesScreeningVariesEachHistoryValueFromHalfToOneAndAHalfTimesIt() throws Exception {
        Sweep s = morrisScreening(STARTING_VALUES);
        YNode history = YamlReader.readFile(Tiny.root().resolve(HISTORY));
        List<String> wrong = new ArrayList<>();
        for (Sweep.Parameter p : s.parameters()) {
            assertFalse(p.path().startsWith("params."), p.path() + ": the constants have their own screening");
            YNode node = history;
            for (String seg : Overrides.segments(p.path())) {
                node = node instanceof YNode.Map m ? m.entries.get(seg) : node instanceof YNode.Seq q
                        ? q.items.get(Integer.parseInt(seg.substring(1, seg.length() - 1))) : null;
            }
            if (!(node instanceof YNode.Scalar v) || v.isNull()) {
                wrong.add(p.path() + " is not written in " + HISTORY + ": only its written values are screened");
                continue;
            }
            ParameterDocs.Row row = ParameterDocs.rows().stream()
                    .filter(r -> RangesTried.pattern(r.path()).matcher(p.path()).matches()).findFirst().orElseThrow();
            assertTrue(assumed(row), p.path() + " is documented as an assumption");
            double d = Double.parseDouble(v.text);
            double lo = 0.5 * d;
            double hi = 1.5 * d;
            String[] range = row.range().split(" to ");
            if (range.length == 2) {
                lo = Math.max(lo, Double.parseDouble(range[0]));
                hi = Math.min(hi, Double.parseDouble(range[1]));
            }
            if (row.type().equals("whole number")) {
                lo = Math.ceil(lo);
                hi = Math.floor(hi);
            }
            if (d <= 0 || Math.abs(p.min() - lo) > 1e-9 * d || Math.abs(p.max() - hi) > 1e-9 * d) {
                wrong.add(p.path() + " is " + p.min() + " to " + p.max() + ", expected " + lo + " to " + hi
                        + " around its value " + v.text + " in " + HISTORY);
            }
        }
        assertEquals(List.of(), wrong, STARTING_VALUES + " is out of step with " + HISTORY);
        assertTrue(s.parameters().size() <= 45, "a screening of about two minutes: " + s.parameters().size());
    }

    @Test
    void rangesTriedNameEachFileWithItsValuesInPathOrder() {
        List<String> rationality = tried.get("params.rationality").stream().map(t -> t.text("params.rationality"))
                .toList();
        // files in path order: the posterior calibration's prior comes first
        assertEquals("0.005 to 0.05 (calibration/history-2012-2015-abc)", rationality.get(0));
        assertEquals("0.005 to 0.05 (calibration/history-2012-lhs)", rationality.get(1));
        assertTrue(rationality.contains("0.005 to 0.05 (robustness/policy-levers-morris)"), rationality.toString());
        assertEquals(List.of("0.5 to 1.5 (calibration/history-2012-morris-screening)",
                        "0.5 to 2 (robustness/policy-levers-morris)", "0.5 to 2 (sweeps/morris-screening)",
                        "0.5 to 2 (sweeps/sobol-behaviour)"),
                tried.get("params.beta_rent").stream().map(t -> t.text("params.beta_rent")).toList());
        assertEquals(List.of("0.15, 0.35, 0.55 (sweeps/factorial-minusma-sanctions)",
                        "0.15 to 0.6 (sweeps/large/lhs-100k-compact)", "0.1 to 0.6 (sweeps/large/lhs-100k)",
                        "0.15 to 0.6 (sweeps/lhs-levers)"),
                tried.get("levers.minusma.mobile_share").stream().map(t -> t.text("levers.minusma.mobile_share"))
                        .toList());
        assertEquals(List.of("3 to 7 (calibration/history-2012-morris-screening)"),
                tried.get("params.max_routes").stream().map(t -> t.text("params.max_routes")).toList());
    }

    @Test
    void theGeneratedTablesShowTheRangesTriedInTheirLastColumn() {
        String block = ParameterDocs.generate(tried);
        assertTrue(block.contains("| path | type | default | unit | range | meaning | source | range tried |"), block);
        assertTrue(block.contains("| `params.leave_tie_change` | number | `-0.1` | tie | -1 to 1 | Change of the tie"
                + " with each member when a faction leaves a coalition | assumption | -0.15 to -0.05"
                + " (calibration/history-2012-morris-screening) |"), block);
        assertTrue(block.contains("| `months` | whole number | required | months | 1 to 1200 | Number of months"
                + " simulated | assumption |  |"), block);
    }

    @Test
    void aKeyedOrIndexedPathCountsForItsDocumentedRowAndShowsItsOwnPath() {
        List<RangesTried.Tried> t = List.of(new RangesTried.Tried("factions.GATIA.fighters", "500 to 1500", "sweeps/a"),
                new RangesTried.Tried("shocks[0].value", "1 to 2", "sweeps/a"),
                new RangesTried.Tried("shocks.1.value", "2, 3", "sweeps/b"),
                new RangesTried.Tried("factions.GATIA.blocs.Imghad.share", "0.5 to 1", "sweeps/b"));
        Map<String, List<RangesTried.Tried>> rows = RangesTried.byRow(List.of("factions.<id>.fighters",
                "factions.<id>.blocs.<community>.share", "shocks[].value", "months"), t);
        assertEquals(List.of(t.get(0)), rows.get("factions.<id>.fighters"));
        assertEquals(List.of(t.get(3)), rows.get("factions.<id>.blocs.<community>.share"));
        assertEquals(List.of(t.get(1), t.get(2)), rows.get("shocks[].value"));
        assertEquals(List.of(), rows.get("months"));
        assertEquals("`factions.GATIA.fighters` 500 to 1500 (sweeps/a)", t.get(0).text("factions.<id>.fighters"));
    }

    @Test
    void aTriedPathThatMatchesNoDocumentedValueIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RangesTried.byRow(
                List.of("factions.<id>.fighters"), List.of(new RangesTried.Tried("factions.GATIA.cohesion", "0 to 1",
                        "sweeps/a"))));
        assertTrue(e.getMessage().contains("factions.GATIA.cohesion") && e.getMessage().contains("sweeps/a"),
                e.getMessage());
    }

    @Test
    void analysisFilesAreTakenInPathOrderFromTheThreeFoldersOnly(@TempDir Path root) throws Exception {
        for (String f : List.of("scenarios/sweeps/b.yaml", "scenarios/sweeps/a/z.yaml", "scenarios/calibration/y.yaml",
                "scenarios/robustness/x.yaml", "scenarios/validation/w.yaml", "scenarios/sweeps/notes.txt")) {
            Files.createDirectories(root.resolve(f).getParent());
            Files.writeString(root.resolve(f), "");
        }
        assertEquals(List.of("scenarios/calibration/y.yaml", "scenarios/robustness/x.yaml", "scenarios/sweeps/a/z.yaml",
                        "scenarios/sweeps/b.yaml"),
                RangesTried.analysisFiles(root).stream().map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .toList());
    }

    @Test
    void theScreeningVariesEveryUncalibratedConstantFromHalfToOneAndAHalfTimesItsDefault() throws Exception {
        Sweep s = morrisScreening(SCREENING);
        Map<String, Sweep.Parameter> swept = new LinkedHashMap<>();
        s.parameters().forEach(p -> swept.put(p.path(), p));
        List<String> wrong = new ArrayList<>();
        int calibrated = 0;
        int screened = 0;
        for (RecordModel.Component c : RecordModel.of(ModelParams.class).components) {
            String path = "params." + c.key;
            if (c.param.source().contains("calibrated")) {
                calibrated++;
                // round 1's constants stay at their calibrated values in the screening; round 2's
                // ("after screening") were screened first, which is what singled them out
                boolean screenedFirst = c.param.source().contains("after screening");
                if (swept.containsKey(path) != screenedFirst) {
                    wrong.add(path + (screenedFirst ? " was calibrated after the screening: the screening must vary it"
                            : " is calibrated in round 1: the screening keeps it at its calibrated default"));
                }
                if (screenedFirst) {
                    screened++;
                }
                continue;
            }
            double d = Double.parseDouble(c.param.def());
            double lo = Math.max(c.param.min(), Math.min(0.5 * d, 1.5 * d));
            double hi = Math.min(c.param.max(), Math.max(0.5 * d, 1.5 * d));
            if (c.type == int.class) {
                lo = Math.ceil(lo);
                hi = Math.floor(hi);
            }
            Sweep.Parameter p = swept.get(path);
            if (p == null) {
                wrong.add(path + " is missing");
            } else if (Math.abs(p.min() - lo) > 1e-9 * Math.abs(d) || Math.abs(p.max() - hi) > 1e-9 * Math.abs(d)) {
                wrong.add(path + " is " + p.min() + " to " + p.max() + ", expected " + lo + " to " + hi);
            }
        }
        assertEquals(List.of(), wrong, SCREENING + " is out of step with ModelParams");
        assertEquals(22, calibrated, "the calibration sets nineteen constants in round 1 and three in round 2");
        assertEquals(3, screened, "round 2 calibrated the three the screening singled out");
        assertEquals(RecordModel.of(ModelParams.class).components.size() - calibrated + screened, s.parameters().size());
    }
}
