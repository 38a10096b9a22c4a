/**
 * Replications without a window: seeds, threads, the bounded reorder buffer that keeps the
 * CSV files in a fixed order whatever the number of threads, the CSV writers and the
 * manifest of an output folder. Reads the model only through {@link org.sahelsim.run.ModelEntry}
 * and the records of {@code org.sahelsim.record}.
 */
package org.sahelsim.run;
