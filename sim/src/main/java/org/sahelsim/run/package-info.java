/**
 * Replications without a window: seeds, threads, the bounded reorder buffer that keeps the
 * CSV files in a fixed order whatever the number of threads, the CSV writers and the
 * manifest of an output folder; comparisons of variants on common random numbers with
 * {@code summary.csv} ({@link org.sahelsim.run.CompareJob}, statistics from
 * {@code org.sahelsim.analysis}) and the hook that builds their report
 * ({@link org.sahelsim.run.ReportHook}); sweeps: designed experiments over scenario parameters
 * ({@link org.sahelsim.run.SweepPlan} numbers the runs and builds each design point,
 * {@link org.sahelsim.run.SweepJob} runs them, or a shard of them, into tables that survive a
 * kill at any moment and resume byte for byte, {@link org.sahelsim.run.SweepAnalysis} computes
 * summary, sensitivity indices and PRIM discovery in a second pass over the files, and
 * {@link org.sahelsim.run.MergeJob} joins shard folders; further per-run measures, such as
 * calibrate's patterns, come in through {@link org.sahelsim.run.RunMeasures} and
 * {@link org.sahelsim.run.SweepJob.Extension}, so this package never depends on who
 * measures). Reads the model only through {@link org.sahelsim.run.ModelEntry}
 * and the records of {@code org.sahelsim.record}.
 */
package org.sahelsim.run;
