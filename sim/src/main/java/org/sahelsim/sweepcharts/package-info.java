/**
 * Charts of a sweep's sensitivity analysis (JFreeChart), drawn from the folder's
 * {@code sensitivity.csv}: one chart per metric ranking the swept parameters, with their 95%
 * bootstrap intervals ({@link org.sahelsim.sweepcharts.SensitivityCharts}). Kept apart from the
 * runner so that drawing (java.awt) stays out of {@code org.sahelsim.run}; reads files only.
 */
package org.sahelsim.sweepcharts;
