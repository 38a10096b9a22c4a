package org.sahelsim.analysis;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (Toni et al. 2009, J. R. Soc.
 * Interface 6: 187-202; importance weights of Beaumont, Cornuet, Marin and Robert 2009,
 * Biometrika 96: 983-990; an adaptive tolerance as Del Moral, Doucet and Jasra 2012, Statistics
 * and Computing 22: 1009-1020): a posterior ensemble of parameter sets, not one point.
 *
 * <p>The rule, in plain words. The prior is uniform over a box. A simulation of a parameter set
 * returns a whole-number distance to the data (for the model: how many patterns a run misses).
 * Round 0 draws {@code particles} sets from the prior and keeps them all. Each later round sets
 * its tolerance to the median distance of the round before, rounded down (and below the
 * previous tolerance), and proposes sets one by one: a particle of the round before drawn by
 * weight, moved by a Gaussian kernel on each parameter with twice the particles' weighted
 * variance (Beaumont et al. 2009), drawn again until inside the box; it keeps the first
 * {@code particles} proposals whose distance is within the tolerance, weighted by the prior
 * over the kernel's mixture density. It stops after the round at tolerance 0, when a round
 * accepts less than {@code minAcceptance} of its proposals, when the next round's proposals
 * would exceed the simulation budget, or after {@code maxRounds}.
 *
 * <p>Proposal j of round t takes every draw from a generator of (seed, t, j) and its simulation
 * seed from (seed, t, j), and proposals are accepted in the order of j: the result is the same
 * on any number of threads, and any proposal can be recomputed alone (for shards and resuming).
 */
public final class AbcSmc {
    private AbcSmc() {
    }

    /** A simulation: the distance to the data of parameter set {@code theta} run with {@code seed}. Thread-safe. */
    @FunctionalInterface
    public interface Simulator {
        int distance(double[] theta, long seed) throws Exception;
    }

    /**
     * What the sampler tells as it goes, and what it already knows: the distance of every
     * proposal made before (a folder resumed after a kill) is read back instead of simulated
     * again, and each proposal is recorded once its place in the round's order is reached, so
     * that the record is the same on any number of threads.
     */
    public interface Journal {
        /** The distance of proposal j of round t when it was simulated before, else -1. */
        default int known(int t, long j) {
            return -1;
        }

        /**
         * Whether proposal j of round t, not known, may be simulated here; when not, the sampler
         * stops there ({@link Unsimulated}).
         */
        default boolean maySimulate(int t, long j) {
            return true;
        }

        /** Proposal j of round t, its run's seed, its parameter set and its distance, in order of j. */
        default void proposal(int t, long j, long seed, double[] theta, int distance) throws Exception {
        }

        /** A batch of proposals is recorded: a moment to make the record durable. */
        default void batchDone() throws Exception {
        }

        /** Round r is complete, after {@code simulations} simulations in all. */
        default void roundDone(Round r, long simulations) throws Exception {
        }

        /**
         * Round t at {@code tolerance} made {@code proposals} proposals, all it may, and kept only
         * {@code kept}: it is not a round of the result.
         */
        default void roundFailed(int t, int tolerance, long proposals, int kept) throws Exception {
        }
    }

    /** The journal that keeps nothing. */
    public static final Journal NO_JOURNAL = new Journal() {
    };

    /** A uniform prior over a box: a name, a lower and an upper bound per parameter. */
    public record Prior(List<String> names, double[] min, double[] max) {
        public Prior {
            if (names.isEmpty()) {
                throw new IllegalArgumentException("a prior needs at least one parameter");
            }
            if (min.length != names.size() || max.length != names.size()) {
                throw new IllegalArgumentException("a prior needs a min and a max per parameter: " + names.size()
                        + " names, " + min.length + " mins, " + max.length + " maxes");
            }
            for (int i = 0; i < min.length; i++) {
                if (!(Double.isFinite(min[i]) && Double.isFinite(max[i]) && min[i] < max[i])) {
                    throw new IllegalArgumentException(names.get(i) + ": the prior needs finite min < max, was ["
                            + min[i] + ", " + max[i] + "]");
                }
            }
            names = List.copyOf(names);
            min = min.clone();
            max = max.clone();
        }

        public int size() {
            return names.size();
        }

        boolean contains(double[] theta) {
            return IntStream.range(0, theta.length).noneMatch(i -> theta[i] < min[i] || theta[i] > max[i]);
        }
    }

    /**
     * How the sampler runs: particles kept a round, most rounds, the acceptance rate below which
     * it stops, the most simulations in all, the seed.
     */
    public record Settings(int particles, int maxRounds, double minAcceptance, long maxSimulations, long seed) {
        public Settings {
            if (particles < 2) {
                throw new IllegalArgumentException("particles must be at least 2, was " + particles);
            }
            if (maxRounds < 1) {
                throw new IllegalArgumentException("maxRounds must be at least 1, was " + maxRounds);
            }
            if (!(minAcceptance >= 0 && minAcceptance < 1)) {
                throw new IllegalArgumentException("minAcceptance must be in [0, 1), was " + minAcceptance);
            }
            if (maxSimulations < particles) {
                throw new IllegalArgumentException("maxSimulations must be at least the particles (" + particles
                        + "), was " + maxSimulations);
            }
        }
    }

    /**
     * One round: its tolerance (-1 for round 0, which keeps every prior draw), the kept
     * particles (one row per particle), their normalised weights and distances, and how many
     * proposals it made.
     */
    public record Round(int index, int tolerance, double[][] particles, double[] weights, int[] distances,
                        long proposals) {
        /** Kept particles over proposals. */
        public double acceptance() {
            return (double) particles.length / proposals;
        }

        /** The weighted mean of parameter i. */
        public double mean(int i) {
            double s = 0;
            for (int k = 0; k < particles.length; k++) {
                s += weights[k] * particles[k][i];
            }
            return s;
        }

        /** The weighted variance of parameter i (weights summing to 1). */
        public double variance(int i) {
            double mean = mean(i);
            double var = 0;
            for (int k = 0; k < particles.length; k++) {
                double x = particles[k][i] - mean;
                var += weights[k] * x * x;
            }
            return var;
        }
    }

    /** Why the sampler stopped, and its rounds (the last is the posterior). */
    public record Result(List<Round> rounds, String stopped, long simulations) {
        public Round posterior() {
            return rounds.get(rounds.size() - 1);
        }
    }

    /** Streams of the draws, apart from every other design's. */
    static final long PROPOSAL = 11;
    static final long SIMULATION = 12;
    static final long ENSEMBLE = 13;

    /**
     * The uniform draw in [0, 1) that picks replication r's parameter set from an ensemble
     * (compare and validate over a posterior): a function of (seed, r) alone, so that every
     * variant of a comparison runs replication r on the same set.
     */
    public static double ensembleDraw(long seed, long replication) {
        return DesignRandom.uniform(seed, ENSEMBLE, replication, 0);
    }

    /**
     * The weighted quantile q of values: the smallest value whose cumulative weight (values in
     * increasing order, weights summing to 1) reaches q.
     */
    public static double weightedQuantile(double[] values, double[] weights, double q) {
        // a stable sort: equal values keep their order
        int[] order = IntStream.range(0, values.length).boxed()
                .sorted((a, b) -> Double.compare(values[a], values[b])).mapToInt(Integer::intValue).toArray();
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double c = 0;
        for (int i : order) {
            c += weights[i];
            if (c >= q * total - 1e-12) {
                return values[i];
            }
        }
        return values[order[order.length - 1]];
    }

    /** Runs the sampler on {@code threads} threads. */
    public static Result run(Prior prior, Settings s, Simulator sim, int threads) throws Exception {
        return run(prior, s, sim, threads, NO_JOURNAL);
    }

    /**
     * Thrown by a {@link Simulator} that may not simulate proposal {@code proposal} of round
     * {@code round} (a shard finding where the calibration stands, a merge reaching a round no
     * shard has made): the sampler stops there.
     */
    public static final class Unsimulated extends Exception {
        private static final long serialVersionUID = 1L;
        public final int round;
        public final long proposal;

        public Unsimulated(int round, long proposal) {
            super("proposal " + proposal + " of round " + round + " is not simulated here");
            this.round = round;
            this.proposal = proposal;
        }
    }

    /**
     * Where a calibration stands: the next round to make (its index and tolerance), the round
     * before it (null for round 0), the most proposals it may make, and the rounds done.
     */
    public record Frontier(int round, int tolerance, Round previous, long cap, List<Round> done) {
    }

    /**
     * Where the calibration of {@code journal}'s known proposals stands: the sampler replayed on
     * them alone, up to the first proposal that is not known; null when they already hold the
     * whole calibration.
     */
    public static Frontier frontier(Prior prior, Settings s, Journal journal) throws Exception {
        Frontier[] at = new Frontier[1];
        Journal reading = new Journal() {
            @Override
            public int known(int t, long j) {
                return journal.known(t, j);
            }

            @Override
            public boolean maySimulate(int t, long j) {
                return false;
            }
        };
        Simulator none = (theta, seed) -> {
            throw new IllegalStateException("a frontier is found without simulating");
        };
        Result r = run(prior, s, none, 1, reading, at);
        return r == null ? at[0] : null;
    }

    /**
     * A shard of round {@code f.round()}: proposals {@code first}, {@code first + count}, ... in
     * turn (those the journal knows read back, the others simulated and recorded), until
     * {@code quota} of them are within the round's tolerance or the round's most proposals are
     * reached. Any shards of a round, merged, give what one machine gives: a merge takes the
     * proposals in order and makes any that no shard made.
     *
     * @return the number of proposals of the stripe within tolerance
     */
    public static int shard(Frontier f, Prior prior, Settings s, Simulator sim, int threads, int first, int count,
                            int quota, Journal journal) throws Exception {
        if (first < 0 || count < 1 || first >= count) {
            throw new IllegalArgumentException("shard " + first + " of " + count + " is not a shard");
        }
        double[] scale = f.previous() == null ? null : kernelScale(f.previous(), prior.size());
        double[] cumulative = f.previous() == null ? null : cumulative(f.previous().weights());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int kept = 0;
            long j = first;
            int batch = Math.max(threads * 8, 16);
            while (kept < quota && j < f.cap()) {
                List<Future<Proposal>> futures = new ArrayList<>();
                List<Long> indices = new ArrayList<>();
                for (int b = 0; b < batch && j < f.cap(); b++, j += count) {
                    long index = j;
                    int known = journal.known(f.round(), index);
                    indices.add(index);
                    futures.add(pool.submit(task(f.round(), index, f.previous(), cumulative, scale, prior, s, sim,
                            known)));
                }
                for (int i = 0; i < futures.size(); i++) {
                    if (take(futures.get(i), journal, f.round(), indices.get(i)).within(f.tolerance())) {
                        kept++;
                    }
                }
                journal.batchDone();
            }
            return kept;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the sampler on {@code threads} threads, reading back and recording proposals in {@code journal}. */
    public static Result run(Prior prior, Settings s, Simulator sim, int threads, Journal journal) throws Exception {
        return run(prior, s, sim, threads, journal, null);
    }

    /**
     * The sampler; with {@code at} given, a proposal the simulator refuses ({@link Unsimulated})
     * ends it there: {@code at[0]} tells where, and the result is null.
     */
    private static Result run(Prior prior, Settings s, Simulator sim, int threads, Journal journal, Frontier[] at)
            throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Round> rounds = new ArrayList<>();
            long simulations = 0;
            Round previous = null;
            for (int t = 0; t < s.maxRounds(); t++) {
                int tolerance = previous == null ? -1 : nextTolerance(previous);
                if (previous != null && tolerance < 0) {
                    return new Result(rounds, "tolerance 0 reached", simulations);
                }
                // a round may make as many proposals as keeping its particles at the lowest
                // acceptance allows, and no more than the budget left
                long byAcceptance = previous == null ? s.particles()
                        : (long) Math.ceil(s.particles() / Math.max(s.minAcceptance(), Double.MIN_NORMAL));
                long left = s.maxSimulations() - simulations;
                long cap = Math.min(left, byAcceptance);
                if (cap < s.particles()) {
                    return new Result(rounds, "simulation budget spent", simulations);
                }
                Round r;
                try {
                    r = round(t, tolerance, previous, prior, s, sim, pool, threads, cap, journal);
                } catch (Unsimulated u) {
                    if (at == null) {
                        throw u;
                    }
                    at[0] = new Frontier(t, tolerance, previous, cap, List.copyOf(rounds));
                    return null;
                }
                simulations += r == null ? cap : r.proposals();
                if (r == null) {
                    return new Result(rounds, left < byAcceptance ? "simulation budget spent"
                            : "acceptance below " + s.minAcceptance() + " at tolerance " + tolerance, simulations);
                }
                rounds.add(r);
                journal.roundDone(r, simulations);
                previous = r;
                if (tolerance == 0) {
                    return new Result(rounds, "tolerance 0 reached", simulations);
                }
            }
            return new Result(rounds, "most rounds done", simulations);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The median distance of a round, rounded down, and below its own tolerance; -1 when it cannot go lower. */
    static int nextTolerance(Round r) {
        int[] d = r.distances().clone();
        Arrays.sort(d);
        int median = d[(d.length - 1) / 2];
        int below = r.tolerance() < 0 ? Integer.MAX_VALUE : r.tolerance() - 1;
        int next = Math.min(median, below);
        return next < 0 ? -1 : next;
    }

    /** A round: proposals in batches on the threads, accepted in order, until enough are kept or {@code cap} are made. */
    private static Round round(int t, int tolerance, Round previous, Prior prior, Settings s, Simulator sim,
                               ExecutorService pool, int threads, long cap, Journal journal) throws Exception {
        int n = s.particles();
        double[] scale = previous == null ? null : kernelScale(previous, prior.size());
        double[] cumulative = previous == null ? null : cumulative(previous.weights());
        List<double[]> kept = new ArrayList<>();
        List<Integer> dist = new ArrayList<>();
        long j = 0;
        int batch = Math.max(threads * 8, 16);
        while (kept.size() < n && j < cap) {
            int size = (int) Math.min(batch, cap - j);
            List<Future<Proposal>> futures = new ArrayList<>();
            long refused = -1;
            for (int b = 0; b < size; b++) {
                long index = j + b;
                int known = journal.known(t, index);
                if (known < 0 && !journal.maySimulate(t, index)) {
                    // the proposals before it are taken first, in order: they may complete the round
                    refused = index;
                    break;
                }
                futures.add(pool.submit(task(t, index, previous, cumulative, scale, prior, s, sim, known)));
            }
            for (Future<Proposal> f : futures) {
                Proposal p = take(f, journal, t, j++);
                if (p.within(tolerance)) {
                    kept.add(p.theta());
                    dist.add(p.distance());
                }
                if (kept.size() == n) {
                    break;
                }
            }
            journal.batchDone();
            if (refused >= 0 && kept.size() < n) {
                throw new Unsimulated(t, refused);
            }
        }
        if (kept.size() < n) {
            journal.roundFailed(t, tolerance, j, kept.size());
            return null;
        }
        double[][] particles = kept.toArray(new double[0][]);
        double[] weights = previous == null ? uniformWeights(n) : weights(particles, previous, scale);
        int[] distances = dist.stream().mapToInt(Integer::intValue).toArray();
        return new Round(t, tolerance, particles, weights, distances, j);
    }

    /**
     * Proposal j of round t as a task: its parameter set, its distance (simulated, or
     * {@code known} when not negative) and its run's seed.
     */
    private static Callable<Proposal> task(int t, long j, Round previous, double[] cumulative, double[] scale,
                                           Prior prior, Settings s, Simulator sim, int known) {
        return () -> {
            double[] theta = propose(t, j, previous, cumulative, scale, prior, s.seed());
            long seed = seedOf(s.seed(), t, j);
            return new Proposal(theta, known >= 0 ? known : sim.distance(theta, seed), seed);
        };
    }

    /** A proposal made: its parameter set, its distance and its run's seed. */
    private record Proposal(double[] theta, int distance, long seed) {
        /** Whether it is kept at {@code tolerance} (every proposal is, below 0: round 0). */
        boolean within(int tolerance) {
            return tolerance < 0 || distance <= tolerance;
        }
    }

    /** Takes proposal j of round t once made, and records it. */
    private static Proposal take(Future<Proposal> f, Journal journal, int t, long j) throws Exception {
        Proposal p;
        try {
            p = f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
        journal.proposal(t, j, p.seed(), p.theta(), p.distance());
        return p;
    }

    /** The simulation seed of proposal j of round t, in [0, 2^53) as every run seed of the project (exact in CSV and JSON). */
    static long seedOf(long seed, int t, long j) {
        return DesignRandom.generator(seed, SIMULATION, ((long) t << 40) ^ j).nextLong() >>> 11;
    }

    /** Proposal j of round t: a prior draw in round 0, else a weighted particle moved by the kernel inside the box. */
    static double[] propose(int t, long j, Round previous, double[] cumulative, double[] scale, Prior prior, long seed) {
        MersenneTwisterFast g = DesignRandom.generator(seed, PROPOSAL, ((long) t << 40) ^ j);
        int k = prior.size();
        double[] theta = new double[k];
        if (previous == null) {
            for (int i = 0; i < k; i++) {
                theta[i] = prior.min()[i] + g.nextDouble() * (prior.max()[i] - prior.min()[i]);
            }
            return theta;
        }
        while (true) {
            double[] from = previous.particles()[pick(cumulative, g.nextDouble())];
            for (int i = 0; i < k; i++) {
                theta[i] = from[i] + scale[i] * g.nextGaussian();
            }
            if (prior.contains(theta)) {
                return theta;
            }
        }
    }

    /** The kernel's standard deviation per parameter: the square root of twice the particles' weighted variance. */
    static double[] kernelScale(Round r, int k) {
        return IntStream.range(0, k).mapToDouble(i -> Math.sqrt(2 * r.variance(i))).toArray();
    }

    /**
     * Importance weights: the prior (uniform, the same inside the box) over the mixture of
     * kernels around the previous particles, normalised to sum to 1.
     */
    static double[] weights(double[][] particles, Round previous, double[] scale) {
        double[] w = new double[particles.length];
        double sum = 0;
        for (int p = 0; p < particles.length; p++) {
            double mixture = 0;
            for (int q = 0; q < previous.particles().length; q++) {
                mixture += previous.weights()[q] * kernel(particles[p], previous.particles()[q], scale);
            }
            w[p] = mixture > 0 ? 1 / mixture : 0;
            sum += w[p];
        }
        if (!(sum > 0)) {
            return uniformWeights(particles.length);
        }
        for (int p = 0; p < w.length; p++) {
            w[p] /= sum;
        }
        return w;
    }

    /** The product of Gaussian densities of each parameter's move (constant factors dropped: they cancel). */
    private static double kernel(double[] to, double[] from, double[] scale) {
        double e = 0;
        double norm = 1;
        for (int i = 0; i < to.length; i++) {
            if (scale[i] > 0) {
                double z = (to[i] - from[i]) / scale[i];
                e += z * z;
                norm *= scale[i];
            } else if (to[i] != from[i]) {
                return 0;
            }
        }
        return Math.exp(-0.5 * e) / norm;
    }

    private static double[] uniformWeights(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return w;
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i];
            c[i] = s;
        }
        return c;
    }

    /** The index whose cumulative weight first exceeds u times the total. */
    private static int pick(double[] cumulative, double u) {
        double x = u * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        i = i < 0 ? -i - 1 : i + 1;
        return Math.min(i, cumulative.length - 1);
    }
}
