/**
 * Sweeps: a designed experiment over scenario parameters, run, written, resumed, sharded and
 * merged ({@link org.sahelsim.sweep.SweepJob}, {@link org.sahelsim.sweep.MergeJob}), its plan
 * of design points ({@link org.sahelsim.sweep.SweepPlan}), its tables, its analysis (summary,
 * sensitivity, discovery) and the charts of its sensitivity analysis, and the throughput
 * benchmark that runs one. Above {@code run} (replications, seeds, threads, streaming sinks) and
 * {@code report} (the sweep's report), which never import it.
 */
package org.sahelsim.sweep;
