package org.sahelsim.validation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.analysis.AbcSmc;
import org.sahelsim.run.ModelEntry;
import org.sahelsim.run.Numbers;
import org.sahelsim.scenario.AbcSpec;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.scenario.Scenario;

/**
 * A calibration by approximate Bayesian computation ({@code calibrate} with a file of method
 * {@code abc-smc}; docs/VALIDATION.md section 13): the sampler {@link AbcSmc} over the prior of
 * the file, each proposal one run of the scenario scored by {@link HistoryDistance} against the
 * patterns of the file's period, every proposal recorded as it is made so that a killed
 * calibration resumes to the same posterior, and the files below written at the end.
 *
 * <p>Files of the output folder:
 * <ul>
 * <li>{@value #PROPOSALS}: every simulation, in the order the sampler takes them: {@code round},
 * {@code proposal}, {@code seed} (of its run), {@code distance} (patterns missed), then the
 * value of each parameter by its dotted path. A folder resumed after {@code kill -9} reads it
 * back (a torn last line is dropped) and goes on, to the same bytes.</li>
 * <li>{@value #ROUNDS}: one row per round: {@code round}, {@code tolerance} (-1: round 0 keeps
 * every prior draw), {@code proposals}, {@code kept}, {@code acceptance}, {@code simulations}
 * (in all, up to this round), {@code ess} (effective sample size of the weights, 1 / sum w^2),
 * {@code status} ({@code kept}, or {@code failed} for a round that could not keep its particles
 * and is not part of the result).</li>
 * <li>{@value #PARTICLES}: the particles of every kept round: {@code round}, {@code particle},
 * {@code weight}, {@code distance}, the parameters.</li>
 * <li>{@value #POSTERIOR}: the last round's particles, the posterior ensemble ({@code particle},
 * {@code weight}, {@code distance}, the parameters), in the format {@code compare --ensemble}
 * and {@code validate --ensemble} read.</li>
 * <li>{@value #SUMMARY}: per parameter its prior range, the posterior's weighted mean, standard
 * deviation, 5%, 50% and 95% quantiles, {@code width90} (the 90% interval's width over the
 * prior's) and {@code identified} ({@code yes} when {@code width90} is under
 * {@value #IDENTIFIED_WIDTH}: the history narrows the parameter to under half its prior, the
 * rule written in section 13 before any run).</li>
 * </ul>
 */
public final class AbcCalibration {
    public static final String PROPOSALS = "proposals.csv";
    public static final String ROUNDS = "rounds.csv";
    public static final String PARTICLES = "particles.csv";
    public static final String POSTERIOR = "posterior.csv";
    public static final String SUMMARY = "posterior-summary.csv";
    /** The 90% interval's share of the prior's width below which a parameter counts as identified. */
    public static final double IDENTIFIED_WIDTH = 0.5;

    private AbcCalibration() {
    }

    /**
     * Everything a calibration needs, checked.
     *
     * @param spec      the calibration file's values
     * @param scenario  the scenario run for every proposal
     * @param set       the patterns file
     * @param fitted    the patterns of the file's period, the ones the distance counts
     * @param prior     the prior, in the file's order of parameters
     * @param settings  the sampler's settings (the seed as given on the command line, else the file's)
     */
    public record Setup(AbcSpec spec, Scenario scenario, PatternSet set, List<Pattern> fitted, AbcSmc.Prior prior,
                        AbcSmc.Settings settings) {
        public static Setup of(AbcSpec spec, Scenario scenario, PatternSet set, long seed) {
            List<String> names = new ArrayList<>(spec.parameters().keySet());
            double[] min = names.stream().mapToDouble(n -> spec.parameters().get(n).min()).toArray();
            double[] max = names.stream().mapToDouble(n -> spec.parameters().get(n).max()).toArray();
            return new Setup(spec, scenario, set, HistoryDistance.ofPeriod(set, spec.period()),
                    new AbcSmc.Prior(names, min, max), new AbcSmc.Settings(spec.particles(), spec.maxRounds(),
                            spec.minAcceptance(), spec.maxSimulations(), seed));
        }
    }

    /** A round as {@value #ROUNDS} writes it. */
    public record RoundRow(int round, int tolerance, long proposals, int kept, long simulations, double ess,
                           boolean failed) {
        public double acceptance() {
            return proposals == 0 ? 0 : (double) kept / proposals;
        }
    }

    /**
     * What a calibration did: the sampler's result, every round as written, proposals read back
     * on resume; for a merge that reached a round no shard has made, the result is null and
     * {@code waitingRound} names that round (else -1).
     */
    public record Outcome(AbcSmc.Result result, List<RoundRow> rounds, long resumedProposals, int waitingRound) {
    }

    /** Where the shards of a calibration folder put their proposals. */
    public static final String SHARDS = "shards";
    /** What the folder waits for, for the scripts that drive shards: {@code shard round <t>} or {@code complete}. */
    public static final String STATE = "state.txt";

    /**
     * Runs a calibration into {@code folder} (which exists), resuming the proposals already in
     * its {@value #PROPOSALS} when there are any.
     *
     * @param progress where a line per round goes (may be null)
     */
    public static Outcome run(Setup setup, ModelEntry model, int threads, Path folder, PrintWriter progress)
            throws Exception {
        return sample(setup, model, threads, folder, progress, false);
    }

    /**
     * Merges the shards of a folder: the sampler taken up again from {@value #PROPOSALS} with
     * every shard's proposals known, in order, making itself any proposal of a sharded round
     * that no shard made; it stops at the first round no shard has made (whose number
     * {@value #STATE} then gives) or at the end of the calibration, whose files it writes as a
     * single machine would.
     */
    public static Outcome merge(Setup setup, ModelEntry model, int threads, Path folder, PrintWriter progress)
            throws Exception {
        return sample(setup, model, threads, folder, progress, true);
    }

    private static Outcome sample(Setup setup, ModelEntry model, int threads, Path folder, PrintWriter progress,
                                  boolean merge) throws Exception {
        HistoryDistance distance = new HistoryDistance(setup.scenario(), setup.fitted(), setup.prior().names(), model);
        try (FolderJournal journal = new FolderJournal(folder.resolve(PROPOSALS), setup.prior().names(), progress,
                merge ? shardFiles(folder) : List.of(), merge)) {
            AbcSmc.Result r;
            try {
                r = AbcSmc.run(setup.prior(), setup.settings(), distance, threads, journal);
            } catch (AbcSmc.Unsimulated u) {
                Files.writeString(folder.resolve(STATE), "shard round " + u.round + "\n", StandardCharsets.UTF_8);
                return new Outcome(null, List.copyOf(journal.rows), journal.readBack, u.round);
            }
            writeRounds(folder.resolve(ROUNDS), journal.rows);
            writeParticles(folder.resolve(PARTICLES), setup.prior(), r.rounds(), true);
            writeParticles(folder.resolve(POSTERIOR), setup.prior(), List.of(r.posterior()), false);
            writeSummary(folder.resolve(SUMMARY), setup.prior(), r.posterior());
            Files.writeString(folder.resolve(STATE), "complete\n", StandardCharsets.UTF_8);
            return new Outcome(r, List.copyOf(journal.rows), journal.readBack, -1);
        }
    }

    /**
     * Shard {@code index} (1-based) of {@code count} of the round the folder waits for: its
     * share of the proposals (every count-th, from index - 1) in
     * {@code shards/round-<t>/shard-<index>-of-<count>.csv}, until the shard holds
     * {@link #shardQuota} proposals within the round's tolerance. Resumes its own file.
     *
     * @return the round sharded, or -1 when the folder's proposals already hold the whole calibration
     */
    public static int shard(Setup setup, ModelEntry model, int threads, Path folder, int index, int count,
                            PrintWriter progress) throws Exception {
        ProposalsFile done = ProposalsFile.read(folder.resolve(PROPOSALS), setup.prior().names(), false);
        AbcSmc.Frontier f = AbcSmc.frontier(setup.prior(), setup.settings(), new AbcSmc.Journal() {
            @Override
            public int known(int t, long j) {
                return done.known(t, j);
            }
        });
        if (f == null) {
            return -1;
        }
        Path dir = folder.resolve(SHARDS).resolve("round-" + f.round());
        Files.createDirectories(dir);
        Path file = dir.resolve("shard-" + index + "-of-" + count + ".csv");
        HistoryDistance distance = new HistoryDistance(setup.scenario(), setup.fitted(), setup.prior().names(), model);
        int quota = shardQuota(setup.settings().particles(), count);
        try (FolderJournal journal = new FolderJournal(file, setup.prior().names(), null, List.of(), false)) {
            int kept = AbcSmc.shard(f, setup.prior(), setup.settings(), distance, threads, index - 1, count, quota,
                    journal);
            if (progress != null) {
                progress.printf(Locale.ROOT, "round %d, shard %d of %d: %d proposals within tolerance %s (quota %d)"
                                + " in %s%n", f.round(), index, count, kept,
                        f.tolerance() < 0 ? "none" : Integer.toString(f.tolerance()), quota, file);
                progress.flush();
            }
        }
        return f.round();
    }

    /**
     * How many proposals within tolerance a shard of {@code count} makes: a quarter more than
     * its even share of the particles, and two more, so that the merge seldom has proposals of
     * its own to make.
     */
    public static int shardQuota(int particles, int count) {
        return (int) Math.ceil(SHARD_MARGIN * particles / count) + 2;
    }

    /** A shard's quota over its even share of the particles. */
    static final double SHARD_MARGIN = 1.25;

    /** The shard files of a folder, of every round, in name order. */
    static List<Path> shardFiles(Path folder) throws IOException {
        Path dir = folder.resolve(SHARDS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> w = Files.walk(dir)) {
            return w.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
    }

    /** The proposals of a file of this calibration: their distances by (round, proposal). */
    private static final class ProposalsFile {
        final Map<Long, Integer> known = new HashMap<>();
        final java.util.Set<Integer> rounds = new java.util.TreeSet<>();

        int known(int t, long j) {
            Integer d = known.get(key(t, j));
            return d == null ? -1 : d;
        }

        /**
         * Reads the complete lines of a proposals file (absent: none); a torn last line is left
         * out, and cut off the file when {@code cut} (the file's owner only).
         */
        static ProposalsFile read(Path file, List<String> names, boolean cut) throws IOException {
            ProposalsFile p = new ProposalsFile();
            if (!Files.exists(file)) {
                return p;
            }
            String header = header(names);
            byte[] bytes = Files.readAllBytes(file);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            if (cut && end < bytes.length) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(end);
                }
            }
            String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
            String[] lines = text.split("\n", -1);
            if (lines.length < 2 || !lines[0].equals(header)) {
                throw new IOException(file + " is not a proposals file of this calibration: its first line should be '"
                        + header + "'");
            }
            for (int i = 1; i < lines.length - 1; i++) {
                String[] f = lines[i].split(",", -1);
                if (f.length != 4 + names.size()) {
                    throw new IOException(file + " line " + (i + 1) + ": expected " + (4 + names.size())
                            + " fields, found " + f.length);
                }
                int t = Integer.parseInt(f[0]);
                p.known.put(key(t, Long.parseLong(f[1])), Integer.parseInt(f[3]));
                p.rounds.add(t);
            }
            return p;
        }
    }

    static String header(List<String> names) {
        return "round,proposal,seed,distance," + String.join(",", names);
    }

    static long key(int t, long j) {
        return ((long) t << 40) ^ j;
    }

    /**
     * A proposals file: read back on resume (with, for a merge, the shards' proposals), appended
     * to in the sampler's order (a proposal already in the file is not written again), flushed
     * after every batch.
     */
    private static final class FolderJournal implements AbcSmc.Journal, AutoCloseable {
        private final ProposalsFile own;
        private final Map<Long, Integer> shards = new HashMap<>();
        private final java.util.Set<Integer> shardedRounds = new java.util.TreeSet<>();
        private final boolean merge;
        private final BufferedWriter out;
        private final PrintWriter progress;
        final List<RoundRow> rows = new ArrayList<>();
        long readBack;
        private long simulations;

        FolderJournal(Path file, List<String> names, PrintWriter progress, List<Path> shardFiles, boolean merge)
                throws IOException {
            this.progress = progress;
            this.merge = merge;
            this.own = ProposalsFile.read(file, names, true);
            for (Path p : shardFiles) {
                ProposalsFile s = ProposalsFile.read(p, names, false);
                shards.putAll(s.known);
                shardedRounds.addAll(s.rounds);
            }
            readBack = own.known.size();
            if (Files.exists(file)) {
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } else {
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                out.write(header(names));
                out.write('\n');
                out.flush();
            }
        }

        @Override
        public boolean maySimulate(int t, long j) {
            // a merge makes the missing proposals of a round the shards made, never a round of its own
            return !merge || shardedRounds.contains(t);
        }

        @Override
        public int known(int t, long j) {
            int d = own.known(t, j);
            if (d >= 0) {
                return d;
            }
            Integer x = shards.get(key(t, j));
            return x == null ? -1 : x;
        }

        @Override
        public void proposal(int t, long j, long seed, double[] theta, int distance) throws IOException {
            if (own.known.containsKey(key(t, j))) {
                return;
            }
            StringBuilder b = new StringBuilder();
            b.append(t).append(',').append(j).append(',').append(seed).append(',').append(distance);
            for (double v : theta) {
                b.append(',').append(Double.toString(v));
            }
            b.append('\n');
            out.write(b.toString());
        }

        @Override
        public void batchDone() throws IOException {
            out.flush();
        }

        @Override
        public void roundDone(AbcSmc.Round r, long simulationsSoFar) {
            simulations = simulationsSoFar;
            rows.add(new RoundRow(r.index(), r.tolerance(), r.proposals(), r.particles().length, simulationsSoFar,
                    ess(r.weights()), false));
            if (progress != null) {
                progress.printf(Locale.ROOT, "round %d: tolerance %s, kept %d of %d proposals (%.1f%%), %d simulations"
                                + " in all%n", r.index(), r.tolerance() < 0 ? "none" : Integer.toString(r.tolerance()),
                        r.particles().length, r.proposals(), 100.0 * r.acceptance(), simulationsSoFar);
                progress.flush();
            }
        }

        @Override
        public void roundFailed(int t, int tolerance, long proposals, int kept) {
            rows.add(new RoundRow(t, tolerance, proposals, kept, simulations + proposals, 0, true));
            if (progress != null) {
                progress.printf(Locale.ROOT, "round %d: tolerance %d, kept only %d of %d proposals (%.2f%%): stopped%n",
                        t, tolerance, kept, proposals, 100.0 * kept / Math.max(1, proposals));
                progress.flush();
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** The effective sample size of normalised weights: 1 / sum of their squares. */
    static double ess(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x * x;
        }
        return 1 / s;
    }

    private static void writeRounds(Path file, List<RoundRow> rows) throws IOException {
        StringBuilder b = new StringBuilder("round,tolerance,proposals,kept,acceptance,simulations,ess,status\n");
        for (RoundRow r : rows) {
            b.append(r.round()).append(',').append(r.tolerance()).append(',').append(r.proposals()).append(',')
                    .append(r.kept()).append(',').append(fmt(r.acceptance())).append(',').append(r.simulations())
                    .append(',').append(r.failed() ? "" : fmt(r.ess())).append(',')
                    .append(r.failed() ? "failed" : "kept").append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private static void writeParticles(Path file, AbcSmc.Prior prior, List<AbcSmc.Round> rounds, boolean withRound)
            throws IOException {
        StringBuilder b = new StringBuilder(withRound ? "round," : "");
        b.append(Ensemble.PARTICLE).append(',').append(Ensemble.WEIGHT).append(',')
                .append(Ensemble.DISTANCE);
        for (String n : prior.names()) {
            b.append(',').append(n);
        }
        b.append('\n');
        for (AbcSmc.Round r : rounds) {
            for (int k = 0; k < r.particles().length; k++) {
                if (withRound) {
                    b.append(r.index()).append(',');
                }
                b.append(k).append(',').append(Double.toString(r.weights()[k])).append(',').append(r.distances()[k]);
                for (double v : r.particles()[k]) {
                    b.append(',').append(Double.toString(v));
                }
                b.append('\n');
            }
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /** A parameter's posterior, as {@value #SUMMARY} writes it. */
    public record ParameterSummary(String path, double priorMin, double priorMax, double mean, double sd, double q05,
                                   double q50, double q95) {
        /** The 90% interval's width over the prior's. */
        public double width90() {
            return (q95 - q05) / (priorMax - priorMin);
        }

        public boolean identified() {
            return width90() < IDENTIFIED_WIDTH;
        }
    }

    /** The weighted posterior summary of every parameter. */
    public static List<ParameterSummary> summary(AbcSmc.Prior prior, AbcSmc.Round r) {
        List<ParameterSummary> out = new ArrayList<>();
        for (int i = 0; i < prior.names().size(); i++) {
            int column = i;
            double[] x = Arrays.stream(r.particles()).mapToDouble(p -> p[column]).toArray();
            out.add(new ParameterSummary(prior.names().get(i), prior.min()[i], prior.max()[i], r.mean(i),
                    Math.sqrt(r.variance(i)),
                    AbcSmc.weightedQuantile(x, r.weights(), 0.05), AbcSmc.weightedQuantile(x, r.weights(), 0.5),
                    AbcSmc.weightedQuantile(x, r.weights(), 0.95)));
        }
        return out;
    }

    private static void writeSummary(Path file, AbcSmc.Prior prior, AbcSmc.Round r) throws IOException {
        StringBuilder b = new StringBuilder("parameter,prior_min,prior_max,mean,sd,q05,q50,q95,width90,identified\n");
        for (ParameterSummary p : summary(prior, r)) {
            b.append(p.path()).append(',').append(fmt(p.priorMin())).append(',').append(fmt(p.priorMax())).append(',')
                    .append(fmt(p.mean())).append(',').append(fmt(p.sd())).append(',').append(fmt(p.q05())).append(',')
                    .append(fmt(p.q50())).append(',').append(fmt(p.q95())).append(',').append(fmt(p.width90()))
                    .append(',').append(p.identified() ? "yes" : "no").append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /** As every table of the project writes a number ({@link Numbers#format}). */
    static String fmt(double v) {
        return Numbers.format(v);
    }
}
