/**
 * Robustness of a comparison's conclusions ({@code sahelsim robustness}): the baseline and
 * every variant of an experiment run again at each point of a design over uncertain
 * parameters (Morris, Sobol, Latin hypercube or factorial, read and drawn as a sweep's), on
 * common random numbers inside each point; each variant's paired effect against the
 * baseline, the ranking of the variants at each point and at the nominal values, where the
 * order of two variants flips (with the PRIM box of the flips), and which parameters the size
 * of each effect depends on (Morris or Sobol indices). {@link org.sahelsim.robustness.RobustnessJob}
 * runs it; {@link org.sahelsim.robustness.Ranking} and {@link org.sahelsim.robustness.Flips}
 * are the pure rules it applies. Runs through {@code org.sahelsim.run} (threads, reorder
 * buffer, seeds), statistics and designs from {@code org.sahelsim.analysis}.
 */
package org.sahelsim.robustness;
