/**
 * Pattern-oriented validation (Grimm et al. 2005) of the history scenario against the
 * in-sample history of 2012-2015: the patterns file and its loader, one class per pattern
 * measure behind {@link org.sahelsim.validation.Measure}, the rebuilding of coalition
 * membership from a run's events ({@link org.sahelsim.validation.CoalitionReplay}), and the
 * runner that counts, over replications, the share reproducing each pattern
 * ({@link org.sahelsim.validation.Validation}); and calibration with a sweep: the patterns as
 * per-run measures of the sweep ({@link org.sahelsim.validation.PatternMeasures}) and the
 * scoring, ranking and files of the design points ({@link org.sahelsim.validation.Calibration});
 * and the distance of a parameter set to a history for approximate Bayesian calibration, the
 * patterns a run misses ({@link org.sahelsim.validation.HistoryDistance}).
 */
package org.sahelsim.validation;
