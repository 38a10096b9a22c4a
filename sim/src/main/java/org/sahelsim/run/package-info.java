/**
 * Replications without a window: seeds, threads, the bounded reorder buffer that keeps the
 * CSV files in a fixed order whatever the number of threads, the CSV writers and the
 * manifest of an output folder; comparisons of variants on common random numbers with
 * {@code summary.csv} ({@link org.sahelsim.run.CompareJob}, statistics from
 * {@code org.sahelsim.analysis}) and the hook that builds their report
 * ({@link org.sahelsim.run.ReportHook}, passed in by the command line); per-run measures such
 * as calibrate's patterns come in through {@link org.sahelsim.run.RunMeasures}, so this package
 * never depends on who measures. Sweeps are built on it in {@code org.sahelsim.sweep}, reports
 * in {@code org.sahelsim.report}; neither is imported here. Reads the model only through
 * {@link org.sahelsim.run.ModelEntry} and the records of {@code org.sahelsim.record}.
 */
package org.sahelsim.run;
