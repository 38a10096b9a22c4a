/**
 * Statistics of comparisons, independent of files and of the model: descriptive statistics
 * with Student t confidence intervals and paired differences with the paired t-test
 * ({@link org.sahelsim.analysis.PairedStats}), Holm's step-down adjustment of p-values
 * ({@link org.sahelsim.analysis.Holm}), and the rows of {@code summary.csv}
 * ({@link org.sahelsim.analysis.Summary}). Plain arrays in, plain records out; the runner
 * reads and writes the files.
 *
 * <p>Designed experiments and sensitivity analysis: swept parameters
 * ({@code ParameterRange}), designs behind {@code Design} ({@code Factorial},
 * {@code LatinHypercube}, {@code SobolDesign}, {@code MorrisDesign}) whose points are computed
 * from their index and seed, Sobol indices ({@code Saltelli}), Morris elementary effects
 * ({@code MorrisEffects}), and scenario discovery with PRIM ({@code Prim}, {@code PrimBox}).
 *
 * <p>Calibration as a posterior ensemble: approximate Bayesian computation by sequential Monte
 * Carlo ({@code AbcSmc}), whose every draw comes from the seed and the proposal's index.
 */
package org.sahelsim.analysis;
