package org.sahelsim.gui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sahelsim.run.EnsembleRuns;
import org.sahelsim.run.Seeds;
import org.sahelsim.scenario.Ensemble;
import org.sahelsim.scenario.LeversSpec;
import org.sahelsim.scenario.MonthRef;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.format.ScenarioLoader;
import org.sahelsim.format.ScenarioWriter;
import org.sahelsim.scenario.TimedInput;

/**
 * A classroom session: the scenario as loaded, the master seed, and the lever changes recorded
 * in the window as timed inputs. The session as a scenario ({@link #scenario()}) is the loaded
 * scenario with those timed inputs added after its own; {@code sahelsim run} on it, with the
 * same seed and one replication, replays the run the window showed.
 *
 * <p>Over an ensemble (the classroom presets run over the calibrated posterior): the session's
 * world takes the parameter set drawn by weight from (seed, replication 0), the set
 * {@code sahelsim run --ensemble FILE --seed S} gives its first replication, so the same seed
 * shows the same world; a new seed may draw another set. The session as a scenario carries the
 * set's values, so a saved session replays without the ensemble.
 *
 * <p>Rules of recording: a change is recorded at the month it applies from (the month after
 * the one shown, or month 1 before the run starts). Changes recorded at the same month merge
 * (the last value of a key wins). A new change forgets the changes this session recorded for
 * later months (a new decision rewrites the future); the scenario's own timed inputs stay.
 * Every change is checked first: applied on top of the levers in force, it must give a valid
 * scenario.
 */
public final class Session {
    private final Scenario base;
    private final Path file;
    private long seed;
    private final List<TimedInput> recorded = new ArrayList<>();
    /** Levers in force at a step, for the current list of timed inputs (cleared on change). */
    private final Map<Integer, LeversSpec> previews = new LinkedHashMap<>();
    private final Ensemble ensemble;
    /** The base scenario with set k of the ensemble (built once per set), or null without one. */
    private final java.util.function.IntFunction<Scenario> withSet;

    public Session(Scenario base, Path file, long seed) {
        this(base, file, seed, null);
    }

    /** A session over an ensemble of parameter sets (null: the scenario's own values). */
    public Session(Scenario base, Path file, long seed, Ensemble ensemble) {
        setSeed(seed);
        this.base = base;
        this.file = file;
        this.ensemble = ensemble;
        this.withSet = ensemble == null ? null : EnsembleRuns.bySet(base, ensemble);
    }

    /** The ensemble the session draws its parameter set from, or null. */
    public Ensemble ensemble() {
        return ensemble;
    }

    /** The {@code particle} of the set this seed draws, or -1 without an ensemble. */
    public synchronized int ensembleParticle() {
        return ensemble == null ? -1 : ensemble.ids()[EnsembleRuns.set(ensemble, seed, 0)];
    }

    /** The scenario as loaded (with its own timed inputs, without this session's). */
    public Scenario base() {
        return base;
    }

    /** The master seed, as given to {@code sahelsim run --seed}. */
    public long seed() {
        return seed;
    }

    public void setSeed(long s) {
        if (s < 0 || s >= Seeds.BOUND) {
            throw new IllegalArgumentException("seed must be from 0 to 2^53 - 1, was " + s);
        }
        seed = s;
    }

    /** The seed of the run: that of replication r0 of {@code sahelsim run --seed S}. */
    public long runSeed() {
        return Seeds.forRun(seed, 0);
    }

    /** The changes recorded in this session, in the order they apply. */
    public synchronized List<TimedInput> recorded() {
        return List.copyOf(recorded);
    }

    /** The session as a scenario: the loaded one plus the recorded timed inputs. */
    public synchronized Scenario scenario() {
        return world().withTimedInputs(plus(base.timedInputs(), recorded));
    }

    /** The base scenario with this seed's set of the ensemble, or the base itself without one. */
    private Scenario world() {
        if (ensemble == null) {
            return base;
        }
        return withSet.apply(EnsembleRuns.set(ensemble, seed, 0));
    }

    /** Forgets the recorded changes. */
    public synchronized void reset() {
        recorded.clear();
        previews.clear();
    }

    /**
     * The levers in force in month {@code step}: the scenario's, with every timed input (the
     * scenario's and this session's) of that month or before applied in order.
     */
    public synchronized LeversSpec leversAt(int step) {
        LeversSpec cached = previews.get(step);
        if (cached != null) {
            return cached;
        }
        try {
            LeversSpec l = apply(scenario(), step).levers();
            previews.put(step, l);
            return l;
        } catch (ScenarioException e) {
            // every recorded change was checked on the way in
            throw new IllegalStateException("the session's timed inputs no longer apply: " + e.getMessage(), e);
        }
    }

    private static Scenario apply(Scenario s, int upTo) throws ScenarioException {
        Scenario cur = s.withTimedInputs(List.of());
        for (TimedInput t : ScenarioLoader.inApplyOrder(s)) {
            if (t.at().step(s.start()) <= upTo) {
                cur = ScenarioLoader.withTimedInput(cur, t);
            }
        }
        return cur;
    }

    /**
     * Records a change of levers applying from month {@code at} (1 to the run's months).
     * Returns the timed input as recorded (merged with an earlier one of the same month).
     * Throws when the change does not apply (the message says why) or the month is outside
     * the run.
     */
    public synchronized TimedInput record(int at, Map<String, String> set) throws ScenarioException {
        if (at < 1 || at > base.months()) {
            throw new IllegalArgumentException("a change applies from month 1 to " + base.months() + ", not " + at);
        }
        List<TimedInput> next = recorded.stream().filter(t -> t.at().step(base.start()) <= at)
                .collect(Collectors.toCollection(ArrayList::new));
        Map<String, String> merged = new LinkedHashMap<>();
        if (!next.isEmpty() && next.get(next.size() - 1).at().step(base.start()) == at) {
            merged.putAll(next.remove(next.size() - 1).set());
        }
        for (Map.Entry<String, String> e : set.entrySet()) {
            merged.remove(e.getKey()); // the latest value goes last, in the order it was set
            merged.put(e.getKey(), e.getValue());
        }
        TimedInput input = ScenarioLoader.timedInput(MonthRef.ofOffset(at), merged);
        next.add(input);
        // throws if any change no longer applies
        apply(base.withTimedInputs(plus(base.timedInputs(), next)), Integer.MAX_VALUE);
        recorded.clear();
        recorded.addAll(next);
        previews.clear();
        return input;
    }

    /** Timed inputs followed by more. */
    static List<TimedInput> plus(List<TimedInput> inputs, List<TimedInput> more) {
        return Stream.concat(inputs.stream(), more.stream()).toList();
    }

    /**
     * Writes the session as a scenario file: every value resolved (no {@code extends}), the
     * recorded timed inputs included, with a comment saying how to replay it.
     */
    public void save(Path target) throws IOException {
        String name = target.getFileName().toString();
        String header = "# A classroom session saved from the sahelsim window: the scenario '" + base.name() + "'"
                + (file == null ? "" : " (" + file.getFileName() + ")") + " with the lever changes\n"
                + "# recorded in the window as timed_inputs. Replay it in batch, the same run as in the window:\n"
                + "#   sahelsim run " + name + " --seed " + seed + " --reps 1\n"
                + "# This model explores mechanisms; it is not a forecast.\n";
        Path tmp = target.resolveSibling(name + ".tmp");
        Files.writeString(tmp, header + ScenarioWriter.toYaml(scenario()), StandardCharsets.UTF_8);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
