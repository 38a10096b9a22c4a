package org.sahelsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a run's time goes: nanoseconds spent in each mechanism of the month (by class name, in
 * the order of {@link MonthlyCycle#PHASES}), in the set-up before step 0 and in recording each
 * step's metrics and events. A model given one ({@link SahelModel#setStepTimes}) adds to it;
 * without one it reads no clock. For {@code bench}'s table, so a slower mechanism shows.
 */
public final class StepTimes {
    /** The part of a run before step 0: building the world and the set-up pass. */
    public static final String SETUP = "set-up";
    /** Setting each month's inputs: timed inputs, shocks and levers. */
    public static final String INPUTS = "inputs";
    /** Recording each step's metrics and the month's events. */
    public static final String RECORD = "record";

    private final Map<String, long[]> nanos = new LinkedHashMap<>();
    private final Map<String, String> phaseOf = new LinkedHashMap<>();
    private long runs;

    public StepTimes() {
        phaseOf.put(SETUP, "set-up");
        nanos.put(SETUP, new long[1]);
        phaseOf.put(INPUTS, "schedule");
        nanos.put(INPUTS, new long[1]);
        for (Phase p : MonthlyCycle.PHASES) {
            for (Phase.Step s : p.steps()) {
                String name = name(s);
                phaseOf.putIfAbsent(name, p.name());
                nanos.putIfAbsent(name, new long[1]);
            }
        }
        phaseOf.put(RECORD, "record");
        nanos.put(RECORD, new long[1]);
    }

    /** The label of a step: its mechanism's class name. */
    static String name(Phase.Step s) {
        return s.mechanism().getClass().getSimpleName();
    }

    void add(String part, long ns) {
        nanos.get(part)[0] += ns;
    }

    /** Adds time spent outside the model (e.g. writing a run's rows) as a part of its own, after the others. */
    public void addOther(String part, String phase, long ns) {
        phaseOf.putIfAbsent(part, phase);
        nanos.computeIfAbsent(part, k -> new long[1])[0] += ns;
    }

    void runDone() {
        runs++;
    }

    /** Runs timed so far. */
    public long runs() {
        return runs;
    }

    /** One part of a run: its name, its phase, its mean nanoseconds per run and its share of the total. */
    public record Part(String name, String phase, double nanosPerRun, double share) {
    }

    /** The parts in the order of a month, with set-up first and recording last. */
    public List<Part> parts() {
        long total = 0;
        for (long[] v : nanos.values()) {
            total += v[0];
        }
        List<Part> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : nanos.entrySet()) {
            long ns = e.getValue()[0];
            out.add(new Part(e.getKey(), phaseOf.get(e.getKey()), runs == 0 ? 0 : (double) ns / runs,
                    total == 0 ? 0 : (double) ns / total));
        }
        return out;
    }
}
