package org.sahelsim.run;

import java.util.function.IntFunction;
import org.sahelsim.scenario.Scenario;

/**
 * The runs of a batch, in output order, computed on demand so that a million replications cost
 * no memory before they run.
 */
public interface RunPlan {
    /** Number of runs. */
    int size();

    /** Key of the run at {@code index} (0-based, output order). */
    RunKey key(int index);

    /** Scenario of the run at {@code index}. */
    Scenario scenario(int index);

    /** Further measures taken on every run ({@code runs.csv} columns after the metrics); none by default. */
    default RunMeasures measures() {
        return RunMeasures.NONE;
    }

    /** The runs from {@code first} on, in order (a resumed job's runs still to make). */
    default RunPlan from(int first) {
        if (first < 0 || first > size()) {
            throw new IndexOutOfBoundsException("runs from " + first + " of " + size());
        }
        return of(size() - first, i -> key(first + i), i -> scenario(first + i), measures());
    }

    /**
     * Replications 0..reps-1 of one scenario as variant {@code variant}, seeds from
     * {@link Seeds#forRun(long, int)}.
     */
    static RunPlan replications(Scenario scenario, String variant, long masterSeed, int reps) {
        return replications(r -> scenario, variant, masterSeed, reps);
    }

    /**
     * Replications 0..reps-1 as variant {@code variant}, replication r of the scenario
     * {@code scenarioOf} gives it (over an ensemble: the set drawn for r), seeds from
     * {@link Seeds#forRun(long, int)}.
     */
    static RunPlan replications(IntFunction<Scenario> scenarioOf, String variant, long masterSeed, int reps) {
        if (reps < 1) {
            throw new IllegalArgumentException("reps must be >= 1, was " + reps);
        }
        return of(reps, i -> new RunKey(variant, i, Seeds.forRun(masterSeed, i)), scenarioOf,
                RunMeasures.NONE);
    }

    /** One run with a known key (for {@code replay}). */
    static RunPlan single(Scenario scenario, RunKey key) {
        return of(1, i -> key, i -> scenario, RunMeasures.NONE);
    }

    /** The plan of {@code size} runs whose keys, scenarios and measures the functions give by index. */
    static RunPlan of(int size, IntFunction<RunKey> key, IntFunction<Scenario> scenario,
                      RunMeasures measures) {
        return new Indexed(size, key, scenario, measures);
    }

    /** A plan computed from the index by functions ({@link #of}). */
    record Indexed(int size, IntFunction<RunKey> keys, IntFunction<Scenario> scenarios, RunMeasures measures)
            implements RunPlan {
        @Override
        public RunKey key(int index) {
            return keys.apply(index);
        }

        @Override
        public Scenario scenario(int index) {
            return scenarios.apply(index);
        }
    }
}
