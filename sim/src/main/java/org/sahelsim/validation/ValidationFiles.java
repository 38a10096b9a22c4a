package org.sahelsim.validation;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.sahelsim.run.Numbers;
import org.sahelsim.run.ResultTables;

/**
 * The files and the terminal table of a validation: {@code validation.csv} (one row per
 * pattern: {@code pattern,description,measure,share,threshold,pass,n,period}, the period empty for a
 * pattern of no named period) and
 * {@code validation-runs.csv} (one row per replication and pattern:
 * {@code run_id,rep,seed,pattern,reproduced,explanation}, in replication order then file
 * order) and {@code validation-joint.csv} (per period of the patterns file, then for all its
 * patterns: {@code period,patterns,runs,all,share_all,all_but_one,share_all_but_one}), all UTF-8
 * CSV as the other output tables ({@link ResultTables#FORMAT}).
 */
public final class ValidationFiles implements Closeable {
    public static final String SUMMARY = "validation.csv";
    public static final String RUNS = "validation-runs.csv";
    public static final String JOINT = "validation-joint.csv";
    public static final List<String> JOINT_COLUMNS = List.of("period", "patterns", "runs", "all", "share_all",
            "all_but_one", "share_all_but_one");
    public static final List<String> SUMMARY_COLUMNS = List.of("pattern", "description", "measure", "share", "threshold",
            "pass", "n", "period");
    public static final List<String> RUNS_COLUMNS = List.of("run_id", "rep", "seed", "pattern", "reproduced",
            "explanation");

    private final Path dir;
    private final List<Pattern> patterns;
    private final BufferedWriter runsOut;
    private final CSVPrinter runs;

    /** Creates {@code validation-runs.csv} in {@code dir} (which must not hold it) and writes its header. */
    public ValidationFiles(Path dir, List<Pattern> patterns) throws IOException {
        this.dir = dir;
        this.patterns = List.copyOf(patterns);
        runsOut = writer(dir.resolve(RUNS));
        runs = new CSVPrinter(runsOut, ResultTables.FORMAT);
        runs.printRecord(RUNS_COLUMNS);
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), StandardCharsets.UTF_8));
    }

    /** Writes one replication's rows. */
    public void run(Validation.RunOutcome o) {
        try {
            for (int i = 0; i < patterns.size(); i++) {
                Outcome out = o.outcomes().get(i);
                runs.printRecord(o.key().runId(), o.key().rep(), o.key().seed(), patterns.get(i).id(), out.reproduced(),
                        out.explanation());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + RUNS, e);
        }
    }

    /** Writes {@code validation.csv}. */
    public void summary(List<Validation.PatternResult> results) throws IOException {
        try (BufferedWriter w = writer(dir.resolve(SUMMARY)); CSVPrinter p = new CSVPrinter(w, ResultTables.FORMAT)) {
            p.printRecord(SUMMARY_COLUMNS);
            for (Validation.PatternResult r : results) {
                Pattern pt = r.pattern();
                p.printRecord(pt.id(), pt.description(), pt.measureText(), Numbers.format(r.share()),
                        Numbers.format(pt.threshold()), r.pass(), r.n(), pt.period());
            }
        }
    }

    /** Writes {@code validation-joint.csv}: per period, then for the whole file, the runs reproducing every pattern together. */
    public void joint(List<Joint.Result> results) throws IOException {
        try (BufferedWriter w = writer(dir.resolve(JOINT)); CSVPrinter p = new CSVPrinter(w, ResultTables.FORMAT)) {
            p.printRecord(JOINT_COLUMNS);
            for (Joint.Result r : results) {
                p.printRecord(r.period(), r.patterns(), r.runs(), r.all(), Numbers.format(r.shareAll()), r.allButOne(),
                        Numbers.format(r.shareAllButOne()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        runs.close();
    }

    /** Width of the "how measured" column of the terminal table; longer measures wrap. */
    static final int MEASURE_WIDTH = 58;

    /**
     * The terminal table: pattern, how measured (the measure as written, wrapped at
     * {@value #MEASURE_WIDTH} characters), share reproducing, threshold, PASS or FAIL.
     */
    public static String table(List<Validation.PatternResult> results) {
        int idWidth = Math.max("pattern".length(),
                results.stream().mapToInt(r -> r.pattern().id().length()).max().orElse(0));
        String row = "%-" + idWidth + "s  %-" + MEASURE_WIDTH + "s  %6s  %9s  %s%n";
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, row, "pattern", "how measured", "share", "threshold", "result"));
        for (Validation.PatternResult r : results) {
            List<String> lines = wrap(r.pattern().measureText(), MEASURE_WIDTH);
            b.append(String.format(Locale.ROOT, row, r.pattern().id(), lines.get(0),
                    String.format(Locale.ROOT, "%.2f", r.share()), String.format(Locale.ROOT, "%.2f", r.pattern().threshold()),
                    r.pass() ? "PASS" : "FAIL"));
            for (int i = 1; i < lines.size(); i++) {
                b.append(String.format(Locale.ROOT, "%-" + idWidth + "s    %s%n", "", lines.get(i)));
            }
        }
        return b.toString();
    }

    /** Splits text into lines of at most {@code width} characters, after ", " where it can. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(", ", width - 1);
            if (cut <= 0) {
                cut = width - 1;
            } else {
                cut += 1; // keep the comma on this line
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }
}
