package org.sahelsim.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.sahelsim.run.Columns;
import org.sahelsim.run.Drivers;
import org.sahelsim.run.Numbers;
import org.sahelsim.run.ResultTables;
import org.sahelsim.scenario.Expectations;
import org.sahelsim.scenario.Experiment;

/**
 * Scores a {@code compare} folder of the knock-out experiment against the expectations written
 * before it ran ({@link Expectations}): each expected move of each knock-out from
 * {@code summary.csv} (paired difference against the baseline, Holm-adjusted p), and each
 * figure of the review measured on the baseline's runs ({@code runs.csv}, {@code events.csv}).
 * Writes {@code knockouts.csv} and {@code figures.csv}.
 */
public final class MechanismsScore {
    /** The file of the knock-outs' verdicts. */
    public static final String KNOCKOUTS = "knockouts.csv";
    /** The file of the figures. */
    public static final String FIGURES = "figures.csv";
    /** Columns of {@link #KNOCKOUTS}. */
    public static final List<String> KNOCKOUT_COLUMNS = List.of("knockout", "force", "kind", "metric", "expected",
            "confidence", "baseline_mean", "diff_mean", "diff_ci_low", "diff_ci_high", "relative_change", "p_adjusted",
            "verdict");
    /** Columns of {@link #FIGURES}. */
    public static final List<String> FIGURE_COLUMNS = List.of("figure", "measure", "value", "low", "high", "basis",
            "verdict");
    /** Reproduced knock-out moves a knock-out of a core force needs to pass (and none against). */
    public static final int MIN_REPRODUCED = 3;

    /** Verdicts of an expected move. */
    public enum Verdict {
        /** The expected direction, significant, at least the smallest change. */
        REPRODUCED("reproduced"),
        /** The expected direction and significant, but smaller than the smallest change. */
        SMALL("too_small"),
        /** Not significant. */
        NOT_SIGNIFICANT("not_significant"),
        /** The other direction, significant. */
        AGAINST("against");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One scored move. */
    public record Move(String knockout, String force, String kind, String metric, Expectations.Expect expected,
                       double baselineMean, double diffMean, double diffCiLow, double diffCiHigh, double relative,
                       double pAdjusted, Verdict verdict) {
    }

    /** A knock-out's tally: moves reproduced and against, of how many expected. */
    public record Tally(String knockout, String force, String kind, int expected, int reproduced, int against) {
        /** The rule of the done criterion: at least {@link #MIN_REPRODUCED} reproduced and none against. */
        public boolean passes() {
            return reproduced >= MIN_REPRODUCED && against == 0;
        }
    }

    /** One measured figure (value NaN when it has no measure). */
    public record FigureValue(String id, Expectations.Figure figure, double value) {
        /** "within", "outside", or "test" for a figure a test checks. */
        public String verdict() {
            if (figure.measure().isEmpty()) {
                return "test";
            }
            return value >= figure.low() - 1e-12 && value <= figure.high() + 1e-12 ? "within" : "outside";
        }
    }

    private MechanismsScore() {
    }

    /** The moves of every knock-out, scored from the folder's {@code summary.csv}. */
    public static List<Move> score(Expectations e, Path folder) throws IOException {
        Map<String, Map<String, double[]>> rows = readSummary(folder.resolve("summary.csv"));
        List<Move> out = new ArrayList<>();
        for (Map.Entry<String, Expectations.Knockout> k : e.knockouts().entrySet()) {
            for (Map.Entry<String, Expectations.Expect> o : k.getValue().outcomes().entrySet()) {
                String metric = o.getKey();
                double[] base = get(rows, Experiment.BASELINE, metric, folder);
                double[] v = get(rows, k.getKey(), metric, folder);
                double baseMean = base[0];
                double diff = v[1];
                double rel = baseMean != 0 ? diff / Math.abs(baseMean) : diff == 0 ? 0 : Math.signum(diff)
                        * Double.POSITIVE_INFINITY;
                double p = v[4];
                out.add(new Move(k.getKey(), k.getValue().force(), k.getValue().kind(), metric, o.getValue(), baseMean,
                        diff, v[2], v[3], rel, p, verdict(o.getValue().sign(), diff, rel, p, e)));
            }
        }
        return out;
    }

    static Verdict verdict(int sign, double diff, double relative, double p, Expectations e) {
        if (!(p < e.significance()) || diff == 0) {
            return Verdict.NOT_SIGNIFICANT;
        }
        if (Math.signum(diff) != sign) {
            return Verdict.AGAINST;
        }
        return Math.abs(relative) >= e.minChange() ? Verdict.REPRODUCED : Verdict.SMALL;
    }

    /** Each knock-out's tally, in the file's order. */
    public static List<Tally> tallies(Expectations e, List<Move> moves) {
        List<Tally> out = new ArrayList<>();
        for (Map.Entry<String, Expectations.Knockout> k : e.knockouts().entrySet()) {
            List<Verdict> v = moves.stream().filter(m -> m.knockout().equals(k.getKey())).map(Move::verdict)
                    .toList();
            out.add(new Tally(k.getKey(), k.getValue().force(), k.getValue().kind(), v.size(),
                    Collections.frequency(v, Verdict.REPRODUCED), Collections.frequency(v, Verdict.AGAINST)));
        }
        return out;
    }

    /** The CSV files read: a header, then records. */
    private static final CSVFormat HEADED = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .build();

    /** Per variant and metric: mean, diff_mean, diff_ci_low, diff_ci_high, p_adjusted. */
    private static Map<String, Map<String, double[]>> readSummary(Path file) throws IOException {
        Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = HEADED.parse(r)) {
            for (CSVRecord rec : p) {
                out.computeIfAbsent(rec.get("variant"), k -> new LinkedHashMap<>()).put(rec.get("metric"), new double[] {
                    Numbers.parse(rec.get("mean")), Numbers.parse(rec.get("diff_mean")),
                    Numbers.parse(rec.get("diff_ci_low")), Numbers.parse(rec.get("diff_ci_high")),
                    Numbers.parse(rec.get("p_adjusted"))});
            }
        }
        return out;
    }

    private static double[] get(Map<String, Map<String, double[]>> rows, String variant, String metric, Path folder) {
        Map<String, double[]> v = rows.get(variant);
        if (v == null || !v.containsKey(metric)) {
            throw new IllegalArgumentException(folder.resolve("summary.csv") + " has no row for variant " + variant
                    + " and metric " + metric + ": is it a compare folder of the knock-out experiment?");
        }
        return v.get(metric);
    }

    /**
     * Every figure measured on the baseline's runs of the folder (NaN for a figure a test
     * checks); {@code months}, the length of the baseline's runs, turns a per-run count into
     * a count per year.
     */
    public static List<FigureValue> figures(Expectations e, Path folder, int months) throws IOException {
        if (months <= 0) {
            throw new IllegalArgumentException("a run of " + months + " months has no years to count per");
        }
        BaselineRuns runs = BaselineRuns.read(folder);
        List<FigureValue> out = new ArrayList<>();
        for (Map.Entry<String, Expectations.Figure> f : e.figures().entrySet()) {
            double v = runs.measure(f.getValue());
            if (f.getValue().perYear()) {
                v /= months / MONTHS_A_YEAR;
            }
            out.add(new FigureValue(f.getKey(), f.getValue(), v));
        }
        return out;
    }

    /** The kinds of armed groups (the army, MINUSMA and the state are not). */
    static final Set<String> ARMED = Arrays.stream(org.sahelsim.domain.Kind.FACTION_KINDS)
            .map(org.sahelsim.domain.Kind::label).collect(Collectors.toCollection(LinkedHashSet::new));

    /** Months in a year, to count per year. */
    private static final double MONTHS_A_YEAR = 12.0;

    /** The baseline variant's runs of a folder: its final metrics and its events, by replication. */
    static final class BaselineRuns {
        final Map<String, double[]> finals = new LinkedHashMap<>();
        final List<String> metricNames = new ArrayList<>();
        /** type, actor, actor_kind, other, other_kind, detail of each event, by rep (in file order). */
        final Map<String, List<String[]>> events = new LinkedHashMap<>();

        static BaselineRuns read(Path folder) throws IOException {
            BaselineRuns b = new BaselineRuns();
            try (BufferedReader r = Files.newBufferedReader(folder.resolve(Columns.RUNS), StandardCharsets.UTF_8);
                 CSVParser p = HEADED.parse(r)) {
                List<String> header = p.getHeaderNames();
                b.metricNames.addAll(header.subList(4, header.size()));
                for (CSVRecord rec : p) {
                    if (!rec.get("variant").equals(Experiment.BASELINE)) {
                        continue;
                    }
                    b.finals.put(rec.get("rep"), IntStream.range(0, b.metricNames.size())
                            .mapToDouble(i -> Numbers.parse(rec.get(4 + i))).toArray());
                    b.events.put(rec.get("rep"), new ArrayList<>());
                }
            }
            if (b.finals.isEmpty()) {
                throw new IllegalArgumentException(folder.resolve(Columns.RUNS) + " has no run of the baseline");
            }
            try (BufferedReader r = Files.newBufferedReader(folder.resolve(Columns.EVENTS), StandardCharsets.UTF_8);
                 CSVParser p = HEADED.parse(r)) {
                for (CSVRecord rec : p) {
                    if (!rec.get("variant").equals(Experiment.BASELINE)) {
                        continue;
                    }
                    List<String[]> list = b.events.get(rec.get("rep"));
                    if (list != null) {
                        list.add(new String[] {rec.get("type"), rec.get("actor"), rec.get("actor_kind"), rec.get("other"),
                            rec.get("other_kind"), rec.get("detail")});
                    }
                }
            }
            return b;
        }

        double measure(Expectations.Figure f) {
            return switch (f.measure()) {
                case "" -> Double.NaN;
                case "metric_mean" -> mean(f.metric());
                case "metric_ratio" -> {
                    double below = mean(f.over());
                    yield below == 0 ? Double.NaN : mean(f.metric()) / below;
                }
                case "clash_share", "ally_clash_share" -> share(
                        x -> x[0].equals("clash") && ARMED.contains(x[2]) && ARMED.contains(x[4]),
                        x -> f.measure().equals("ally_clash_share")
                                ? "1".equals(Drivers.detail(x[5]).get("same_side"))
                                : (x[2].equals(f.kinds().get(0)) && x[4].equals(f.kinds().get(1)))
                                    || (x[2].equals(f.kinds().get(1)) && x[4].equals(f.kinds().get(0))));
                case "clash_runs" -> runShare(ev -> ev.stream()
                        .filter(x -> x[0].equals("clash") && clash(f, x)).count() >= f.min());
                case "held_at_end" -> runShare(ev -> {
                    String holderKind = null;
                    for (String[] x : ev) {
                        boolean capture = x[0].equals("capture");
                        if (capture && f.places().get(0).equals(Drivers.detail(x[5]).get("place"))) {
                            holderKind = x[2];
                        }
                    }
                    return holderKind != null && f.kinds().contains(holderKind);
                });
                case "group_disbands" -> runShare(ev -> ev.stream()
                        .anyMatch(x -> x[0].equals("disband") && x[1].equals(f.faction())));
                case "driver_share", "top_is_driver" -> share(x -> Drivers.detail(x[5]).get("driver") != null,
                        x -> {
                            Map<String, String> d = Drivers.detail(x[5]);
                            return f.measure().equals("top_is_driver") ? d.get("driver").equals(d.get("top"))
                                    : f.terms().contains(d.get("driver"));
                        });
                default -> (double) count(x -> counts(f, x)) / finals.size();
            };
        }

        /** Whether a clash is between the figure's faction and its other side, either way round. */
        private static boolean clash(Expectations.Figure f, String[] x) {
            Map<String, String> d = Drivers.detail(x[5]);
            boolean ab = x[1].equals(f.faction()) && (x[3].equals(f.other())
                    || f.other().equals(d.get("other_coalition")));
            boolean ba = x[3].equals(f.faction()) && (x[1].equals(f.other())
                    || f.other().equals(d.get("coalition")));
            return ab || ba;
        }

        /** How many events of all the runs {@code p} accepts. */
        private long count(Predicate<String[]> p) {
            return events.values().stream().flatMap(List::stream).filter(p).count();
        }

        /** Of the events {@code counted} accepts, the share {@code hit} accepts too (NaN when none). */
        private double share(Predicate<String[]> counted, Predicate<String[]> hit) {
            long all = count(counted);
            return all == 0 ? Double.NaN : (double) count(counted.and(hit)) / all;
        }

        /** The share of the runs whose events {@code p} accepts. */
        private double runShare(Predicate<List<String[]>> p) {
            return (double) events.values().stream().filter(p).count() / finals.size();
        }

        /** The mean over the runs of a metric's column of {@code runs.csv}. */
        private double mean(String metric) {
            int i = metricNames.indexOf(metric);
            if (i < 0) {
                throw new IllegalArgumentException("runs.csv has no column " + metric);
            }
            double s = 0;
            for (double[] v : finals.values()) {
                s += v[i];
            }
            return s / finals.size();
        }

        /** Whether one event counts toward a per-run count measure. */
        private static boolean counts(Expectations.Figure f, String[] x) {
            String type = x[0];
            switch (f.measure()) {
                case "attacks":
                    return type.equals("attack") && x[3].equals(f.other());
                case "captures":
                    return type.equals("capture") && f.places().contains(Drivers.detail(x[5]).get("place"))
                            && (f.kinds().isEmpty() ? ARMED.contains(x[2]) : f.kinds().contains(x[2]));
                case "changes_of_hands":
                    return type.equals("capture") && f.places().contains(Drivers.detail(x[5]).get("place"));
                case "splits":
                    return type.equals("split") && (f.kind().isEmpty() || f.kind().equals(x[2]))
                            && (f.faction().isEmpty() || f.faction().equals(x[1]));
                case "absorbed":
                    return type.equals("disband") && f.kind().equals(x[2]);
                case "merged":
                    return type.equals("merge") && f.kind().equals(x[4]);
                case "majority_splits": {
                    if (!type.equals("split")) {
                        return false;
                    }
                    String share = Drivers.detail(x[5]).get("share");
                    return share != null && Numbers.parse(share) >= 0.5;
                }
                case "rival_allegiance_splinters": {
                    if (!type.equals("split")) {
                        return false;
                    }
                    Map<String, String> d = Drivers.detail(x[5]);
                    String a = d.getOrDefault("allegiance", "none");
                    String pa = d.getOrDefault("parent_allegiance", "none");
                    return !a.equals("none") && !pa.equals("none") && !a.equals(pa);
                }
                default:
                    throw new IllegalArgumentException("unknown figure measure " + f.measure());
            }
        }
    }

    /** Writes {@link #KNOCKOUTS}. */
    public static void writeMoves(Path folder, List<Move> moves) throws IOException {
        write(folder.resolve(KNOCKOUTS), KNOCKOUT_COLUMNS, moves, m -> new Object[] {m.knockout(), m.force(),
            m.kind(), m.metric(), m.expected().direction(), m.expected().confidence(),
            Numbers.format(m.baselineMean()), Numbers.format(m.diffMean()), Numbers.format(m.diffCiLow()),
            Numbers.format(m.diffCiHigh()), Numbers.format(m.relative()), Numbers.format(m.pAdjusted()),
            m.verdict().label()});
    }

    /** Writes {@link #FIGURES}. */
    public static void writeFigures(Path folder, List<FigureValue> figures) throws IOException {
        write(folder.resolve(FIGURES), FIGURE_COLUMNS, figures, f -> {
            boolean measured = !f.figure().measure().isEmpty();
            return new Object[] {f.id(), f.figure().measure(), measured ? Numbers.format(f.value()) : "",
                measured ? Numbers.format(f.figure().low()) : "",
                measured ? Numbers.format(f.figure().high()) : "", f.figure().basis(), f.verdict()};
        });
    }

    /** Writes a new CSV file: its columns, then one record per item. */
    private static <T> void write(Path file, List<String> columns, List<T> items,
                                  Function<T, Object[]> record) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
             CSVPrinter p = new CSVPrinter(w, ResultTables.FORMAT)) {
            p.printRecord(columns);
            for (T item : items) {
                p.printRecord(record.apply(item));
            }
        }
    }
}
