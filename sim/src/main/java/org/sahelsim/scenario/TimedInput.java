package org.sahelsim.scenario;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change of levers at a given month, as the classroom window records it when the instructor
 * moves a slider or presses "trigger now" during a run. From the start of month {@code at} on,
 * the levers are those of the scenario with {@code set} applied as overrides (dotted paths under
 * {@code levers.}, values as YAML text), on top of every earlier timed input. A scenario with
 * the timed inputs of a classroom session replays that session in batch ({@code run}).
 *
 * <p>The loader reads the values once, into typed edits of the lever records ({@code edits},
 * which no file gives); the model sets them at the input's month without the file format.
 * Make a timed input with {@code format.ScenarioLoader#timedInput}, or read it from a scenario file.
 */
public record TimedInput(
        @Param(doc = "Month from whose start the change applies (yyyy-MM or month number from the start; 1 is the first"
                + " simulated month). A change made in the classroom window while month k is shown applies from month k+1")
        MonthRef at,
        @Param(doc = "Lever values set from that month, keyed by dotted path under levers. (for example"
                + " levers.sanctions.enabled: 'true', levers.sanctions.targets: '[MNLA, GATIA]'); each value is YAML text",
                min = 1)
        Map<String, String> set,
        @Derived List<Edit> edits) {

    /**
     * One typed edit: the value, bound and range-checked, and the record components leading to
     * it from the levers ({@code sanctions}, {@code enforcement}).
     *
     * @param components the component names, from a component of the levers down
     * @param value      the typed value (a number, a truth value, a text, a list...)
     * @param path       the dotted path as written, for messages
     */
    public record Edit(List<String> components, Object value, String path) {
        public Edit {
            components = List.copyOf(components);
        }
    }

    /** The only part of a scenario a timed input may change. */
    public static final String PREFIX = "levers.";

    public TimedInput {
        if (at == null) {
            throw new IllegalArgumentException("a timed input needs a month 'at'");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : set.entrySet()) {
            String k = String.valueOf(e.getKey());
            if (!k.startsWith(PREFIX) || k.length() == PREFIX.length()) {
                throw new IllegalArgumentException("a timed input may only set levers: '" + k
                        + "' must be a dotted path under levers., such as levers.sanctions.enabled");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("the timed input's value of '" + k + "' is missing");
            }
            copy.put(k, e.getValue());
        }
        set = Collections.unmodifiableMap(copy);
        edits = edits == null ? null : List.copyOf(edits);
    }

    /**
     * The levers with this input applied: its typed edits set in the order of scenario
     * overrides (shorter paths first, then alphabetically), each value bound and range-checked
     * when the input was read. What the model does at the start of the input's month; the
     * scenario's cross-checks (a base closed must be open...) ran when the input was checked
     * ({@code format.ScenarioLoader#withTimedInput}, which also asserts that this gives the levers it
     * checked).
     *
     * @throws IllegalArgumentException when a lever record refuses a value
     * @throws IllegalStateException    when the input was not read by the loader (no typed edits)
     */
    public LeversSpec applyTo(LeversSpec levers) {
        if (edits == null) {
            throw new IllegalStateException("the timed input at " + at + " was not read by the loader"
                    + " (ScenarioLoader.timedInput): its values are not typed");
        }
        LeversSpec out = levers;
        for (Edit e : edits) {
            try {
                out = Records.with(out, e.components(), e.value());
            } catch (IllegalArgumentException x) {
                throw new IllegalArgumentException(e.path() + ": " + x.getMessage(), x);
            }
        }
        return out;
    }

    /** Timed inputs in the order they apply: by the step they start at, then in the given order (a stable sort). */
    public static List<TimedInput> inApplyOrder(List<TimedInput> inputs, YearMonth start) {
        return inputs.stream().sorted(Comparator.comparingInt(t -> t.at().step(start))).toList();
    }
}
