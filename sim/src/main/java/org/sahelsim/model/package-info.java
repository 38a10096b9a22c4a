/**
 * The MASON model: {@link org.sahelsim.model.SahelModel} (a SimState, one step a month),
 * the order of the month's phases ({@link org.sahelsim.model.MonthlyCycle}, written once),
 * world building from data and scenario, scheduled shocks, random streams and the recorder.
 * No Swing, no AWT, no files.
 */
package org.sahelsim.model;
