package org.sahelsim.levers;

import java.time.YearMonth;
import org.sahelsim.scenario.LeverSpec;

/** When a lever acts: from its start month up to (not including) its end month, if enabled. */
public record Schedule(boolean enabled, int start, int end) {

    public Schedule {
        if (start < 0) {
            throw new IllegalArgumentException("lever start month must be >= 0, was " + start);
        }
        if (end >= 0 && end <= start) {
            throw new IllegalArgumentException("lever end month " + end + " must come after its start " + start);
        }
    }

    /** The schedule of a lever spec, months counted from the scenario's start. */
    public static Schedule of(LeverSpec spec, YearMonth origin) {
        int s = spec.start().step(origin);
        int e = spec.end() == null ? -1 : spec.end().step(origin);
        return new Schedule(spec.enabled(), Math.max(s, 0), e);
    }

    /** Whether the lever acts in a month (month 1 is the first simulated month). */
    public boolean active(int month) {
        return enabled && month >= start && (end < 0 || month < end);
    }
}
