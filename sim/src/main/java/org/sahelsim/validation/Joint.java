package org.sahelsim.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * How often a run reproduces a whole history, not one fact at a time: for each period named in
 * the patterns file (in file order) and for the whole file, the runs that reproduce every
 * pattern of it together, and the runs that reproduce all but one. Fed each run's outcomes in
 * replication order ({@link #accept}); the counts are the same for any number of threads.
 */
public final class Joint {
    /** The label of the group of every pattern of the file. */
    public static final String ALL = "all";

    /** One group's count over the runs. */
    public record Result(String period, int patterns, int runs, int all, int allButOne) {
        /** Share of runs reproducing every pattern of the group. */
        public double shareAll() {
            return runs == 0 ? 0 : (double) all / runs;
        }

        /** Share of runs reproducing all but one. */
        public double shareAllButOne() {
            return runs == 0 ? 0 : (double) allButOne / runs;
        }
    }

    private final List<String> labels = new ArrayList<>();
    private final List<int[]> members = new ArrayList<>();
    private final int[] all;
    private final int[] allButOne;
    private int runs;

    public Joint(List<Pattern> patterns) {
        List<String> periods = patterns.stream().map(Pattern::period).filter(p -> !p.isEmpty()).distinct()
                .toList();
        for (String period : periods) {
            add(period, IntStream.range(0, patterns.size())
                    .filter(i -> patterns.get(i).period().equals(period)));
        }
        add(ALL, IntStream.range(0, patterns.size()));
        all = new int[labels.size()];
        allButOne = new int[labels.size()];
    }

    private void add(String label, IntStream idx) {
        labels.add(label);
        members.add(idx.toArray());
    }

    /** Counts one run's outcomes. */
    public void accept(Validation.RunOutcome o) {
        runs++;
        for (int g = 0; g < labels.size(); g++) {
            long missed = Arrays.stream(members.get(g)).filter(i -> !o.outcomes().get(i).reproduced())
                    .count();
            if (missed == 0) {
                all[g]++;
            } else if (missed == 1) {
                allButOne[g]++;
            }
        }
    }

    /** The counts of every group: the named periods in file order, then the whole file. */
    public List<Result> results() {
        return IntStream.range(0, labels.size())
                .mapToObj(g -> new Result(labels.get(g), members.get(g).length, runs, all[g], allButOne[g]))
                .toList();
    }

    /** The terminal lines: one per group. */
    public static String table(List<Result> results) {
        StringBuilder b = new StringBuilder();
        for (Result r : results) {
            String what = r.period().equals(ALL) ? "all " + r.patterns() + " patterns"
                    : "the " + r.patterns() + " pattern" + (r.patterns() == 1 ? "" : "s") + " of " + r.period();
            b.append(String.format(Locale.ROOT, "jointly, %s: %d of %d runs reproduce every one (%.2f), %d all but one"
                    + " (%.2f)%n", what, r.all(), r.runs(), r.shareAll(), r.allButOne(), r.shareAllButOne()));
        }
        return b.toString();
    }
}
