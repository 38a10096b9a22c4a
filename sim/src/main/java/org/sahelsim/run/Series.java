package org.sahelsim.run;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which steps go to {@code timeseries.csv} ({@code --series}). {@code runs.csv} always gets
 * every run whatever the series.
 */
public enum Series {
    /** Every step from 0 (the initial state) to the last month. */
    MONTHLY,
    /** Step 0, every 12th step and the last step. */
    YEARLY,
    /** No rows: {@code timeseries.csv} holds its header only, so scripts reading it still work. */
    NONE;

    /** The name used on the command line and in the manifest. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether step {@code step} of a run of {@code months} months is written. */
    public boolean includes(int step, int months) {
        return switch (this) {
            case MONTHLY -> true;
            case YEARLY -> step % 12 == 0 || step == months;
            case NONE -> false;
        };
    }

    /** Parses {@code monthly}, {@code yearly} or {@code none} (any case). */
    public static Series parse(String text) {
        String given = text == null ? "" : text.trim();
        return Arrays.stream(values()).filter(s -> s.label().equalsIgnoreCase(given)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "series must be monthly, yearly or none, was '" + text + "'"));
    }

    @Override
    public String toString() {
        return label();
    }
}
