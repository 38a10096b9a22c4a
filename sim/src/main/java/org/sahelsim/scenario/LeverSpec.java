package org.sahelsim.scenario;

/**
 * What every policy lever has: whether it is used, when it starts and ends, and how strongly
 * it acts. A lever is active in month m when enabled, start &lt;= m and (no end or m &lt; end).
 */
public interface LeverSpec {
    boolean enabled();

    MonthRef start();

    /** First month no longer under the lever, or null for no end. */
    MonthRef end();

    double strength();
}
