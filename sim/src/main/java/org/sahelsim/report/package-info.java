/**
 * The charts and the HTML report of an output folder, drawn from its files
 * ({@code manifest.json}, {@code scenario.resolved.yaml}, {@code codebook.csv},
 * {@code runs.csv}, {@code timeseries.csv}, {@code summary.csv}) and, for the alliance network,
 * from one run re-run exactly with its recorded seed. Entry point: {@link org.sahelsim.report.Report}.
 * Draws with JFreeChart and Java2D off screen (headless); the model never imports any of this.
 */
package org.sahelsim.report;
