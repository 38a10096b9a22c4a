package org.sahelsim.scenario;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A month in a scenario: either a calendar month ({@code 2016-01}) or a number of months
 * from the scenario's start ({@code 7} means the 7th simulated month). Resolved against the
 * start with {@link #step(YearMonth)}.
 */
public record MonthRef(YearMonth date, int offset) {

    public MonthRef {
        if (date == null && offset < 0) {
            throw new IllegalArgumentException("month offset must be >= 0, was " + offset);
        }
    }

    public static MonthRef ofOffset(int offset) {
        return new MonthRef(null, offset);
    }

    public static MonthRef ofDate(YearMonth date) {
        return new MonthRef(date, -1);
    }

    /** Parses "yyyy-MM" or a non-negative whole number. */
    public static MonthRef parse(String text) {
        String t = text.trim();
        if (t.matches("\\d{1,4}")) {
            return ofOffset(Integer.parseInt(t));
        }
        try {
            return ofDate(YearMonth.parse(t));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a month like 2016-01 nor a month number like 12");
        }
    }

    /**
     * The step at which this month begins: step k is the state after k simulated months, and
     * the month simulated between step k-1 and step k is month k. A calendar month equal to
     * the start is step 0.
     */
    public int step(YearMonth start) {
        return date == null ? offset : (int) (start.until(date, java.time.temporal.ChronoUnit.MONTHS));
    }

    @Override
    public String toString() {
        return date == null ? Integer.toString(offset) : date.toString();
    }
}
