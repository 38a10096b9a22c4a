/**
 * Pattern-oriented validation (Grimm et al. 2005) of the history scenario against the
 * in-sample history of 2012-2015: the patterns file and its loader, one class per pattern
 * measure behind {@link org.sahelsim.validation.Measure}, the rebuilding of coalition
 * membership from a run's events ({@link org.sahelsim.validation.CoalitionReplay}), and the
 * runner that counts, over replications, the share reproducing each pattern
 * ({@link org.sahelsim.validation.Validation}).
 */
package org.sahelsim.validation;
